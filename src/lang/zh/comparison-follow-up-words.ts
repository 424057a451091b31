/**
 * Follow-ups that turn a conversation into a comparison: "和江苏比呢？" adds a side to the earlier
 * question; "哪个更高？" after questions about two places compares them.
 */

/** "哪个更高", "谁多": which of the sides is higher, in Chinese (a regex fragment). */
// "哪个最高" after several places talked about: the highest of them.
// "哪个省定得多", "哪个市建得多" after two places: which of them (with 最, "哪个省最多" ranks every place, not only these).
const WHICH_IS_HIGHER_ZH =
  // "俩地方谁招得多", "哪边卖得多": any verb with its 得 before the comparative.
  '(?:(哪个|哪家|哪边|哪一个|谁)(的)?(增长|增速|[\u4e00-\u9fff]得)?(更|比较|要|最)?(高|低|快|慢|多|少|大|小|强|好)' +
  // "谁的空气好", "哪个的GDP高": which side's named measure is higher.
  '|(?:哪个|哪边|谁)的[\u4e00-\u9fffA-Za-z0-9.]{1,6}?(?:更|比较|要)?(?:高|低|快|慢|多|少|大|小|强|好)' +
  '|(?:哪个|哪一个)(?:省|市|区|县|地方|城市|地区)(?:的)?(?:增长|增速|涨得|长得|定得|定的|建得|干得|做得|搞得)?(?:更|比较|要)?(?:高|低|快|慢|多|少|大|小|强|好)' +
  // "两家条数有差别没", "这俩目标差几个百分点", "二者相差多少": how far apart the two talked about are.
  '|(?:两家|两者|二者|这俩|俩|这两个|两边|两地|两省)[^，。？?]{0,6}?(?:有差别|有区别|有差距|差别|区别|差距|相差|差多少|差几|差了多少)' +
  // "俩尺寸一样不", "两者一样多吗": whether the two are the same.
  '|(?:两家|两者|二者|这俩|俩|这两个|两边|两地|两省)[^，。？?]{0,6}?(?:一样|相同|相等|一致))';

/** A comparative the follow-up asks about ("快", "更高", "faster"). */
const COMPARATIVE_ZH = '(更|还|要)?(高|低|快|慢|多|少|大|小|强|好)';
const COMPARATIVE_EN = '(faster|higher|bigger|larger|lower|slower|smaller|better|more|less)';

/**
 * "和江苏比呢", "跟上海比怎么样", "跟浙江比谁多", "对比北京", "比江苏快吗", "是不是比上海高", "超过江苏了吗",
 * "compared with Jiangsu", "vs Shanghai", "how does that compare with Guangdong", "faster than Jiangsu?",
 * "is it higher than Beijing's?".
 */
export const COMPARE_WITH = new RegExp(
  [
    // "增速跟全国比怎么样": the measure compared may come first.
    `^(那)?(增速|增幅|增长|总量|规模)?(和|跟|与|同|对比|相比|比较)[^，。？?]{1,12}?(比|相比|比较|对比)?(呢|怎么样|如何|咋样|${WHICH_IS_HIGHER_ZH})?[？?。!！]*$`,
    // "比全国高还是低": either way asked.
    `^(那)?(增速|增幅|增长|总量|规模)?(是不是|是否|有没有)?(比|有)[^，。？?]{1,12}?${COMPARATIVE_ZH}(还是${COMPARATIVE_ZH})?(吗|么|嘛|不|没有|呢)?[？?。!！]*$`,
    '^(那)?(是不是|是否|有没有)?(超过|赶上|赶超|追上|高于|低于|快于|慢于)[^，。？?]{1,12}?(了)?(吗|么|嘛|没|没有|呢)?[？?。!！]*$',
    '^(and )?(how about )?(compared (to|with)|vs\\.?|versus|against)\\b',
    '^(and )?(how (does|do|did|would) (that|it|this|they) )?compare[sd]? (it |that |this )?(to|with)\\b',
    // "is that higher or lower than hunan?": either way asked.
    `^((is|was|did) (it|that|this|they) )?(grow |growing )?${COMPARATIVE_EN}( or ${COMPARATIVE_EN})? than\\b`,
  ].join('|'),
  'i',
);

