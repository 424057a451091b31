import { anyOf } from './word-pattern.js';
import { WHICH_LEADS_WORDING, WHICH_OF_THE_THINGS } from './several-subjects-words.js';

/**
 * Words that ask for the number of what was talked about and name nothing a report writes: "具体数字" after
 * "湖南国家级科技人才多不多", "说个数" after "北京老老人服务保障惠及面大吗". Longest first.
 */
export const NUMBER_ASKING_WORDS: readonly string[] = [
  '具体的数字',
  '具体数字',
  '具体数据',
  '具体数值',
  '说个数字',
  '给个数字',
  '说个数',
  '给个数',
  '报个数',
  // "前期、新开工、续建、决算四类 挨个报数": each number read out in turn.
  '挨个报数',
  '报数',
  // "有数吗" after "浙江医疗检查检验互认推进得怎么样": whether the reports give its number.
  '有没有数字',
  '有没有数据',
  '有数字吗',
  '有数据吗',
  '有数吗',
];

/** Words that ask for a number: "多少", "增速", "how many". Entries are regex fragments. */
export const QUANTITY_WORDS: readonly string[] = [
  ...NUMBER_ASKING_WORDS,
  '多少',
  '几',
  '多大',
  // "开车最快多久", "多长时间", "多远": a time or a distance is a number too.
  '多久',
  '多长',
  '多远',
  '规模',
  '增速',
  '增幅',
  '变化',
  '变动',
  '目标是',
  // "建议和提案哪个多", "哪个里程长": which of two is more is told by their numbers.
  `${WHICH_OF_THE_THINGS}(多|少|长|短)`,
  // "数量上谁压谁一头", "哪边占上风": the same in everyday words.
  WHICH_LEADS_WORDING,
  // "数量比一比": two numbers set side by side.
  '比一比',
  // "国家级科技人才多不多", "增速快不快": whether a number is large is told by the number.
  '(多|高|大|快|少)不(多|高|大|快|少)',
  // "惠及面大吗", "增速快吗": the same asked yes or no.
  '(多|高|大|快)吗',
];
/** English comparatives of amount and pace. */
const ENGLISH_COMPARATIVE = '\\b(?:more|fewer|higher|lower|faster|slower|bigger|larger|smaller)\\b';
export const QUANTITY_WORDS_EN: readonly string[] = [
  'how (many|much|big|long|far)',
  // "new provincial modern service clusters, approx": a number asked in a note's shorthand.
  '\\bapprox(?:imately)?\\b',
  // "new market entities registered in gongshu in 2022, roughly?": a rough number asked.
  '\\broughly\\s*\\?',
  '\\bball ?park\\b',
  // "sd, 2021–25: big science facilities added?", "grassroots sports events held?", "national awards won?": a note's
  // shorthand asking how many were added, opened, built, held or won.
  // Not a yes-or-no question ("Was the line opened?") nor one asking what or which.
  '^(?!\\s*(?:was|were|is|are|has|have|had|did|does|do)\\b)(?!.*\\b(?:what|which|who|whom)\\b).*\\b(?:added|built|opened|launched|set up|created|cultivated|held|hosted|won|signed|granted|issued|trained|completed|installed|registered|renovated|upgraded|attracted|sold)\\s*\\?\\s*$',
  // "shanghai 2024: new zhuanjingtexin firms?": the new ones of a thing, asked after a note's colon or dash, are counted.
  '^(?!\\s*(?:was|were|is|are|has|have|had|did|does|do|will|would|can|could)\\b)(?!.*\\b(?:what|which|who|whom|how|why)\\b).*[:—–]\\s*(?:newly [a-z]+|new) [^?]*\\?\\s*$',
  // "beijing 2024 — # of physical bookstores?", "no. of new firms": a count asked in a note's shorthand.
  '#\\s*of\\b',
  '\\bno\\.\\s*of\\b',
  // "shandong this yr: young talent it wants to draw in?": what a plan aims to reach, asked at the note's end. Not a question
  // asking what or how ("what does it want to build?", "how does it plan to …").
  '^(?!\\s*(?:was|were|is|are|has|have|had|did|does|do|will|would|can|could)\\b)(?!.*\\b(?:what|which|who|whom|how|why)\\b).*\\b(?:wants?|aims?|plans?|hopes?|intends?|expects?|targets?) to [a-z]+(?: [a-z]+)?\\s*\\?\\s*$',
  // "km of rural roads to upgrade?", "tonnes of grain": an amount asked by its unit.
  '\\b(?:km|kilomet(?:re|er)s?|tonnes?|tons?|hectares?|mu|square met(?:re|er)s?|sq ?m|gw|mw)\\s+of\\b',
  // "rose by what %?", "what percentage": a rate asked.
  '\\bwhat\\s*(?:%|percent(?:age)?\\b)',
  // "% up?", "up how much?": a change asked in a journalist's shorthand.
  '%\\s*(?:up|down)\\b',
  '\\b(?:up|down) (?:by )?how much\\b',
  'what (is|was|were|are)',
  "what['’]?s\\b",
  'rate',
  'number',
  // "special bond quota for 2025": a quota is an amount (拟安排…4.4万亿元).
  '\\bquotas?\\b',
  '\\brank(?:s|ed)?\\b',
  // "Which had more new single-champion firms, Zhejiang or Jiangsu?", "Did Zhejiang or Jiangsu add more …?": which of two
  // is more is told by their numbers, as "哪个多" is.
  `\\b(?:which|whose)\\b[^?]*${ENGLISH_COMPARATIVE}`,
  `\\bor\\b[^?]*${ENGLISH_COMPARATIVE}|${ENGLISH_COMPARATIVE}[^?]*\\bor\\b`,
];

