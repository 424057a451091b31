import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY, CHART_FONT_FILE } from '../../src/chart/font.js';
import { GlyphCache } from '../../src/chart/text-to-paths.js';

const FONT = { loadSystemFonts: false, fontFiles: [CHART_FONT_FILE], defaultFontFamily: CHART_FONT_FAMILY };

/** Text as ECharts' SSR writes it: anchors, the central baseline, a transform, size in style. */
const SVG = `<svg width="300" height="120" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<rect width="300" height="120" fill="#ffffff"></rect>
<text dominant-baseline="central" text-anchor="middle" style="font-size:20px;font-family:${CHART_FONT_FAMILY};" transform="translate(150 30)" fill="#222222">钱塘区历年增速</text>
<text dominant-baseline="central" text-anchor="end" style="font-size:13px;font-family:${CHART_FONT_FAMILY};" transform="translate(290 70)" fill="#54555a">6.5% &amp; 2024年</text>
<text dominant-baseline="central" text-anchor="start" style="font-size:12px;font-family:${CHART_FONT_FAMILY};" y="6" transform="translate(10 96)" fill="#555555">来源：钱塘区 报告</text>
</svg>`;

function pixels(svg: string): Uint8Array {
  return new Resvg(svg, { font: FONT }).render().pixels;
}

describe('GlyphCache.textToPaths', () => {
  it('replaces every text element with cached glyphs', () => {
    const drawn = new GlyphCache(FONT).textToPaths(SVG);
    expect(drawn).not.toMatch(/<text/);
    // 钱塘区历年增速 · 6.5% & 2024年 · 来源：钱塘区 报告, blanks excepted, each a placed glyph.
    expect(drawn.match(/<use /g)).toHaveLength(7 + 10 + 8);
  });

  it('draws the text where resvg itself would, pixel for pixel within anti-aliasing', () => {
    const cache = new GlyphCache(FONT);
    const direct = pixels(SVG);
    const cached = pixels(cache.textToPaths(SVG));
    expect(cached.length).toBe(direct.length);
    let inked = 0;
    let differing = 0;
    for (let i = 0; i < direct.length; i += 4) {
      const a = direct[i] ?? 0;
      const b = cached[i] ?? 0;
      if (a < 200) inked++;
      if (Math.abs(a - b) > 64) differing++;
    }
    expect(inked).toBeGreaterThan(500);
    expect(differing / inked).toBeLessThan(0.05);
    // A second pass uses the cache and draws the same.
    expect(pixels(cache.textToPaths(SVG))).toEqual(cached);
  });
});
