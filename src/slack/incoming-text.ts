/** Longest question passed to the engine; anything longer is almost certainly not a question. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Turns Slack's encoded message text into the plain question the engine expects: drops mentions
 * of the bot (or, when the bot's id is unknown, the leading mentions), turns the other markup into
 * its label, and decodes Slack's &amp; &lt; &gt;.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId === undefined) out = out.replace(/^(\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>)+/, '');
  out = out
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => (id === botUserId ? '' : `@${label ?? id}`))
    .replace(/<#[CGD][A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => (label ? `#${label}` : '#channel'))
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label ?? '@group')
    .replace(/<!([a-z]+)(?:\|([^>]*))?>/g, (_m, name: string, label?: string) => label ?? `@${name}`)
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_m, _url: string, label: string) => label)
    .replace(/<([^<>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(out).slice(0, MAX_QUESTION_CHARS).join('');
}
