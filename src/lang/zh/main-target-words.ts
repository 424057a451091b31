/**
 * A plan's list of its main targets, as the reports open it: "今年发展主要预期目标是：", "建议今年经济社会
 * 发展的主要预期目标为：", "主要预期目标建议为:", or a heading "2021年全区经济社会发展主要预期目标" (read
 * on the normalised text: no whitespace, full-width colons folded).
 */
export const MAIN_TARGETS_OPENING = /主要(?:预期)?目标(?:建议)?(?:是|为)?[:：]|主要预期目标(?:和任务)?$/;

/**
 * A question about a plan's targets in general: "广东今年有啥目标", "What are Zhejiang's targets for 2026?",
 * "广东省十五五规划的主要目标" (a five-year plan's list).
 */
const ASKS_TARGETS = /目标|预期指标|goals?\b|targets?\b/i;

/**
 * Everything such a question holds besides its place and year: words of targets, of the economy in
 * general, of asking. A question with any other word ("科技创新投入目标", "高标准农田建设目标") asks
 * one target, which the figure answers.
 */
const GENERAL_TARGET_WORDS =
  /[“”"]?(?:十[一二三四五六七八九]五|(?:\d{1,2}(?:th|st|nd|rd)|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth)\s*five-year)[”"]?\s*(?:规划|时期|期间|plan)?|五年规划|规划纲要|规划|主要|预期|具体|数字|数字化|量化|定量|数量|发展|经济社会|经济|社会|年度|全年|全省|全市|全区|全国|国家|政府|工作报告|报告|目标|指标|都|有|啥|什么|哪些|哪几个|多少|是|为|定|制定|提出|设定|了|的|呢|吗|吧|一下|说说|讲讲|介绍|列出|列|给我|请问|今年|明年|去年|上年|本年|\b(?:what|which|are|is|were|was|the|its|their|main|key|major|specific|numerical|numeric|quantitative|quantified|concrete|economic|economy|and|social|development|for|of|in|this|next|last|year|annual|goals?|targets?|set|does|do|did|have|has|show|list|me|tell|about|give|can|you|could|government|work|report|please|what['’]s)\b|['’]s\b|\d{2,4}年?|fy|[\s,，、。？?!！:：]/gi;

/** Questions that name a target but ask something else of it: whether it was met. */
const ASKS_OTHER_THAN_LIST = /完成|实现了|达到了|达成|超过|met\b|hit\b|achiev/i;

/** "目标任务", "targets and priorities": the targets with the plan's work, which the outline answers. */
const ASKS_TASKS_TOO = /任务|重点|举措|措施|抓手|tasks?\b|priorit|(?<!five-year )plans?\b/i;

/** Whether a question asks a plan's targets in general, its place names (as written) set aside. */
export function asksMainTargets(question: string, placeNames: readonly string[] = []): boolean {
  if (!ASKS_TARGETS.test(question) || ASKS_OTHER_THAN_LIST.test(question) || ASKS_TASKS_TOO.test(question)) return false;
  const longestFirst = [...placeNames].filter(Boolean).sort((a, b) => b.length - a.length);
  let rest = question.toLowerCase();
  for (const name of longestFirst) rest = rest.split(name.toLowerCase()).join(' ');
  return rest.replace(GENERAL_TARGET_WORDS, '') === '';
}

/** A list item ends on a semicolon: the list goes on in the next sentence. */
export const LIST_GOES_ON = /[;；]$/;
/**
 * "…主要目标是：…取得决定性进展。到2030年，我省…研发投入强度达到3.5%以上…": a plan's goal in words, then the same goal in
 * numbers for its last year, in the same paragraph: that sentence goes on the list too.
 */
export const GOAL_IN_NUMBERS = /^到(?:19|20)\d{2}年/;
/** An opening that ends on its colon: the list is in the paragraphs that follow. */
export const OPENS_LIST = /[:：]$/;
