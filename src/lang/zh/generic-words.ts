import { SWITCHING_WORDS } from './follow-up-words.js';
import { COUNT_ASKED_MEASURES } from './counted-before-words.js';

/**
 * Question words too common to say what a question is about: they weigh less in search and do not
 * count as the content a cited sentence must cover ("钱塘区2024年GDP是多少" is about GDP, not 多少).
 */

/** The measure words a pointing word takes ("那套", "这批", "那些"). */
const POINTING_MEASURES = [
  '个',
  '套',
  '批',
  '条',
  '些',
  '项',
  '家',
  '座',
  '种',
  '份',
  '场',
  '类',
  '款',
  '支',
  '部',
  '所',
  '轮',
  '届',
  '样',
];

/**
 * A search token of the asking, cut from the question's words as the segmenter found them: any holding 几 ("好几个",
 * "几轮"), and 要 before a verb of work ("国家级文化生态保护区要建好几个" cuts 要建, 好几, 好几个). No passage writes them; as
 * content they outweigh the subject the question names.
 */
export const ASKING_TOKEN = /几|^要[建开办新搞做干修种招引发降提涨增减拆投花给]$/;

/** Measure words asked after 几 that are no measure of a count figure read here: "几轮", "几届". */
const COUNT_ASKED_ONLY_MEASURES: readonly string[] = ['轮', '届'];

/**
 * The growth asked by its own noun ("高新产业投资增速", "谁的增速更高"): a word of asking like 增长, which the sentence writes
 * instead ("增长24.5%"); but a rank of the growth asked ("进出口增速在全国排第几") is given by the sentence that writes 增速
 * ("增速居全国第5位"), where it stays a word to find.
 */
export const GROWTH_RATE_WORDS: ReadonlySet<string> = new Set(['增速', '增幅']);

/** Whether a question's token is a word of asking in that question (GENERIC_SEARCH_TERMS; GROWTH_RATE_WORDS unless a rank is asked). */
export function isAskingWordIn(token: string, rankAsked: boolean): boolean {
  return GENERIC_SEARCH_TERMS.has(token) || (!rankAsked && GROWTH_RATE_WORDS.has(token));
}