/** "哪个更高", "谁快", "which is higher", "who grew faster": which of the places talked about. */
export const WHICH_OF_THEM = new RegExp(
  `${WHICH_IS_HIGHER_ZH}|\\bwhich (one )?(is |was |grew )?(the )?(higher|bigger|faster|larger|lower|slower|smaller|better|highest|biggest|fastest|largest|lowest|slowest|smallest|best)\\b|\\bwho (grew|is|was|did) (faster|higher|better|more)\\b`,
  'i',
);

/** Whether a follow-up adds a place to compare with the earlier question's. */
export function comparesWith(question: string): boolean {
  return COMPARE_WITH.test(question.trim());
}

/** Every which-of-them asked in a text (compiled once). */
const EVERY_WHICH_OF_THEM = new RegExp(WHICH_OF_THEM.source, 'gi');

/** A question's words without those asking which of the places is higher ("哪个省定得多" → ""; "增速哪个更高" → "增速"). */
export function withoutWhichOfThem(text: string): string {
  return text
    .replace(EVERY_WHICH_OF_THEM, ' ')
    .replace(/[？?。!！]/g, ' ')
    .trim();
}

/** Whether a question asks which of some places is higher, without naming them. */
export function asksWhichOfThem(question: string): boolean {
  return WHICH_OF_THEM.test(question);
}

/**
 * "比前年快还是慢", "和24年比呢", "跟上年相比如何", "目标比上年实际高还是低", "compared with 2023?": the earlier question's figure
 * set against another year's ("how much more than in 2024?"). The year itself is read by the year reader; this only says the
 * follow-up compares, so both years are answered side by side. "比上年增长多少" asks the year's growth rate as the report
 * states it (a report's "比上年增长5.1%"), no second year.
 */
export const COMPARE_WITH_YEAR =
  /^(那)?(目标|计划|实际)?(和|跟|与|同|比|较|对比|相比|比较)(起)?[^，。？?]{0,8}?(年|上年|去年|前年)(?!增长了?(?:多少|几|百分之几))(的)?(实际|实绩|目标|计划)?(相?比|对比|比较)?(呢|怎么样|如何|咋样|多了|少了|高了|低了|快|慢|高|低|多|少|大|小|增|降|有|是)|^(and )?(how about )?(compared (to|with)|vs\.?|versus|against|than)\s+(in\s+)?((19|20)\d{2}|last year|the year before)|^(and )?(how much |is it |was it )?(more|less|higher|lower|bigger|smaller|faster|slower)( is it| was it| did it grow)? than\s+(in\s+)?((19|20)\d{2}|last year|the year before)/i;

/**
 * "两年一样多吗", "这两年是一样多吗", "哪年多", "both years the same?": the conversation's figure in the two years it has talked
 * of, side by side, not the two years before today.
 */
const BOTH_YEARS_ASKED =
  /(?:这|那)?两(?:个)?年(?:份)?[^，。？?]{0,6}?(?:一样|相同|相等|一致|持平|差别|区别|差距|相差|差多少|差几|谁多|谁高|哪个多|哪个高|多还是少|高还是低|快还是慢)|哪(?:一)?年(?:更|比较)?(?:多|少|高|低|快|慢|大|小)|\b(?:both|the two) years\b|\bwhich year\b/i;

/**
 * "差多少", "多了多少", "相差几个", "how much more in 2025?", "what's the difference?": the difference asked and nothing
 * else, which after two years of one place talked of is between those years.
 */
