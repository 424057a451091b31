import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * Draws an SVG's <text> as glyph paths from a per-process glyph cache, before resvg rasterises it.
 *
 * Why: resvg-js reads its font files from disk again for every glyph it outlines (fontdb without
 * memory mapping; strace shows one open and an 8 MB read of the Noto Sans SC file per glyph), so a
 * chart of ~190 glyphs cost 0.5–1 s of CPU. Here each distinct character is outlined by resvg once
 * (at 100 px, with its advance measured from a start- and an end-anchored copy), kept as a path, and
 * every later chart places cached glyphs with <use>: resvg then only fills paths.
 *
 * Layout is per character (advances, no kerning or shaping), which is exact for Chinese and close
 * enough for the digits, Latin words and punctuation of axis labels and captions. Handles the
 * shape ECharts' SSR writes: one text run per element with x, y, transform, text-anchor,
 * dominant-baseline, fill and a font-size in style.
 */

const REFERENCE_SIZE = 100;
const ROW = 200;
/** Distinct characters kept; a cache this full starts over (charts of ordinary text never get near). */
const MAX_GLYPHS = 6000;

interface Glyph {
  /** The path at REFERENCE_SIZE, origin on the alphabetic baseline; null for a blank. */
  d: string | null;
  advance: number;
  id: number;
}

export class GlyphCache {
  private readonly glyphs = new Map<string, Glyph>();
  private readonly baselineShifts = new Map<string, number>();
  private nextId = 0;

  constructor(private readonly font: NonNullable<ResvgRenderOptions['font']>) {}

  /** The same SVG with every <text> element replaced by cached glyph paths. */
  textToPaths(svg: string): string {
    const texts = [...svg.matchAll(TEXT_ELEMENT)];
    if (texts.length === 0) return svg;
    const runs = texts.map((m) => ({ match: m, attributes: attributesOf(m[1] ?? ''), text: decodeEntities(m[2] ?? '') }));
    const chars = new Set(runs.flatMap((r) => Array.from(r.text)));
    const baselines = new Set(runs.map((r) => r.attributes['dominant-baseline'] ?? 'alphabetic'));
    if (this.glyphs.size + chars.size > MAX_GLYPHS) this.glyphs.clear();
    this.learn(
      [...chars].filter((c) => !this.glyphs.has(c)),
      [...baselines].filter((b) => !this.baselineShifts.has(b)),
    );

    const used = new Map<string, Glyph>();
    let out = '';
    let last = 0;
    for (const run of runs) {
      out += svg.slice(last, run.match.index) + this.placeRun(run.attributes, run.text, used);
      last = (run.match.index ?? 0) + run.match[0].length;
    }
    out += svg.slice(last);
    const defs = [...used.values()].map((g) => `<path id="glyph${g.id}" d="${g.d}"/>`).join('');
    return out.replace(/<svg\b[^>]*>/, (open) => `${open}<defs>${defs}</defs>`);
  }