export const GENERIC_SEARCH_TERMS: ReadonlySet<string> = new Set([
  // "换广东看看": words of switching a follow-up to another place, no subject.
  ...SWITCHING_WORDS,
  '哪',
  '实际',
  '几',
  '几个',
  // "那年…" after a question of a year: the conversation's year, a slot, no word a sentence writes.
  '那年',
  '那一年',
  '同年',
  '这一年',
  // "…几处 …多少公里 一块儿说": asking for the figures together, no subject.
  // "…四类 挨个报数": each read out in turn, the same.
  '挨个',
  '报数',
  '一块',
  '块儿',
  '一块儿',
  '一起',
  '一并',
  '顺便',
  // "按安徽报告的说法…", "照报告说": whose account is asked, no subject.
  '按',
  '照',
  '说法',
  '哪个',
  '哪几',
  // "专项行动 叫“几+1”": calling a thing by its name asks the name; the reports write 叫 only inside words (叫响, 叫应).
  '叫',
  '叫做',
  '叫作',
  // "“3815”战略发展目标是啥意思": what a name means is asked of the sentences that write the name; no report writes 意思.
  '意思',
  '啥意思',
  '什么意思',
  // "国资国企这块", "民生那一块": the area pointed at, no subject of its own.
  '这块',
  '那块',
  '这一块',
  '那一块',
  // "养老那块": the segmenter may cut 那 from 块, which is left alone.
  '块',
  // "融了多少钱": money asked (MONEY_ASKED reads it), no word a sentence writes.
  '多少钱',
  '要',
  '需要',
  '应该',
  '怎样',
  '有没有',
  // How a question points at the reports ("报告里有没有提到…"): not what it is about.
  '提到',
  '提及',
  '讲到',
  '说到',
  '谈到',
  '报告',
  '报告里',
  '报告中',
  // "行吧 还是钱塘…", "好吧 那…": a reply's filler before the question, no subject.
  '行',
  '吧',
  '行吧',
  '好吧',
  '嗯',
  // "算了还是说云南 …": a change of mind before the question, no subject.
  '算了',
  // "是要完善还是新建", "到26年报告里…还在迭代吗": the question's own joints (or, to, in, still), no subject.
  '还是',
  '到',
  '还在',
  // "同一份报告里…", "那份报告": which report, pointed at; the conversation's report is a slot.
  '同',
  '同一',
  '一份',
  '同一份',
  '这份',
  '那份',
  // How a question asks for passages about a thing ("亚运会相关的内容", "有关情况"): not what it is about.
  '相关',
  '有关',
  '内容',
  '是否',
  '主要有',
  '指标',
  '没有',
  '低于',
  '增长',
  '目标',
  '计划',
  '预期',
  '完成',
  '实现',
  '达到',
  '多少',
  // "每人每月底线调到多少": how an amount is counted and that it is a floor, asked in everyday words; the reports write
  // 月标准, 元/月 or nothing.
  '每人',
  '每月',
  '底线',
  // "…大概多少", "差不多几倍": a rough number asked; the reports write 约, 左右, 预计 or nothing.
  '大概',
  '大约',
  '差不多',
  '情况',
  '变化',
  // "这五年怎么变的", "变了多少": how a thing changed, asked in the everyday verb (the reports write 提高, 跃升…).
  '变',
  // "从第几升上来的", "从第几掉下来的": how a rank or a level moved, asked in everyday words; the sentence writes 跃升至…
  '从',
  '升上',
  '上来',
  '升上来',
  '掉下',
  '下来',
  '掉下来',
  '升到',
  // "后来升到整省了没": a later time pointed at, and asking whether it happened; no words a sentence writes.
  '后来',
  '了没',
  '如何',
  '怎么样',
  '工作',
  '重点',
  '全年',
  '一季度',
  '主要',
  '是',
  '有',
  '为',
  '年',
  '新',
  '什么',
  '哪些',
  '总结',
  '区',
  '市',
  '省',
  // An English question's verbs of wanting say how it asks, not what about ("want to lead with").
  'want',
  'wants',
  // How people wrap a question ("想了解下…", "麻烦问下…谢谢", "帮我查一下…"): politeness, not its subject.
  '想',
  '了解',
  '知道',
  '麻烦',
  '问下',
  '问问',
  '谢谢',
  '帮',
  '查',
  '告诉',
  '用',
  // How a question asks for plans or measures ("打算怎么稳外贸", "准备采取哪些举措"): the plan's
  // sentences say what it will do, rarely these words.
  '打算',
  '准备',
  '怎么',
  '咋',
  '举措',
  '措施',
  '办法',
  // A total asked in everyday words ("地铁一共多少公里了"): the sentence writes the total, not 一共.
  '一共',
  '总共',
  '了',
  // "零碳园区…数量比一比": asking to set two numbers side by side, no word a sentence writes.
  '比一比',
  '比比',
  '比一下',
  '对比一下',
  '比较一下',
  '数量',
  // "…受益户数 总数多少", "涨了多少个点": the count or the points asked, by words of asking; the sentence writes the number.
  '总数',
  '个点',
  // "快递业务量同比增速": over the year before, as every change is; the reports write 增长 (generic too) and the figure.
  // (增速 and 增幅 are words of asking too, unless a rank is asked: GROWTH_RATE_WORDS.)
  '同比',
  // "浙江截至去年…", "钱塘新区那会儿…": the time pointed at, which the years read; no subject.
  '截至',
  '那会儿',
  '会儿',
  // "26年报告里", "那批项目里": in it, cut apart from the noun before it; no subject.
  '里',
  // "“两重”那批 个数多少": the count asked by its own noun, and the batch pointed at; the sentence writes the count
  // ("86个“两重”项目").
  '个数',
  '数目',
  '那批',
  '这批',
  // "工业百亿企业现在一共几家": now is when the total is asked, not what a sentence must write.
  '现在',
  '目前',
  '如今',
  '眼下',
  '当前',
  // "两个省谁多", "两地谁更高": which of the places talked about, no words a sentence writes.
  '谁',
  '两个',
  '两地',
  '两省',
  '两市',
  '两区',
  '更高',
  '更多',
  // "在建的和做前期的项目各几个 一样多吗", "哪边个数多": whether two counts match or which is larger, and the light verb of
  // a stage of work (做前期): no words a sentence writes.
  '一样',
  '一样多',
  // "数量上谁压谁一头", "哪边占上风": which is more, in everyday words.
  '压',
  '一头',
  '上风',
  '占上风',
  '胜出',
  // "条数差多少": how far apart two counts are; the sentences write the counts.
  '差',
  '多',
  '各',
  '哪边',
  '做',
  // "免费提供多大的海外仓", "提前多久": how large or long is asked; the sentence writes the number ("1万平方米").
  '多大',
  '多长',
  '多久',
  '多远',
  // So does "幸福河湖的里程 谁更长": a length asked by its measure, which the sentence writes as a unit (1200公里), and
  // which side is more by a comparative the sentence never writes.
  '里程',
  '更长',
  '更短',
  '更大',
  '更快',
  '更少',
  '更低',
  // "给东南亚五国免费提供…": to whom, a preposition.
  '给',
  // "这三块增加值 分别涨了多少 一口气说完": the things counted off and asked at once, no subject.
  '两块',
  '三块',
  '四块',
  '这几块',
  // "冰雪旅游搞得怎么样", "干得咋样": how a thing went, in everyday verbs.
  '搞得',
  '搞',
  '干得',
  '得',
  '一口气',
  '一口',
  '口气',
  '说完',
  // "国家级科技人才多不多", "增速快不快": asking whether a number is large, never words a sentence writes.
  '多不多',
  '不多',
  '高不高',
  '不高',
  '大不大',
  '不大',
  '快不快',
  '不快',
  '少不少',
  '不少',
  // "全国排老几": a rank asked in everyday words; the sentence writes "居全国第5位".
  '排老几',
  '老几',
  '排',
  // A rank asked ("第几个千万级机场"): the sentence writes its number ("第4个"), never 第几.
  '第几',
  '第几个',
  '第几位',
  // "要保在前百分之几": a share asked, and kept (保持) in everyday words; the sentence writes "保持全国前20%".
  '百分之几',
  '百分之',
  '百分',
  '要保',
  '保在',
  // "停车位加了多少个": added, in everyday words; the sentence writes 新增.
  '加',
  // "银牌拿了几块": won, in everyday words; the sentence writes 斩获 / 获得.
  '拿',
  '拿了',
  // "跟广东比呢", "和江苏相比": setting a figure beside another place's, no words a sentence writes.
  '跟',
  '比',
  '相比',
  '对比',
  // "拿广东来对照": the same, in the words of checking one against another.
  '对照',
  '来',
  // "单项冠军几家": a count asked with its measure word; the sentence writes the number ("60家").
  // "综合消费券发了几轮", "办了几届": rounds and editions are asked so too (no count unit of a figure's own here).
  ...[...COUNT_ASKED_MEASURES, ...COUNT_ASKED_ONLY_MEASURES].map((m) => `几${m}`),
  // "那套现代化产业体系", "这批项目": pointing back at a thing the question or conversation names, no word a sentence writes.
  ...['这', '那'].flatMap((near) => POINTING_MEASURES.map((m) => `${near}${m}`)),
]);

