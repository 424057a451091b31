/**
 * When a report was delivered: asked as "广东26年政府工作报告是哪天作的", "落款的日子 1月哪天", "两份报告是不是同一天作的",
 * "when was Beijing's 2026 report delivered"; written by the report on its own opening lines, "——2026年1月25日在北京市第十六届
 * 人民代表大会第四次会议上". Data for src/answer/kinds/delivery-date.ts.
 */
import { DELIVERY_DATE } from './front-matter-words.js';

/** A question about the report itself, not about something in it. */
const REPORT_NAMED = /报告|\breport\b/i;

/** The words asking the day: 哪天 / 几号 / 什么时候 / 日期 / 落款, or the English "when … delivered", "what date". */
const DAY_ASKED =
  /哪天|哪一天|哪日|几月几[号日]|几号(?![线机楼院馆台])|什么时候|啥时候|何时|日期|日子|落款|同一天|\bwhen was\b[^?]{0,60}\b(?:delivered|presented|given|read|made)\b|\bwhat (?:date|day)\b|\b(?:january|february|march) what\b|\bthe day it was delivered\b|\bdelivered on\b/i;

/** A day asked of something the report tells, not of the report: "哪天开工", "什么时候建成", "日期定在…". */
const DAY_OF_SOMETHING_ELSE = /开工|建成|投产|开通|通车|竣工|开幕|举办|召开(?!的)|成立|上市|挂牌/;

/** Whether a question asks the day a report was delivered. */
export function asksDeliveryDate(question: string): boolean {
  return REPORT_NAMED.test(question) && DAY_ASKED.test(question) && !DAY_OF_SOMETHING_ELSE.test(question);
}

/** Two reports asked whether they were delivered on one day: "是不是同一天作的", "on the same day". */
// "25年和26年各是1月几号 换日子了吗": whether the day changed asks the same.
const SAME_DAY_ASKED = /同一天|同一日|换(?:了)?日子|日子变|\bsame day\b|\bsame date\b/i;

export function asksSameDay(question: string): boolean {
  return SAME_DAY_ASKED.test(question);
}

export const DELIVERY_LINE_PARAGRAPHS = 3;

export interface DeliveryDate {
  year: number;
  month: number;
  day: number;
}

/** The date a report's opening line says it was delivered on (front-matter-words.ts's DELIVERY_DATE), or null. */
export function deliveryDateIn(norm: string): DeliveryDate | null {
  const m = DELIVERY_DATE.exec(norm);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
