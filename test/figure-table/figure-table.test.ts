import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { main as figuresMain } from '../../src/cli/figures.js';
import { buildFigureRows, type FigureRow, FigureRowSchema, FigureTable, rowsToCsv } from '../../src/figure-table/index.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { toHalfWidth } from '../../src/lang/zh/chinese-number.js';
import { corpusSandbox, REPO_CORPUS } from '../support/corpus-copy.js';
import { runCli } from '../support/run-cli.js';

describe('the figure table of the seed corpus', () => {
  const corpus = loadCorpus(REPO_CORPUS);
  const sentences = corpus.documents.flatMap((d) => d.sentences);
  const rows = buildFigureRows({ documents: corpus.documents, sentences });
  const table = new FigureTable(rows);

  it('files every figure with its place, period, kind and the sentence it came from, verbatim', () => {
    expect(rows.length).toBeGreaterThan(500);
    const byId = new Map(sentences.map((s) => [s.id, s]));
    for (const row of rows) {
      expect(FigureRowSchema.safeParse(row).success).toBe(true);
      expect(byId.get(row.citationId)?.text).toBe(row.sentence);
      expect(corpus.documents.find((d) => d.meta.id === row.docId)?.meta.issuer).toBe(row.place);
    }
  });

  it('states no number its sentence does not hold (ranks and counts in words aside)', () => {
    const written = rows.filter((r) => r.measure === 'level' || r.measure === 'rate');
    const traced = written.filter((r) => toHalfWidth(r.sentence).replace(/,/g, '').includes(String(r.value)));
    expect(traced.length / written.length).toBeGreaterThan(0.98);
  });

  it('holds 钱塘区 2024 GDP as the result its plan-execution report gives', () => {
    const gdp = table.select({ indicator: 'GDP', place: '钱塘区', kind: 'actual', year: 2024 });
    expect(gdp.some((r) => r.value === 1416 && r.unit === '亿元' && r.valueInBaseUnit === 1416e8 && r.baseUnit === '元')).toBe(true);
    expect(gdp.every((r) => r.indicatorId === '地区生产总值')).toBe(true);
  });

  it('keeps targets apart from results', () => {
    const targets = table.select({ indicator: '地区生产总值', place: '钱塘区', kind: 'target', year: 2025 });
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((r) => r.kind === 'target' && r.plansFor === 2025)).toBe(true);
  });

  it('writes CSV with one line a row and the sentence quoted', () => {
    const some = table.select({ place: '拱墅区' }).slice(0, 5);
    const lines = rowsToCsv(some).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^indicator_id,indicator,place,period,kind,measure,value,unit/);
    expect(lines).toHaveLength(some.length + 1);
  });
});

describe('the figure table stored with the index', () => {
  const sandbox = corpusSandbox();
  let built: readonly FigureRow[] = [];

  beforeAll(async () => {
    built = (await Engine.open({ corpusDir: sandbox.corpusDir, indexDir: sandbox.indexDir, log: () => {} })).figureTable.rows;
  }, 120_000);
  afterAll(() => rmSync(sandbox.root, { recursive: true, force: true }));

  it('is read back as it was built when the index is opened again', async () => {
    const reopened = await Engine.open({ corpusDir: sandbox.corpusDir, indexDir: sandbox.indexDir, log: () => {} });
    expect(built.length).toBeGreaterThan(500);
    expect(reopened.figureTable.rows).toEqual(built);
  });

  it('npm run figures filters by place and indicator and prints CSV', async () => {
    const { status, stdout } = await runCli('figures', figuresMain, [
      '--corpus',
      sandbox.corpusDir,
      '--index',
      sandbox.indexDir,
      '--place',
      '钱塘',
      '--indicator',
      'GDP',
      '--csv',
    ]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^地区生产总值,[^,]*,钱塘区,/);
    expect(stdout).toContain('1416');
  }, 70_000);

  it('npm run figures names the places it has when asked for one it does not', async () => {
    const failed = await runCli('figures', figuresMain, ['--corpus', sandbox.corpusDir, '--index', sandbox.indexDir, '--place', '火星']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/钱塘区/);
  }, 70_000);
});
