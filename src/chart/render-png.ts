import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, CHART_FONT_FILE } from './font.js';

/**
 * An SVG rasterised to PNG by resvg with the bundled CJK font only: system fonts are not loaded
 * (faster, and a chart looks the same on every machine), and any family the SVG names falls back
 * to Noto Sans SC, so Chinese text is glyphs, never boxes.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: [CHART_FONT_FILE],
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
