import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/schema.js';
import { BENCH_QUESTIONS } from '../../bench/questions.js';
import { realCorpusEngine } from '../support/engine.js';

/** An answer without its id, which is random per call. */
const comparable = ({ id: _id, ...rest }: Answer) => rest;

describe('concurrent questions through the library API', () => {
  it('50 asks at once answer exactly as the same 50 asked one at a time', async () => {
    const engine = await realCorpusEngine();
    const questions = BENCH_QUESTIONS.slice(0, 50);
    expect(questions).toHaveLength(50);
    const sequential: Answer[] = [];
    for (const q of questions) sequential.push(await engine.ask(q));
    const concurrent = await Promise.all(questions.map((q) => engine.ask(q)));
    expect(concurrent.map(comparable)).toEqual(sequential.map(comparable));
    // And the same question many times at once, interleaved with others.
    const burst = await Promise.all(questions.flatMap((q) => [engine.ask(q), engine.ask(questions[0])]));
    burst.forEach((a, i) => expect(comparable(a)).toEqual(comparable(i % 2 ? sequential[0] : sequential[i / 2])));
  });
});