/**
 * How a question may start without naming a subject: "今年…", "截至2024年…", "请介绍…". What stands
 * before a year and starts with one of these is no unknown place.
 */
/**
 * A word that is a number written in words, asked ("几天"), rough ("一个多月", "十多") or one ("一家"): how many, which a
 * sentence writes in its own figures (一个月以上, 4个工作日), no subject to find it by, as a number in digits is none. A
 * number of a name stays ("五个一工程").
 */
export const NUMBER_IN_WORDS = /^(?:几|一[个家]|[一二两三四五六七八九十百]+[个家年天月周次]?多)/;

export const GENERIC_SUBJECT_STARTS: readonly string[] = [
  '全',
  '本',
  '我',
  '今',
  '去',
  '明',
  '前',
  '近',
  '过去',
  '到',
  '截至',
  '截止',
  '在',
  '于',
  '从',
  '自',
  '与',
  '和',
  '对',
  '关于',
  '请',
  '总结',
  '介绍',
  '比较',
  '对比',
  '说说',
  '讲讲',
  '列出',
  '哪',
  '什么',
  '为什么',
  '为何',
  '如何',
  '怎么',
  // A count of places ranges over them: "八个省2025年GDP谁最高", "几个市".
  '[一二两三四五六七八九十几多\\d]+个',
  '各',
];

/**
 * Characters that make the two characters before an indicator's name no qualifier of it: a year,
 * a place or a particle ("2024年居民…", "全区居民…", "全国财政收入", "城乡和居民…"), unlike "农村" in "农村居民人均可支配收入".
 */
export const NON_QUALIFYING_CHARACTERS: readonly string[] = ['年', '区', '市', '省', '县', '国', '的', '了', '和', '及', '与', '度'];
