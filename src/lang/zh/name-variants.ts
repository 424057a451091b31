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
