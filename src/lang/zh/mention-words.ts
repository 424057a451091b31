/**
 * Questions of whether, or where, the reports write about something: "哪些省提到了低空经济",
 * "浙江报告有没有提到低空经济", "上海的报告里讲到数据要素了吗". They are answered by looking for the
 * thing's name in every report, not by the best passages about it.
 */

/** Verbs of saying something in a report. */
export const MENTION_VERBS: readonly string[] = ['提到', '提及', '讲到', '说到', '谈到', '写到', '写了', '涉及', '部署'];

/** Which places ("哪些省", "哪几个地方", "哪份报告"). */
const WHICH_PLACES = '(哪些|哪几个|哪个|哪几份|哪份|哪几|几个|多少个?)(省份?|城市|市|区|地方|地区|报告)';
/** Whether ("有没有", "是否"). */
const WHETHER = '(有没有|是否|有无)';
/** Words after the thing's name that are not part of it ("…的内容", "…了吗"). */
const AFTER_TERM = /(方面)?(的)?(内容|事情|事|工作|相关内容|相关的?)?(了)?(吗|呢|么|没有|没|不)?[？?。!！\s]*$/;

const VERBS = MENTION_VERBS.join('|');
const ASKED = new RegExp(`(?:(${WHICH_PLACES})|${WHETHER})[^？?。，,]{0,8}?(?:${VERBS})(?:了|过)?(.+)$`);
const ASKED_AFTER = new RegExp(`(?:${VERBS})(?:了|过)?(.+?)(?:了)?(吗|没有|没)[？?。!！\\s]*$`);

/** What such a question asks: the thing's name, and whether it asks which places (else whether). */
export interface MentionAsked {
  term: string;
  whichPlaces: boolean;
}

/** The name a mention question asks about, or null when the question is no mention question. */
export function mentionAsked(question: string): MentionAsked | null {
  const text = question.trim();
  const which = ASKED.exec(text);
  const rest = which ? which[which.length - 1] : ASKED_AFTER.exec(text)?.[1];
  if (rest === undefined) return null;
  const term = rest
    .replace(AFTER_TERM, '')
    .replace(/^(关于|有关)/, '')
    .trim();
  // A name of two characters at least, in Chinese or a code ("5G"); not a bare question word.
  if (term.length < 2 || term.length > 20 || /^(什么|哪些|啥|多少)/.test(term)) return null;
  return { term, whichPlaces: Boolean(which?.[1]) };
}
