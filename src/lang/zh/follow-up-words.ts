/** Follow-up questions in a conversation: "那2025年的目标呢？". */
import { YEAR_BEFORE_WORDS } from './year-comparison-words.js';
import { YEAR_PART_MENTION } from './part-of-year-words.js';
import { NUMBER_ASKING_WORDS } from './question-words.js';
import { MEASURE_WORDS } from './counted-before-words.js';
import { PHYSICAL_MEASURE_UNITS } from './units.js';
import { PLAN_INTENT_WORDS } from './intent-words.js';
import { COUNT_VERBS, EXAMPLES_VERB_PREFIXES } from './figure-words.js';
import { FIVE_YEAR_PLANS } from './five-year-plans.js';
import { PLAN_END_WORDS, PLAN_NAME_NOUNS, PLAN_START_WORDS } from './period-words.js';
import { SPAN_ASKED_EVERYWHERE } from './span-question-words.js';

/** Particles and punctuation a follow-up is measured without, to tell a short follow-up from a new question. */
export const FOLLOW_UP_FILLERS = /[\s？?。!！呢吗那的]/g;

/** A year a follow-up's inherited topic drops, so the follow-up's own year is the one searched: "2024年". */
export const YEAR_MENTION = /(19|20)\d{2}年?/g;

/**
 * Who or what an indicator is about, as a follow-up swaps it ("农村的呢？", "全体居民的呢？"):
 * the follow-up's word takes the place of the earlier question's.
 */
export const INDICATOR_QUALIFIERS: readonly string[] = ['全体', '城镇', '农村', '城乡', '规上'];

/**
 * Words that make another indicator of the one asked before ("人均呢？" after "广东GDP多少": 人均GDP),
 * and a follow-up that says only one of them.
 */
export const INDICATOR_MODIFIERS: readonly string[] = ['人均'];
const MODIFIER_ONLY_FOLLOW_UP = new RegExp(`^(那么?)?(${INDICATOR_MODIFIERS.join('|')})(的)?(呢|是多少|多少|有多少|怎么样)?[？?。!！]*$`);

/** The same modifiers in English ("how about per capita?", "and per head?"): the Chinese modifier they stand for. */
const ENGLISH_MODIFIERS: Readonly<Record<string, string>> = { 'per capita': '人均', 'per head': '人均', 'per person': '人均' };
const ENGLISH_MODIFIER_ONLY_FOLLOW_UP = new RegExp(
  `^(?:and|what about|how about)?\\s*(?:the\\s+)?(${Object.keys(ENGLISH_MODIFIERS).join('|')})(?:\\s+(?:figure|one|then))?\\s*[?.!]*$`,
  'i',
);

/** The English an English question writes a modifier in, after the name it modifies ("GDP per capita"), or null. */
export function englishModifier(modifier: string): string | null {
  return Object.entries(ENGLISH_MODIFIERS).find(([, zh]) => zh === modifier)?.[0] ?? null;
}

/** The modifier a follow-up says and nothing else ("人均呢？", "How about per capita?" → 人均), or null. */
export function modifierOnlyFollowUp(question: string): string | null {
  const english = ENGLISH_MODIFIER_ONLY_FOLLOW_UP.exec(question.trim())?.[1];
  if (english) return ENGLISH_MODIFIERS[english.toLowerCase()] ?? null;
  return MODIFIER_ONLY_FOLLOW_UP.exec(question.trim())?.[2] ?? null;
}

/**
 * What a follow-up of qualifiers alone holds besides them ("城镇和农村分别是多少", "城镇、农村各多少"):
 * joining words, "分别/各", question words and particles.
 */
const QUALIFIER_LIST_WORDS = /分别|各自|各|是|多少|怎么样|如何|情况|数据|和|与|及|跟|[、,，\s？?。!！呢吗的那]/g;

/** The qualifiers of a follow-up that names several and nothing else ("城镇和农村分别是多少"); empty otherwise. */
export function qualifiersListed(question: string): string[] {
  const named = INDICATOR_QUALIFIERS.filter((q) => question.includes(q));
  if (named.length < 2) return [];
  const rest = named.reduce((t, q) => t.split(q).join(''), question).replace(QUALIFIER_LIST_WORDS, '');
  return rest ? [] : named.sort((a, b) => question.indexOf(a) - question.indexOf(b));
}

/**
 * A follow-up that says only a short noun ("支出呢？", "那进口呢"): the noun, or null. After "一般公共预算收入" it may be the
 * counterpart of the earlier name's last word (收入 → 支出), which makes another indicator of the glossary.
 */
const NOUN_ONLY_FOLLOW_UP = /^(?:那么?|那)?([\u4e00-\u9fff]{2,3}?)的?(?:呢|是多少|有多少|多少)[？?。!！]*$/;
export function nounOnlyFollowUp(question: string): string | null {
  return NOUN_ONLY_FOLLOW_UP.exec(question.trim())?.[1] ?? null;
}