/**
 * With an indicator named, these ask for its value: a target, a growth rate, a level
 * ("福建省2026年固定资产投资增长目标？", "浙江2025年GDP相关数据" ask a number without saying 多少).
 */
export const VALUE_OF_INDICATOR_WORDS: readonly string[] = [
  '目标',
  '预期',
  '增长',
  '增速',
  '增幅',
  '涨幅',
  '下降',
  '总量',
  '达到',
  // At the end only: 数字经济, 大数据 and 数据中心 are subjects.
  '数据[？?]?$',
  '数字[？?]?$',
  '数值',
];
export const VALUE_OF_INDICATOR_WORDS_EN: readonly string[] = [
  'target',
  'goal',
  'growth',
  'grow',
  'level',
  '\\byoy\\b',
  '\\by/y\\b',
  // "outstanding inclusive loans, end-2024?": a level at a year's end.
  '\\b(?:end|end of|year-end)[- ](?:19|20)\\d{2}\\b',
  'total',
  'size',
  // "grain output floor", "the deficit ceiling": the bound a plan sets on an indicator is its value.
  '\\bfloors?\\b(?! (?:space|area))',
  '\\bceilings?\\b',
  // "How fast did Yunnan's per capita income rise in 2024?": how an indicator moved is told by its change.
  '\\b(?:rise|rises|rose|risen|increase|increased|fall|fell|fallen|drop|dropped|decline|declined|expand|expanded)\\b',
  // "jiangsu, end of the 14th FYP: natural shoreline ratio?": a rate or a share closing keywords is its value asked.
  '\\b(?:ratio|rate|share|percentage|proportion)\\s*\\??\\s*$',
];

/**
 * The means to a target, as a question names them ("实现目标的主要措施", "完成任务的路径"): the plan's work, asked as its outline,
 * never whether the target was met (intent-words.ts).
 */
export const MEANS_WORDS: readonly string[] = ['措施', '举措', '路径', '办法', '途径', '方向', '抓手', '思路', '重点'];

