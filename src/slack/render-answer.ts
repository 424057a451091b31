import { OWN_ENUMERATOR, PRINTED_LIST_ITEM } from '../lang/zh/heading-shapes.js';
import type { Answer, Citation, Figure, Priority } from '../answer/schema.js';
import { LIMITS, blockTextLength, context, section, type SlackBlock, type SlackMessage } from './block-kit.js';
import { excerptAround, focusSpan } from './excerpt.js';
import { encodeFeedbackValue, encodePassagesValue } from './button-values.js';
import { languageOf, type Lang } from './language.js';
import { chunk, escapeMrkdwn as esc, quote, truncate } from './mrkdwn.js';
import { coverageYear } from '../answer/coverage.js';
import { formatNumber, valueText } from '../answer/figure-format.js';
import { message, type PlainMessageKey } from '../answer/messages.js';
import { PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { isPriorityDigest, renderPriorityDigest } from './render-priorities.js';

export interface RenderOptions {
  /** Show the question above the answer, for replies that do not sit under the question (slash command). */
  echoQuestion?: boolean;
}

export const ACTION_SHOW_PASSAGES = 'show_passages';
export const ACTION_FEEDBACK_UP = 'feedback_up';
export const ACTION_FEEDBACK_DOWN = 'feedback_down';

/** The labels of an answer message, from the one messages table. */
function labelsFor(lang: Lang) {
  const m = (key: PlainMessageKey) => message(key, lang);
  return {
    figures: m('figures'),
    sources: m('sources'),
    priorities: m('priorities'),
    coverage: m('coverageHeading'),
    understood: m('understood'),
    colon: m('colon'),
    intent: { result: m('intentResult'), plan: m('intentPlan'), any: '' },
    kind: { actual: m('kindActual'), target: m('kindTarget') },
    target: m('target'),
    change: {
      up: message('change', lang, { direction: 'up' }),
      down: message('change', lang, { direction: 'down' }),
      flat: message('change', lang, { direction: 'flat' }),
    },
    showPassages: m('showPassages'),
    helpful: m('helpful'),
    unhelpful: m('unhelpful'),
    table: m('table'),
    noAnswer: m('noAnswer'),
    cut: m('cut'),
    listSep: m('listSeparator'),
    detailSep: m('detailSeparator'),
  };
}
const LABELS: Readonly<Record<Lang, Labels>> = { zh: labelsFor('zh'), en: labelsFor('en') };

type Labels = ReturnType<typeof labelsFor>;

/** Longest direct answer we show before cutting at a sentence end; the details follow as figures and quotes. */
const DIRECT_ANSWER_MAX = 600;
const FIGURES_PER_SECTION = LIMITS.fieldsPerSection / 2;
const PRIORITY_ITEM_MAX = 500;

/**
 * Turns an engine answer into a Slack message: the direct answer, figures as a two-column table,
 * priorities as an ordered list, cited sentences as quotes with their source, and the passage and
 * feedback buttons. Every piece of report or user text is mrkdwn-escaped; Slack's size limits are
 * respected by truncating with "…".
 */
export function renderAnswerBlocks(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const lang = languageOf(answer.question);
  const l = LABELS[lang];
  const citationNumber = new Map(answer.citations.map((c, i) => [c.id, i + 1]));
  const blocks: SlackBlock[] = [];

  if (options.echoQuestion && answer.question.trim() !== '') {
    blocks.push(context(`❓ ${esc(truncate(answer.question.trim(), 300))}`));
  }

  const hasCoverage = answer.notFound && (answer.coverage?.length ?? 0) > 0;
  // A priorities digest renders its items itself (render-priorities.ts); a comparison's group lines are among them.
  const digest = isPriorityDigest(answer);
  const comparison = digest && answer.priorities.some((p) => p.side !== undefined);
  const direct = directAnswer(answer.text, hasCoverage || comparison) || l.noAnswer;
  blocks.push(section(esc(direct)));

  if (hasCoverage && answer.coverage) blocks.push(section(renderCoverage(answer.coverage, l, lang)));
  if (!answer.notFound && answer.understood) {
    const line = renderUnderstood(answer.understood, l);
    if (line) blocks.push(context(line));
  }

  // Groups are kept or dropped whole when the message budget runs out: a quote never loses its source.
  const groups: SlackBlock[][] = blocks.map((b) => [b]);
  if (digest) groups.push(...renderPriorityDigest(answer, lang));
  else {
    groups.push(...renderFigures(answer.figures, citationNumber, lang).map((b) => [b]));
    groups.push(...renderPriorities(answer.priorities, citationNumber, l).map((b) => [b]));
    groups.push(...renderCitations(answer, l));
  }

  const actions = renderActions(answer, lang);
  return { text: fallbackText(answer, direct, l), blocks: fitBlocks(groups, actions, l) };
}

/** A line that starts a list item: "[2] …", "• …", "1. …", "（一）…". */

/**
 * The prose of answer.text: its first line plus later lines that are not list items (nor a
 * "相关原文：" style header of such a list). Lists are left out because the quotes, figures and
 * priorities below show them in structured form; prose after a list (e.g. "the corpus holds
 * only part of the plan") stays. A refusal keeps only its first line when coverage is rendered.
 * Long prose is cut at a sentence end.
 */
export function directAnswer(text: string, firstLineOnly = false): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const kept = lines.slice(0, 1);
  if (!firstLineOnly) {
    lines.forEach((line, i) => {
      if (i === 0 || PRINTED_LIST_ITEM.test(line)) return;
      const next = lines[i + 1];
      if (/[:：]$/.test(line) && (next === undefined || PRINTED_LIST_ITEM.test(next))) return;
      kept.push(line);
    });
  }
  const prose = kept.join('\n');
  if (prose.length <= DIRECT_ANSWER_MAX) return prose;
  const sentences = prose.match(/[^。！？!?；\n]+[。！？!?；\n]*/g) ?? [prose];
  let out = '';
  for (const sentence of sentences) {
    if (out !== '' && out.length + sentence.length > DIRECT_ANSWER_MAX) break;
    out += sentence;
  }
  return truncate(out.trim(), DIRECT_ANSWER_MAX);
}

