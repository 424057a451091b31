/**
 * A plan's list of its main targets, as the reports open it: "今年发展主要预期目标是：", "建议今年经济社会
 * 发展的主要预期目标为：", "主要预期目标建议为:", or a heading "2021年全区经济社会发展主要预期目标" (read
 * on the normalised text: no whitespace, full-width colons folded).
 */
export const MAIN_TARGETS_OPENING = /主要(?:预期)?目标(?:建议)?(?:是|为)?[:：]|主要预期目标(?:和任务)?$/;

/** A question about a plan's targets in general: "广东今年有啥目标", "What are Zhejiang's targets for 2026?". */
const ASKS_TARGETS = /目标|预期指标|goals?\b|targets?\b/i;

/** Questions that name a target but ask something else of it: whether it was met, or the outline. */
const ASKS_OTHER_THAN_LIST = /完成|实现了|达到了|达成|超过|met\b|hit\b|achiev/i;

/** "目标任务", "targets and priorities": the targets with the plan's work, which the outline answers. */
const ASKS_TASKS_TOO = /任务|重点|举措|措施|抓手|tasks?\b|priorit|plans?\b/i;

export function asksMainTargets(question: string): boolean {
  return ASKS_TARGETS.test(question) && !ASKS_OTHER_THAN_LIST.test(question) && !ASKS_TASKS_TOO.test(question);
}

/** A list item ends on a semicolon: the list goes on in the next sentence. */
export const LIST_GOES_ON = /[;；]$/;
/** An opening that ends on its colon: the list is in the paragraphs that follow. */
export const OPENS_LIST = /[:：]$/;