/** Words that ask for a report's outline of priorities: "2025年工作重点有哪些". */
export const PRIORITY_WORDS: readonly string[] = [
  '工作重点',
  '重点工作',
  '重点任务',
  '工作任务',
  '主要工作',
  '重点(推进|做好|抓好)',
  '主要任务',
  // "钱塘区2025年的目标任务": the plan's section "主要预期目标和任务", its work under the targets.
  // (Not a gap to it: "比目标任务高出几个百分点", "高于目标任务".)
  '(?<![比于过出])目标(和|与)?任务',
  '工作安排',
  // "实现目标的主要措施有哪几个方向": the means to the year's targets are the plan's work, its outline.
  `(实现|完成|达成)(上述)?(目标|任务)(任务)?的(主要)?(${MEANS_WORDS.join('|')})`,
  '哪几方面',
  '哪些方面',
  '几方面',
  '哪几项',
  // "今年要做的几件大事", "准备办哪几件事": the outline in everyday words.
  '几件大事',
  '哪些大事',
  '哪几件事',
  '几件事',
  // "有几大任务", "哪几大方面", "几项重点工作": the plan's tasks counted.
  '几大(任务|方面|重点|工作|板块)',
  '几项(重点)?(任务|工作)',
];
export const PRIORITY_WORDS_EN: readonly string[] = [
  'priorit',
  'focus',
  'key tasks',
  'main tasks',
  'agenda',
  'to-do',
  'big things',
  // "anhui 2026 work plan — which big blocks does it cover?", "the plan's main areas", "headings only".
  String.raw`\b(?:big|main|key|major) (?:blocks|areas|parts|items|headings|sections)\b`,
  String.raw`\bheadings\b`,
  // "beijing's 2026 plan: the numbered task blocks, by title?": the plan's numbered parts, listed by their titles.
  String.raw`\b(?:numbered|task) (?:task )?(?:blocks|sections|parts|items|headings)\b`,
  String.raw`\btasks?,? by (?:title|heading)\b`,
];

/**
 * Words that ask a summary: of the plan's outline ("summarise Qiantang's work for 2025"), unless the question names an
 * indicator, whose summary is how it went ("guangdong economy last year, quick summary pls": GDP and its growth).
 */
export const SUMMARY_WORDS_EN: readonly string[] = [
  'summar',
  String.raw`\bsum up\b`,
  String.raw`\bin a nutshell\b`,
  String.raw`\brundown\b`,
];

/** "主要工作取得了哪些成效" asks what was achieved, not the plan's outline. */
export const ACHIEVEMENT_WORDS: readonly string[] = ['成效', '成绩', '成果', '取得', '完成了'];

/**
 * With an indicator named, these ask how it went, which its figures tell: "江苏去年外贸怎么样",
 * "消费表现如何", "How did Shandong's exports do last year?". At the end of the question only:
 * "如何促进消费" asks for measures (HOW_WORDS). Regex fragments.
 */
export const HOW_IT_WENT_WORDS: readonly string[] = [
  '(怎么样|咋样|怎样|如何|好不好|怎么说)[？?。！!\\s]*$',
  '(表现|情况|状况|走势|形势)(如何|怎样|怎么样|咋样)?[？?。！!\\s]*$',
];
export const HOW_IT_WENT_WORDS_EN: readonly string[] = [
  '\\bhow (did|has|have|was|were|is|are)\\b.*\\b(do|doing|done|perform|performed|performing|fare|fared|faring|go|going|gone|went)\\b',
];

/** How-questions ask for measures, not a value: "如何促进固定资产投资增长". */
export const HOW_WORDS: readonly string[] = ['如何', '怎样', '怎么', '措施', '举措', '办法'];
export const HOW_WORDS_EN: readonly string[] = ['\\bhow (to|do|does|will|can)\\b'];

const QUANTITY = anyOf([...QUANTITY_WORDS, ...QUANTITY_WORDS_EN], 'i');
const VALUE_OF_INDICATOR = anyOf([...VALUE_OF_INDICATOR_WORDS, ...VALUE_OF_INDICATOR_WORDS_EN], 'i');
const PRIORITY = anyOf([...PRIORITY_WORDS, ...PRIORITY_WORDS_EN], 'i');
const ACHIEVEMENT = anyOf(ACHIEVEMENT_WORDS);
const HOW = anyOf([...HOW_WORDS, ...HOW_WORDS_EN], 'i');
const HOW_IT_WENT = anyOf([...HOW_IT_WENT_WORDS, ...HOW_IT_WENT_WORDS_EN], 'i');

export function asksForQuantity(question: string): boolean {
  return QUANTITY.test(question);
}

export function asksForValueOfIndicator(question: string): boolean {
  return VALUE_OF_INDICATOR.test(question);
}

/**
 * A question that only names what it asks ("浙江2024年GDP", "GDP of zhejiang in 2024 pls"): no word asks a number, a
 * change, a target, how it went, a summary or the plan's outline, so what is asked is the figure itself, its level.
 */