/** "换广东看看", "换成江苏的": words that switch a follow-up to another place or year, before it and after it. Longest first. */
const SWITCHING_OPENERS: readonly string[] = ['换成', '换到', '换个', '换'];
const SWITCHING_CLOSERS: readonly string[] = ['看看', '瞧瞧'];
/** Both: no subject, nothing to search. */
export const SWITCHING_WORDS: readonly string[] = [...SWITCHING_OPENERS, ...SWITCHING_CLOSERS];

/** How a follow-up opens or closes when it only names what changed: "那2023年呢？", "And Shanghai?". */
export const FOLLOW_UP_OPENERS: readonly string[] = [
  '那么',
  '那',
  '还有',
  ...SWITCHING_OPENERS,
  'and ',
  'what about',
  'how about',
  'same for ',
  'same in ',
  'likewise for ',
  // "start with shandong, 2025?" after "…the targets, province by province": the first of the places to go through.
  'start with ',
  'begin with ',
  'starting with ',
  'then ',
  'next, ',
  'next ',
];
export const FOLLOW_UP_CLOSERS: readonly string[] = ['呢', ...SWITCHING_CLOSERS];

/** A follow-up this short, fillers aside, names only what changed even without 那…呢 ("2023年？"). */
export const BARE_FOLLOW_UP_MAX_CHARS = 6;

/**
 * Whether a question is written as an elliptical follow-up (see FOLLOW_UP_OPENERS and _CLOSERS).
 * `yearPhrases` are the words it names its year with ("去年"): they say what changed, so a short
 * question is measured without them ("去年目标是多少？" is as bare as "目标是多少？").
 */
export function readsAsFollowUp(question: string, namesPlace = false, yearPhrases: readonly string[] = []): boolean {
  const text = question.trim().toLowerCase();
  const withoutYears = yearPhrases.reduce((t, p) => t.split(p.toLowerCase()).join(''), text).replace(YEAR_MENTION, '');
  const bare = withoutYears.replace(FOLLOW_UP_FILLERS, '');
  return (
    FOLLOW_UP_OPENERS.some((w) => text.startsWith(w)) ||
    endsAsFollowUp(text) ||
    // "2023年？" is a follow-up; "杭州房价多少" names its own place and subject.
    (!namesPlace && bare.length <= BARE_FOLLOW_UP_MAX_CHARS)
  );
}

/**
 * How a question asking a change or a gap ends: "…怎么变的", "…从多少提高到多少", "…比全国高几个点". A follow-up "X呢"
 * with a subject of its own asks X the same way ("高速公路呢" after "全国过去五年高铁里程怎么变的": 高速公路怎么变的); a
 * plain "是多少" carries nothing a follow-up does not ask anyway; a count's unit ("几家") does: "单项冠军呢" after "…小巨人企业几家"
 * asks 单项冠军几家; so does a rank ("实际使用外资增速呢" after "…贷款余额增速排第几": 实际使用外资增速排第几).
 */
const ASK_TAIL =
  /(?:(?:增速|增幅|增长)?比全[国省市区](?:高|低|快|慢)了?(?:几个|多少个?)(?:百分)?点|怎么变(?:化)?(?:的|了)?|(?:有)?什么变化|变化(?:情况)?(?:怎么样|如何)?|从多少[^？?]{0,6}到多少|(?:增长|提高|增加|下降)了?多少|(?:增长|增速)?(?:预期)?目标(?:是)?多少|(?:有)?(?:几|多少)[个家座项所条件台处名]|(?:增速|增幅|增长)?(?:在全[国省市区])?(?:排|排名|位居|居)(?:第几|多少)(?:位|名)?)[？?。]*$/;
export function askTailOf(question: string): string | null {
  return ASK_TAIL.exec(question.trim())?.[0].replace(/[？?。]+$/, '') ?? null;
}

/** A follow-up's subject without the word that closes it: "高速公路呢？" → "高速公路". */
export function withoutFollowUpCloser(question: string): string {
  const text = question.trim().replace(/[？?。！!\s]+$/, '');
  const closer = FOLLOW_UP_CLOSERS.find((w) => text.endsWith(w));
  return (closer ? text.slice(0, -closer.length) : text).replace(/的$/, '');
}

/** Measures a follow-up "X呢" may end with and an earlier ask begin with: "GDP增速呢" after "…增速比全国高几个点". */
export const SHARED_MEASURE_WORDS: readonly string[] = ['增速', '增幅', '增长'];
/** Measures of another shape than a change or a gap: "GDP排名呢" asks a rank, "占比呢" a share. */
export const OWN_MEASURE_WORDS = /排名|排第|位次|占比|比重|份额/;

/** Words by which a question asks something of its own: a follow-up "X呢" has none. */
export const OWN_ASK_WORDS = /多少|几|怎么|什么|哪|吗|如何/;

/** "其中全国首创多少" after "自贸区累计推出多少项制度创新成果": a part of the figure just asked, of the same thing. */
export const PART_OF_EARLIER = /^(?:那|那么|那在)?其中/;

/** Whether a follow-up asks a part of the earlier question's figure (see PART_OF_EARLIER). */
export function asksPartOfEarlier(question: string): boolean {
  return PART_OF_EARLIER.test(question.trim());
}

