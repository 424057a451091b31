import { afterEach, describe, expect, it } from 'vitest';
import { OffThreadChartRenderer } from '../../src/chart/off-thread-renderer.js';
import { pngSize } from './png-header.js';
import { RANKING_EN, TREND_ZH } from './sample-charts.js';

describe('OffThreadChartRenderer', () => {
  let renderer: OffThreadChartRenderer | undefined;
  afterEach(async () => renderer?.close());

  it('renders charts in a worker thread, several at once, each to its own PNG', async () => {
    // A generous timeout: the worker's first chart loads ECharts and the fonts, slow on a loaded machine.
    renderer = new OffThreadChartRenderer({ size: { width: 800, height: 450 }, timeoutMs: 60_000 });
    const [a, b] = await Promise.all([renderer.render(TREND_ZH), renderer.render(RANKING_EN)]);
    expect(pngSize(a)).toEqual({ width: 800, height: 450 });
    expect(pngSize(b)).toEqual({ width: 800, height: 450 });
    expect(a.equals(b)).toBe(false);
  });

  it('rejects a chart that does not parse, and renders the next one', async () => {
    renderer = new OffThreadChartRenderer({ timeoutMs: 60_000 });
    await expect(renderer.render({ ...TREND_ZH, categories: [] })).rejects.toThrow(/categories|too_small|>=1/i);
    expect(pngSize(await renderer.render(RANKING_EN)).width).toBe(1000);
  });
});