export function asksByNameAlone(question: string): boolean {
  return (
    !QUANTITY.test(question) &&
    !VALUE_OF_INDICATOR.test(question) &&
    !HOW_IT_WENT.test(question) &&
    !PRIORITY.test(question) &&
    !SUMMARY.test(question)
  );
}

const SUMMARY = anyOf(SUMMARY_WORDS_EN, 'i');

/** Whether the question asks the plan's outline; `namesIndicator`: it names an indicator, whose summary is no outline. */
export function asksForPriorities(question: string, namesIndicator = false): boolean {
  return PRIORITY.test(question) || (!namesIndicator && SUMMARY.test(question));
}

export function asksForAchievements(question: string): boolean {
  return ACHIEVEMENT.test(question);
}

export function asksHowItWent(question: string): boolean {
  return HOW_IT_WENT.test(question);
}

export function asksHow(question: string): boolean {
  return HOW.test(question);
}

/**
 * Words an English keyword question holds besides its place, indicators and years ("zj gdp 2024", "shandong: life
 * expectancy and skilled workers?"): joining words and marks. Such a question asks the figures it names.
 */
export const KEYWORD_QUESTION_FILLER_EN: readonly string[] = [
  'and',
  'in',
  'of',
  'for',
  'the',
  "'s",
  '’s',
  'vs',
  'versus',
  '&',
  '/',
  ':',
  ',',
  '?',
  '.',
  '-',
  // Hedges and courtesies ("hangzhou gdp in 2023? roughly", "…, thanks"): the same figure asked.
  'roughly',
  'approx',
  'approximately',
  'about',
  'around',
  'please',
  'pls',
  'thanks',
  'thx',
  'ok',
];

/**
 * What a Chinese question of names only ("山东24年进出口总额", "北京2025年常住人口？") may hold besides places,
 * indicators and years: joining and closing characters, as the English joining words above.
 */
export const KEYWORD_QUESTION_FILLER_ZH: readonly string[] = [
  // The part of the year it names ("拱墅区2025年一季度GDP"), read as its period elsewhere.
  '前三季度',
  '上半年',
  '一季度',
  '全年',
  '的',
  '和',
  '与',
  '、',
  '，',
  ',',
  '：',
  ':',
  '？',
  '?',
  '。',
  '!',
  '！',
  ' ',
  // Hedges, recollection and courtesies ("杭州23年GDP大概", "…来着", "…谢谢"): the same figure asked.
  '大概',
  '大约',
  '来着',
  '谢谢',
  '请问',
];

/** A year as a Chinese question writes it: "2024年", "24年", "2024". */
export const KEYWORD_QUESTION_YEAR_ZH = /(?<!\d)(?:(?:19|20)\d{2}|\d{2})年|(?<![\d.])(?:19|20)\d{2}(?![\d.])/g;

/**
 * Words a rank is written with ("规模稳居全国第4位", "居全国第3位"): added to the search when a rank is asked
 * ("浙江GDP全国排第几") and the passages found first state none.
 */
export const RANK_SEARCH_WORDS = '居全国第 位 全国第';

/**
 * How a name of a measured thing ends, when a question is only that name with a place and a year ("福建去年近岸海域优良
 * 海水面积比例", "钱塘区规上企业数"): it asks the figure, as "多少" would, though no glossary indicator names it.
 */
export const BARE_MEASURE_END = /(?:[值额量数率入资重模积速价]|比例|占比|份额|里程|人次)$/u;

/** Names that end like a measure and are none: "浙江招商引资", "推进高质量", "文化价值". */
export const NOT_A_MEASURE_END = /(?:引资|质量|价值|融入|力量|融资|注资)$/u;

/** Words that make a bare name a question of another kind: "吗", "怎么", "哪些", "为什么". */
export const NOT_BARE_MEASURE = /[吗呢么啥哪谁几]|什么|如何|怎|为何|是否|多少/u;

/** Longest leftover name read as a bare measure question. */
export const MAX_BARE_MEASURE = 16;

/** A time asked ("哪年举办的", "什么时候", "when"): what a sentence rarely writes of itself. */
const WHEN_ASKED = /哪年|哪一年|什么时候|啥时候|何时|哪天|几月|\bwhen\b|\bwhat year\b/i;

export function asksWhen(question: string): boolean {
  return WHEN_ASKED.test(question);
}
