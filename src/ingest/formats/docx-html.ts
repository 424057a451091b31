/**
 * The few HTML shapes mammoth writes (flat h1–h6, p, ul/ol > li, table > tr > td/th), read as blocks.
 * Not a general HTML parser: mammoth's output is well formed and never nests paragraphs.
 */
export type HtmlBlock = { kind: 'text'; html: string } | { kind: 'table'; rows: string[][] };

const BLOCK = /<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>|<table\b[^>]*>([\s\S]*?)<\/table>/gi;

export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  for (const m of html.matchAll(BLOCK)) {
    if (m[3] === undefined) {
      blocks.push({ kind: 'text', html: m[2] });
      continue;
    }
    const rows: string[][] = [];
    for (const row of m[3].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells = [...row[1].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) =>
        decodeEntities(c[1].replace(/<br\s*\/?>|<\/p>/gi, ' ').replace(/<[^>]*>/g, '')),
      );
      rows.push(cells);
    }
    blocks.push({ kind: 'table', rows });
  }
  return blocks;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
