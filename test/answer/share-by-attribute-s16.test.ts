import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/index.js';
import { asksForShare } from '../../src/lang/zh/asked-shape-words.js';
import { govFirstLine } from '../support/engine.js';

/**
 * "89.4%的公园实现24小时开放": a bare rate before 的 is the share of what the rest of its clause describes — a
 * share by its grammar, whatever its name — and the "24小时" that says the parks never close is no amount.
 */
const read = (sentence: string) =>
  extractFigures({ sentence, citationId: '1', period: '2025', district: '上海市', kind: 'result', source: 'text' });
const today = new Date('2026-12-03');

describe('a share written as a rate of the things after it', () => {
  it('is named by the clause after 的 and read as a share; the hours are no figure', () => {
    const figures = read('新增公园127座，提前建成千座公园城市，累计达到1100座，89.4%的公园实现24小时开放。');
    expect(figures.find((f) => f.unit === '%')).toMatchObject({ indicator: '公园实现24小时开放', value: 89.4, shape: 'share' });
    expect(figures.map((f) => f.unit)).not.toContain('小时');
    expect(figures.filter((f) => f.unit !== '%').every((f) => f.shape === undefined)).toBe(true);
  });

  it('is no share when a name stands before the rate', () => {
    const [f] = read('森林覆盖率达到62%的水平');
    expect(f.shape).toBeUndefined();
  });

  it('answers a share asked, where a count of the same things does not', () => {
    const figures = read('累计达到1100座，89.4%的公园实现24小时开放。').map((f) => ({ ...f, indicator: f.indicator }));
    const kept = preferAskedShape('多少比例的公园24小时开放', figures);
    expect(kept.map((f) => f.value)).toEqual([89.4]);
  });

  it('is asked in more words than 占比: "…的比例是多少"', () => {
    expect(asksForShare('上海公园24小时开放的比例是多少')).toBe(true);
    expect(asksForShare('上海多少比例的公园24小时开放')).toBe(true);
    expect(asksForShare('上海公园有多少座')).toBe(false);
  });

  it('leads on the reports', async () => {
    for (const q of ['上海多少比例的公园24小时开放', '上海公园24小时开放的比例是多少'])
      expect(await govFirstLine(q, today), q).toContain('89.4%');
  });
});
