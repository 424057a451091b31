import { describe, expect, it } from 'vitest';
import { govCorpusEngine } from '../support/engine.js';

describe('a trend sets like against like', () => {
  it("never puts a share, or a figure narrowed to a partner, among the indicator's years", async () => {
    const engine = await govCorpusEngine();
    // JS25 writes "对共建国家进出口占全省比重提升至47.5%" (2024): a share of one partner's trade, no year's 进出口总额.
    const answer = await engine.ask('这几年怎么变的', {
      history: ['江苏去年进出口多少', '增速呢'],
      today: new Date('2026-12-01'),
    });
    const lead = answer.text.split('\n').slice(0, 2).join('\n');
    expect(lead).toContain('进出口总额');
    expect(lead).not.toContain('47.5%');
    expect(answer.figures.filter((f) => f.citationId === answer.citations[0]?.id).every((f) => !/比重|占比/.test(f.indicator))).toBe(true);
  });
});