/** Whether a question ends as a follow-up does ("森林火灾呢？"), whatever it starts with. */
export function endsAsFollowUp(question: string): boolean {
  const text = question.trim().replace(/[？?。！!\s]+$/, '');
  return FOLLOW_UP_CLOSERS.some((w) => text.endsWith(w)) || ENGLISH_FOLLOW_UP_CLOSING.test(text);
}

/**
 * How an English follow-up that asks the same of another place ends: "how does Fujian stack up that year?", "and how
 * did Jiangsu compare?", "how did Shanghai fare?". No subject of its own: the conversation's.
 */
const ENGLISH_FOLLOW_UP_CLOSING =
  /\b(?:stack(?:s|ed)? up|compare[sd]?|fare[sd]?|measure[sd]? up)(?:\s+(?:that|this|the same|in that|for that)\s+year|\s+then|\s+there)?$/i;

/**
 * Words that stand for what the conversation was about, its topic or its place: "这个指标江苏是多少",
 * "这个数前年是多少", "那边的呢". A question made of these names nothing of its own. Longest first
 * where one contains another. (其它 leaves its 其 behind, so it never reads as only asking again.)
 */
export const REFERRING_WORDS: readonly string[] = [
  '这个指标',
  '这项指标',
  '这一指标',
  '该指标',
  '这个数据',
  '这个数字',
  '这个数',
  '这个值',
  '这一项',
  '这项',
  '那个地方',
  '这个地方',
  '那里',
  '那边',
  '当地',
  '该地',
  '它的',
  '它们',
  '它',
];

/** The same in English: "what was it in 2023?", "did they hit it?" (not this/that/there: "is there…" points at nothing). */
export const REFERRING_WORDS_EN: readonly string[] = [
  'it',
  'its',
  'they',
  'them',
  'their',
  'that figure',
  'this figure',
  'that number',
  'the same',
  // "same thing for 2024?", "same figure for Jiangsu?": the conversation's subject, "the" dropped as people type.
  'same thing',
  'same figure',
  'same number',
  'same question',
];

/**
 * An English follow-up whose subject is a pronoun for the earlier question's thing, doing something to an object of its
 * own: "how many businesses did it reach?" after "…Yunnan's financing service platform…" asks the platform's businesses
 * reached. Only verbs of what a thing does to others: "how many … did it have" asks of a place ("it" = 上海), no thing.
 */
const EFFECT_VERBS =
  'reach|reached|serve|served|benefit|benefited|benefitted|support|supported|help|helped|cover|covered|attract|attracted|create|created|bring|brought|drive|drove|generate|generated|fund|funded|finance|financed|train|trained|employ|employed|involve|involved|link|linked|connect|connected';
const ENGLISH_PRONOUN_SUBJECT = new RegExp(
  `\\b(?:did|does|do|has|have|had|will|would|can|could)\\s+(?:it|they)\\s+(?:${EFFECT_VERBS})\\b|^\\s*(?:and\\s+|so\\s+)?(?:it|they)\\s+(?:${EFFECT_VERBS})\\b`,
  'i',
);

export function pronounSubjectInEnglish(question: string): boolean {
  return ENGLISH_PRONOUN_SUBJECT.test(question);
}

/**
 * Words that point back at the conversation's year ("浙江同一年定了多少个"): a slot, no subject, and no pointer at the
 * subject either ("那年新增造林绿化多少" names a subject of its own).
 */
export const YEAR_REFERRING_WORDS: readonly string[] = [
  '同一年',
  '那一年',
  '同年',
  '那年',
  // "22年那会儿新增的呢", "当时定了多少": then, the time talked about.
  '那会儿',
  '那会',
  '那时候',
  '那时',
  '当时',
  'the same year',
  'that year',
];

const REFERRING = new RegExp(
  `${REFERRING_WORDS.filter((w) => w !== '它').join('|')}|(?<!其)它|\\b(${REFERRING_WORDS_EN.join('|')})\\b`,
  'i',
);

/**
 * Words of "there" that, right after a subject, mark the area talked of instead ("促消费那边 系列活动办几场次" asks of 促消费's
 * side, naming its own subject); after a place ("浙江那边新增了多少名") or a verb of place ("在那里") they point back.
 */
const THERE_AFTER_WORD = /(?<=[\u4e00-\u9fff])(?<![在到去])(?:那边|那里)/g;

const YEAR_POINTER = new RegExp(YEAR_REFERRING_WORDS.map((w) => (/^[a-z]/i.test(w) ? `\\b${w}\\b` : w)).join('|'), 'i');

/** Whether a question points at the conversation's year ("那年", "同年", "that year"). */
export function pointsAtTalkedOfYear(question: string): boolean {
  return YEAR_POINTER.test(question);
}

/**
 * Whether a question points back at what the conversation was about ("这个指标", "它", "its"). Given the places the
 * question names (as written), a "那边" after any other word marks that word's area and points at nothing.
 */
