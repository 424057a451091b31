/**
 * How plans announce and head their list of tasks: "重点做好7方面工作", "重点推进七大方面工作";
 * a part heading that lists tasks ("主要任务", "重点工作").
 */

/** Words of a plan part's heading that say its children are the tasks. */
export const TASK_HEADING_CUE = /任务|工作|重点|措施|安排|方面/;

/** "重点做好7方面工作", "重点推进七大方面工作", "重点抓好以下14个方面的工作": the count is group 1. */
export const TASK_COUNT_ANNOUNCEMENT =
  /(?:重点|着力|主要)[\u4e00-\u9fff]{0,4}?(\d+|[一二三四五六七八九十]{1,2})(?:大|个|项)?方面的?(?:工作|任务)/;

/**
 * Words every plan heading uses ("聚焦…, 厚植…发展新优势"): left out when two outlines' headings are
 * compared, so items match on what they are about, not on how plans phrase a heading.
 */
export const PRIORITY_HEADING_FILLER =
  /聚焦|加快|加大|推动|推进|持续|全面|深入|着力|坚持|大力|不断|切实|积极|扎实|进一步|高质量|发展|建设|打造|构建|提升|扩大|促进|增强|强化|优化|完善|新优势|新引擎|新动能|新活力|新格局|新篇章|新突破|新成效|水平|能力|体系|工作/g;

/**
 * Words of a priorities question that ask for the outline rather than name a subject of it
 * ("总结…工作重点", "今年准备抓哪几件事"): never read as the subject the question narrows the outline to.
 */
export const PRIORITY_QUESTION_WORDS =
  /工作重点|重点工作|主要任务|重点任务|重点|任务|举措|措施|总结|概括|计划|规划|打算|准备|安排|主要|哪些|哪几|什么|干点|干些|做些|抓些|抓哪|今年|明年|去年|政府|报告|方面|领域|事情|大事|工作|采取|怎么|如何|怎样/g;

/**
 * How many parts an outline has, asked ("重点工作一共几个方面", "分几大块", "split into how many areas?"): the outline's
 * lead says its count.
 */
const OUTLINE_COUNT_ASKED =
  /(?:(?<!哪)几|多少)(?:个|大|项)?(?:方面|块|大块|部分|板块|领域)|\bhow many (?:areas|parts|sections|fields|points|priorities|strands|pillars)\b/i;

/** Whether a priorities question asks how many parts the outline has. */
export function asksOutlineCount(question: string): boolean {
  return OUTLINE_COUNT_ASKED.test(question);
}

/** The plan's work named beside an outline's count asked ("今年的工作分几个方面", "work plan … how many areas"). */
const OUTLINE_NAMED = /工作|任务|work plan|priorities/i;

/** Whether a question asks how many parts the plan's work has: the outline is its answer, counted. */
export function asksOutlineOfCount(question: string): boolean {
  return asksOutlineCount(question) && OUTLINE_NAMED.test(question);
}
