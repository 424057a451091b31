import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The CJK font every chart is drawn with: Noto Sans SC (Regular) from the @embedpdf/fonts-sc
 * package, so `npm install` alone brings it and rendering never depends on the machine's fonts.
 * The package exports only its index (dist/index.cjs), so the font is found beside it, in ../fonts.
 * createRequire rather than import.meta.resolve: it resolves the same way under tsx and vitest.
 */
export const CHART_FONT_FILE: string = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
  'NotoSansHans-Regular.otf',
);

/** The family name inside that file (its OpenType name table, id 16); the SVG's text asks for it by name. */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';
