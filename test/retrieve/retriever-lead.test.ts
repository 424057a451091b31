/**
 * The retriever on a one-report corpus written here (an in-memory index of a dozen sentences):
 * which sentence leads an answer. Not in the mutation run (vitest.mutation.config.ts): it builds an index.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Retriever } from '../../src/retrieve/retriever.js';
import { openIndexIn } from '../../src/store/open-index.js';
import { MemoryBackend } from '../support/memory-backend.js';

const REPORT = [
  '杭州市钱塘区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
  '一、2024年国民经济和社会发展计划执行情况',
  '地区生产总值稳步增长，地区生产总值质量持续提升，地区生产总值结构不断优化，地区生产总值贡献稳中有进。',
  '全区经济总量达到1416亿元，同比增长5.1%。',
  '2023年全区实现社会消费品零售总额520亿元。',
  '全区实现社会消费品零售总额560亿元，增长7.7%。',
  '城乡居民收入稳步提高，民生保障持续加强。',
  '二、2025年国民经济和社会发展计划',
  '地区生产总值增长6%左右。',
].join('\n\n');

let root = '';
let retriever: Retriever;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'retriever-mutants-'));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  writeFileSync(path.join(corpusDir, 'qiantang-2025.txt'), REPORT);
  const document = {
    file: 'qiantang-2025.txt',
    id: 'qiantang-2025-plan-report',
    title: '杭州市钱塘区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
    issuer: '钱塘区',
    level: 'district',
    kind: 'plan-execution-report',
    publishedDate: '2025-06-19',
    docYear: 2025,
    reportsOn: 2024,
    plansFor: 2025,
  };
  writeFileSync(path.join(corpusDir, 'manifest.json'), JSON.stringify({ documents: [document] }));
  const { index } = await openIndexIn(new MemoryBackend(), { corpusDir, log: () => {} });
  retriever = Engine.fromIndex(index).retriever;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function sentencesFor(question: string): Promise<string[]> {
  const outcome = await retriever.retrieve(retriever.understand(question));
  if (outcome.kind !== 'found') throw new Error(`not found: ${outcome.reason}`);
  return outcome.sentences.map((s) => s.sentence.text);
}

describe('retriever on a one-report corpus', () => {
  it('leads with the first sentence that gives the asked number, above one that only names the indicator more often', async () => {
    const sentences = await sentencesFor('钱塘区2024年地区生产总值是多少');
    expect(sentences[0]).toBe('全区经济总量达到1416亿元，同比增长5.1%。');
    expect(sentences).toContain('地区生产总值稳步增长，地区生产总值质量持续提升，地区生产总值结构不断优化，地区生产总值贡献稳中有进。');
  });

  it('ranks the sentence of the asked year above one that states only another year', async () => {
    const sentences = await sentencesFor('钱塘区2024年社会消费品零售总额是多少');
    expect(sentences[0]).toBe('全区实现社会消费品零售总额560亿元，增长7.7%。');
    expect(sentences.indexOf('2023年全区实现社会消费品零售总额520亿元。')).toBeGreaterThan(0);
  });
});