export function pointsBack(question: string, placeNames?: readonly string[]): boolean {
  if (!placeNames) return REFERRING.test(question);
  const marked = question.replace(THERE_AFTER_WORD, (there, at: number) =>
    placeNames.some((name) => name.length > 0 && question.slice(0, at).endsWith(name)) ? there : ' ',
  );
  return REFERRING.test(marked);
}

/** "这套体系", "那批项目": a pointing word, its measure word, and the noun pointed at. */
/** The measure words a pointing word takes before the thing it points at. */
const POINTED_MEASURES = '套|批|些|项|条|类|种|个|家|座|支|份|笔';
const POINTED_THING = new RegExp(`[这那](?:一)?(?:${POINTED_MEASURES})([\\u4e00-\\u9fff]{1,4})`);
/** Characters of the noun pointed at that the earlier question must write, from its start. */
const POINTED_NOUN_HEAD = 2;

/**
 * Everyday nouns that point at what the earlier question wrote in the reports' words: "这笔钱" at its 资金, 经费 or 债.
 */
const POINTED_STAND_INS: Readonly<Record<string, readonly string[]>> = {
  钱: ['资金', '经费', '投资', '债', '款', '钱', '元'],
};

/**
 * "到26年报告里这套体系还在迭代吗" after a question about "“141”基层治理体系": a thing pointed at by a pointing word whose
 * noun the earlier question wrote is that question's subject; so is "这笔钱" after "争取到多少资金".
 */
export function pointsAtEarlierThing(question: string, earlier: string): boolean {
  const noun = POINTED_THING.exec(question)?.[1];
  if (noun === undefined) return false;
  const standIn = Object.keys(POINTED_STAND_INS).find((w) => noun.startsWith(w));
  if (standIn) return POINTED_STAND_INS[standIn].some((w) => earlier.includes(w));
  return noun.length >= POINTED_NOUN_HEAD && earlier.includes(noun.slice(0, POINTED_NOUN_HEAD));
}

const POINTED_STAND_IN = new RegExp(`[这那](?:一)?(?:${POINTED_MEASURES})(?:${Object.keys(POINTED_STAND_INS).join('|')})`, 'g');

/** "这笔钱支持了几个项目" → "支持了几个项目": an everyday noun pointing back is no word the reports write, nor one to search. */
export function withoutPointedStandIn(question: string): string {
  return question.replace(POINTED_STAND_IN, '');
}

const REFERRING_ALL = new RegExp(`${REFERRING.source}|${YEAR_REFERRING_WORDS.join('|')}`, 'gi');

/** A follow-up's words without those that point back ("同一年", "它"): they name what was asked before, no word to search for. */
export function withoutReferring(text: string): string {
  return withoutPointedStandIn(text.replace(REFERRING_ALL, ' '));
}

const NUMBER_ASKING = new RegExp(NUMBER_ASKING_WORDS.join('|'), 'g');

/** A follow-up's words without those that only ask for the number ("说个数"): they are no words to search for. */
export function withoutNumberAsking(text: string): string {
  return text.replace(NUMBER_ASKING, ' ');
}

/**
 * Words that ask again without naming anything: a question made only of a place, a year and these
 * ("江苏去年目标是多少", "浙江今年的呢") names no topic of its own and keeps the conversation's.
 * Longest first where one contains another.
 */
export const ASKING_AGAIN_WORDS: readonly string[] = [
  // Words that point back at the conversation's topic or place ("这个指标江苏是多少", "那里的呢").
  ...REFERRING_WORDS,
  ...YEAR_REFERRING_WORDS,
  ...NUMBER_ASKING_WORDS,
  '具体',
  // "26年报告里的呢": where the figure stands is the report named, a time like its year ("26年报告" is taken out as that).
  '报告里',
  '报告中',
  '报告上',
  '里的',
  '中的',
  // "绝对值呢" after a share or a growth: the level of the same thing.
  '绝对值',
  '绝对数',
  '数字',
  '数据',
  '是多少',
  '怎么样',
  '怎样',
  '如何',
  '咋样',
  '有多少',
  // "浙江同一年定了多少个": how many, in the measure the earlier question counted in.
  ...MEASURE_WORDS.flatMap((measure) => [`多少${measure}`, `几${measure}`]),
  '多少',
  '目标',
  // "今年计划呢" after "上海去年新增公园多少座": the plan of the same thing.
  '计划',
  '预期',
  '实际',
  '完成',
  '增长',
  '增速',
  '达到',
  '定的',
  '定',
  '是',
  '有',
  '了',
  '又',
  '呢',
  '吗',
  '的',
  '那',
  '呀',
  '啊',
  // "24年和25年的增长目标各是多少": years or places joined and each asked, the same question of each.
  '分别',
  '各自',
  '各',
  '和',
  '与',
  '及',
  // "再往前一年呢", "再看看前年": the same question again, a year further on.
  '再往',
  '再看看',
  '再看',
  '还有',
  // "去年还打算再新增多少": still, again, more of the same.
  '还',
  '再',
  // "换广东看看", "换成江苏的": the same question of another place or year.
  ...SWITCHING_WORDS,
  // "广东现在总共有多少" after its new registrations: the running total of the same thing, as of now.
  '现在',
  '目前',
  '如今',
  '眼下',
];

