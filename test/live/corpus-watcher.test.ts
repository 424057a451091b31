import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CorpusChange, type CorpusWatcher, isIgnoredCorpusName, watchCorpus } from '../../src/ingest/corpus-watcher.js';

/** Batches reported by a watcher, each awaited in turn. */
function batches(): { onChange(change: CorpusChange): void; next(): Promise<CorpusChange> } {
  const seen: CorpusChange[] = [];
  const waiting: Array<(change: CorpusChange) => void> = [];
  return {
    onChange(change) {
      const waiter = waiting.shift();
      if (waiter) waiter(change);
      else seen.push(change);
    },
    next() {
      const ready = seen.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

describe('watchCorpus', () => {
  let dir = '';
  let watcher: CorpusWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports several writes as one batch, and ignores hidden and editor temporary files', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-watch-'));
    const reported = batches();
    watcher = watchCorpus(dir, reported.onChange, { debounceMs: 300 });
    // An editor's save: a swap file, a backup, then the report written in three parts.
    writeFileSync(path.join(dir, '.report.txt.swp'), 'x');
    writeFileSync(path.join(dir, 'report.txt~'), 'x');
    writeFileSync(path.join(dir, '~$report.docx'), 'x');
    writeFileSync(path.join(dir, 'report.txt'), '一');
    writeFileSync(path.join(dir, 'report.txt'), '一二');
    writeFileSync(path.join(dir, 'other.md'), '三');
    expect((await reported.next()).files).toEqual(['other.md', 'report.txt']);
    // A later change is the next batch: the writes above made exactly one.
    writeFileSync(path.join(dir, 'later.txt'), '四');
    expect(await reported.next()).toEqual({ files: ['later.txt'], more: 0 });
  });

  it('keeps at most maxNames names per batch and counts the rest', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-watch-'));
    const reported = batches();
    watcher = watchCorpus(dir, reported.onChange, { debounceMs: 300, maxNames: 3 });
    for (let i = 0; i < 10; i++) writeFileSync(path.join(dir, `r${i}.txt`), String(i));
    const change = await reported.next();
    expect(change.files).toHaveLength(3);
    expect(change.files.length + change.more).toBe(10);
  });

  it('names the files no report has', () => {
    for (const name of [
      '.DS_Store',
      '.#report.txt',
      '#report.txt#',
      'report.txt~',
      '~$报告.docx',
      'a.swp',
      '4913',
      'x.crdownload',
      'y.part',
    ]) {
      expect(isIgnoredCorpusName(name), name).toBe(true);
    }
    for (const name of ['2024年临平区政府工作报告.pdf', 'qiantang-2024.txt', 'manifest.json', 'page.html']) {
      expect(isIgnoredCorpusName(name), name).toBe(false);
    }
  });
});
