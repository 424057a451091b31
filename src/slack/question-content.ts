/**
 * Whether a question has anything to ask: at least one letter once Slack markup (user, channel and
 * group mentions, links), emoji shortcodes such as :smile:, emoji, punctuation and digits-only
 * tokens are set aside. "<@U123> :smile: ？？" has none; answering it would quote random passages.
 */
export function hasContentWords(question: string): boolean {
  const stripped = question
    .replace(/<[^<>]*>/g, ' ')
    .replace(/(^|\s)[@#][^\s]+/g, ' ')
    .replace(/:[a-z0-9_+'-]+:/gi, ' ');
  return /\p{L}/u.test(stripped);
}
