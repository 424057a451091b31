import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { SearchTokenizer } from '../../src/lang/zh/tokenize.js';
import { corpusSandbox, indexedCorpusSandbox } from '../support/corpus-copy.js';

const quiet = { log: () => {} };

describe('the search tokenizer belongs to its index', () => {
  it('keeps words whole only for the tokenizer given them', () => {
    const plain = SearchTokenizer.withWords([]);
    const taught = SearchTokenizer.withWords(['钱塘区']);
    expect(plain.tokenize('钱塘区生产总值')).not.toContain('钱塘区');
    expect(taught.tokenize('钱塘区生产总值')).toContain('钱塘区');
    // Teaching one did not teach the other.
    expect(plain.tokenize('钱塘区生产总值')).not.toContain('钱塘区');
    expect(SearchTokenizer.withWords(['钱塘区', '钱塘区'])).toBe(taught);
  });

  it('gives two engines over two corpora in one process two dictionaries', async () => {
    // Corpus A has no report of 钱塘区; corpus B has.
    const a = corpusSandbox();
    for (const file of ['qiantang-2021-government-work-report-illustrated.txt', 'qiantang-2024-plan-execution-and-2025-plan.txt'])
      rmSync(path.join(a.corpusDir, file));
    const b = await indexedCorpusSandbox();
    const engineA = await Engine.open({ ...a, ...quiet });
    const engineB = await Engine.open({ ...b, ...quiet });
    expect(engineA.retriever.coveredPlaces.map((p) => p.issuer)).not.toContain('钱塘区');
    expect(engineB.retriever.coveredPlaces.map((p) => p.issuer)).toContain('钱塘区');
    // Opening B taught B's place names to B alone: A still cuts as a corpus without 钱塘区 would.
    expect(engineB.retriever.tokenize('钱塘区生产总值')).toContain('钱塘区');
    expect(engineA.retriever.tokenize('钱塘区生产总值')).not.toContain('钱塘区');
    expect(engineA.retriever.tokenize('拱墅区生产总值')).toContain('拱墅区');
    for (const s of [a, b]) rmSync(s.root, { recursive: true, force: true });
  });
});
