import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, CHART_FONT_FILE } from './font.js';
import { GlyphCache } from './text-to-paths.js';

/**
 * resvg's fonts: the bundled CJK font only. System fonts are not loaded (faster, and a chart looks
 * the same on every machine), and any family the SVG names falls back to Noto Sans SC, so Chinese
 * text is glyphs, never boxes.
 */
const FONT: NonNullable<ResvgRenderOptions['font']> = {
  loadSystemFonts: false,
  fontFiles: [CHART_FONT_FILE],
  defaultFontFamily: CHART_FONT_FAMILY,
  sansSerifFamily: CHART_FONT_FAMILY,
};

/** One per process (per worker thread): glyphs outlined once serve every later chart. */
const glyphs = new GlyphCache(FONT);

/** An SVG rasterised to PNG by resvg, its text drawn from the glyph cache (see text-to-paths.ts for why). */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(glyphs.textToPaths(svg), { background: '#ffffff', fitTo: { mode: 'original' }, font: FONT });
  return resvg.render().asPng();
}
