import { describe, expect, it } from 'vitest';
import { asksOfLastTwo, lastTwoCompared } from '../../src/answer/kinds/last-two-compared.js';
import type { Answer, Citation, Figure } from '../../src/answer/schema.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';

/**
 * Session 30's comparison of the last two answers (src/answer/kinds/last-two-compared.ts) on hand-built answers: which
 * earlier answer states a figure, when the answer found already states both, and how the first line is put together.
 */
const answerOf = (line: string, citations: Citation[], figures: Figure[], notFound = false): Answer => ({
  id: 'a',
  question: 'q',
  notFound,
  text: `${line}\n报告原文：\n${citations.map((c, i) => `[${i + 1}] ${c.sentence}`).join('\n')}`,
  citations,
  figures,
  priorities: [],
});

// A count in its base unit, as the figure reading gives it: what the verdict compares.
const counted = (f: Figure): Figure => ({ ...f, valueInBaseUnit: f.value });
const fujian = resultCitation('f1', '新开通国际航线12条。', '福建省');
const anhui = resultCitation('a1', '新开通国际航线9条。', '安徽省');
const other = resultCitation('o1', '新增货运航线3条。', '安徽省');
const fujianAnswer = answerOf(
  '（25年 = 2025年）福建省2024年新开通国际航线（实绩）：12条 [1]',
  [fujian],
  [counted(resultFigure('新开通国际航线', 12, '条', 'f1', '福建省'))],
);
// The line cites its second citation: the figure is that citation's.
const anhuiAnswer = answerOf(
  '安徽省2024年新开通国际航线（实绩）：9条 [2]',
  [other, anhui],
  [counted(resultFigure('新增货运航线', 3, '条', 'o1', '安徽省')), counted(resultFigure('新开通国际航线', 9, '条', 'a1', '安徽省'))],
);
const refused = answerOf('这些报告没有涉及这个问题。', [], [], true);
const history = ['福建航线几条', '安徽呢'];
const query = asked('两家有差别没');

function askerOf(byQuestion: Record<string, Answer>, seen: Array<[string, readonly string[]]> = []) {
  return async (q: string, h: readonly string[]) => {
    seen.push([q, h]);
    return byQuestion[q] ?? refused;
  };
}