/**
 * The English words a follow-up asks the same thing again with ("how many does Guangdong have in total now?", "and what
 * is the figure for Jiangsu?"): whole words, since "is" is no word of "this".
 */
const ENGLISH_ASKING_AGAIN_WORDS: ReadonlySet<string> = new Set([
  ...REFERRING_WORDS_EN.flatMap((w) => w.split(' ')),
  ...['how', 'many', 'much', 'what', "what's", 'whats', 'is', 'was', 'are', 'were', 'does', 'did', 'do', 'has', 'have', 'had'],
  ...['and', 'so', 'then', 'the', 'a', 'of', 'for', 'in', 'at', 'about', 'there', 'figure', 'number', 'count'],
  ...['total', 'altogether', 'overall', 'all', 'now', 'currently', 'today', 'far', 'present'],
  // "growth that year?", "target?" after a figure: another measure of the same thing (as 增速呢, 目标呢), no subject.
  ...['growth', 'grow', 'grew', 'rate', 'increase', 'rise', 'change', 'target', 'goal', 'share', 'rank', 'ranking', 'percentage'],
]);

/** The words of a plan period named ("到“十四五”收官", "十五五末"), longest first: a period, no subject. */
const PLAN_PERIOD_PHRASE_WORDS: readonly string[] = [
  ...PLAN_END_WORDS,
  ...PLAN_START_WORDS,
  ...PLAN_NAME_NOUNS,
  ...FIVE_YEAR_PLANS.map((p) => p.name),
  '截至',
  '截止',
  // "实际落到多少", "做到多少": how far the figure got, the same thing asked.
  '落到',
  '做到',
  '到',
  '末',
].sort((a, b) => b.length - a.length);

// 情况 and 经济 are left out: "浙江今年情况如何" asks for an overview, a topic of its own. 怎么样 alone
// ("北京怎么样" after "上海去年PM2.5多少") asks the conversation's question of Beijing.

/**
 * Whether a question, once its place names and year phrases are taken out, is only words of
 * ASKING_AGAIN_WORDS and punctuation: it asks the conversation's question of another place or year.
 */
export function onlyAsksAgain(question: string, placeNames: readonly string[], yearPhrases: readonly string[]): boolean {
  return wordsBesidesAskingAgain(question, placeNames, yearPhrases).length === 0;
}

/**
 * What a question says besides its place names, year phrases and ASKING_AGAIN_WORDS, in the pieces
 * they leave ("去年打通了多少" → ["打通"]): empty when it only asks again.
 */
