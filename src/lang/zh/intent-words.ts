import { MEANS_WORDS } from './question-words.js';
import { anyOf } from './word-pattern.js';

/**
 * Whether a question asks for a plan's target or for what was achieved: "2025年GDP增长目标" is a
 * target, "2024年GDP增长了多少" a result. Entries are regex fragments.
 */
export const PLAN_INTENT_WORDS: readonly string[] = [
  '目标',
  '计划',
  '预期',
  '力争',
  '打算',
  // "准备新增多少家", "准备抓哪几件事": what is prepared for is planned.
  '准备',
  // "预计新增多少专精特新中小企业": work expected to be done is planned (not "预计增长", a year's estimated result).
  '预计(?:要|将)?(?:新增|新建|建成|培育|引进|开工|实施|发放|招引)',
  '安排',
  '要求',
  '拟',
  '将要',
  // "失业率要控制在多少", "确保增长多少", "赤字率不超过多少": a bound set ahead is a target.
  '控制在',
  '确保',
  // "增长保底多少", "上限多少": a floor or a ceiling set ahead (bound-asked-words.ts) is a target's.
  '保底',
  '底线',
  '下限',
  '上限',
  // Not after a change made ("压到了不超过120个工作日"): the bound reached is a result.
  '(?<!了)不超过',
  '(?<!了)不低于',
  '以内',
  // "赤字率定了多少", "目标定在多少", "定的多少": a figure set for the year is its target (not 稳定在, a level held,
  // nor 认定了 / 评定了 / 鉴定了 / 审定了, things recognised in the year: "认定了多少家市级未来工厂").
  // "哪个省定得多": which set more.
  '(?<![稳确决肯否规约认评鉴审判])定(了|的|得|在|为|下)',
  // "今年要新增多少装机", "计划新建多少基站": what a plan will add is its target.
  // "PM2.5浓度要降到多少", "要提升到多少": the level a plan will bring it to, too; "能耗要降多少" the change it will make.
  // "违法建设要治理多少", "要开工多少个项目", "要办几件实事": the work a plan will do, too.
  // "要新培育多少家", "要再建几个": a 新 or 再 before the verb too.
  // "去年想冲到多少", "想新增几家": what a year was meant to reach is its target (not "没想到", "想不到").
  '(?<![没不])想(?:要)?(冲到|冲|达到|突破|做到|干到|实现|新增|新建|增长|提高|提升|拿到|建成)',
  // "要推出几个开放场景", "要打造几个": things a plan will bring out are its target too.
  // "要综合整治多少个老旧小区": a manner word between 要 and the verb too. "森林覆盖率要稳在多少以上": a level to be held.
  '(?<![需只想还])要(?:新|再|综合|全面|加快|集中)?(稳在|稳定在|稳住|保持在|保持|守住|新增|新建|建成|建设|改造|整治|培育|引进|达到|干到|突破|增长|提高|提升|提到|升到|涨到|增加|扩大|降到|降至|下降|降低|减少|压减|控制|降|减|涨|治理|拆除|清理|完成|实施|开工|推动|推进|招引|发放|培训|推出|打造|落地|上线|举办|组建|设立|出台|建|办|开|占)',
];
// "plan" and "aim" as whole words (with their endings): "did Shandong plant trees" and "claimed" ask no plan.
export const PLAN_INTENT_WORDS_EN: readonly string[] = [
  'target',
  'goal',
  String.raw`\bplan(?:s|ned|ning)?\b`,
  String.raw`\baim(?:s|ed|ing)?\b`,
  'expect',
  'project',
  'forecast',
  // "the number they set for this year": a figure set ahead (not "set up", a thing founded).
  String.raw`\b(?:they|it|was|were|is|are|has|have|been) set\b(?! up)`,
  String.raw`\bset for\b`,
  // "grain output floor", "the deficit ceiling": the bound a plan sets (not "floor space", "floor area", a building's size).
  String.raw`\bfloors?\b(?! (?:space|area))`,
  String.raw`\bceilings?\b`,
  // "the 2025 special bond quota": an amount allotted ahead (拟安排); not one secured or used ("quota secured for major
  // projects", "did Zhejiang secure"), a result.
  String.raw`^(?!.*\b(?:secured?|securing|did|got|won|obtained|used|was|were)\b).*\bquotas?\b`,
  // "new overseas warehouses to set up?", "km of rural roads to upgrade?": work still to do is planned (not "…did it take
  // to build", asked of work done).
  String.raw`^(?!.*\b(?:did|was|were|had|got|has been|have been)\b).*\bto (?:be )?(?:build|set up|upgrade|add|create|open|complete|renovate|revamp|retrofit|bring|plant|train|recruit|cut|reduce|raise|launch|start|deliver|introduce|establish|cultivate|finish)\b`,
];

