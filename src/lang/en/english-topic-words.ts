/**
 * Which of an English question's words carry its topic (the subject or indicator asked about) and
 * which only qualify it or say what was done to it. Data for the English evidence check
 * (src/retrieve/english-topic-coverage.ts): a word the dictionary knows but whose Chinese the reports
 * never write refuses the question only when it carries the topic ("coffee shops", "marathons"),
 * not when it is a participle or a verb the reports word otherwise ("licensed" institutions are
 * 持牌, trucks Shanghai "scrapped" were 淘汰).
 */

/** Word forms that qualify a noun or tell an action, never name a subject on their own. */
export const QUALIFIER_FORMS: readonly RegExp[] = [
  /^[a-z]{3,}ed$/, // licensed, subsidised, registered, completed
  /^un[a-z]{3,}$/, // unsold, unemployed (the subject is the noun after it)
  /^[a-z]{3,}ly$/, // newly, annually
];

/**
 * Common English verbs (base forms): a question's verb says what happened to the subject, never the
 * subject ("What share … comes from non-fossil sources": 来 is not what the reports must write).
 */
export const COMMON_VERBS: ReadonlySet<string> = new Set(
  'come came go went get got make made take took give gave put see saw look want need use keep seem become became happen stand stay bring brought hold held show tell say said mean turn leave left find found feel let begin began'.split(
    ' ',
  ),
);

/** A verb's base form: "comes" → "come", "goes" → "go". */
function verbBase(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|o)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Auxiliaries before a subject: the word after "did Shanghai" / "will Guangdong's firms" is the verb. */
export const AUXILIARIES: readonly string[] = [
  'did',
  'does',
  'do',
  'will',
  'would',
  'can',
  'could',
  'should',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
];

/**
 * How many words a subject between an auxiliary and its verb may have ("did Shanghai scrap", "did the
 * city scrap"): more would reach past the verb ("does Beijing plan for coffee shops": coffee is no verb).
 */
const SUBJECT_WORDS = 2;

/** Auxiliaries whose subject is followed by the question's verb ("did Jiangsu UPGRADE"); "were X worth" has none. */
const VERB_AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARIES.filter((w) => !['is', 'are', 'was', 'were'].includes(w)));

/** An auxiliary with two spaces after it: the subject between was taken out. */
const SUBJECT_TAKEN_OUT = new RegExp(`\\b(${[...VERB_AUXILIARIES].join('|')})\\s{2,}(?=[a-z])`, 'gi');

/**
 * Whether an English word is the question's verb: the word after an auxiliary and its subject ("did Jiangsu UPGRADE",
 * "will Hunan BUILD", "did the city SCRAP") — what was done to the subject, which the reports word their own way (更新,
 * 建设, 压减), never the subject itself. The subject is a run of capitalised words (a name) or numbers, or else one word,
 * after "the" or not; after a possessive ("did Zhejiang's housing prices fall") the verb is not told.
 */
