import { RATE_INTRODUCERS } from './change-words.js';
import { FIVE_YEAR_PLANS } from './five-year-plans.js';
import { endsWithAnyOf, startsWithAnyOf } from './word-pattern.js';

/**
 * The words around an indicator's name in a report sentence that say what the name stands for:
 * another indicator ("人均生产总值"), a neutral lead-in ("全市地区生产总值"), its growth rate, an
 * average or total over several years. Entries are regex fragments.
 */

/** Punctuation that ends a clause: a number past it is usually another indicator's. */
export const CLAUSE_BREAKS = '，。；,;';

/**
 * Before a name, these make it part of another indicator: "人均生产总值", "海洋生产总值",
 * "单位国内生产总值能耗" (optionally followed by 地区 or 国内).
 */
export const OTHER_INDICATOR_BEFORE_WORDS: readonly string[] = [
  '单位',
  '人均',
  '海洋',
  '旅游',
  '文化',
  '体育',
  '数字',
  '核心',
  '绿色',
  '农业',
  '亿元',
  // "年度计划投资921.5亿元" of a list of projects: what the projects plan to invest, no 固定资产投资 of the place.
  '年度计划',
];

/**
 * After a name, these make it part of another indicator: "GDP比重", "生产总值能耗", "人口密度", or
 * a modifier of a kind of firm ("外资企业出口" is no 外资 figure).
 */
export const OTHER_INDICATOR_AFTER_WORDS: readonly string[] = [
  '企业',
  '能耗',
  '比重',
  '比例',
  '之比',
  '的比',
  '占比',
  '的比重',
  '的比例',
  '排名',
  // A ranking list named after the indicator's firms ("全球人形机器人上市公司百强"): firms on the list, no count of the indicator.
  '百强',
  '500强',
  '五百强',
  '千强',
  '城镇化',
  '密度',
  // Trade policy and procedure, not the trade figure: "出口通关时间压减92%", "出口退税办理时间", "出口信用保险".
  '通关',
  '退税',
  '信用',
  '信保',
  '信贷',
  '转内销',
  // Rules on the trade or investment, not its figure: "外资准入负面清单条数压减51%" (three characters after a name are read).
  '负面',
  '准入',
  // Those who trade or invest, counted: "新增培育出口主体150家", "投资主体" (a count of firms, not the trade figure).
  '主体',
  // Places named by the indicator's size ("人口小县机构改革", "工业大县"): places, not the figure.
  '小县',
  '大县',
  // A quoted name right after it makes a thing of its own: "全省投资“赛马”激励", "出口“新三样”".
  '[“「『"]',
  `占[^${CLAUSE_BREAKS}]{0,8}(比重|比例|份额)`,
];

/**
 * Before a short partial name, the words that leave it the indicator: the start, punctuation or 的,
 * the issuer's own 全市/全区/全省, a time ("今年出口") or a verb of the plans ("力争投资增长5%").
 */
export const NEUTRAL_BEFORE_WORDS: readonly string[] = [
  '^',
  '[\\s、，,：:；;（(的]',
  '全[市区省国县]',
  '本[市区省]',
  '[今去明全当]年',
  '年[末底]',
  '地区',
  '国内',
  '实现',
  '完成',
  '力争',
  '确保',
  '保持',
  '推动',
  '争取',
  '预计',
  '共',
  '累计',
];

/**
 * In a report, before a short partial name with its number right after it: a year's addition of the indicator's own
 * things ("新增托位1.7万个"). Not before other words ("新增能耗支持民间投资项目比重" is no energy intensity).
 */
export const INCREMENT_BEFORE = endsWithAnyOf(['新增', '净增']);
export const NUMBER_RIGHT_AFTER_NAME = /^\d/;

/**
 * Verbs among those above that take a subject: "重点项目完成投资" is the investment of the key projects,
 * not 固定资产投资, while "福建去年完成投资" is the province's. The name stays the indicator only when a
 * place, a time or nothing stands before the verb.
 */
export const SUBJECT_TAKING_VERBS: readonly string[] = ['完成', '实现', '累计'];
export const SUBJECT_TAKING_VERB = endsWithAnyOf(SUBJECT_TAKING_VERBS);

