/**
 * Name parts a question and a report may spell differently where no glossary indicator holds both:
 * "规上工业" for "规模以上工业" (a prefix of several indicators), "研发" for "R&D". Read only by
 * figure ranking; not glossary synonyms, since query understanding would then take "研发" alone
 * for the indicator 研发经费.
 */
export const NAME_VARIANTS: ReadonlyArray<readonly string[]> = [
  ['规上工业', '规模以上工业'],
  ['研发', 'R&D'],
];

/**
 * The administrative level a name opens with, written with or without 级: "省级专精特新中小企业" asked is the plan's
 * "省专精特新中小企业". Each pair: the long form, the short one.
 */
export const LEVEL_PREFIX_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['国家级', '国家'],
  ['省级', '省'],
  ['市级', '市'],
  ['区级', '区'],
  ['县级', '县'],
];

/** Words that open with a level's short form and are no level: "市场…", "区域…". */
const NOT_LEVEL_OPENINGS: readonly string[] = ['市场', '区域'];
/** Past a short form, a name this long at least: a shorter one ("省重" of 省重点) is likely one word with it. */
const MIN_REST_AFTER_SHORT_LEVEL = 4;

/** A name's other spelling of its opening level ("省级X" ↔ "省X"), or null when it opens with none. */
export function levelPrefixVariant(name: string): string | null {
  for (const [long, short] of LEVEL_PREFIX_FORMS) {
    if (name.startsWith(long)) return `${short}${name.slice(long.length)}`;
  }
  for (const [long, short] of LEVEL_PREFIX_FORMS) {
    if (
      name.startsWith(short) &&
      name.length - short.length >= MIN_REST_AFTER_SHORT_LEVEL &&
      !NOT_LEVEL_OPENINGS.some((word) => name.startsWith(word))
    )
      return `${long}${name.slice(short.length)}`;
  }
  return null;
}