function renderCoverage(coverage: NonNullable<Answer['coverage']>, l: Labels, lang: Lang): string {
  const lines = coverage.map(
    (c) => `• ${esc(c.district)}${l.colon}${c.years.map((y) => esc(coverageYear(y, lang === 'en'))).join(l.listSep)}`,
  );
  return `*${l.coverage}*\n${lines.join('\n')}`;
}

function renderUnderstood(u: NonNullable<Answer['understood']>, l: Labels): string {
  const parts = [u.places.map(esc).join(l.listSep), u.years.map(String).join(l.listSep), l.intent[u.intent]].filter((p) => p !== '');
  return parts.length > 0 ? `${l.understood}${parts.join(' · ')}` : '';
}

function renderValue(f: Figure): string {
  return `*${esc(valueText(f))}*`;
}

function renderChange(change: NonNullable<Figure['change']>, l: Labels, lang: Lang): string {
  if (change.direction === 'flat') return l.change.flat;
  const unit = change.unit === PERCENTAGE_POINTS ? message('percentagePoints', lang) : change.unit;
  return lang === 'zh'
    ? `${l.change[change.direction]}${formatNumber(change.value)}${unit}`
    : `${l.change[change.direction]} ${formatNumber(change.value)}${unit}`;
}

function renderFigures(figures: readonly Figure[], citationNumber: Map<string, number>, lang: Lang): SlackBlock[] {
  const l = LABELS[lang];
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < figures.length; i += FIGURES_PER_SECTION) {
    const fields = figures.slice(i, i + FIGURES_PER_SECTION).flatMap((f) => {
      const parts = [renderValue(f)];
      if (f.change) parts.push(renderChange(f.change, l, lang));
      parts.push(l.kind[f.kind]);
      if (f.target) parts.push(`${l.target} ${esc(f.target)}`);
      if (f.period) parts.push(esc(f.period));
      if (f.district) parts.push(esc(f.district));
      const n = citationNumber.get(f.citationId);
      const right = parts.join(' · ') + (n === undefined ? '' : ` [${n}]`);
      return [
        { type: 'mrkdwn' as const, text: `*${truncate(esc(f.indicator), LIMITS.fieldText - 2)}*`, verbatim: true },
        { type: 'mrkdwn' as const, text: truncate(right, LIMITS.fieldText), verbatim: true },
      ];
    });
    blocks.push({
      type: 'section',
      ...(i === 0 ? { text: { type: 'mrkdwn' as const, text: `*${l.figures}*` } } : {}),
      fields,
    });
  }
  return blocks;
}

/** Report headings such as "（一）…", "一、…", "1." already carry the plan's own order. */

/**
 * Details that are ids (ASCII, no spaces, with ":" or "#", as the engine emits sentence ids) are
 * not reader text; an id of a cited sentence becomes its [n] reference instead.
 */