export const RESULT_INTENT_WORDS: readonly string[] = [
  '实现了',
  '完成了',
  '增长了',
  '达到了',
  // A change already made: "十四五期间城镇化率提高了几个点" asks what the period achieved.
  '提高了',
  '提升了',
  '增加了',
  '下降了',
  '降低了',
  '减少了',
  '是多少',
  '有多少',
  '多少',
  // "年均增速几何": the written word for how much.
  '几何',
  '实际',
  '完成',
  '实现',
  // "我要的是24年已经建成的": what is done by now.
  '已经',
  '建成了',
];
export const RESULT_INTENT_WORDS_EN: readonly string[] = ['was', 'were', 'did', 'achieved', 'actual', 'reached', 'grew', 'recorded'];
/** Result words that only ask how much ("多少", "是多少"): of a year not yet over, asked of a task, they ask its plan. */
export const HOW_MUCH_RESULT_WORDS: readonly string[] = ['是多少', '有多少', '多少', '几何'];
/**
 * Verbs of a task a year's plan sets ("开工筹集…多少套", "新培育…多少家"): asked how much of a year not yet over, the
 * task's number is the plan's; a statistic asked so ("今年GDP是多少") is still a result the reports do not hold.
 */
export const TASK_VERBS: readonly string[] = [
  '开工',
  '筹集',
  '新建',
  '新增',
  '新培育',
  '培育',
  '建设',
  '改造',
  '推进',
  '实施',
  '打造',
  '开展',
  '引进',
  '招引',
  '举办',
  '发放',
  '提供',
  '组织',
  '办',
  // "普通高中学位今年能多出多少个": an increase, in everyday words.
  '多出',
  // "安徽今年省级财政拿多少钱稳经济": money a plan sets aside ("统筹安排省级财政资金350亿元以上").
  '拿',
  '安排',
  '投入',
];

/** Whether a target was met is a question about the result: "是否完成", "完成率". */
export const COMPLETION_CHECK_WORDS: readonly string[] = [
  '(没|未|是否)(完成|实现|达到)',
  '完成率',
  'completion',
  // "比目标任务高出几个百分点": the gap to a target is what the result came to (the reports' "高于目标任务5.1个百分点").
  '比(年度|预期)?(目标|任务)(任务)?(高|低|快|慢|多|少)(出|了)?',
  '(高于|低于|超过|超出|快于|慢于)(年度|预期)?(目标|任务)',
  // "完成投资是年度计划的百分之几": what was done, as a share of the plan (the reports' "为年度计划的146.1%").
  '(年度|全年)?(计划|目标)的(百分之几|百分之多少|多少|几成)',
];

/**
 * Whether a target was met, which only the target and the actual side by side answer: "完成目标了吗",
 * "GDP增速超过目标没有", "新增就业完成任务了吗", "达标了吗", "did Zhejiang hit its growth target".
 * Regex fragments.
 */
