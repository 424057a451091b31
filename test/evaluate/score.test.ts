import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonlQuestion } from '../../src/cli/jsonl-input.js';
import { loadCases, parseCases, questionText, type EvalCase } from '../../src/evaluate/cases.js';
import { scoreAnswers, type ScorableAnswer } from '../../src/evaluate/score.js';
import { sharedFile } from '../support/shared-folder.js';

const cite = (...sentences: string[]) => sentences.map((sentence) => ({ sentence }));

const CASES: EvalCase[] = parseCases(
  [
    '{"id":"c1","q":"钱塘区2024年一般公共预算收入是多少？","cite":["一般公共预算收入134亿元"],"fig":[{"value":134,"unit":"亿元"}]}',
    '{"id":"c2","q":"拱墅区2022年社零增长多少？","cite":["社会消费品零售总额增长2%"],"fig":[{"value":2,"unit":"%"}]}',
    '{"id":"c3","q":"滨江区2024年GDP？","notFound":true}',
    '{"id":"c4","q":"钱塘区2021年重点工作？","priorities":["优质产业","现代星城","民生服务"],"minPriorities":2}',
  ].join('\n'),
);

const PERFECT: ScorableAnswer[] = [
  { notFound: false, citations: cite('全年一般公共预算收入134亿元,增长3%。'), figures: [{ value: 134, unit: '亿元' }], priorities: [] },
  {
    notFound: false,
    citations: cite('社会消费品零售总额增长2%,低于目标任务5个百分点。'),
    figures: [{ value: 361, unit: '亿元', change: { value: 2 } }],
    priorities: [],
  },
  { notFound: true, citations: [], figures: [], priorities: [] },
  { notFound: false, citations: [], figures: [], priorities: [{ title: '打造**优质产业**高地' }, { title: '建设现代 星城' }] },
];

