/**
 * Units as reports write them after a number: percentages, measure words, magnitudes, and the
 * words that make a number a date or a name rather than an amount. Read by figure extraction.
 */
import { MEASURE_WORDS } from './counted-before-words.js';

/** Units of a rate or a share: a figure in one of them is a percentage-like value, not an amount. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '‰', '‱', '个百分点', '成']);
/** Units of things counted (家, 个, 人次): two counts are more or fewer, where money and levels are higher or lower. */
export const COUNTED_THING_UNITS: readonly string[] = [...MEASURE_WORDS, '人', '人次', '头', '只', '株', '棵', '份', '本', '对'];

/**
 * Units written in Latin letters right after a number ("12GWh", "200MWp"): an amount, where other letters touching a
 * number make a code of it (S211, 5G, PM2.5). Longest first.
 */
// Computing power in petaflops or exaflops ("超算算力达223PF"): PFLOPS and EFLOPS are measure words below.
export const LATIN_UNITS: readonly string[] = ['TWh', 'GWh', 'MWh', 'kWh', 'MWp', 'GW', 'MW', 'kW', 'PF', 'EF'];
/** A Latin unit at the start of a text, ending there (not "MWX"). */
export const LATIN_UNIT_START = new RegExp(`^(?:${LATIN_UNITS.join('|')})(?![A-Za-z])`);

/** Measure words as reports write them after a number; longest first when matching. */
export const MEASURE_UNITS: readonly string[] = [
  // Computing power in PFLOPS, written "1.6万P" or "…PFLOPS".
  'PFLOPS',
  'EFLOPS',
  '微克/立方米',
  '毫克/立方米',
  '人/亿元',
  // Prices per unit of energy: "工商业平均电价下降5分/千瓦时", "气源综合价格下降3-5分/立方米".
  '元/千瓦时',
  '分/千瓦时',
  '厘/千瓦时',
  '元/立方米',
  '分/立方米',
  '元/度',
  '分/度',
  '元/平方米',
  '元/吨',
  '元/人',
  // "低保标准从796元/月提高至842元/月": an amount per month or per year is one unit, not an amount and a name "/月".
  '元/月',
  '元/年',
  // "污水处理能力超30万吨/日": a capacity per day is one unit, not 万吨 and a name "/日".
  '吨/日',
  '立方米/日',
  '吨/天',
  '吨/万元',
  '吨标准煤',
  '吨标煤',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦时',
  '兆瓦',
  // Energy and power in Latin letters: "年产能12GWh动力电池", "200MWp光伏复合发电".
  ...LATIN_UNITS,
  '千伏',
  '千米',
  '公里',
  '公顷',
  '公斤',
  '千克',
  '标准箱',
  '标箱',
  '美元',
  '欧元',
  '日元',
  '港元',
  '港币',
  '英镑',
  '人民币',
  '人次',
  '户次',
  '家次',
  '剂次',
  '架次',
  '车次',
  '辆次',
  '场次',
  '批次',
  '个月',
  // "压缩到不超过120个工作日": a time, not 120 things.
  '个工作日',
  '工作日',
  '分钟',
  '小时',
  '周岁',
  '元',
  '个',
  '家',
  '户',
  '名',
  '人',
  '位',
  '项',
  '件',
  '座',
  '所',
  '处',
  '条',
  '张',
  '套',
  '间',
  '栋',
  '幢',
  '宗',
  '台',
  '辆',
  '艘',
  '架',
  '列',
  '场',
  '次',
  'P',
  '批',
  '种',
  // "工业产品生产许可证从60类减少到10类": kinds.
  '类',
  '款',
  '部',
  '册',
  '篇',
  '份',
  '对',
  '只',
  '头',
  '株',
  '棵',
  // "“吉林一号”117颗卫星": satellites.
  '颗',
  '片区',
  '片',
  '支',
  '单',
  '轮',
  '期',
  '例',
  '起',
  '笔',
  '枚',
  // "勇夺13块金牌": medals, counted as 枚 is.
  '块',
  '吨',
  '公斤',
  '斤',
  '克',
  '米',
  '亩',
  '方',
  '度',
  '倍',
  '天',
  '岁',
  'kWh',
  'kW',
  'MW',
  'GW',
  'kV',
  'km',
  'TEU',
].sort((a, b) => b.length - a.length);

