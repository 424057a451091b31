import type { Citation } from './schema.js';
import type { UnderstoodQuery } from '../retrieve/query.js';

/** Strips nothing and adds nothing: the frame is ours, the quotes are the report's. */
export function composeText(query: UnderstoodQuery, citations: readonly Citation[], lead: string | null): string {
  const en = query.language === 'en';
  const top = citations[0];
  const source = top ? `${top.district}《${top.title}》` : '';
  if (lead) {
    // The lead already answers; every quote follows it, numbered as the lead's markers count.
    const quotes = citations.map((c, i) => `[${i + 1}] ${c.sentence}`);
    return [lead, ...(quotes.length ? [en ? 'From the reports:' : '报告原文：', ...quotes] : [])].join('\n');
  }
  const first = top ? (en ? `According to ${source}: ${top.sentence} [1]` : `据${source}：${top.sentence}[1]`) : '';
  const rest = citations.slice(1).map((c, i) => `[${i + 2}] ${c.sentence}`);
  return [first, ...(rest.length ? [en ? 'Related passages:' : '相关原文：', ...rest] : [])].join('\n');
}

export function notFoundText(query: UnderstoodQuery, reason: string, coverage: string): string {
  const en = query.language === 'en';
  const asked = query.indicators[0]?.name ?? '';
  const subject = asked ? `${query.places.join('、')}${query.years.map((y) => (en ? ` ${y} ` : `${y}年`)).join('')}${asked}` : '';
  const what =
    reason === 'unknown-place'
      ? en
        ? `The reports do not cover ${query.unknownPlaces.join(', ')}.`
        : `这些报告不涉及${query.unknownPlaces.join('、')}。`
      : reason === 'no-period'
        ? en
          ? `The reports have nothing on ${[...query.places, ...query.years.map(String)].join(' ') || 'that period'}.`
          : `这些报告没有${query.places.join('、')}${query.years.map((y) => `${y}年`).join('、')}的相关内容。`
        : subject
          ? en
            ? `The reports don't cover ${subject}.`
            : `这些报告没有关于${subject}的内容。`
          : en
            ? "The reports don't cover that."
            : '这些报告没有涉及这个问题。';
  return `${what}\n${en ? 'The corpus covers: ' : '报告覆盖范围：'}${coverage}`;
}