  private placeRun(a: Readonly<Record<string, string>>, text: string, used: Map<string, Glyph>): string {
    const size = Number(/font-size:\s*([\d.]+)px/.exec(a.style ?? '')?.[1] ?? a['font-size'] ?? 12);
    const scale = size / REFERENCE_SIZE;
    const chars = Array.from(text);
    const width = chars.reduce((w, c) => w + (this.glyphs.get(c)?.advance ?? 0), 0) * scale;
    const anchor = a['text-anchor'] ?? 'start';
    let x = Number(a.x ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
    const y = Number(a.y ?? 0) + (this.baselineShifts.get(a['dominant-baseline'] ?? 'alphabetic') ?? 0) * scale;
    const uses: string[] = [];
    for (const c of chars) {
      const glyph = this.glyphs.get(c);
      if (glyph === undefined) continue;
      if (glyph.d !== null) {
        used.set(c, glyph);
        uses.push(`<use xlink:href="#glyph${glyph.id}" transform="translate(${round(x)} ${round(y)}) scale(${scale})"/>`);
      }
      x += glyph.advance * scale;
    }
    const keep = ['transform', 'fill', 'fill-opacity', 'opacity']
      .filter((k) => a[k] !== undefined)
      .map((k) => ` ${k}="${a[k]}"`)
      .join('');
    return `<g${keep}>${uses.join('')}</g>`;
  }

  /** Outlines `chars` and measures `baselines` with one resvg pass (one font read per glyph, once). */
  private learn(chars: readonly string[], baselines: readonly string[]): void {
    if (chars.length === 0 && baselines.length === 0) return;
    const colour = (n: number) => `#${(n + 1).toString(16).padStart(6, '0')}`;
    const parts: string[] = [];
    // Each character start- and end-anchored (its outline, and its advance from the shift between
    // the two), and "中" + it end-anchored: the advance of a blank, which has no outline to shift.
    chars.forEach((c, i) => {
      const y = (i + 1) * ROW;
      const t = encodeEntities(c);
      const at = `x="0" y="${y}" font-size="${REFERENCE_SIZE}" xml:space="preserve"`;
      parts.push(`<text ${at} fill="${colour(3 * i)}">${t}</text>`);
      parts.push(`<text ${at} text-anchor="end" fill="${colour(3 * i + 1)}">${t}</text>`);
      parts.push(`<text ${at} text-anchor="end" fill="${colour(3 * i + 2)}">中${t}</text>`);
    });
    const probe = 3 * chars.length;
    const probes = ['alphabetic', ...baselines];
    const endAnchoredIdeograph = colour(probe + probes.length);
    parts.push(`<text x="0" y="0" font-size="${REFERENCE_SIZE}" text-anchor="end" fill="${endAnchoredIdeograph}">中</text>`);
    probes.forEach((b, j) => {
      parts.push(`<text x="0" y="0" font-size="${REFERENCE_SIZE}" dominant-baseline="${b}" fill="${colour(probe + j)}">中</text>`);
    });
    const height = (chars.length + 2) * ROW;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="${height}">${parts.join('')}</svg>`;
    const paths = new Map<string, string>();
    for (const m of new Resvg(svg, { font: this.font })
      .toString()
      .matchAll(/<path\b[^>]*?\bfill="(#[0-9a-fA-F]{6})"[^>]*?\bd="([^"]*)"/g)) {
      paths.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
    }
    const ideographEndX = firstPoint(paths.get(endAnchoredIdeograph) ?? 'M 0 0')[0];
    chars.forEach((c, i) => {
      const start = paths.get(colour(3 * i));
      const end = paths.get(colour(3 * i + 1));
      const id = this.nextId++;
      if (start === undefined || end === undefined) {
        const after = paths.get(colour(3 * i + 2));
        const advance = after === undefined ? 0 : ideographEndX - firstPoint(after)[0];
        this.glyphs.set(c, { d: null, advance: Math.max(0, advance), id });
        return;
      }
      this.glyphs.set(c, { d: shiftPath(start, 0, -(i + 1) * ROW), advance: firstPoint(start)[0] - firstPoint(end)[0], id });
    });
    const alphabetic = firstPoint(paths.get(colour(probe)) ?? 'M 0 0')[1];
    probes.forEach((b, j) => {
      this.baselineShifts.set(b, firstPoint(paths.get(colour(probe + j)) ?? 'M 0 0')[1] - alphabetic);
    });
  }
}

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;

function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

function firstPoint(d: string): [number, number] {
  const m = /M\s*(-?[\d.e-]+)[\s,]+(-?[\d.e-]+)/.exec(d);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Moves an absolute path (usvg writes only M, L, C, Q and Z, absolute) by dx, dy. */
function shiftPath(d: string, dx: number, dy: number): string {
  const tokens = d.trim().split(/[\s,]+/);
  const out: string[] = [];
  let axis = 0;
  for (const token of tokens) {
    if (/^[A-Za-z]$/.test(token)) {
      out.push(token);
      axis = 0;
      continue;
    }
    out.push(String(round(Number(token) + (axis === 0 ? dx : dy))));
    axis = 1 - axis;
  }
  return out.join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

function encodeEntities(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