/** Magnitude characters split off a numeral ("万" of 3.4万名), as multipliers of the base unit. */
export const MAGNITUDE: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

/** Words right after a number that make it a date, a year, a rank or a name, not an amount. */
/**
 * Years as an amount: after the name of a duration ("平均受教育年限从13.5年提高到14年", "使用年限"), within this many
 * characters before the number, 年 is the unit, not a date.
 */
export const DURATION_UNIT = '年';
/** Units of a span of time: "提前12小时", "缩短到3个工作日". */
export const TIME_SPAN_UNITS: readonly string[] = ['分钟', '小时', '天', '日', '个工作日', '工作日', '个月', '年'];
export const DURATION_NAME = /年限/;
export const DURATION_NAME_REACH = 16;
/** A calendar year ("比2020年提高0.5年"), never a duration. */
export const CALENDAR_YEAR = /^(?:19|20)\d{2}$/;

export const NOT_AMOUNT_AFTER = /^(?:年|月|日|号|时|点|周年|届|世纪|后|版|路|强|楼|层|代)/;

/**
 * A distance or a time that bounds a name, not an amount: "公交与轨道50米内换乘比例达91%", "3公里范围内公园覆盖率",
 * "15分钟生活圈覆盖率达到90%". The unit, then a bounding word, then more of the name before the clause's next numeral.
 */
export const NAME_BOUND_UNITS: readonly string[] = ['米', '公里', '千米', '分钟', '小时'];
export const NAME_BOUND_AFTER = /^(?:以内|范围内|内|生活圈|服务圈|通勤圈|交通圈|经济圈)[^，,;；。:：、\d]*\d/;

/**
 * Hours that say a service never closes ("89.4%的公园实现24小时开放", "7×24小时在线"): a description, not an
 * amount. The unit, then a verb of being open.
 */
export const ROUND_THE_CLOCK_UNITS: readonly string[] = ['小时'];
/** "12类45件民生实事": kinds of the count written right after, which is the figure; the kinds are no figure of their own. */
export const KINDS_OF_NEXT_COUNT_UNITS: readonly string[] = ['类'];
export const ROUND_THE_CLOCK_AFTER = /^(?:不间断|全天候)?(?:开放|营业|在线|值守|运行|运营|通关|服务|不打烊|接诉|响应|办理|可办|畅通)/;

/** 方 is a cubic metre, but 方面/方式/方案 are words that merely start with it. */
export const NOT_UNIT_NEXT: Readonly<Record<string, string>> = {
  方: '面式案向法位针',
  期: '间',
  部: '分门署',
  单: '位项元独',
  // "P" alone is PFLOPS; a letter after it makes another word ("PPP", "PM2.5").
  P: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
};

/** Ages written as a bound ("60岁以上") name a group of people, not a figure. */
export const AGE_UNITS: readonly string[] = ['岁', '周岁'];
export const AGE_BOUND = /^(?:以下|以上|及以下|及以上)/;
/** An age bound opening the noun a count counts ("50万名3岁以下婴幼儿"): part of that noun, no value of its own. */
export const AGE_OPENED_NOUN = /^\d{1,2}(?:周)?岁(?:以下|以上|及以下|及以上)(?=[\u4e00-\u9fff])/;

/** A unit shown in a table row's header ("(亿元)"): its leading magnitude characters. */
export const MAGNITUDE_CHARACTERS = /[^十百千万亿]/g;

/** A Chinese numeral that is a real amount (十二万), not a count word (三次, 一批). */
export const CHINESE_AMOUNT_CHARACTERS = /[百千万亿佰仟萬億点]/;
/** A percentage never carries a magnitude ("百分之3万"). */
export const MAGNITUDE_IN_PERCENT = /[万亿萬億兆]/;
/** Any numeral a sentence may hold: without one there is no figure to read. */
export const ANY_NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;

