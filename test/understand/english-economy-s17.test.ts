import { describe, expect, it } from 'vitest';
import { govCorpusEngine } from '../support/engine.js';

describe('an English growth question naming a subject only the dictionary reads', () => {
  const today = new Date('2026-12-03');
  it('asks that subject, not the economy', async () => {
    const engine = await govCorpusEngine();
    const indicators = (q: string) => engine.understand(q, { today }).indicators.map((i) => i.name);
    expect(indicators('How much did car sales grow in 2024?')).not.toContain('地区生产总值');
    expect(indicators("How did Zhejiang's economy do last year?")).toContain('地区生产总值');
    expect(indicators('How much did Jiangsu grow in 2024?')).toContain('地区生产总值');
  });
});
