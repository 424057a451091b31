import { GENERIC_FIGURE_TAILS, WHOLE_COUNT_AFTER, WHOLE_COUNT_BEFORE } from '../lang/zh/figure-words.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { RELATIVE_YEAR_WORDS } from '../lang/zh/relative-years.js';
import { RUN_BREAK } from './longest-common-run.js';

/** Years said relative to today ("去年", "前年"), longest first: every figure's, no thing's. */
const RELATIVE_YEARS = RELATIVE_YEAR_WORDS.flatMap((r) => r.words).sort((a, b) => b.length - a.length);

/** A year as a question writes it: "24年", "2024年". */
const YEAR_WRITTEN = /\d{2,4}年/g;
/** What may stand between a place and its subject: "云南的企业", "云南 企业". */
const BEFORE_SUBJECT = /^[\s的]+/;

/** Words of a question with its places (by any of their names) and written years broken out: every figure's, no thing's. */
export function withoutPlacesAndYears(text: string, places: readonly string[]): string {
  return places
    .flatMap((p) => [p, ...placeAliases(p)])
    .reduce((t, name) => t.split(name).join(RUN_BREAK), text)
    .replace(YEAR_WRITTEN, RUN_BREAK);
}

/**
 * Whether a Chinese question's subject, places and years aside ("去年" too), begins with a bare name: "云南企业总数到多少万户" asks
 * 企业 (a report's "企业净增15万户、达157万户"), "云南高新技术企业有多少" does not (企业 ends a longer name there).
 */
export function asksBareName(name: string, question: string, places: readonly string[]): boolean {
  return RELATIVE_YEARS.reduce((text, words) => text.split(words).join(RUN_BREAK), withoutPlacesAndYears(question, places))
    .split(RUN_BREAK)
    .some((words) => words.replace(BEFORE_SUBJECT, '').startsWith(name));
}

/**
 * The generic noun a figure's name counts every one of ("企业" of 企业, 全省实有企业, 实有企业主体, 企业数量): the name itself when
 * it is such a noun, or with the words of a whole count taken off; null for any other name ("高新技术企业", "经营主体").
 */
export function bareNounCounted(name: string): string | null {
  let rest = name;
  for (let cut = true; cut; ) {
    const before = WHOLE_COUNT_BEFORE.find((w) => rest.startsWith(w) && rest.length > w.length);
    rest = before ? rest.slice(before.length) : rest;
    cut = before !== undefined;
  }
  const after = WHOLE_COUNT_AFTER.find((w) => rest.endsWith(w) && rest.length > w.length);
  const bare = after ? rest.slice(0, -after.length) : rest;
  return GENERIC_FIGURE_TAILS.includes(bare) ? bare : GENERIC_FIGURE_TAILS.includes(rest) ? rest : null;
}
