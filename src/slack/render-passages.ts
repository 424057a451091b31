import type { AskEngine } from '../answer/schema.js';
import { LIMITS, context, section, type SlackBlock, type SlackView } from './block-kit.js';
import type { Lang } from './language.js';
import { message } from '../answer/messages.js';
import { chunk, escapeMrkdwn as esc, truncate } from './mrkdwn.js';

export type Passage = Awaited<ReturnType<AskEngine['passages']>>[number];

/** The modal's own words, from the one messages table. */
function modalText(key: 'title' | 'close' | 'loading' | 'empty' | 'failed', lang: Lang): string {
  const keys = {
    title: 'passagesTitle',
    close: 'passagesClose',
    loading: 'passagesLoading',
    empty: 'passagesEmpty',
    failed: 'passagesFailed',
  } as const;
  return message(keys[key], lang);
}

/** Most sections one passage may take before it is cut; keeps several passages inside the modal limit. */
const SECTIONS_PER_PASSAGE = 4;

function modal(lang: Lang, blocks: SlackBlock[]): SlackView {
  return {
    type: 'modal',
    callback_id: 'passages_modal',
    title: { type: 'plain_text', text: truncate(modalText('title', lang), LIMITS.modalTitle) },
    close: { type: 'plain_text', text: modalText('close', lang) },
    blocks,
  };
}

/** The modal behind "Show passages": each passage under its report title and section path. */
export function renderPassagesView(passages: readonly Passage[], lang: Lang): SlackView {
  if (passages.length === 0) return modal(lang, [section(esc(modalText('empty', lang)))]);
  const blocks: SlackBlock[] = [];
  for (const p of passages) {
    const body: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(p.title.trim() || '—', LIMITS.headerText) } }];
    if (p.section.trim() !== '') body.push(context(esc(p.section.trim())));
    const pieces = chunk(esc(p.text.trim()), LIMITS.sectionText);
    const shown = pieces.slice(0, SECTIONS_PER_PASSAGE);
    if (pieces.length > shown.length) shown[shown.length - 1] = truncate(`${shown[shown.length - 1]}…`, LIMITS.sectionText);
    body.push(...shown.map((piece) => section(piece)), { type: 'divider' });
    if (blocks.length + body.length > LIMITS.blocksPerModal) break;
    blocks.push(...body);
  }
  return modal(lang, blocks);
}

export function renderLoadingView(lang: Lang): SlackView {
  return modal(lang, [section(esc(modalText('loading', lang)))]);
}

export function renderPassagesErrorView(lang: Lang): SlackView {
  return modal(lang, [section(esc(modalText('failed', lang)))]);
}
