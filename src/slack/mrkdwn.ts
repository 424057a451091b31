/**
 * Slack mrkdwn helpers. Report and user text is escaped so that `<!channel>`, `<@U…>` or
 * `<http://…|…>` inside it render as text instead of pinging people or hiding links.
 */

export const ELLIPSIS = '…';

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts text to at most `max` UTF-16 units, ending with "…" when cut. Never splits a surrogate pair
 * or an `&amp;`-style entity, so escaped text stays escaped after truncation.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  if (cut <= 0) return ELLIPSIS.slice(0, max);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && cut - amp < 6 && !text.slice(amp, cut).includes(';')) {
    const semi = text.indexOf(';', amp);
    if (semi !== -1 && semi - amp < 6 && semi >= cut) cut = amp;
  }
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Splits text into pieces of at most `max` units, preferring line breaks and sentence ends so a
 * long passage reads naturally across several blocks.
 */
export function chunk(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let at = Math.max(window.lastIndexOf('\n'), ...['。', '；', '！', '？', '. '].map((p) => window.lastIndexOf(p)));
    if (at < max / 2) at = max - 1;
    let end = at + 1;
    const code = rest.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    const amp = rest.lastIndexOf('&', end - 1);
    if (amp > 0 && end - amp < 6 && !rest.slice(amp, end).includes(';')) end = amp;
    if (end <= 0) end = max;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Prefixes every line with "> " so a multi-line sentence stays inside one quote. */
export function quote(escapedText: string): string {
  return escapedText
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
