/**
 * A message that only greets the bot ("你好", "在吗？", "hi there"): met with what the bot can do, as
 * "help" is, rather than with "the reports don't cover that" and the coverage list. A greeting with
 * a question after it ("你好，浙江去年GDP多少") is that question.
 */
const GREETING =
  /^(@\S+\s*)?(你好|您好|哈喽|嗨|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|早安|大家好|hi|hello|hey|hiya|good (morning|afternoon|evening))( there| bot)?[呀啊呢吗哈嘛～~！!。.,，？?\s]*$/i;

/** Whether a message is only a greeting. */
export function isOnlyGreeting(message: string): boolean {
  return GREETING.test(message.trim());
}