function isId(detail: string): boolean {
  return /^[\x21-\x7e]+$/.test(detail) && /[:#]/.test(detail);
}

function renderPriorities(priorities: readonly Priority[], citationNumber: Map<string, number>, l: Labels): SlackBlock[] {
  if (priorities.length === 0) return [];
  const ownOrder = priorities.every((p) => OWN_ENUMERATOR.test(p.title.trim()));
  const items = priorities.map((p, i) => {
    const refs = new Set<number>();
    const first = citationNumber.get(p.citationId);
    if (first !== undefined) refs.add(first);
    const texts: string[] = [];
    for (const d of p.details) {
      const n = citationNumber.get(d);
      if (n !== undefined) refs.add(n);
      else if (!isId(d) && d.trim() !== '') texts.push(d.trim());
    }
    const title = truncate(esc(p.title.trim()), PRIORITY_ITEM_MAX);
    const details = texts.length > 0 ? truncate(esc(` — ${texts.join(l.detailSep)}`), PRIORITY_ITEM_MAX) : '';
    const marks = [...refs].map((n) => ` [${n}]`).join('');
    // The report's own numbering already orders the list; adding ours would read "1. （一）…".
    return `${ownOrder ? '•' : `${i + 1}.`} *${title}*${details}${marks}`;
  });
  const text = `*${l.priorities}*\n${items.join('\n')}`;
  return chunk(text, LIMITS.sectionText).map((piece) => section(piece));
}

function renderSource(c: Citation, n: number, l: Labels): string {
  const parts = [c.district, c.title, c.section].filter((p) => p.trim() !== '').map(esc);
  if (c.source === 'table') parts.push(l.table);
  return `[${n}] ${parts.join(' · ')}`;
}

/**
 * Longest quote shown in the message. A cited "sentence" can be a whole paragraph (reports without
 * 。, table exports); the quote then shows the part around the figure or the question's words,
 * and the 📄 button shows the whole passage.
 */
export const QUOTE_MAX = 600;

function renderCitations(answer: Answer, l: Labels): SlackBlock[][] {
  if (answer.citations.length === 0) return [];
  const groups: SlackBlock[][] = [];
  answer.citations.forEach((c, i) => {
    const sentence = c.sentence.trim();
    const needles = answer.figures.filter((f) => f.citationId === c.id).flatMap((f) => [String(f.value), f.indicator]);
    const shown = excerptAround(sentence, focusSpan(sentence, needles, answer.question), QUOTE_MAX);
    const source = renderSource(c, i + 1, l) + (shown === sentence ? '' : ` · 📄 ${l.showPassages}`);
    const group = [section(quote(truncate(esc(shown), LIMITS.sectionText - 50))), context(source)];
    groups.push(i === 0 ? [context(`*${l.sources}*`), ...group] : group);
  });
  return groups;
}

function renderActions(answer: Answer, lang: Lang): SlackBlock {
  const l = LABELS[lang];
  const elements: Array<{ type: 'button'; action_id: string; text: { type: 'plain_text'; text: string; emoji: boolean }; value: string }> =
    [];
  const passages = encodePassagesValue(
    answer.citations.map((c) => c.id),
    lang,
  );
  if (passages !== null) {
    elements.push({
      type: 'button',
      action_id: ACTION_SHOW_PASSAGES,
      text: { type: 'plain_text', text: `📄 ${l.showPassages}`, emoji: true },
      value: passages,
    });
  }
  const feedback = encodeFeedbackValue(answer.id, answer.question);
  elements.push(
    { type: 'button', action_id: ACTION_FEEDBACK_UP, text: { type: 'plain_text', text: `👍 ${l.helpful}`, emoji: true }, value: feedback },
    {
      type: 'button',
      action_id: ACTION_FEEDBACK_DOWN,
      text: { type: 'plain_text', text: `👎 ${l.unhelpful}`, emoji: true },
      value: feedback,
    },
  );
  return { type: 'actions', block_id: 'answer_actions', elements };
}

/**
 * Keeps the buttons last and the message within Slack's block limit and our text budget, dropping
 * whole groups from the end (quotes first, then priorities) and saying so when anything was dropped.
 */
function fitBlocks(groups: readonly SlackBlock[][], actions: SlackBlock, l: Labels): SlackBlock[] {
  const cut = context(l.cut);
  const reserveBlocks = 2;
  const reserveText = blockTextLength(actions) + blockTextLength(cut);
  const kept: SlackBlock[] = [];
  let text = 0;
  for (const [i, group] of groups.entries()) {
    const groupText = group.reduce((n, b) => n + blockTextLength(b), 0);
    const isLast = i === groups.length - 1;
    const blocksLeft = LIMITS.blocksPerMessage - kept.length - (isLast ? 1 : reserveBlocks);
    const textLeft = LIMITS.messageText - text - (isLast ? blockTextLength(actions) : reserveText);
    if (group.length > blocksLeft || groupText > textLeft) return [...kept, cut, actions];
    kept.push(...group);
    text += groupText;
  }
  return [...kept, actions];
}

function fallbackText(answer: Answer, direct: string, l: Labels): string {
  let text = esc(direct);
  if (answer.notFound && answer.coverage && answer.coverage.length > 0) {
    text += ` ${l.coverage} ${answer.coverage.map((c) => esc(c.district)).join(l.listSep)}`;
  }
  return truncate(text, LIMITS.fallbackText);
}
