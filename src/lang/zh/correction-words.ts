/**
 * Corrections in a conversation: "不对，我问的是浙江", "不是目标，我要的是去年实际增长", "sorry, I meant
 * Beijing". What follows the correction words is what the earlier question should have said: it
 * replaces that slot and keeps the rest of the conversation.
 */

/**
 * How a correction opens by saying the earlier reading was wrong. What sits between the word and the
 * next punctuation is what was wrong ("不是目标，…" drops 目标), so it is left out with the word.
 */
export const CORRECTION_DENIALS: readonly string[] = [
  '不对',
  '不是',
  '错了',
  '搞错了',
  '说错了',
  '弄错了',
  '写错了',
  '打错了',
  '问错了',
  // "哦不 我要的是22年实际竣工的": a spoken no.
  '哦不',
  '啊不',
  '呃不',
];

/** An apology a denial may open with: "不好意思说错了 是想问…", "抱歉，搞错了". */
export const CORRECTION_APOLOGIES: readonly string[] = ['不好意思', '抱歉', '对不起', 'sorry'];

/** How a correction then names what was meant: "我问的是浙江", "是上海", "I meant Beijing". Longest first. */
export const CORRECTION_RESTATEMENTS: readonly string[] = [
  '我想问的是',
  '我想要的是',
  '我要问的是',
  '我问的是',
  '我说的是',
  '我要的是',
  '我指的是',
  '我是想问',
  '我是要问',
  '我是说',
  // "不对 我记得是26年报告里的": what the asker remembers is what was meant.
  '我记得是',
  '记得是',
  '我想问',
  '想问的是',
  '是想问',
  '想问',
  '应该是',
  '其实是',
  '换成',
  '改成',
  '是',
];

/** Restatements that are ordinary words of a question unless a denial comes first ("是多少", "想问一下…"). */
const RESTATED_ONLY_AFTER_DENIAL: readonly string[] = ['是', '是想问', '想问的是', '想问'];

/** The same in English: "sorry, I meant Beijing", "no, I was asking about 2023". */
const ENGLISH_CORRECTION =
  /^(?:(?:no|nope|sorry|oops|wait|actually)\b[\s,.!]*)*(?:i meant|i mean|i was asking about|i asked about|i wanted|make (?:it|that))\b[\s,:]*/i;

/** An English apology or denial alone before what was meant: "oops, 2024 not 2025", "no, jiangsu". */
const ENGLISH_APOLOGY = /^(?:(?:no|nope|sorry|oops|wait|actually)\b[\s,.!]*)+/i;
/** What an English restatement says it was not, after what it was: "2024 not 2025", "jiangsu, not zhejiang". */
const ENGLISH_DENIED_AFTER = /[\s,]+not\s+[^,.!?]*[.!?]*$/i;
/** A bare "X, not Y" is a correction only when short: a question may say "not" of its own ("did not meet the target"). */
const SHORT_ENGLISH_CORRECTION_WORDS = 6;

/** The slot a correction may name before its denial: "年份打错了 应该是26年", "地方搞错了，是江苏". */
export const CORRECTED_SLOTS: readonly string[] = ['年份', '年', '地方', '地区', '省份', '城市', '指标'];

const DENIAL = new RegExp(
  `^(?:(?:${CORRECTION_APOLOGIES.join('|')})[，,。.!！\\s]*)?(?:${CORRECTED_SLOTS.join('|')})?(?:${CORRECTION_DENIALS.join('|')})[^，,。.!！？?\\s]{0,8}[，,。.!！\\s]+`,
  'i',
);

/** What a restatement says it was not, after what it was: "26年不是25", "应该是江苏，不是浙江". */
const DENIED_AFTER = /[\s，,]*(?:而)?不是[^，,。.!！？?]*$/;

/**
 * What a correction says was meant ("浙江" of "不对，我问的是浙江"), or null when the question is no
 * correction. A correction that names nothing after its words ("不对") is null too: nothing replaces.
 */
export function correctedPart(question: string): string | null {
  const text = question.trim();
  const english = ENGLISH_CORRECTION.exec(text);
  if (english) return nonEmpty(text.slice(english[0].length).replace(ENGLISH_DENIED_AFTER, ''));
  // "oops, 2024 not 2025", "2024, not 2025": what was meant, before what it was not.
  const apology = ENGLISH_APOLOGY.exec(text);
  const short = text.split(/\s+/).length <= SHORT_ENGLISH_CORRECTION_WORDS;
  if ((apology || short) && ENGLISH_DENIED_AFTER.test(text))
    return nonEmpty(text.slice(apology?.[0].length ?? 0).replace(ENGLISH_DENIED_AFTER, ''));
  const denial = DENIAL.exec(text);
  const rest = denial ? text.slice(denial[0].length) : text;
  const restatement = CORRECTION_RESTATEMENTS.find((w) => rest.startsWith(w));
  // "是上海" after a denial restates; "是多少" alone is no correction, so a bare 是 needs the denial; so does 想问 ("想问一下…"
  // opens an ordinary question).
  if (restatement && (denial || !RESTATED_ONLY_AFTER_DENIAL.includes(restatement))) {
    const meant = rest.slice(restatement.length);
    return nonEmpty(meant.replace(DENIED_AFTER, '')) ?? nonEmpty(meant);
  }
  return denial ? nonEmpty(rest) : null;
}

function nonEmpty(text: string): string | null {
  const trimmed = text.replace(/^[\s，,。.!！]+/, '').trim();
  return trimmed.replace(/[\s\p{P}]/gu, '') ? trimmed : null;
}

/**
 * A correction inside one question ("浙江2024年，不对，2023年GDP增长多少", "…this year — sorry, in 2025?"): the words
 * that take back what was just written. A denial stands between punctuation ("，不对，"), so "是不是" and "不是目标" in an
 * ordinary question are none; a restatement ("我是说", "I mean") follows punctuation.
 */
export const IN_QUESTION_CORRECTION = new RegExp(
  [
    `[，,、。？?！!…—\\s]+(?:${CORRECTION_DENIALS.join('|')}|哦不|啊不|呃不)[，,、：:…\\s]+(?:${CORRECTION_RESTATEMENTS.join('|')})?`,
    '[，,、。？?！!…—\\s]+(?:我是说|我的意思是|我是想问|应该是|更正一下|更正)[，,：:\\s]*',
    '\\s*(?:[—–]+|-{1,2}|[,;])\\s*(?:sorry|oops|no wait|wait|i mean|i meant|or rather|make that|correction)\\b[,:\\s]*',
  ].join('|'),
  'i',
);

/** A year as a correction names it: "2023年", "23年", "前年", "in 2025", "last year". */
export const CORRECTED_YEAR =
  /(?:\b(?:in|for)\s+)?(?:(?:19|20)\d{2}年?|\d{2}年|今年|去年|前年|明年|上年|本年|\bthis year\b|\blast year\b|\bnext year\b|\bthe year before(?: last)?\b)/i;