export function wordsBesidesAskingAgain(question: string, placeNames: readonly string[], yearPhrases: readonly string[]): string[] {
  let rest = question.toLowerCase();
  // What is taken out leaves a space, so the words on either side stay apart.
  const gap = ' ';
  for (const name of [...placeNames, ...yearPhrases].sort((a, b) => b.length - a.length)) rest = rest.split(name.toLowerCase()).join(gap);
  rest = rest.replace(YEAR_MENTION, gap);
  // "三季度呢", "那全年呢": a part of the year is a period, as a year is.
  rest = rest.replace(YEAR_PART_MENTION, gap);
  // "到十四五收官 实际落到多少了" after a question about a figure: a plan period named is a period, as a year is.
  for (const word of PLAN_PERIOD_PHRASE_WORDS) rest = rest.split(word).join(gap);
  // "这五年年均增长多少" after a figure: the years asked over are a time, as a year is.
  rest = rest.replace(SPAN_ASKED_EVERYWHERE, gap);
  for (const word of ASKING_AGAIN_WORDS) rest = rest.split(word).join(gap);
  return rest.split(/(?:(?!['’])[\s\p{P}])+/u).filter((piece) => piece !== '' && !ENGLISH_ASKING_AGAIN_WORDS.has(piece));
}

/**
 * Verbs a follow-up asks the same thing again with, of the year it names ("今年要建多少" after "上海去年新增
 * 公园多少座"): they name no subject of their own. Only read to tell whether a follow-up names a new subject.
 */
export const SAME_SUBJECT_VERBS: readonly string[] = ['要建', '新建', '新增', '建成', '建了', '建', '要', '搞了', '搞', '干了', '做了'];

/**
 * A piece of a follow-up that is only a verb the reports count done things with (COUNT_VERBS: "推出18项", "新开工12所"),
 * bare or after 新 / 再 / 续: "前年新推出了多少项" after a question about 制度创新成果 asks that count again, of another
 * year. Only a whole piece: inside a name the verb is part of the noun ("新增建设用地" names 建设用地).
 */
const COUNTED_WORK_ONLY = new RegExp(
  `^(?:${EXAMPLES_VERB_PREFIXES.join('|')})?(?:${[...COUNT_VERBS].sort((a, b) => b.length - a.length).join('|')})(?:了|过)?$`,
);

/**
 * Words a follow-up asks another measure of the same thing with ("累计多少家" after "江苏24年新入选国家5G工厂多少家":
 * the running total beside the year's addition): no subject of their own either.
 */
export const SAME_SUBJECT_MEASURES: readonly string[] = ['累计', '总共', '一共', '合计', '总数', '总量', '总计'];

/**
 * Whether a follow-up names nothing the earlier question did not: each piece it says besides asking
 * again (ASKING_AGAIN_WORDS) is one of SAME_SUBJECT_VERBS or written in the earlier question ("去年打通了
 * 多少" after "打通断头路计划多少条"). "绿道呢" after "新增公园多少座" names a subject of its own.
 */
export function namesNothingNew(
  question: string,
  earlierQuestion: string,
  placeNames: readonly string[],
  yearPhrases: readonly string[],
): boolean {
  return newWords(question, earlierQuestion, placeNames, yearPhrases).every((rest) => rest === '');
}

/**
 * What a question says besides asking again, its places and years, that the earlier question did not: each piece
 * not written there, with SAME_SUBJECT_VERBS and words of intent taken out ('' for a piece of those alone, or of those and
 * the earlier question's words).
 */
function newWords(
  question: string,
  earlierQuestion: string,
  placeNames: readonly string[],
  yearPhrases: readonly string[],
  workAndUnitsSayNothing = false,
): string[] {
  const earlier = earlierQuestion.toLowerCase();
  return (
    wordsBesidesAskingAgain(question, placeNames, yearPhrases)
      .filter((piece) => !earlier.includes(piece))
      .map((piece) => (COUNTED_WORK_ONLY.test(piece) ? '' : piece))
      .map((piece) => [...SAME_SUBJECT_MEASURES, ...SAME_SUBJECT_VERBS, ...PLAN_WORDS_WRITTEN].reduce((t, v) => t.split(v).join(''), piece))
      // What is left is the earlier question's own word ("落地" of "打算落地几个"), a link ("是" of "累计目标是多少处") or
      // the measure word of the number asked ("处" of "多少处"): nothing new. So, when asked, are a unit of measure and a verb
      // of counted work once the words of intent are out ("公里", "改造" of "打算改造多少公里").
      .map((rest) =>
        rest !== '' &&
        (earlier.includes(rest) ||
          LINKS_ONLY.test(rest) ||
          MEASURE_WORDS.includes(rest) ||
          (workAndUnitsSayNothing && (PHYSICAL_MEASURE_UNITS.includes(rest) || COUNTED_WORK_ONLY.test(rest))))
          ? ''
          : rest,
      )
  );
}

/** A piece of link words only, left when the words around them are taken out: "是", "要到", "达到". */
const LINKS_ONLY = /^(?:是|为|要到|到|达到|达|的|了)+$/;

/** Words of intent ("打算落地几个" after "…落地的高层次人才创业项目"): a plan asked of the same subject, none of its own. */
const PLAN_WORDS_WRITTEN = PLAN_INTENT_WORDS.filter((w) => !/[()?|\\[\]]/.test(w));

/**
 * How a follow-up asks whether the target the conversation was about was met, without naming it
 * ("完成了吗", "实现了没有", "did they hit it?"): after a target question it asks attainment, the
 * target and the result side by side. (A question that names the target itself, "目标完成了吗", is
 * read as attainment on its own.)
 */
export const MET_IT_WORDS: readonly string[] = [
  '(完成|实现|达到|达成|做到|兑现|落实)(了)?(吗|没有|没|么|与否|了没)',
  '(完成|实现)得(怎么样|如何|咋样|好吗)',
  '(完成|实现|达到)(情况|得怎样)',
  '达标(了)?(吗|没)',
  '\\b(did|do|have|has) (they|it|we|he|she)( actually)? (hit|meet|reach|achieve|make|beat|miss)\\b',
  '\\b(was|were|is) (it|that|this|they) (met|hit|reached|achieved|missed)\\b',
];

const MET_IT = new RegExp(MET_IT_WORDS.join('|'), 'i');

/** Whether a follow-up asks if the conversation's target was met (see MET_IT_WORDS). */
export function asksWhetherItWasMet(question: string): boolean {
  return MET_IT.test(question);
}

/**
 * What a follow-up may open with before it asks anything: thanks and acknowledgements ("好的，那北京呢",
 * "ok and Beijing?", "Thanks! What about Jiangsu?"). They are no part of the question.
 */
export const ACKNOWLEDGEMENTS: readonly string[] = [
  '好的',
  '好',
  '行',
  '嗯嗯',
  '嗯',
  '哦',
  '噢',
  '明白了',
  '明白',
  '知道了',
  '收到',
  '谢谢',
  '多谢',
  '感谢',
  'ok',
  'okay',
  'thanks',
  'thank you',
  'got it',
  'great',
  'cool',
  'nice',
  'right',
];

/**
 * What must follow an acknowledgement, so that it cannot be the start of a word: punctuation after
 * one character or an English adjective ("好，", "right," but not "行政", "right now"); a space
 * will do after "ok" or "thanks"; nothing is needed after "好的", "谢谢".
 */
const PUNCTUATION = '[,，.。!！~～]';
const SEPARATOR = '[\\s,，.。!！~～]';
const NEEDS_PUNCTUATION: readonly string[] = ['right', 'great', 'cool', 'nice'];
const acknowledged = (w: string): string =>
  w.length === 1 || NEEDS_PUNCTUATION.includes(w)
    ? `${w}${PUNCTUATION}${SEPARATOR}*`
    : /^[a-z]/.test(w)
      ? `${w}${SEPARATOR}+`
      : `${w}${SEPARATOR}*`;
const ACKNOWLEDGEMENT = new RegExp(`^(?:${ACKNOWLEDGEMENTS.map(acknowledged).join('|')})+`, 'i');

/** Words that may close a thanks ("谢谢你啦", "thanks a lot"): still nothing asked. */
const THANKS_TAIL = /^(你们|你|您|啦|了|哈|呀|啊|a lot|so much|very much|again)*[\s\p{P}\p{S}]*$/iu;

/** Whether a message is only thanks or an acknowledgement ("谢谢", "好的", "thanks!"): nothing is asked. */
export function isOnlyAcknowledgement(message: string): boolean {
  const text = `${message.trim()} `;
  const rest = text.replace(ACKNOWLEDGEMENT, '');
  return rest !== text && THANKS_TAIL.test(rest.trim());
}

/** A follow-up without the thanks or acknowledgement it opens with; as written when it has none or is nothing else. */
export function withoutAcknowledgement(question: string): string {
  const rest = question.trim().replace(ACKNOWLEDGEMENT, '');
  return rest.replace(/[\s\p{P}]/gu, '') ? rest : question;
}

/**
 * Words by which a follow-up asks the size of a figure rather than its growth ("总量呢" after "…增长多少"):
 * the earlier question's growth word is then not carried into it.
 */
export const LEVEL_WORDS: readonly string[] = [
  '总量',
  '规模',
  '总额',
  '多大',
  '绝对值',
  '\\btotal\\b',
  '\\bsize\\b',
  '\\bhow big\\b',
  '\\blevel\\b',
];

const LEVEL = new RegExp(LEVEL_WORDS.join('|'), 'i');

/** Whether a follow-up asks the size of a figure (see LEVEL_WORDS). */
export function asksLevel(question: string): boolean {
  return LEVEL.test(question);
}

/** The word by which a question asks the size of a figure ("总量"), or '' when it asks none. */
export function levelWordIn(question: string): string {
  return LEVEL.exec(question)?.[0] ?? '';
}

/**
 * Characters of new words that make a subject in a follow-up that asks its own number without 呢 ("那24年不成套旧住房改造了
 * 多少"): more than a "X呢" needs, since a verb of a few characters ("新开工了多少") may ask the same thing again.
 */
export const OWN_ASKED_SUBJECT_LENGTH = 4;
/**
 * A trend, a rank or a comparison asked of a subject of its own names it in full: "不成套旧住房改造这几年增长了多少" after a
 * 城中村改造 question writes six characters the earlier question did not; "这几年怎么变的" writes none.
 */
export const OWN_SHAPED_SUBJECT_LENGTH = 6;

/** Words that set the asked thing against another ("比上年多了多少", "差多少"): no subject of a follow-up's own. */
export const COMPARING_WORDS = /比|差/;

/** Characters of new words that make a subject: "和美乡村覆盖率" does, "定的是" (asking again) and "农村" (a qualifier) do not. */
const OWN_SUBJECT_LENGTH = 3;

/**
 * How a question asks which place ranks where, besides what is ranked: "哪个省", "最强", "排第一", "是不是各省里最低
 * 的". What is left once these go is the question's own subject.
 */
const RANKING_FRAME =
  /哪(?:个|些|一)?(?:省份|省|市|区|县|城市|地方|地区|里)?|谁|是不是|是否|最(?:高|低|大|小|多|少|快|慢|强|弱|好|差|前|后)?|排(?:在)?(?:名|第[一二三四五\d]+|前[一二三四五\d]+)?|第一|首位|全国|各(?:省|市|区)|[是的里中呢吗了不在]/g;

/**
 * Whether a question that ranks places names a subject of its own that the earlier question did not: "哪个省区域创新
 * 能力最强" after a question about 和美乡村 is a new question, "是不是各省里最低的" after a figure asks that figure ranked.
 */
export function namesOwnRankedSubject(
  question: string,
  earlierQuestion: string,
  placeNames: readonly string[],
  yearPhrases: readonly string[],
): boolean {
  const earlier = earlierQuestion.toLowerCase();
  return wordsBesidesAskingAgain(question, placeNames, yearPhrases).some((piece) => {
    const rest = FIGURE_META_WORDS.reduce((t, w) => t.split(w).join(' '), piece)
      .replace(RANKING_FRAME, ' ')
      .split(/\s+/);
    // "农村的哪个区最高", "哪个更高": a qualifier or a comparative is no subject of its own.
    return rest.some((w) => w.length >= OWN_SUBJECT_LENGTH && !earlier.includes(w));
  });
}

/**
 * Whether a question names a subject of its own, in words the earlier question did not write, long enough to be
 * one ("浙江这两年和美乡村覆盖率分别多少" after a question about 深圳's metro): with a place of its own, it is a new
 * question, though the glossary knows no indicator in it.
 */
export function namesOwnSubject(
  question: string,
  earlierQuestion: string,
  placeNames: readonly string[],
  yearPhrases: readonly string[],
  minLength = OWN_SUBJECT_LENGTH,
  /** A unit of measure and a verb of counted work are no subject ("上海打算改造多少公里" after a plan of 农村公路). */
  workAndUnitsSayNothing = false,
): boolean {
  return (
    newWords(question, earlierQuestion, placeNames, yearPhrases, workAndUnitsSayNothing).some((piece) => {
      const rest = FIGURE_META_WORDS.reduce((t, w) => t.split(w).join(''), piece.replace(WHICH_IS_MORE_ASKED, ''));
      return chineseCharacters(rest) >= minLength;
    }) ||
    (minLength === OWN_SUBJECT_LENGTH && endsAsFollowUp(question) && verbWithOwnObject(question, earlierQuestion, placeNames, yearPhrases))
  );
}

/** How many Chinese characters a piece of a question holds. */
export function chineseCharacters(text: string): number {
  return [...text].filter((c) => /[\u4e00-\u9fff]/.test(c)).length;
}

/** Characters of the noun after a verb of the same subject's work that make it a subject of its own ("新建绿道": 绿道). */
const VERB_OBJECT_LENGTH = 2;

/**
 * "那新建绿道呢" after "拱墅22年实际利用外资完成目标了吗": a follow-up closing on 呢 whose verb of work the earlier subject
 * is asked again with (新建, 新增) stands before a noun of its own, which the earlier question does not write, names a subject
 * of its own, short as the noun is (newWords takes the verb out and leaves 绿道, two characters). A question asked in full
 * ("浙江新建街区多少") keeps the length rule.
 */
function verbWithOwnObject(
  question: string,
  earlierQuestion: string,
  placeNames: readonly string[],
  yearPhrases: readonly string[],
): boolean {
  const earlier = earlierQuestion.toLowerCase();
  return wordsBesidesAskingAgain(question, placeNames, yearPhrases).some((piece) => {
    const verb = WORK_VERBS_BEFORE_OBJECT.find((v) => piece.startsWith(v));
    if (verb === undefined) return false;
    const noun = piece.slice(verb.length).replace(NOUN_LINK_END, '');
    return (
      chineseCharacters(noun) >= VERB_OBJECT_LENGTH &&
      !earlier.includes(noun) &&
      !LINKS_ONLY.test(noun) &&
      !MEASURE_WORDS.includes(noun) &&
      !COUNTED_WORK_ONLY.test(noun)
    );
  });
}

/** Verbs of work a follow-up may set before a noun of its own ("新建绿道", "新增就业"); longest first. */
const WORK_VERBS_BEFORE_OBJECT: readonly string[] = ['新建', '新增', '建成'];
/** A 的 closing a noun ("新建的"): no part of it. */
const NOUN_LINK_END = /的$/;

/** "比谁多", "哪个更高": asking which side is more, no subject (a regex). */
export const WHICH_IS_MORE_ASKED =
  /比?(?:哪个|哪一个|哪边|谁)(?:的)?(?:更|要|还|比较)?[多少高低快慢大小强好长短]|比(?:较)?[多少高低快慢大小]/g;

/**
 * Words about a figure, not a subject: "江苏的对应数字呢", "上海的同一指标呢", "那边是什么水平" ask the earlier
 * subject again, however many characters they take.
 */
export const FIGURE_META_WORDS: readonly string[] = [
  '对应',
  '相应',
  '具体',
  '同一',
  '同样',
  '这个',
  '这项',
  '那个',
  '什么',
  '数值',
  '数字',
  '数据',
  '指标',
  '水平',
  '情况',
  '表现',
  '结果',
  '是多少',
  // "两个省谁快", "这两地哪个高": the places talked about, no subject.
  '这两个',
  '两个省份',
  '两个省',
  '两个城市',
  '两个市',
  '两个区',
  '两省',
  '两地',
  '两市',
  '两区',
  '两者',
  '二者',
];

/**
 * "比上届涨了几个点", "比上年增长多少": a follow-up of only a comparison with the time before and a growth asked, no subject
 * of its own: it asks the growth of the earlier question's subject.
 */
const GROWTH_OVER_TIME_BEFORE = new RegExp(
  `^(?:那|那么)?(?:比|较|跟|和)(?:上届|上一届|${YEAR_BEFORE_WORDS.join('|')}|上期|上次)(?:相比)?(?:增长|涨|增加|提高|多)了?(?:多少|几个点|几个百分点|百分之几)[？?]*$`,
);

export function asksGrowthOverTimeBefore(followUp: string): boolean {
  return GROWTH_OVER_TIME_BEFORE.test(followUp.trim());
}
