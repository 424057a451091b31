import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { govCorpusEngine } from '../support/engine.js';

const TODAY = { today: new Date('2026-12-02') };

describe('English questions judged by their topic over the 20 work reports', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  }, 180_000);

  it('answer when the subject is written though a dictionary word is not (a participle, a verb, a loose sense)', async () => {
    const care = await engine.ask("How many people does Shandong's long-term care insurance cover?", TODAY);
    expect(care.notFound).toBe(false);
    expect(care.citations[0].sentence).toContain('长期护理保险覆盖');
    const trucks = await engine.ask('How many old diesel trucks did Shanghai scrap last year?', TODAY);
    expect(trucks.notFound).toBe(false);
    expect(trucks.citations[0].sentence).toContain('柴油车');
  });

  it('still refuse a head noun the passages do not write, and students read as graduates', async () => {
    expect((await engine.ask("How much did Zhejiang's housing prices fall last year?", TODAY)).notFound).toBe(true);
    expect((await engine.ask('How many foreign students studied in Beijing last year?', TODAY)).notFound).toBe(true);
    expect((await engine.ask('What does Beijing plan for coffee shops?', TODAY)).notFound).toBe(true);
  });
});
