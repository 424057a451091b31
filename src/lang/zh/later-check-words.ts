/**
 * A question that asks a thing and then whether a later report still holds it ("…是R几线 去年真开工了没", "…几号线 26年报告里还在
 * 加快建设吗", "…是哪年评上5A的 26年报告回顾五年时又提了吗"): the check is a clause of its own after a space or comma, naming a
 * time and asking yes or no with a word of continuing or of really having done it (还 / 又 / 真 / 仍 / 再 / 继续).
 */
const LATER_CHECK =
  /[\s，,]+((?:到)?(?:\d{2,4}年|去年|今年|前年|后来|之后|后面)[^\s，,。？?]{0,12}?(?:还|又|真|仍|再|继续)[^\s，,。？?]{0,12}?(?:吗|么|没有|没)[？?]*)\s*$/;

/** The question split into what it asks first and the later check, or null when it asks no such check. */
export function laterCheckOf(question: string): { first: string; check: string } | null {
  const m = LATER_CHECK.exec(question);
  if (!m || m.index === undefined) return null;
  const first = question.slice(0, m.index).trim();
  return first ? { first, check: m[1] } : null;
}