export const ATTAINMENT_WORDS: readonly string[] = [
  // Not the means to them ("实现目标的主要措施有哪几个方向"): a plan's measures, asked as its outline.
  `(完成|实现|达到|达成|超过|超出|突破|跑赢)了?(年度|预期|既定)?(目标|任务|预期)(?!(任务)?的?(主要)?(${MEANS_WORDS.join('|')}))`,
  '(是否|有没有|有无|能否)(完成|实现|达到|超过|达成)',
  '(没|未)(有)?(完成|实现|达到|达成)(目标|任务|预期)',
  '达标(?!率)',
  // "加装电梯超额了吗", "超额完成了没有": more than the target is a target met.
  '超额(完成)?(了|目标|任务)?(吗|没有|没|么|与否)?',
  // Not "投资完成率": the reports write it as a figure of its own ("101个市重点项目投资完成率超180%"), asked as such.
  '(?<!投资)完成率',
  // "物价涨幅控制住了吗": a ceiling target held is a target met.
  '(控制|稳|守)住了?(吗|没有|没|么|与否)',
  '(目标|任务)(完成|实现|达到|达成)(得)?(了|情况|怎么样|如何|咋样|没|吗|与否)',
  // "湖南2025年经济增长目标是多少，完成了没有": the target named, then asked whether it was met.
  '目标[^。？?]{0,12}(完成|实现|达到|达成)了?(没有|没|吗|么|与否)',
  '\\b(meet|met|meets|hit|hits|reach|reached|reaches|achieve|achieved|achieves|beat|beats|exceed|exceeded|exceeds|miss|missed|misses)\\b[^.?!]{0,30}\\b(target|goal)s?\\b',
  '\\bon target\\b',
  // "zhejiang gdp growth 2025 vs target?": the result set against its target.
  '\\b(?:vs\\.?|versus|against|compared (?:to|with))\\s+(?:the\\s+|its\\s+)?(?:target|goal)s?\\b',
  'fell short',
  '目标(任务)?(达到|达成)',
  '(target|goal)s?\\b.{0,20}\\b(met|achieved|reached|missed)\\b',
  // Both asked: "目标是多少，实际完成多少", "实际增长和目标各多少" ("实际利用外资" is an indicator's name).
  '目标.{0,12}(实际|实绩)(完成|增长|实现|达到|情况|是|多少|呢)|(实际|实绩)(完成|增长|实现|达到|情况|是|多少).{0,12}目标',
  // "去年原计划多少万平米 最后完成了多少": the plan, then what it came to.
  '(原计划|原定|原本计划|计划)[^。？?]{0,12}(最后|最终|结果|到头来)(实际)?(完成|实现|达到|做到|干了)',
  '\\b(target|goal)s?\\b.{0,50}\\bactual(ly)?\\b|\\bactual\\b.{0,50}\\b(target|goal)s?\\b',
];

/** A target missed, as a question says it: "没完成目标", "fell short". */
export const SHORTFALL_WORDS: readonly string[] = ['(没有?|未)(完成|达到|实现)', 'shortfall', 'fell short', 'miss(ed)? (the )?target'];

/** How the reports write a shortfall ("低于目标…个百分点"): searched for when one is asked. */
export const SHORTFALL_REPORT_PHRASE = '低于目标';

/**
 * Words of a question about targets or their completion, which the reports' target tables answer;
 * other questions are better answered by the text. Case-sensitive, as it always was.
 */
export const TABLE_QUESTION_WORDS: readonly string[] = ['目标', '完成率', 'target', '完成'];

const PLAN = anyOf([...PLAN_INTENT_WORDS, ...PLAN_INTENT_WORDS_EN], 'i');
const RESULT = anyOf([...RESULT_INTENT_WORDS, ...RESULT_INTENT_WORDS_EN], 'i');
const TASK = anyOf(TASK_VERBS);
const RESULT_BEYOND_HOW_MUCH = anyOf(
  [...RESULT_INTENT_WORDS.filter((w) => !HOW_MUCH_RESULT_WORDS.includes(w)), ...RESULT_INTENT_WORDS_EN],
  'i',
);
const COMPLETION = anyOf(COMPLETION_CHECK_WORDS, 'i');
const SHORTFALL = anyOf(SHORTFALL_WORDS, 'i');
const ATTAINMENT = anyOf(ATTAINMENT_WORDS, 'i');
const TABLE_QUESTION = anyOf(TABLE_QUESTION_WORDS);

/** The word that asks a target, kept in a follow-up comparing a target with another year's ("比去年高还是低"). */
export const TARGET_ASKED_WORD = '目标';

export function asksForPlan(question: string): boolean {
  return PLAN.test(question);
}

export function asksForResult(question: string): boolean {
  return RESULT.test(question);
}

/** Whether the question names a task a plan sets ("开工筹集", "新培育"). */
export function namesTask(question: string): boolean {
  return TASK.test(question);
}

/** Whether the question asks a result in words beyond how much ("增长了", "实际", "完成"). */
export function asksForResultBeyondHowMuch(question: string): boolean {
  return RESULT_BEYOND_HOW_MUCH.test(question);
}

export function asksWhetherCompleted(question: string): boolean {
  return COMPLETION.test(question);
}

export function asksAboutAttainment(question: string): boolean {
  return ATTAINMENT.test(question);
}

export function asksAboutShortfall(question: string): boolean {
  return SHORTFALL.test(question);
}

export function asksWhatTablesAnswer(question: string): boolean {
  return TABLE_QUESTION.test(question);
}
