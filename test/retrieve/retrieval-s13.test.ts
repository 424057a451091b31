/**
 * Session 13 retrieval fixes, each for a class of sentences: a run of years asked is answered by a
 * review of exactly those years (period match), and an indicator written as a measure with its item
 * changing "由…增至…" after it counts as named with its number (a one-report corpus built here).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import type { Retriever } from '../../src/retrieve/retriever.js';
import { openIndexIn } from '../../src/store/open-index.js';
import { MemoryBackend } from '../support/memory-backend.js';

describe('periodScore with a run of years asked', () => {
  const review = { period: '2021-2025', kind: 'result' as const, norm: '吸纳技术合同成交额年均增长51.3%' };
  const asked = { years: [2021, 2025], planPeriod: null, part: null, intent: 'result' as const };

  it('fits a review of exactly those years ("过去五年" = 2021–2025)', () => {
    expect(periodScore(review, { ...asked, yearSpan: { from: 2021, to: 2025 } })).toBe(1);
  });

  it('does not without the run (two years asked one by one), nor for another run', () => {
    expect(periodScore(review, { ...asked, yearSpan: null })).toBe(0);
    expect(periodScore(review, { ...asked, years: [2022, 2025], yearSpan: { from: 2022, to: 2025 } })).toBe(0);
    expect(periodScore({ ...review, period: '2016-2020' }, { ...asked, yearSpan: { from: 2021, to: 2025 } })).toBe(0);
  });
});

const REPORT = [
  '杭州市钱塘区2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
  '一、2025年国民经济和社会发展计划执行情况',
  '全区实现地区生产总值1500亿元，同比增长5.5%。',
  '新能源汽车产业加快发展，充电设施不断完善。',
  '汽车保有量由52万辆增至63万辆，其中新能源汽车由4.5万辆增至15.6万辆。',
  '开通2条地铁新线，新增运营里程20公里，总里程达90公里。',
  '二、2026年国民经济和社会发展计划',
  '地区生产总值增长6%左右。',
].join('\n\n');

let root = '';
let retriever: Retriever;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'retrieval-s13-'));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  writeFileSync(path.join(corpusDir, 'qiantang-2026.txt'), REPORT);
  const document = {
    file: 'qiantang-2026.txt',
    id: 'qiantang-2026-plan-report',
    title: '杭州市钱塘区2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    issuer: '钱塘区',
    level: 'district',
    kind: 'plan-execution-report',
    publishedDate: '2026-06-19',
    docYear: 2026,
    reportsOn: 2025,
    plansFor: 2026,
  };
  writeFileSync(path.join(corpusDir, 'manifest.json'), JSON.stringify({ documents: [document] }));
  const { index } = await openIndexIn(new MemoryBackend(), { corpusDir, log: () => {} });
  retriever = Engine.fromIndex(index).retriever;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an indicator written as its measure, then its item changing from one figure to another', () => {
  it('answers "新能源汽车保有量" from "汽车保有量由…增至…，其中新能源汽车由…增至…"', async () => {
    const query = retriever.understand('钱塘区新能源汽车保有量多少');
    expect(query.indicators.map((i) => i.name)).toContain('新能源汽车保有量');
    const outcome = await retriever.retrieve(query);
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.sentences[0].sentence.text).toContain('其中新能源汽车由4.5万辆增至15.6万辆');
  });
});

describe('a question in everyday words whose place the segmenter joins to its subject', () => {
  it('answers "钱塘区地铁一共多少公里了" from the sentence giving the total (no 一共, no "钱塘区地铁" to cover)', async () => {
    const outcome = await retriever.retrieve(retriever.understand('钱塘区地铁一共多少公里了'));
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.sentences[0].sentence.text).toContain('总里程达90公里');
  });

  it('drops a place joined to a word the question also has, keeps the word', () => {
    const query = { ...retriever.understand('钱塘区地铁一共多少公里了'), searchText: '钱塘区地铁 地铁 一共 多少 公里' };
    const tokens = (retriever as unknown as { queryTokens(q: unknown): string[] }).queryTokens(query);
    expect(tokens).toContain('地铁');
    expect(tokens).not.toContain('钱塘区地铁');
  });
});
