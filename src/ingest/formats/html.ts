import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { REPORT_TITLE } from '../../lang/zh/document-metadata-words.js';
import {
  CHROME_CONTAINER,
  CONTENT_CONTAINER,
  INFO_DATE,
  INFO_LINE,
  LINK_LIST_OPENER,
  MAX_CHROME_LINE_CHARS,
  MENU_LINE,
  NON_CONTENT_TAGS,
  TITLE_SEPARATORS,
  WEB_CHROME_LINE_RULES,
} from '../../lang/zh/web-chrome-words.js';

/**
 * A web page saved from a government portal (or fetched) → the report's text: the article body
 * without navigation, breadcrumbs, font switches, share bars, related links and footers. The text is
 * derived from the page, which stays the source of truth in the corpus.
 */

export type HtmlMethod = 'readability' | 'rules';

export interface HtmlOptions {
  /** The HTTP Content-Type header when the page was fetched: its charset wins over the page's own. */
  contentType?: string;
  /** Which body finder to use (default: readability, which measured better: bench/html-extraction.ts). */
  method?: HtmlMethod;
  /** Keep chrome lines (for measuring the body finder alone). */
  keepChromeLines?: boolean;
}

export interface HtmlExtraction {
  text: string;
  warnings: string[];
  title?: string;
  publishedDate?: string;
  encoding: string;
  /** Lines of the body finder's output dropped as chrome, with the rule that dropped each. */
  droppedLines: Array<{ line: string; meaning: string }>;
}

/** Measured on the saved portal pages (bench/html-extraction.ts): both drop all chrome with the line rules;
 * the container rules lose a split article's sibling parts, readability keeps them. */
export const DEFAULT_HTML_METHOD: HtmlMethod = 'readability';

const GB_LABELS = /^(?:gbk|gb2312|gb_2312(?:-80)?|gb18030|x-gbk|euc-cn|csgb2312|chinese|iso-ir-58)$/i;

/** The charset a Content-Type value names: "text/html; charset=GBK" → "gbk". */
export function charsetOfContentType(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** The charset the page declares in its first bytes: <meta charset="gbk"> or <meta http-equiv … charset=gb2312>. */
export function charsetOfPage(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct ? direct[1].toLowerCase() : null;
}

/** Decodes a page: BOM, then the header's charset, then the page's, then UTF-8 if valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): { html: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  const declared = charsetOfContentType(contentType) ?? charsetOfPage(bytes);
  // GB18030 is a superset of GBK and GB2312: portals that declare gb2312 often print GBK-only characters.
  if (declared && GB_LABELS.test(declared)) return { html: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: declared };
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared))
    return { html: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { html: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

type DomNode = { nodeType: number; nodeName: string; childNodes: ArrayLike<DomNode>; textContent: string | null };
type DomElement = DomNode & {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
};

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BR',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'CENTER',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'TBODY',
  'THEAD',
]);

/** The text of a subtree, one line per block element: paragraphs, headings, list items and table cells. */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // An explicit stack: a deeply nested page must not overflow the call stack.
  const stack: Array<{ node: DomNode; closing: boolean }> = [{ node: root, closing: false }];
  while (stack.length) {
    const { node, closing } = stack.pop() as { node: DomNode; closing: boolean };
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (closing) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, closing: true });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
  flush();
  return lines;
}

