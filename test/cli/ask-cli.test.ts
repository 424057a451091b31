import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/ask.js';
import { runChat } from '../../src/cli/chat.js';
import { AnswerSchema } from '../../src/answer/schema.js';
import { corpusSandbox } from '../support/corpus-copy.js';
import { runCli } from '../support/run-cli.js';
import { realCorpusEngine } from '../support/engine.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm run ask` as a process (node with the tsx loader): the --jsonl test reads its real stdout. */
function askProcess(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** `npm run ask` in this process (its exported main), for what it prints and its exit code. */
const ask = (args: string[], input?: string) => runCli('ask', main, args, input);

describe('ask CLI', () => {
  let sandbox: ReturnType<typeof corpusSandbox>;
  beforeAll(() => {
    sandbox = corpusSandbox();
  });

  it('--jsonl answers every line in order, blank ones included, stdout holding only Answer JSON, building a missing index', () => {
    const questions = ['钱塘区2024年GDP是多少？', '滨江区2024年GDP是多少？', '', "What is Gongshu's 2025 GDP growth target?"];
    const run = askProcess(['--corpus', sandbox.corpusDir, '--index', sandbox.indexDir, '--jsonl'], questions.join('\n'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const answers = lines.map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.notFound)).toEqual([false, true, true, false]);
    expect(run.stderr).toMatch(/index: none yet; building/);
    expect(run.stderr).not.toMatch(/Why these sentences/);
  });

  it('--explain prints, after the answer and on stderr, the scoring rules that fired for each cited sentence', async () => {
    const run = await ask(['--corpus', sandbox.corpusDir, '--index', sandbox.indexDir, '--json', '--explain', '钱塘区2024年GDP是多少？']);
    expect(run.status).toBe(0);
    // stdout stays the Answer JSON alone: the explanation is kept out of the schema.
    const answer = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(answer.citations[0].sentence).toContain('1416亿元');
    expect(run.stderr).toMatch(/Why these sentences/);
    const first = run.stderr.slice(run.stderr.indexOf('[1] score'), run.stderr.indexOf('[2]'));
    expect(first).toContain('1416亿元');
    for (const rule of ['lexical', 'period', 'names-indicator', 'gives-quantity'])
      expect(first).toMatch(new RegExp(`${rule}\\s+\\+\\d\\.\\d{4}`));
    // The contributions add up to the score shown.
    const score = Number(/\[1\] score (\d+\.\d+)/.exec(first)?.[1]);
    const sum = [...first.matchAll(/^\s+[a-z-]+\s+([+-]\d+\.\d{4})/gm)].reduce((total, m) => total + Number(m[1]), 0);
    expect(sum).toBeCloseTo(score, 3);
    expect(answer.citations.length).toBe((run.stderr.match(/^ {2}\[\d\]/gm) ?? []).length);
  });

  it('--json prints one answer; the plain form is readable text with sources', async () => {
    const json = await ask([
      '--corpus',
      sandbox.corpusDir,
      '--index',
      sandbox.indexDir,
      '--json',
      '拱墅区2022年新增国家高新技术企业多少家？',
    ]);
    const answer = AnswerSchema.parse(JSON.parse(json.stdout));
    expect(answer.figures[0]).toMatchObject({ value: 161, unit: '家' });
    const plain = await ask(['--corpus', sandbox.corpusDir, '--index', sandbox.indexDir, '拱墅区2022年新增国家高新技术企业多少家？']);
    expect(plain.stdout).toContain('来源 / Sources:');
    expect(plain.stdout).toContain('新增国家高新技术企业161家');
    expect(plain.stderr).not.toMatch(/building/);
  });

  it('explains its usage when given nothing to answer', async () => {
    const run = await ask([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
    expect(run.stdout).toBe('');
  });
});

describe('terminal chat', () => {
  it('answers, keeps the thread for follow-ups, and stops on exit', async () => {
    const engine = await realCorpusEngine();
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d: Buffer) => (shown += d.toString()));
    const done = runChat(engine, input, output);
    input.write('钱塘区2024年GDP是多少？\n');
    input.write('那2025年的目标呢？\n');
    input.write('exit\n');
    await done;
    expect(shown).toContain('1416亿元');
    expect(shown).toContain('地区生产总值增长5.6%左右');
  });
});
