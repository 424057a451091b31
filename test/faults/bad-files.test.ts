import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { openIndex } from '../../src/store/open-index.js';
import { MAX_REPORT_BYTES } from '../../src/ingest/decode.js';
import { REPO_CORPUS } from '../support/corpus-copy.js';

describe('a corpus folder with bad files', () => {
  it('indexes every good document (a GBK one too) and names every bad one', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reports-bad-files-'));
    const corpusDir = path.join(root, 'corpus');
    const indexDir = path.join(root, 'index');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpusDir);
    const good = ['gongshu-2022-plan-execution-and-2023-plan.txt', 'hangzhou-2023-plan-execution-and-2024-plan.txt'];
    for (const f of good) copyFileSync(path.join(REPO_CORPUS, f), path.join(corpusDir, f));
    // The Qiantang report as a GBK file, the way many government portals still publish.
    const qiantang = readFileSync(path.join(REPO_CORPUS, 'qiantang-2024-plan-execution-and-2025-plan.txt'), 'utf8');
    writeFileSync(path.join(corpusDir, 'qiantang-2024-gbk.txt'), iconv.encode(qiantang, 'gbk'));
    writeFileSync(path.join(corpusDir, 'empty.txt'), '');
    writeFileSync(path.join(corpusDir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    writeFileSync(path.join(corpusDir, 'huge.txt'), '');
    truncateSync(path.join(corpusDir, 'huge.txt'), MAX_REPORT_BYTES + 1);
    const bad = ['empty.txt', 'binary.txt', 'huge.txt'];

    const messages: string[] = [];
    const { index } = await openIndex({ corpusDir, indexDir, log: (m) => messages.push(m) });

    expect(index.corpus.documents.map((d) => d.meta.file).sort()).toEqual([...good, 'qiantang-2024-gbk.txt'].sort());
    // Besides the bad files, the Gongshu report (its pages printed twice) is named for the long
    // paragraphs dropped as repeats: a whole paragraph never vanishes without a word.
    expect(index.corpus.warnings.map((w) => w.file).sort()).toEqual([...bad, good[0]].sort());
    expect(index.corpus.warnings.find((w) => w.file === good[0])?.reason).toMatch(/repeat/);
    const reasons = Object.fromEntries(index.corpus.warnings.map((w) => [w.file, w.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    for (const file of bad) expect(messages.some((m) => m.includes(file))).toBe(true);

    // The GBK report is searchable like the others.
    const engine = Engine.fromIndex(index);
    const answer = await engine.ask('钱塘区2024年GDP是多少？');
    expect(answer.citations[0].sentence).toContain('1416亿元');
    expect(answer.citations[0].docId).toBe(index.corpus.documents.find((d) => d.meta.file === 'qiantang-2024-gbk.txt')!.meta.id);

    // Loaded again from disk, the index still names the bad files.
    const reopened = await openIndex({ corpusDir, indexDir, log: () => {} });
    expect(reopened.built).toBe(false);
    expect(reopened.index.corpus.warnings).toEqual(index.corpus.warnings);
  }, 60_000);
});
