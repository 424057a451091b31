import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/corpus.js';
import { type CliRun, runCli } from '../support/run-cli.js';
import { FIXTURES_DIR, REPO_ROOT, gbk, realCorpus, tempCorpus } from './helpers.js';

/**
 * `npm run corpus` as a process, started once with node and the tsx loader: the --jsonl test reads its
 * real stdout, so a library that prints to the process's stdout would be caught.
 */
function corpusProcess(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

/** `npm run corpus` in this process (its exported main), for what it prints and its exit code. */
const corpusCli = (...args: string[]) => runCli('corpus', main, args);

const FIELDS = ['docId', 'title', 'district', 'level', 'docYear', 'period', 'kind', 'section', 'paragraph', 'sentence', 'source'];

describe('npm run corpus', () => {
  it('--jsonl prints one JSON line a sentence on stdout and nothing else', async () => {
    const run = corpusProcess('--jsonl');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const total = realCorpus().documents.reduce((n, d) => n + d.sentences.length, 0);
    expect(lines).toHaveLength(total);
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(record)).toEqual(FIELDS);
      expect(typeof record.sentence).toBe('string');
      expect(typeof record.paragraph).toBe('number');
      expect(['result', 'plan', 'other']).toContain(record.kind);
      expect(['text', 'table']).toContain(record.source);
      expect(['national', 'province', 'city', 'district']).toContain(record.level);
    }
    const first = JSON.parse(
      lines.find((l) => l.includes('"docId":"qiantang-2025-plan-report"') && l.includes('全年地区生产总值达1416亿元'))!,
    );
    expect(first).toMatchObject({
      title: '杭州市钱塘区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
      district: '钱塘区',
      level: 'district',
      docYear: 2025,
      period: '2024',
      kind: 'result',
      section: '一、2024年国民经济和社会发展计划执行情况 › (一)强攻坚、齐发力,经济运行稳进提质、坚实稳固 › 1.经济运行稳中有进',
      source: 'text',
    });
    expect(run.stderr).toMatch(/5 documents/);
  });

  it('prints a per-document table by default', async () => {
    const run = await corpusCli();
    expect(run.status).toBe(0);
    const [header, , ...rows] = run.stdout.trimEnd().split('\n');
    expect(header.split(/\s{2,}/)).toEqual([
      'doc',
      'issuer',
      'year',
      'sentences',
      'chunks',
      'sections',
      'tokens',
      'spam removed',
      'duplicates dropped',
      'warnings',
    ]);
    for (const doc of realCorpus().documents) {
      const row = rows.find((r) => r.startsWith(`${doc.meta.id} `))!;
      const cells = row.split(/\s{2,}/);
      expect(cells.slice(0, 4)).toEqual([doc.meta.id, doc.meta.issuer, String(doc.meta.docYear), String(doc.sentences.length)]);
      expect(Number(cells[4])).toBeGreaterThan(0);
    }
    expect(rows.at(-1)).toMatch(/^total\s/);
  });

  it('reads another folder with --corpus, warns on stderr about bad files and still exits 0', async () => {
    const planReport = readFileSync(path.join(FIXTURES_DIR, 'district-plan-report.txt'), 'utf8');
    const dir = tempCorpus({ 'empty.txt': '', 'gbk-plan-report.txt': gbk(planReport) });
    const run = await corpusCli('--jsonl', '--corpus', dir);
    expect(run.status).toBe(0);
    const docIds = new Set(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { docId: string }).docId),
    );
    expect([...docIds].sort()).toEqual(['district-plan-report', 'gbk-plan-report', 'web-page-work-report']);
    expect(run.stderr).toMatch(/warning: empty\.txt: empty file/);
    expect(run.stderr).toMatch(/note: gbk-plan-report\.txt: decoded as gb18030/);
  });

  it('--strict exits 1 when a file gives a warning, 0 when none does', async () => {
    const bad = await corpusCli('--strict', '--corpus', tempCorpus({ 'binary.txt': Uint8Array.from([0, 1, 2, 3, 0, 255]) }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/warning: binary\.txt: binary content/);
    expect((await corpusCli('--strict', '--corpus', tempCorpus())).status).toBe(0);
  });

  it('lists a Word report beside the text ones: extracted as the index build extracts it, not skipped', async () => {
    const docx = readFileSync(path.join(FIXTURES_DIR, '..', 'report-formats', 'docx', '2025年吉林省政府工作报告.docx'));
    const run = await corpusCli('--strict', '--corpus', tempCorpus({ 'jilin-2025.docx': docx }));
    expect(run.stderr).not.toMatch(/not extracted/);
    expect(run.status).toBe(0);
    const row = run.stdout.split('\n').find((l) => l.startsWith('jilin-2025 '));
    expect(row?.split(/\s{2,}/).slice(1, 3)).toEqual(['吉林省', '2025']);
  });

  it('exits 2 on an unknown option or a missing folder', async () => {
    expect((await corpusCli('--nope')).status).toBe(2);
    const missing = await corpusCli('--corpus', path.join(REPO_ROOT, 'no-such-folder'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
