import type { Answer, Citation, Priority } from '../answer/schema.js';
import { message } from '../answer/messages.js';
import { LIMITS, context, section, type SlackBlock } from './block-kit.js';
import { encodePassagesValue } from './button-values.js';
import type { Lang } from './language.js';
import { escapeMrkdwn as esc, truncate } from './mrkdwn.js';

/** The same action as the answer's "Show passages" button: the per-item button opens the same modal. */
const ACTION_SHOW_PASSAGES = 'show_passages';
/** Longest heading shown in the list; the modal shows it whole. */
const HEADING_MAX = 160;
/** Longest part of an item's first commitment shown under its heading; the rest is behind its button. */
const COMMITMENT_EXCERPT_MAX = 140;

/** Whether an answer is a priorities digest: its items carry quoted commitments, cited (details that are citation ids). */
export function isPriorityDigest(answer: Answer): boolean {
  const cited = new Set(answer.citations.map((c) => c.id));
  return answer.priorities.some((p) => p.details.some((d) => d !== p.citationId && cited.has(d)));
}

/** A comparison's group headers, from the side and match of each item (the order answer.ts writes them in). */
function groupHeader(p: Priority, previous: Priority | undefined, sides: string[], byYear: boolean, lang: Lang): string | null {
  if (!p.side || !p.match) return null;
  const key = (x: Priority) => (x.match === 'shared' ? 'shared' : `only:${x.side}`);
  if (previous && key(previous) === key(p)) return null;
  if (p.match === 'shared') return message('prioritiesShared', lang);
  if (sides.length < 2) return null;
  const [a, b] = sides;
  if (!byYear) return message('prioritiesOnly', lang, { side: p.side });
  return p.side === a ? message('prioritiesNew', lang, { to: a, from: b }) : message('prioritiesDropped', lang, { to: a, from: b });
}

function itemBlock(
  p: Priority,
  citations: ReadonlyMap<string, { n: number; citation: Citation }>,
  lang: Lang,
  pairedWithAbove: boolean,
): SlackBlock {
  const heading = citations.get(p.citationId);
  const refs = [p.citationId, ...p.details].map((id) => citations.get(id)?.n).filter((n): n is number => n !== undefined);
  const marks = [...new Set(refs)].map((n) => `[${n}]`).join('');
  const side = p.side ? `${pairedWithAbove ? '↔ ' : ''}${esc(p.side)} ` : '';
  const lines = [`• ${side}*${esc(truncate(p.title.trim(), HEADING_MAX))}* ${marks}`];
  if (lang === 'en' && p.theme) lines.push(`   _${esc(message('prioritiesTheme', 'en', { theme: p.theme }))}_`);
  const first = p.details.map((id) => citations.get(id)?.citation.sentence).find((s) => s !== undefined);
  if (first) {
    const more = p.details.length > 1 ? message('prioritiesMoreCount', lang, { n: p.details.length - 1 }) : '';
    lines.push(`   › ${esc(truncate(first.trim(), COMMITMENT_EXCERPT_MAX))}${esc(more)}`);
  }
  const value = encodePassagesValue(heading ? [p.citationId, ...p.details] : p.details, lang);
  const block: SlackBlock = section(lines.join('\n'));
  if (value === null || block.type !== 'section') return block;
  return {
    ...block,
    accessory: {
      type: 'button',
      action_id: ACTION_SHOW_PASSAGES,
      text: { type: 'plain_text', text: truncate(`📄 ${message('prioritiesMore', lang)}`, LIMITS.buttonText), emoji: true },
      value,
    },
  };
}

/**
 * A priorities digest for Slack: the headings as a compact list, each with the start of its first
 * commitment and a button that opens the heading and all its quoted commitments in the passages
 * modal; a comparison's items under their group headers; the reports quoted, in one context line.
 * One block per item (at most two dozen for two outlines), each within a section's 3 000 characters.
 */
export function renderPriorityDigest(answer: Answer, lang: Lang): SlackBlock[][] {
  const citations = new Map(answer.citations.map((c, i) => [c.id, { n: i + 1, citation: c }]));
  const sides = [...new Set(answer.priorities.map((p) => p.side).filter((s): s is string => s !== undefined))];
  const byYear = (answer.understood?.places.length ?? 0) === 1;
  const groups: SlackBlock[][] = [[section(`*${esc(message('priorities', lang))}*`)]];
  answer.priorities.forEach((p, i) => {
    const header = groupHeader(p, answer.priorities[i - 1], sides, byYear, lang);
    // A shared theme is a pair of items, the second side's under the first's.
    const item = itemBlock(p, citations, lang, p.match === 'shared' && p.side === sides[1]);
    groups.push(header ? [context(`*${esc(header)}*`), item] : [item]);
  });
  const titles = [...new Set(answer.citations.map((c) => `${c.district} · ${c.title}`))];
  if (titles.length) groups.push([context(`${esc(message('prioritiesFrom', lang))}${titles.map(esc).join('；')}`)]);
  return groups;
}
