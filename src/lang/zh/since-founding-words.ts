/**
 * A review since a place was set up ("钱塘新区成立以来", "Qiantang New Area since its launch"): a new area's or a zone's
 * first report looks back over its years since founding, under a heading of its own ("钱塘新区成立以来工作回顾"). Such a
 * question asks that review, not the latest year's figures.
 */
const FOUNDING_VERBS = '成立|设立|组建|挂牌|建区|建立';

/** The review's own words, in a heading or a sentence: "成立以来", "设立以来". */
export const SINCE_FOUNDING_WRITTEN = new RegExp(`(?:${FOUNDING_VERBS})以来`);

/** Asked in Chinese ("成立以来", "自设立起") or in English ("since its launch", "since … was set up"). */
const SINCE_FOUNDING_ASKED = new RegExp(
  [
    `(?:${FOUNDING_VERBS})以来`,
    `自(?:${FOUNDING_VERBS})(?:起|后)`,
    // "since its new-area launch": a word or two may say what was launched.
    String.raw`\bsince\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:launch|founding|establishment|inception|creation|set-?up|start)\b`,
    // "counting from its new-area launch", "from its founding on": the years since founding, counted.
    // (Words read before may leave wider gaps: "its    -area launch".)
    String.raw`\b(?:counting\s+)?from\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}(?:launch|founding|establishment|inception|creation|set-?up)\b`,
    String.raw`\bsince\b[^.?!]{0,60}?\b(?:was|were|got) (?:set up|launched|founded|established|created)\b`,
  ].join('|'),
  'i',
);

/** Whether a question asks the review since founding. */
export function asksSinceFounding(question: string): boolean {
  return SINCE_FOUNDING_ASKED.test(question);
}

/** SINCE_FOUNDING_ASKED, every occurrence: built once, not per question. */
const SINCE_FOUNDING_EVERYWHERE = new RegExp(SINCE_FOUNDING_ASKED.source, 'gi');

/** The question with its since-founding phrase blanked ("counting from its new-area launch"): time words, no subject. */
export function withoutSinceFounding(question: string): string {
  return question.replace(SINCE_FOUNDING_EVERYWHERE, (phrase) => ' '.repeat(phrase.length));
}