/** A time before such a verb, which names no subject: "2025年", "去年", "上半年", "全年". */
export const TIME_BEFORE_VERB =
  /(?:(?:\d{2,4}|[一二三四五六七八九〇零]{2,4})年度?|[今去明前全上]年|[上下]半年|[一二三四]季度|年[末底]|十[一二三四五]五(?:时期|期间)?|五年来?|以来)$/;
/** Before such a verb, a whole that is no subject of its own: "全社会完成投资". */
export const WHOLE_BEFORE_VERB = /全社会$/;

/**
 * In a question, before a short name that is also a word: a count of new ones asked ("浙江去年新增高企多少"),
 * which leaves the name the indicator; the places a superlative ranges over ("哪个省社零增速最快",
 * "各市社零"), which stand where a place's name would. Only the question's side: reports write the
 * full name there.
 */
export const QUESTION_LEAD_IN_WORDS: readonly string[] = [
  '新增',
  '净增',
  '新培育',
  '新认定',
  '哪[个些一]?[省市区县]',
  '各[省市区县]',
  // "几个省里出口增速谁最高", "这些省份当中": the places ranged over, written as a group.
  '(?:几个|这几个|这些|所有|各个)[省市区县]份?(?:里头|里面|当中|之中|里|中)',
];

/**
 * Words whose short indicator names inside them are no names of their own: a figure named "出口" or
 * "进口" does not answer a question about 进出口总额 (a report writes "进出口总额…，其中出口增长10.8%").
 */
export const WORDS_BINDING_SHORT_NAMES: readonly string[] = ['进出口'];

/**
 * "社会物流总费用与GDP的比率": a name between 与 and a ratio word is the whole the ratio is of, not the figure
 * asked ("优良天数比率" is 优良天数's own ratio, so the ratio word alone is not enough).
 */
export const RATIO_WHOLE_BEFORE = /与$/;
export const RATIO_WHOLE_AFTER = /^的?(?:比率|比值|之比)/;
export const OTHER_INDICATOR_BEFORE = new RegExp(`(${OTHER_INDICATOR_BEFORE_WORDS.join('|')})(地区|国内)?$`);
export const OTHER_INDICATOR_AFTER = startsWithAnyOf(OTHER_INDICATOR_AFTER_WORDS);
export const NEUTRAL_BEFORE = endsWithAnyOf(NEUTRAL_BEFORE_WORDS);
export const QUESTION_LEAD_IN = endsWithAnyOf(QUESTION_LEAD_IN_WORDS);

/** "排名第3位" is a rank: a number in the clause after the name, not after 第. */
export const NUMBER_IN_CLAUSE = new RegExp(`^[^${CLAUSE_BREAKS}]*?(?<!第)\\d`);

/**
 * Its growth rate after an indicator's name: in the same clause ("增长5%左右"), or after its
 * amount and one comma, as districts write it ("实现地区生产总值1416亿元,同比增长5.1%").
 */
export const GROWTH_AFTER = new RegExp(
  `^([^${CLAUSE_BREAKS}]{0,8}?|[^${CLAUSE_BREAKS}]*\\d[^${CLAUSE_BREAKS}]*[，,](同比)?)(${RATE_INTRODUCERS.join('|')})[^${CLAUSE_BREAKS}]{0,8}?\\d+(\\.\\d+)?%`,
);

/** A yearly average: "年均增长5%". */
export const AVERAGE_WORD = '年均';
/** A total that may run over several years: "累计新增就业700万人". */
export const CUMULATIVE_WORD = '累计';

/** "年均" just before the name ("年均城镇新增就业"), or in the clause after it before a number. */
export const AVERAGE_BEFORE = new RegExp(`${AVERAGE_WORD}[^${CLAUSE_BREAKS}]{0,2}$`);
export const AVERAGE_AFTER = new RegExp(`^[^${CLAUSE_BREAKS}\\d]{0,6}${AVERAGE_WORD}[^${CLAUSE_BREAKS}]{0,6}\\d`);
export const CUMULATIVE_BEFORE = new RegExp(`${CUMULATIVE_WORD}[^${CLAUSE_BREAKS}]{0,2}$`);

/** Words that put a 累计 over several years: 五年, "3年来", 以来, a plan's name. */
export const MULTI_YEAR_WORDS: readonly string[] = ['五年', '\\d+年(增长|来|间)', '以来', ...FIVE_YEAR_PLANS.map((p) => p.name)];
export const MULTI_YEAR_CONTEXT = new RegExp(MULTI_YEAR_WORDS.join('|'));