describe('scoreAnswers', () => {
  it('gives full marks to answers that meet every case', () => {
    const { summary, misses } = scoreAnswers(CASES, PERFECT);
    expect(summary).toEqual({
      cases: 4,
      citeHit1: 100,
      citeHit5: 100,
      figureHit: 100,
      refusalCorrect: 100,
      answeredWhenAnswerable: 100,
      prioritiesHit: 100,
      spamLeaks: 0,
      missingAnswers: 0,
    });
    expect(misses).toEqual([]);
  });

  it('counts hit@5 but not hit@1 when the sentence is cited second', () => {
    const answers = [...PERFECT];
    answers[0] = { ...PERFECT[0], citations: cite('无关的句子。', '一般公共预算收入134亿元。') };
    const { summary } = scoreAnswers(CASES, answers);
    expect(summary.citeHit1).toBe(50);
    expect(summary.citeHit5).toBe(100);
  });

  it('ignores citations beyond the fifth', () => {
    const answers = [...PERFECT];
    answers[0] = { ...PERFECT[0], citations: cite('a', 'b', 'c', 'd', 'e', '一般公共预算收入134亿元') };
    const { summary, misses } = scoreAnswers(CASES, answers);
    expect(summary.citeHit5).toBe(50);
    expect(misses[0]).toContain('cite: 一般公共预算收入134亿元');
  });

  it('fails a figure with the wrong value or unit, and accepts a % change', () => {
    const answers = [...PERFECT];
    answers[0] = { ...PERFECT[0], figures: [{ value: 134, unit: '万元' }] };
    answers[1] = { ...PERFECT[1], figures: [{ value: 2.5, unit: '%' }] };
    expect(scoreAnswers(CASES, answers).summary.figureHit).toBe(0);
    // Only the first 8 figures count.
    answers[0] = {
      ...PERFECT[0],
      figures: [...Array.from({ length: 8 }, () => ({ value: 1, unit: '亿元' })), { value: 134, unit: '亿元' }],
    };
    expect(scoreAnswers(CASES, answers).summary.figureHit).toBe(0);
    expect(scoreAnswers(CASES, PERFECT).summary.figureHit).toBe(100);
  });

  it('fails a refusal that answers, and an answerable question that refuses', () => {
    const answers = [...PERFECT];
    answers[2] = { notFound: false, citations: cite('滨江区'), figures: [], priorities: [] };
    answers[0] = { ...PERFECT[0], notFound: true };
    const { summary } = scoreAnswers(CASES, answers);
    expect(summary.refusalCorrect).toBe(0);
    expect(summary.answeredWhenAnswerable).toBeCloseTo(66.7, 5);
  });

  it('needs minPriorities of the listed titles', () => {
    const answers = [...PERFECT];
    answers[3] = { ...PERFECT[3], priorities: [{ title: '优质产业' }, { title: '别的' }] };
    const { summary, misses } = scoreAnswers(CASES, answers);
    expect(summary.prioritiesHit).toBe(0);
    expect(misses.join('\n')).toContain('priorities: 1/3');
  });

  it('counts the spam marker anywhere in an answer, and missing answers', () => {
    const answers: Array<ScorableAnswer | null> = [...PERFECT];
    answers[1] = { ...PERFECT[1], citations: cite('社会消费品零售总额增长2%b33.com') };
    answers[3] = null;
    const { summary } = scoreAnswers(CASES, answers);
    expect(summary.spamLeaks).toBe(1);
    expect(summary.missingAnswers).toBe(1);
    // score.mjs skips a missing answer before any tally, so the priorities case leaves every denominator.
    expect(summary.prioritiesHit).toBe(100);
  });

  it('scores 100 when no case tests a metric, as score.mjs does', () => {
    const { summary } = scoreAnswers(CASES.slice(2, 3), PERFECT.slice(2, 3));
    expect(summary.citeHit1).toBe(100);
    expect(summary.answeredWhenAnswerable).toBe(100);
  });

  const { file: scorer, present: scorerPresent } = sharedFile('eval/score.mjs');
  it.skipIf(!scorerPresent)('agrees with ../shared/eval/score.mjs on the same answers', () => {
    const answers: Array<ScorableAnswer | null> = [
      { ...PERFECT[0], citations: cite('x', '一般公共预算收入134亿元') },
      { ...PERFECT[1], figures: [{ value: 2.0000001, unit: '%' }], citations: cite('B33 社会消费品零售总额增长2%') },
      { notFound: false, citations: [], figures: [], priorities: [] },
      null,
    ];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'score-'));
    const casesFile = path.join(dir, 'cases.jsonl');
    const answersFile = path.join(dir, 'answers.jsonl');
    writeFileSync(casesFile, CASES.map((c) => JSON.stringify(c)).join('\n'));
    writeFileSync(answersFile, `${answers.map((a) => (a ? JSON.stringify(a) : '{unparseable')).join('\n')}\n`);
    const printAnswers = `process.stdin.resume();process.stdin.on('end',()=>process.stdout.write(require('fs').readFileSync(${JSON.stringify(answersFile)},'utf8')))`;
    const run = spawnSync(process.execPath, [scorer, '--questions', casesFile, '--json', '--', process.execPath, '-e', printAnswers], {
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(0);
    const official = JSON.parse(run.stdout.trim()) as Record<string, number>;
    const { summary } = scoreAnswers(CASES, answers);
    for (const [key, value] of Object.entries(summary)) expect([key, official[key]]).toEqual([key, value]);
  });

  const dev = sharedFile('eval/dev.jsonl');
  it.skipIf(!dev.present)('reads every dev set case, and each question score.mjs sends is asked as typed, with no conversation', () => {
    const cases = loadCases(dev.file);
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      const sent = questionText(c);
      expect(sent).not.toBe('');
      expect(parseJsonlQuestion(sent)).toEqual({ question: sent, history: [] });
    }
  });
});