const BARE_DIFFERENCE_ASKED =
  /^(?:那|那么|所以)?(?:前后|两者|二者)?(?:相差|差了|差|多了|少了|高了|低了|涨了|降了)(?:多少|几)[^，。？?\s]{0,3}[？?。!！]*$|^(?:and |so )?(?:how much|how many) (?:more|less|fewer|higher|lower|bigger|smaller|faster|slower)(?: (?:is it|was it|is that|was that))?(?: (?:in|for) (?:19|20)\d{2})?[?.!]*$|^(?:and |so )?what(?:'s| is| was) the (?:difference|gap)[?.!]*$/i;

/**
 * "浙江比北京多出多少", "江苏比山东高几个点": how far one named side is from the other, asked of the conversation's topic when
 * the question names none of its own (read only with two places named: "比上年多多少" sets a year against another).
 */
const DIFFERENCE_OF_SIDES = /比[^，。？?]{1,10}?(?:多出|高出|多|高|少|低|快|慢|大|小)(?:了)?(?:多少|几)/;

/** Whether a question asks how far apart two sides it names are ("浙江比北京多出多少"). */
export function asksDifferenceOfSides(question: string): boolean {
  return DIFFERENCE_OF_SIDES.test(question);
}

/** Whether a follow-up sets the two years the conversation has talked of side by side. */
export function asksBothYears(question: string): boolean {
  return BOTH_YEARS_ASKED.test(question);
}

/** Whether a follow-up asks only a difference, of whatever two the conversation has talked of. */
export function asksBareDifference(question: string): boolean {
  return BARE_DIFFERENCE_ASKED.test(question.trim());
}

/** Whether a follow-up sets the conversation's figure against another year. */
export function comparesWithYear(question: string): boolean {
  return COMPARE_WITH_YEAR.test(question.trim());
}

/** "两个省谁多", "两地哪个高": two of the places talked about, the last two named. */
const TWO_SIDES = /两(?:个)?(?:省|市|区|县|地|者|边)|俩|\b(?:the|these|those) two\b|\bboth\b/i;

export function asksOfTwo(question: string): boolean {
  return TWO_SIDES.test(question);
}

/** "目标比上年实际高还是低": the year before's result, set against a plan. */
const RESULT_OF_YEAR_BEFORE = /(?:上年|上一年|去年|前一年)(?:的)?(?:实际|实绩|完成)/;

export function asksResultOfYearBefore(question: string): boolean {
  return RESULT_OF_YEAR_BEFORE.test(question);
}

/** "目标比上年实际高还是低", "实际完成比目标高吗": a target set against a result on purpose, which a verdict then answers. */
const TARGET_AGAINST_RESULT =
  /目标[^，。？?]{0,8}(?:实际|实绩)|(?:实际|实绩)[^，。？?]{0,8}目标|target[^?]{0,30}\b(?:actual|result)|(?:actual|result)[^?]{0,30}\btarget/i;

export function asksTargetAgainstResult(question: string): boolean {
  return TARGET_AGAINST_RESULT.test(question);
}

/**
 * "“共停共享”补的泊位比这少多少", "比它多几个": a thing of the follow-up's own set against the answer just given (这, 它, 刚才那个),
 * more or less asked.
 */
// "跟这个比哪个高", "和刚才那个相比谁多": the same, the answer named before the asking.
const AGAINST_LAST_ANSWER =
  /比(?:这|它|这个|那个|刚才|刚刚|上面|前面|前一个)(?:的|那个|个|那)?(?:还)?(?:多|少|高|低|大|小|快|慢|长|短)|(?:跟|和|与|同)(?:这|它|这个|那个|刚才|刚刚|上面|前面)(?:的|那个|个)?(?:比|相比|比较|对比)(?:一下)?[，,\s]*(?:哪个|谁|哪边)(?:更|要)?(?:多|少|高|低|大|小|快|慢|长|短)/;

export function comparesWithLastAnswer(question: string): boolean {
  return AGAINST_LAST_ANSWER.test(question);
}