/** The unit of each percentage form the number scanner reports; other forms are percent (%). */
export const PERCENT_FORM_UNITS: Readonly<Record<string, string>> = { 个百分点: '个百分点', '‰': '‰', 千分之: '‰', 万分之: '‱', 成: '成' };
/** Forms that are no figure's rate: 折 is a discount. */
export const NOT_RATE_FORMS: readonly string[] = ['折'];
/** Forms in Chinese numerals that reports use for rates: "百分之三", "千分之五", "七成". */
export const CHINESE_RATE_FORMS: readonly string[] = ['百分之', '千分之', '成'];
/** The tenths form: "七成" is 70%, but "七成六" writes a value that is nowhere in the text. */
export const TENTHS_FORM = '成';
// "7成以上" in digits too ("民生类支出占一般公共预算支出7成以上"), one digit: "10成" is no rate a report writes.
export const PLAIN_TENTHS = /^(?:[^\d]{1,3}|[1-9])成$/;
/** What after a digit's 成 makes another word of it ("3成交", "1成功", "2成立"): no tenths. */
export const TENTHS_WORD_NEXT = /^[交功立本果为员效长熟都型套品绩]/;
export const HALF = /半/;

/** The unit of a difference between two rates, as the schema names it: "下降0.3个百分点". */
export const PERCENTAGE_POINTS = '个百分点';

/**
 * Base units that measure the same thing as another, and how many of that other one unit is: "1993.5万吨" and
 * "1142亿斤" of grain are ranked on one scale (1斤 = 0.0005吨), each still shown as its report writes it.
 */
export const EQUIVALENT_BASE_UNITS: Readonly<Record<string, { unit: string; factor: number }>> = {
  斤: { unit: '吨', factor: 0.0005 },
  公斤: { unit: '吨', factor: 0.001 },
  // 千克 and 千米 are read as 千 (a magnitude) of 克 and 米.
  克: { unit: '吨', factor: 0.000001 },
  公顷: { unit: '亩', factor: 15 },
  米: { unit: '公里', factor: 0.001 },
};

/**
 * A percentage point written once for a pair: "增速分别高于全省2.2个和3.7个百分点" gives the first value its "个" only,
 * the rest of the unit after the second. After the first number: its 个, a joiner, the second number and 个百分点.
 */
export const POINTS_WRITTEN_ONCE = /^个(?=[和及与、至到]\d+(?:\.\d+)?个百分点)/u;

/** The unit a value of POINTS_WRITTEN_ONCE gets. */
export const POINTS_UNIT = PERCENT_FORM_UNITS.个百分点;

/** The magnitude a unit opens with ("万" of 万户, 万元). */
const LEADING_MAGNITUDE = /^[十百千万亿]+/;

/** What a unit measures, its magnitude left out: 万户 and 户 are one measure. */
export function unitMeasure(unit: string): string {
  return unit.replace(LEADING_MAGNITUDE, '');
}

/** The unit money is counted in (元, 亿元, 元/月 open or end with it). */
export const MONEY_UNIT = '元';

/**
 * Units of a physical measure: asked by them ("新开通地铁多少公里"), a question asks the length, area, weight or power
 * beside the thing it names, under whatever name the report gives it ("新增运营里程30公里" beside 开通3条地铁新线). Unlike
 * a counting word, which may count another noun's things ("hospital beds" in 家), a measure's unit says what is asked.
 */
/**
 * Visits or attendances (人次): what a thing's opening or service reached, written beside the thing counted in its own unit
 * ("119家公共文化场馆延时错时开放，惠及5900万人次"): asked in it, the figure beside the named one answers.
 */
export const REACH_UNITS: readonly string[] = ['人次'];

export const PHYSICAL_MEASURE_UNITS: readonly string[] = [
  '公里',
  '千米',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '亩',
  '公顷',
  '吨',
  '千瓦',
  '千瓦时',
  '标箱',
  '标准箱',
];
