import { MEASURE_WORDS } from './counted-before-words.js';
import { LAZY_LEVEL_WORD, LEVEL_WORD, NOUN_AFTER_LEVEL_WORD } from './figure-words.js';
/**
 * Several things asked at once by name, in words no glossary indicator holds ("国家先进制造业集群和国家级中小企业
 * 特色产业集群各有几个", "建成和在建的过江通道各几座"): the words that join the things, and the words after them that
 * ask for each one's figure.
 */
// 跟 as "and" ("A跟B比"), not inside 跟踪 / 跟进 / 跟随.
export const SUBJECT_JOINERS = /[和与及、]|跟(?![踪进随])/g;
/** "哪个…", "谁更…": which of the things asked, before the word saying more or less (a regex fragment). */
export const WHICH_OF_THE_THINGS = '(?:哪个|哪一个|哪项|哪样|哪边|哪方|谁)(?:的)?(?:数量|个数|规模|里程|金额)?(?:更|比较|要)?';
/** "数量上谁压谁一头", "哪边占上风": which of two is more, in everyday words (a regex fragment). */
export const WHICH_LEADS_WORDING = '谁压谁一头|(?:谁|哪个|哪边|哪方)(?:更)?(?:占上风|领先|胜出)';
/** "…条数差多少", "相差几个": how far apart two things' figures are, asked after both (a regex fragment). */
const DIFFERENCE_WORDING = '(?:相)?差(?:了|距)?(?:多少|几)';
/** "…四类 挨个报数", "逐一说说": each one's figure read out in turn (a regex fragment). */
const EACH_IN_TURN_WORDING = '(?:挨个|逐个|逐一|一一)(?:报数|报|说|列|讲)';
// "办理人大代表建议和政协委员提案哪个多": which of the two is more asks each one's figure too; "办理时限和提交材料各压了多少"
// asks each one's change; "A跟B条数差多少" each one's figure and how far apart they are.
export const EACH_ASKED = new RegExp(
  `各(?:有|是|为|自)?(?:多少|几)|各(?:[\u4e00-\u9fff]{1,4}?)了?(?:多少|几)|分别(?:是|为|有)?(?:多少|几)|分别(?:[\u4e00-\u9fff]{1,4}?)了?(?:多少|几)|各自|${WHICH_OF_THE_THINGS}(?:多|少|大|小|高|低|长|短)|${DIFFERENCE_WORDING}|${WHICH_LEADS_WORDING}|${EACH_IN_TURN_WORDING}`,
);
/** "A跟B比 哪边多": the words setting the things side by side, after the last of them. */
export const SIDE_BY_SIDE_TAIL = /(?:相比|比较|对比|比)\s*$/;
/** "A B C这三块增加值", "这两项指标": the things listed, counted off before the head noun they share. */
export const COUNTED_OFF = /这[两三四五六七八九几]+(?:块|个|项|类|样)/;
/** "建成和在建的过江通道": the noun after 的 is what both things are of. */
export const SHARED_HEAD_LINK = '的';
/** Which of the two things asked is more ("…和…哪个多", "哪个里程长"): the answer says which, after both figures. */
export const WHICH_IS_MORE_OF_TWO = new RegExp(`${WHICH_OF_THE_THINGS}(多|大|高|长)`);
const WHICH_LEADS = new RegExp(WHICH_LEADS_WORDING);

/** The word a question asks which of two things is more by ("多", "长"), or null when it asks no such thing. */
export function whichIsMoreWord(question: string): string | null {
  const which = WHICH_IS_MORE_OF_TWO.exec(question);
  if (which) return which[1];
  return WHICH_LEADS.test(question) ? '多' : null;
}

/**
 * Several things each asked with a count of its own ("几个万亿级、几个千亿级产业集群", "多少个A和多少个B"): the two things
 * as written, the second carrying the head noun both share.
 */
export const COUNT_ASKED_TWICE =
  /(?:几|多少)[个家座项所条件台处名]?([^、和与及，,？?。几]{1,12}?)[、和与及](?:几|多少)[个家座项所条件台处名]?([^、和与及，,？?。]{1,16})/;

/** A thing asked that ends in a level ("山东国家级和省级文明村镇分别有多少个": 山东国家级), and the noun a level opens (文明村镇). */
export const LEVEL_ONLY_THING = /[\u4e00-\u9fff]级$/;
export const NOUN_AFTER_LEVEL = new RegExp(`^${LAZY_LEVEL_WORD}(${NOUN_AFTER_LEVEL_WORD})$`);

/**
 * Two levels of one thing after one how-many that ends the question ("建成了多少个国家级和省级区域医疗中心"): the levels and the
 * head noun they share, asked as two things (国家级区域医疗中心, 省级区域医疗中心).
 */
export const LEVELS_AFTER_HOW_MANY = new RegExp(
  `(?:几|多少)[个家座项所条件台处名]?(${LEVEL_WORD})(?:和|与|及|以及|、)(${LEVEL_WORD})([\u4e00-\u9fff]{2,14})[吧呢？?。]*$`,
);

/**
 * Two things joined after one how-many that ends the question ("办结了多少件人大代表建议和政协提案"): the two things, each of
 * four characters at least (a shorter first side is a qualifier of the second's head: "国家级和省级专精特新企业").
 */
export const THINGS_AFTER_HOW_MANY =
  /(?:几|多少)[个家座项所条件台处名]?(?![个家座项所条件台处名])([\u4e00-\u9fff]{4,14}?)(?:和|与|及|以及)([\u4e00-\u9fff]{4,14})[吧呢？?。]*$/;

/**
 * Two things each asked with its own ask word, one after the other ("滨水空间开放几处 绿道新建多少公里", "新建多少座公园，
 * 绿道多长"): the question splits at these marks into parts that each end in their ask.
 */
export const ASK_PART_BREAKS = /[，,；;\s]+/;
/** A part that only asks for the others together: "一块儿说", "一起说说", "都讲一下吧", "一并说下". */
export const TOGETHER_ASK_PART = /^(?:一块儿?|一起|一并|都|分别|顺便)?(?:说说?|讲讲?|列列?|报|告诉我)(?:一下|下)?[吧呢？?。]*$/;
/**
 * The ask of a part: 几 / 多少 ending it with what may follow them (a measure, 了, 呢, a question mark), or before the thing
 * it counts ("建了几个国家公园").
 */
/** A part that asks for a number by name: "顺便报下公里数", "再说下人数" (a measure's 数 named after a verb of telling). */
const TELL_NUMBER_PART = '^(?:顺便|再|也|另外)?(?:报|说|讲|给|列)(?:一下|下)?[\\u4e00-\\u9fff]{1,6}数[吧呢？?。]*$';
export const PART_ASK = new RegExp(`(?:几|多少)[\\u4e00-\\u9fff]{0,3}[呢？?]*$|(?:几|多少)[${MEASURE_WORDS.join('')}]|${TELL_NUMBER_PART}`);

/**
 * "省级数字农业工厂比未来农场多几家": two things of one sentence set against each other, the difference asked; the things
 * before and after 比. Not a year ("比上年多多少", "比2023年"), a target or a wider place ("比全国高几个点"): those are a
 * change or a gap, read elsewhere.
 */
export const THINGS_COMPARED = /^(.+?)\s*比\s*([^，,。？?\s]{2,14}?)(?:的)?(多|少)(?:了|出)?(?:几|多少)/;
export const NOT_A_THING_COMPARED = /年|同期|目标|计划|预期|全国|全省|全市|全区|平均|上期|季度|月/;

export const DIFFERENCE_OF_TWO_ASKED = new RegExp(DIFFERENCE_WORDING);