function chineseChars(text: string): number {
  return (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
}

function attributes(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

/**
 * The portal's body finder: drop elements that never hold text and containers named as chrome, then
 * take the container whose own paragraphs hold the most Chinese text (a content-named container wins ties).
 */
function rulesBody(document: DomElement): string[] {
  for (const tag of NON_CONTENT_TAGS) for (const el of Array.from(document.querySelectorAll(tag))) el.remove();
  const all = Array.from(document.querySelectorAll('*'));
  for (const el of all) {
    const names = attributes(el);
    if (names && CHROME_CONTAINER.test(names) && !CONTENT_CONTAINER.test(names)) el.remove();
  }
  const scores = new Map<DomElement, number>();
  for (const p of Array.from(document.querySelectorAll('p, h2, h3, h4, h5, h6, td, li, br'))) {
    const parent = (p as unknown as { parentElement: DomElement | null }).parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + chineseChars(p.nodeName === 'BR' ? '' : (p.textContent ?? '')));
  }
  // Text written straight into a container (lines separated by <br>) counts for that container.
  for (const el of Array.from(document.querySelectorAll('div, td, section, article'))) {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join('');
    if (own.trim()) scores.set(el, (scores.get(el) ?? 0) + chineseChars(own));
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const bonus = CONTENT_CONTAINER.test(attributes(el)) ? 1.2 : 1;
    if (score * bonus > bestScore) {
      best = el;
      bestScore = score * bonus;
    }
  }
  const body = document.querySelector('body') ?? document;
  return blockLines(best && bestScore >= 200 ? best : body);
}

function readabilityBody(html: string): string[] {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return [];
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  return blockLines(content as unknown as DomNode);
}

/** The article's title: a report-shaped <h1>, the page's ArticleTitle meta, or <title> without the site's name. */
function titleOf(document: DomElement): string | undefined {
  const candidates = [
    ...Array.from(document.querySelectorAll('h1, h2, .title')).map((el) => el.textContent ?? ''),
    document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '',
    ...(document.querySelector('title')?.textContent ?? '').split(TITLE_SEPARATORS),
  ];
  return candidates.map((t) => t.replace(/\s+/g, ' ').trim()).find((t) => t.length >= 4 && t.length <= 80 && REPORT_TITLE.test(t));
}

function publishedDateOf(document: DomElement, lines: readonly string[]): string | undefined {
  const meta = document.querySelector('meta[name="PubDate"], meta[name="pubdate"], meta[property="article:published_time"]');
  const fromMeta = /(\d{4})-(\d{2})-(\d{2})/.exec(meta?.getAttribute('content') ?? '');
  if (fromMeta) return `${fromMeta[1]}-${fromMeta[2]}-${fromMeta[3]}`;
  for (const line of lines) {
    const m = INFO_DATE.exec(line);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return undefined;
}

/** Drops chrome lines from a body finder's output; a link list after "相关链接" goes with its opener. */
export function dropChromeLines(lines: readonly string[]): { kept: string[]; dropped: Array<{ line: string; meaning: string }> } {
  const kept: string[] = [];
  const dropped: Array<{ line: string; meaning: string }> = [];
  let inLinkList = false;
  for (const line of lines) {
    const short = line.length <= MAX_CHROME_LINE_CHARS;
    if (inLinkList && short && !/[。；！？]$/.test(line)) {
      dropped.push({ line, meaning: 'related links' });
      continue;
    }
    inLinkList = false;
    const rule = short ? WEB_CHROME_LINE_RULES.find((r) => r.pattern.test(line)) : undefined;
    if (rule) {
      dropped.push({ line, meaning: rule.meaning });
      inLinkList = LINK_LIST_OPENER.test(line);
      continue;
    }
    if (short && (INFO_LINE.test(line) || MENU_LINE.test(line))) {
      dropped.push({ line, meaning: INFO_LINE.test(line) ? 'page info line' : 'menu of links' });
      continue;
    }
    kept.push(line);
  }
  return { kept, dropped };
}

/**
 * The report text of a web page: its title, its publication date as a metadata line, then the
 * article's paragraphs, one a line with blank lines between (as a report saved as text).
 */
export function extractHtml(bytes: Uint8Array, options: HtmlOptions = {}): HtmlExtraction {
  const warnings: string[] = [];
  const { html, encoding } = decodeHtml(bytes, options.contentType);
  const { document } = parseHTML(html);
  const doc = document as unknown as DomElement;
  const title = titleOf(doc);
  const method = options.method ?? DEFAULT_HTML_METHOD;
  let body = method === 'readability' ? readabilityBody(html) : rulesBody(doc);
  if (!body.length && method === 'readability') {
    warnings.push('readability found no article; the page rules were used');
    body = rulesBody(parseHTML(html).document as unknown as DomElement);
  }
  // The info line ("发布时间：2025-01-22 来源：…") usually sits outside the article the body finder kept.
  const publishedDate = publishedDateOf(doc, blockLines(parseHTML(html).document as unknown as DomNode).slice(0, 60));
  const { kept, dropped } = options.keepChromeLines ? { kept: body, dropped: [] } : dropChromeLines(body);
  if (!kept.some((l) => chineseChars(l) > 0)) warnings.push('no Chinese text found in the page (is it a report page?)');
  const lines = [...kept];
  if (title && lines[0]?.replace(/\s/g, '') !== title.replace(/\s/g, '')) lines.unshift(title);
  if (publishedDate) lines.splice(1, 0, `发布日期：${publishedDate}`);
  return { text: `${lines.join('\n\n')}\n`, warnings, title, publishedDate, encoding, droppedLines: dropped };
}