describe('the last two answers compared', () => {
  it('puts both first lines side by side, renumbered, without their reading notes, then the verdict', async () => {
    const seen: Array<[string, readonly string[]]> = [];
    const out = await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer }, seen));
    expect(out?.text.split('\n')[0]).toBe(
      '福建省2024年新开通国际航线（实绩）：12条 [1]；安徽省2024年新开通国际航线（实绩）：9条 [2]。前者更多：12条 对 9条',
    );
    expect(out?.citations.map((c) => c.id)).toEqual(['f1', 'a1']);
    expect(out?.figures.map((f) => f.value)).toEqual([12, 9]);
    expect(out?.notFound).toBe(false);
    expect(out?.priorities).toEqual([]);
    // Each earlier question is asked in its own place in the conversation.
    expect(seen).toEqual(
      expect.arrayContaining([
        ['福建航线几条', []],
        ['安徽呢', ['福建航线几条']],
      ]),
    );
  });

  it('the later answer first when it is the higher', async () => {
    const out = await lastTwoCompared(
      query,
      ['安徽呢', '福建航线几条'],
      refused,
      askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer }),
    );
    expect(out?.text.split('\n')[0]).toMatch(/^安徽省.*9条 \[1\]；福建省.*12条 \[2\]。后者更多：12条 对 9条$/);
  });

  it('an English reader gets "The first" / "The second" and "; "', async () => {
    const out = await lastTwoCompared(
      asked('which is more', { language: 'en' }),
      history,
      refused,
      askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer }),
    );
    expect(out?.text.split('\n')[0]).toMatch(/12条 \[1\]; 安徽省.*9条 \[2\]\. The first has more/);
  });

  it('none with fewer than two questions before, or when either earlier answer states no figure', async () => {
    const both = askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer });
    expect(await lastTwoCompared(query, ['安徽呢'], refused, both)).toBeNull();
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: fujianAnswer }))).toBeNull();
    expect(await lastTwoCompared(query, history, refused, askerOf({ 安徽呢: anhuiAnswer }))).toBeNull();
    const noMark = answerOf(
      '福建省2024年新开通国际航线（实绩）：12条',
      [fujian],
      [resultFigure('新开通国际航线', 12, '条', 'f1', '福建省')],
    );
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: noMark, 安徽呢: anhuiAnswer }))).toBeNull();
    const noValue = answerOf(
      '福建省2024年新开通国际航线（实绩）：若干 [1]',
      [fujian],
      [resultFigure('新开通国际航线', 12, '条', 'f1', '福建省')],
    );
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: noValue, 安徽呢: anhuiAnswer }))).toBeNull();
    const missing = answerOf('福建省：12条 [3]', [fujian], [resultFigure('新开通国际航线', 12, '条', 'f1', '福建省')]);
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: missing, 安徽呢: anhuiAnswer }))).toBeNull();
  });

  it('none when both earlier answers quote the same sentence', async () => {
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: fujianAnswer, 安徽呢: fujianAnswer }))).toBeNull();
  });

  it('none when the answer found states both sides; one that states one side is replaced', async () => {
    const asker = askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer });
    const stating = (line: string) => answerOf(line, [fujian, anhui], []);
    expect(await lastTwoCompared(query, history, stating('福建12条 [1]，安徽9条 [2]'), asker)).toBeNull();
    expect(await lastTwoCompared(query, history, stating('福建12条 [1]'), asker)).not.toBeNull();
    // Writing the value is not stating a side: the side's sentence must be quoted too.
    expect(await lastTwoCompared(query, history, answerOf('福建12条，安徽9条 [1]', [other], []), asker)).not.toBeNull();
    // A refusal states nothing, whatever its text says.
    expect(await lastTwoCompared(query, history, answerOf('福建12条，安徽9条', [fujian, anhui], [], true), asker)).not.toBeNull();
  });

  it('a refusal states no side, whatever its first line writes', async () => {
    const refusedWithFigure = { ...fujianAnswer, notFound: true };
    expect(await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: refusedWithFigure, 安徽呢: anhuiAnswer }))).toBeNull();
  });

  it('a side’s line ends at its citation mark: a note after it is left out', async () => {
    const noted = answerOf(
      '福建省2024年新开通国际航线（实绩）：12条 [1]（报告中没有江西省的该项数据）',
      [fujian],
      [counted(resultFigure('新开通国际航线', 12, '条', 'f1', '福建省'))],
    );
    const out = await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: noted, 安徽呢: anhuiAnswer }));
    expect(out?.text.split('\n')[0]).not.toContain('江西省');
  });

  it('of three questions before, the last two, each after the questions before it', async () => {
    const seen: Array<[string, readonly string[]]> = [];
    await lastTwoCompared(query, ['浙江呢', ...history], refused, askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer }, seen));
    expect(seen).toEqual(
      expect.arrayContaining([
        ['福建航线几条', ['浙江呢']],
        ['安徽呢', ['浙江呢', '福建航线几条']],
      ]),
    );
  });

  it('an English reader: "The second" when the later is higher', async () => {
    const out = await lastTwoCompared(
      asked('which is more', { language: 'en' }),
      ['安徽呢', '福建航线几条'],
      refused,
      askerOf({ 福建航线几条: fujianAnswer, 安徽呢: anhuiAnswer }),
    );
    expect(out?.text.split('\n')[0]).toMatch(/\. The second has more: 12条 vs 9条$/);
  });
  it('the figure stated is the cited sentence’s, not another citation’s of the same value', async () => {
    const sameValue = answerOf(
      '安徽省2024年新开通国际航线（实绩）：9条 [2]',
      [other, anhui],
      [counted(resultFigure('新增货运航线', 9, '条', 'o1', '安徽省')), counted(resultFigure('新开通国际航线', 9, '条', 'a1', '安徽省'))],
    );
    const out = await lastTwoCompared(query, history, refused, askerOf({ 福建航线几条: fujianAnswer, 安徽呢: sameValue }));
    expect(out?.figures.map((f) => f.citationId)).toEqual(['f1', 'a1']);
  });
});

describe('a follow-up of the last two', () => {
  const none = { places: [], years: [], indicators: [] };
  it('asks which of them or of the two, and names no place, year or indicator of its own', () => {
    expect(asksOfLastTwo('这俩谁大', none)).toBe(true);
    expect(asksOfLastTwo('两个省哪个多', none)).toBe(true);
    expect(asksOfLastTwo('两边一样吗', none)).toBe(true);
    expect(asksOfLastTwo('GDP是多少', none)).toBe(false);
    expect(asksOfLastTwo('这俩谁大', { ...none, places: ['浙江省'] })).toBe(false);
    expect(asksOfLastTwo('这俩谁大', { ...none, years: [2024] })).toBe(false);
    expect(asksOfLastTwo('这俩谁大', { ...none, indicators: [{ name: '地区生产总值' }] as never })).toBe(false);
  });
});
