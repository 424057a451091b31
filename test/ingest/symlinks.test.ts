import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { CORPUS_DIR } from './helpers.js';

const root = mkdtempSync(path.join(tmpdir(), 'corpus-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the corpus loader and symbolic links', () => {
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  const report = 'qiantang-2024-plan-execution-and-2025-plan.txt';
  cpSync(path.join(CORPUS_DIR, report), path.join(corpusDir, report));
  const outside = path.join(root, '杭州市2025年秘密文件.txt');
  writeFileSync(outside, '杭州市2025年政府工作报告\n全市地区生产总值增长5.5%。\n');
  symlinkSync(outside, path.join(corpusDir, 'hangzhou-2025-link.txt'));
  symlinkSync(path.join(corpusDir, report), path.join(corpusDir, 'qiantang-copy-link.txt'));
  writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ documents: [{ file: report, issuer: '上城区' }] }));
  symlinkSync(path.join(root, 'manifest.json'), path.join(corpusDir, 'manifest.json'));

  const corpus = loadCorpus(corpusDir);

  it('refuses a link to a file outside the corpus folder, saying why', () => {
    expect(corpus.documents.map((d) => d.meta.file)).not.toContain('hangzhou-2025-link.txt');
    expect(corpus.warnings).toContainEqual({
      file: 'hangzhou-2025-link.txt',
      reason: 'symbolic link to a file outside the corpus folder (not read)',
    });
  });

  it('refuses a manifest linked from outside', () => {
    expect(corpus.warnings).toContainEqual({
      file: 'manifest.json',
      reason: 'symbolic link to a file outside the corpus folder (not read)',
    });
    expect(corpus.documents.find((d) => d.meta.file === report)?.meta.issuer).toBe('钱塘区');
  });

  it('reads a link that stays inside the folder', () => {
    expect(corpus.documents.map((d) => d.meta.file).sort()).toEqual([
      'qiantang-2024-plan-execution-and-2025-plan.txt',
      'qiantang-copy-link.txt',
    ]);
  });
});