export function isQuestionVerb(word: string, question: string): boolean {
  const w = word.toLowerCase();
  // A verb of two words ("did Hunan SET UP") is read whole by the dictionary.
  const parts = w.split(' ');
  if (parts.length > 2) return false;
  // "How many … does  want to cultivate?": a conversation took the place out of the earlier question; "it" stands in.
  const written = question
    .replace(SUBJECT_TAKEN_OUT, '$1 it ')
    .split(/[^A-Za-z0-9'’-]+/)
    .filter(Boolean);
  const lower = written.map((x) => x.toLowerCase().replace(/['’]s$/, ''));
  for (let at = 0; at < written.length; at++) {
    if (!VERB_AUXILIARIES.has(lower[at])) continue;
    let next = at + 1;
    if (lower[next] === 'the') next++;
    const named = (i: number) => i < written.length && /^(?:[A-Z]|\d)/.test(written[i]);
    if (named(next)) while (named(next + 1)) next++;
    // "did Zhejiang's housing prices fall": a possessive's noun phrase runs on to the verb, its length unknown.
    if (/['’]s$/.test(written[next] ?? '')) continue;
    const verbAt = next + 1;
    if (parts.every((part, i) => lower[verbAt + i] === part)) return true;
    // "will Shandong keep RUNNING", "did Yunnan get APPROVED": a participle after a verb that takes one is the verb's.
    if (parts.length === 1 && CHAINING_VERBS.has(lower[verbAt] ?? '') && lower[verbAt + 1] === w && PARTICIPLE.test(w)) return true;
    // "does Fujian want to CULTIVATE", "did Anhui plan to BUILD": the verb after an intention's "to" is the question's.
    if (parts.length === 1 && INTENTION_VERBS.has(lower[verbAt] ?? '') && lower[verbAt + 1] === 'to' && lower[verbAt + 2] === w)
      return true;
  }
  return false;
}

/** Verbs of intention an infinitive follows ("want to build"): both are the question's verb, neither its topic. */
const INTENTION_VERBS: ReadonlySet<string> = new Set(
  'want wants wanted plan plans planned aim aims aimed intend intends intended expect expects expected hope hopes hoped seek seeks sought try tries tried'.split(
    ' ',
  ),
);

/** A participle or gerund form: "running", "approved". */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;

/**
 * Verbs that take a participle or gerund as the rest of the question's verb ("keep running", "get approved", "start
 * building"): that word is what was done, worded the reports' own way (实施, 获批), not the subject.
 */
export const CHAINING_VERBS: ReadonlySet<string> = new Set(
  'keep kept get got start started begin began continue continued stop stopped finish finished go went'.split(' '),
);

/** Whether an English word of the question carries its topic, as opposed to qualifying it or being its verb. */
export function carriesTopic(word: string, question: string): boolean {
  const w = word.toLowerCase();
  if (w.includes(' ')) return true;
  if (QUALIFIER_FORMS.some((re) => re.test(w))) return false;
  if (COMMON_VERBS.has(w) || COMMON_VERBS.has(verbBase(w))) return false;
  const words = question
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  for (let at = words.indexOf(w); at >= 0; at = words.indexOf(w, at + 1)) {
    for (let back = 2; back <= SUBJECT_WORDS + 1 && at - back >= 0; back++) if (AUXILIARIES.includes(words[at - back])) return false;
  }
  return true;
}

/**
 * Chinese that names a measure, a change or a plan period, not a subject: "reduce" → 下降, "share" → 占比 say what kind
 * of number is asked, so a passage about the subject that words the change otherwise (精简, 压缩) still
 * answers. They are no part of the topic the evidence check weighs.
 */
/**
 * Chinese of English words that ask for a plan's outline themselves ("work plan … main items", "key tasks"): no
 * subject of their own, so "the plan for" them still asks the outline. Whole terms only: 省级重点项目 is a subject.
 */
export const OUTLINE_ASKING_WORDS: ReadonlySet<string> = new Set([
  '工作',
  '重点',
  '事项',
  '任务',
  '项目',
  '计划',
  '安排',
  '举措',
  '措施',
  '主要',
  '打算',
  '部署',
]);

export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  '增长',
  '下降',
  '减少',
  '提高',
  '增加',
  '新增',
  '增速',
  '目标',
  '占比',
  '比重',
  '比例',
  '总量',
  '规模',
  '数量',
  '年均',
  '累计',
]);

/** A bracketed gloss: "afforestation (plant + tend)", "zhuanjingtexin (specialised, refined, niche)". */
const BRACKETED = /\(([^()]{1,80})\)/g;

/**
 * Whether an English word of the question is written only inside brackets after a term, a gloss of it ("afforestation
 * (plant + tend)"): the term is the topic; its gloss in the dictionary's loose readings ("plant" → 工厂) is not.
 */
export function onlyInGloss(word: string, question: string): boolean {
  const w = word.toLowerCase();
  const wordAt = new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`);
  const lower = question.toLowerCase();
  const glosses = [...lower.matchAll(BRACKETED)].map((m) => m[1]);
  return glosses.some((g) => wordAt.test(g)) && !wordAt.test(lower.replace(BRACKETED, ' '));
}
