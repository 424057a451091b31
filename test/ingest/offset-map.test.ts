import { describe, expect, it } from 'vitest';
import { concat, fromSource, replaceMapped, slice, sourceSpan, type MappedText } from '../../src/ingest/mapped-text.js';
import { SPAM_INLINE_PATTERNS } from '../../src/lang/zh/noise-rules.js';
import { removeSpam } from '../../src/ingest/noise.js';
import { closeLayoutSpaces, stripMarkdown } from '../../src/ingest/normalize-line.js';
import { normalizeForSearch } from '../../src/lang/zh/normalize.js';
import type { IngestedDocument, Sentence } from '../../src/ingest/types.js';
import { realCorpus } from './helpers.js';

/** Every character of cleaned text is the very character of the source it says it came from. */
function expectTraceable(source: string, mapped: MappedText): void {
  expect(mapped.offsets).toHaveLength(mapped.text.length);
  for (let i = 0; i < mapped.text.length; i++) expect(source[mapped.offsets[i]], `char ${i} of ${mapped.text}`).toBe(mapped.text[i]);
  for (let i = 1; i < mapped.offsets.length; i++) expect(mapped.offsets[i]).toBeGreaterThan(mapped.offsets[i - 1]);
}

/**
 * What cleaning may delete from a text sentence's source span, and nothing else: whitespace
 * (layout, OCR spaces inside numbers, the newspaper's line ends), invisible characters, Markdown
 * bold marks and injected spam words.
 */
function deletable(span: string): string {
  let out = span;
  for (const pattern of SPAM_INLINE_PATTERNS) out = out.replace(pattern, '');
  return out.replace(/\*\*/g, '').replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');
}

/** "名称：年度目标X，2022年完成Y，完成率Z。备注：W" → the cells, in order. */
function tableCells(fact: string): string[] {
  const m = /^(.+?)：年度目标(.+?)，(?:\d{4}年)?完成(.+?)(?:，(?:完成率)?(.+?))?。(?:备注：(.+))?$/.exec(fact);
  if (!m) throw new Error(`not a table fact: ${fact}`);
  return m.slice(1).filter((c): c is string => c !== undefined);
}

function checkSentence(doc: IngestedDocument, s: Sentence): void {
  const span = doc.source.slice(s.span.start, s.span.end);
  if (s.source === 'table') {
    // A row's cells stand in the source span in order; the connecting words are the renderer's.
    let at = 0;
    for (const cell of tableCells(s.text)) {
      const found = span.indexOf(cell, at);
      expect(found, `${doc.meta.id}: cell "${cell}" of ${s.text}`).toBeGreaterThanOrEqual(0);
      at = found + cell.length;
    }
    return;
  }
  expect(deletable(span), `${doc.meta.id} [${s.span.start}, ${s.span.end})`).toBe(s.text.replace(/\s/g, ''));
  // The span is tight: it starts and ends on the sentence's own first and last characters.
  expect(doc.source[s.span.start]).toBe(s.text[0]);
  expect(doc.source[s.span.end - 1]).toBe(s.text.at(-1));
}

describe('the offset map on the real corpus', () => {
  it('traces every sentence of every document back to its words in the source', () => {
    let checked = 0;
    for (const doc of realCorpus().documents) {
      for (const s of doc.sentences) {
        checkSentence(doc, s);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps the spans of a document in reading order without overlaps', () => {
    for (const doc of realCorpus().documents) {
      const text = doc.sentences.filter((s) => s.source === 'text');
      for (let i = 1; i < text.length; i++) {
        if (text[i].paragraph !== text[i - 1].paragraph) continue;
        expect(text[i].span.start, doc.meta.id).toBeGreaterThanOrEqual(text[i - 1].span.end);
      }
    }
  });
});

describe('MappedText edits', () => {
  it('maps deletions exactly', () => {
    const source = '前言 增长38 .3%，下降1. 9%，投资75 .7亿元';
    const mapped = closeLayoutSpaces(slice(fromSource(source), 3));
    expect(mapped.text).toBe('增长38.3%，下降1.9%，投资75.7亿元');
    expectTraceable(source, mapped);
  });

  it('maps a concatenation of lines to both lines', () => {
    const source = '第一行的前半\n后半句。';
    const all = fromSource(source);
    const joined = concat([slice(all, 0, 6), slice(all, 7)]);
    expect(joined.text).toBe('第一行的前半后半句。');
    expectTraceable(source, joined);
    expect(sourceSpan(joined)).toEqual({ start: 0, end: source.length });
  });

  it('maps a replacement of the same length one to one', () => {
    const mapped = replaceMapped(fromSource('ａｂ１２'), /[ａ-ｚ１-９]/g, (m) => m[0].normalize('NFKC'));
    expect(mapped.text).toBe('ab12');
    expect(mapped.offsets).toEqual([0, 1, 2, 3]);
  });

  it('refuses a non-global pattern, which would loop or stop early', () => {
    expect(() => replaceMapped(fromSource('x'), /x/, '')).toThrow(/global/);
  });
});

describe('line normalisation', () => {
  it('strips Markdown bullets and bold marks and keeps the words traceable', () => {
    const source = '- 新引进亿元以上项目**84个**,新增国家高新技术企业**307家**;';
    const mapped = stripMarkdown(fromSource(source));
    expect(mapped.text).toBe('新引进亿元以上项目84个,新增国家高新技术企业307家;');
    expectTraceable(source, mapped);
  });

  it('closes OCR and layout spaces but keeps a list number apart from its heading', () => {
    const close = (s: string) => closeLayoutSpaces(fromSource(s)).text;
    expect(close('货物出口增长38 .3%')).toBe('货物出口增长38.3%');
    expect(close('小幅下降1. 9%')).toBe('小幅下降1.9%');
    expect(close('实现当年投资75 .7亿元以上')).toBe('实现当年投资75.7亿元以上');
    expect(close('增长 12 %')).toBe('增长12%');
    expect(close('上海市市长 龚 正')).toBe('上海市市长龚正');
    expect(close('省长\u00a0王清宪')).toBe('省长王清宪');
    expect(close('集团内部关系。\u200c')).toBe('集团内部关系。');
    expect(close('1 努力发展钱塘人更加满意的优质产业')).toBe('1 努力发展钱塘人更加满意的优质产业');
    expect(close('1. 2024年主要目标')).toBe('1. 2024年主要目标');
    expect(close('Public domain')).toBe('Public domain');
  });

  it('removes spam brands of any mirror, not only this one, and keeps the map', () => {
    const source = '成功进入“2万亿方阵”B33体育。文旅融合工程B33体育app下载深度推进,增长5%KY娱乐官网,开云体育·(中国)官方网站';
    const { line, removed } = removeSpam(fromSource(source));
    expect(line.text).toBe('成功进入“2万亿方阵”。文旅融合工程深度推进,增长5%,');
    expect(removed).toBe(4);
    expectTraceable(source, line);
  });

  it('leaves technology words before 体育/娱乐 alone', () => {
    expect(removeSpam(fromSource('推进5G体育场馆和VR娱乐体验建设')).removed).toBe(0);
  });

  it('normalises for search: NFKC, no whitespace, no Markdown', () => {
    expect(normalizeForSearch('（一）ＧＤＰ 增长 **5.5%**，')).toBe('(一)GDP增长5.5%,');
  });
});
