import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chunkDocument } from '../src/chunk/chunker.js';
import { seededRandom } from '../src/embed/linear-algebra.js';
import { contentHash } from '../src/ingest/hash.js';
import { ingestDocument } from '../src/ingest/ingest-document.js';
import { loadCorpus } from '../src/ingest/load-corpus.js';
import type { DocumentMeta, IngestedDocument, Sentence } from '../src/ingest/types.js';
import { glossary, placeAliases } from '../src/lang/zh/glossary.js';

/**
 * A large corpus made from the real reports: every generated report is one real report rewritten
 * for another issuer and year, its numbers perturbed, its sub-sections shuffled and renumbered, and
 * about a fifth of its body sentences swapped for sentences of other reports of the same kind
 * (result or plan). The swaps matter: without them the corpus would be a few hundred copies of five
 * texts, and vector search over near-identical copies measures nothing a real archive would show.
 */
export const SCALE_CORPUS_VERSION = 1;
export const DEFAULT_SCALE_SIZES = [1_000, 10_000, 100_000] as const;

export interface ScaleCorpusInfo {
  version: number;
  dir: string;
  targetChunks: number;
  chunks: number;
  documents: number;
  sentences: number;
  bytes: number;
  sourceHash: string;
  generatedMs: number;
}

interface TemplateSentence {
  text: string;
  template: number;
}

interface Paragraph {
  heading: boolean;
  sentences: TemplateSentence[];
}

interface SectionNode {
  heading: Paragraph | null;
  depth: number;
  body: Paragraph[];
  children: SectionNode[];
}

interface Template {
  meta: DocumentMeta;
  root: SectionNode;
  /** The issuer's names as they appear in the text, longest first. */
  names: string[];
  shortName: string;
}

interface Target {
  issuer: string;
  short: string;
  level: DocumentMeta['level'];
  /** The character that forms 全区/全市/全省/全县 for the target. */
  unit: string;
}

const SWAP_PROBABILITY = 0.2;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2028;
const PLAN_NAMES = ['十一五', '十二五', '十三五', '十四五', '十五五', '十六五'];
/** Words that contain a place name without naming the issuer ("钱塘江" is a river). */
const PROTECTED = ['钱塘江'];

export function scaleCorpusDir(root: string, size: number): string {
  return path.join(root, '.cache', 'scale-corpus', String(size));
}

/** The cached corpus of that size when it is complete and of this generator version, else null. */
export function cachedScaleCorpus(dir: string, sourceHash: string): ScaleCorpusInfo | null {
  const marker = path.join(dir, '.complete.json');
  if (!existsSync(marker)) return null;
  try {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as ScaleCorpusInfo;
    return info.version === SCALE_CORPUS_VERSION && info.sourceHash === sourceHash ? { ...info, dir } : null;
  } catch {
    return null;
  }
}

export function sourceCorpusHash(sourceDir: string): string {
  const files = readdirSync(sourceDir)
    .filter((f) => /\.(txt|md|text|json)$/i.test(f))
    .sort();
  return contentHash(files.map((f) => `${f}\u0000${contentHash(readFileSync(path.join(sourceDir, f)))}`).join('\n')).slice(0, 16);
}

export interface ScaleCorpusOptions {
  sourceDir: string;
  /** Cache root: the corpus goes into <root>/.cache/scale-corpus/<size>/. */
  root: string;
  chunks: number;
  seed?: number;
  log?: (message: string) => void;
}

/** Generates (or reuses from the cache) a corpus of at least `chunks` chunks. */
export function ensureScaleCorpus(options: ScaleCorpusOptions): ScaleCorpusInfo {
  const log = options.log ?? (() => {});
  const dir = scaleCorpusDir(options.root, options.chunks);
  const sourceHash = sourceCorpusHash(options.sourceDir);
  const cached = cachedScaleCorpus(dir, sourceHash);
  if (cached) {
    log(`scale-corpus: reusing ${dir} (${cached.documents} reports, ${cached.chunks} chunks)`);
    return cached;
  }
  const t0 = performance.now();
  const templates = loadTemplates(options.sourceDir);
  const pools = sentencePools(templates);
  const targets = targetPlaces();
  const random = seededRandom(options.seed ?? 20250701);
  const slots = shuffle(documentSlots(templates, targets), random);

  // Written beside the final folder and renamed at the end, so a killed run never leaves a corpus
  // that looks complete.
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const manifest: DocumentMeta[] = [];
  let chunks = 0;
  let sentences = 0;
  let bytes = 0;
  let n = 0;
  for (const slot of slots) {
    if (chunks >= options.chunks) break;
    const template = templates[slot.template];
    const target = targets[slot.target];
    const delta = slot.year - (template.meta.docYear ?? slot.year);
    const id = `r${String(n).padStart(5, '0')}-p${String(slot.target).padStart(2, '0')}-${kindKey(template.meta.kind)}-${slot.year}`;
    const meta = generatedMeta(template, target, delta, id, templates);
    const text = renderDocument(template, target, delta, templates, pools, random);
    const doc = ingestDocument(meta, text, contentHash(text));
    if (!doc.sentences.length) continue;
    writeFileSync(path.join(staging, meta.file), text);
    manifest.push(meta);
    chunks += chunkDocument(doc).length;
    sentences += doc.sentences.length;
    bytes += Buffer.byteLength(text);
    n++;
    if (n % 100 === 0) log(`scale-corpus: ${n} reports, ${chunks}/${options.chunks} chunks`);
  }
  if (chunks < options.chunks) log(`scale-corpus: warning: only ${chunks} chunks from ${slots.length} issuer × year × kind slots`);
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify({ documents: manifest }, null, 1));
  const info: ScaleCorpusInfo = {
    version: SCALE_CORPUS_VERSION,
    dir,
    targetChunks: options.chunks,
    chunks,
    documents: manifest.length,
    sentences,
    bytes,
    sourceHash,
    generatedMs: Math.round(performance.now() - t0),
  };
  writeFileSync(path.join(staging, '.complete.json'), JSON.stringify(info, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  log(
    `scale-corpus: wrote ${manifest.length} reports, ${chunks} chunks, ${(bytes / 1e6).toFixed(1)} MB to ${dir} in ${info.generatedMs} ms`,
  );
  return info;
}

function kindKey(kind: DocumentMeta['kind']): string {
  return { 'plan-execution-report': 'plan', 'government-work-report': 'work', 'illustrated-summary': 'illus', other: 'other' }[kind];
}

function loadTemplates(sourceDir: string): Template[] {
  const corpus = loadCorpus(sourceDir);
  return corpus.documents.map((doc, index) => {
    const names = [...placeAliases(doc.meta.issuer).filter((a) => /[\u4e00-\u9fff]/.test(a))];
    // The reports call Qiantang's predecessor 钱塘新区; it is the same issuer.
    if (doc.meta.issuer === '钱塘区') names.push('钱塘新区');
    const shortName = doc.meta.issuer.replace(/(区|市|县|省)$/, '');
    return { meta: doc.meta, root: sectionTree(doc, index), names: [...new Set(names)].sort((a, b) => b.length - a.length), shortName };
  });
}

/** The document's paragraphs as a tree of headed sections, from the ingested section paths. */
function sectionTree(doc: IngestedDocument, template: number): SectionNode {
  const root: SectionNode = { heading: null, depth: 0, body: [], children: [] };
  const stack: SectionNode[] = [root];
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (const sentences of [...byParagraph.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list)) {
    const first = sentences[0];
    const depth = first.section.length;
    const paragraph: Paragraph = { heading: first.isHeading, sentences: sentences.map((s) => ({ text: s.text, template })) };
    while (stack.length > 1 && stack[stack.length - 1].depth >= (first.isHeading ? depth : depth + 1)) stack.pop();
    if (first.isHeading && depth > 0) {
      const node: SectionNode = { heading: paragraph, depth, body: [], children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    } else {
      stack[stack.length - 1].body.push(paragraph);
    }
  }
  return root;
}

/** Body sentences of every template by kind, for the cross-report swaps. */
function sentencePools(templates: Template[]): Map<string, TemplateSentence[]> {
  const pools = new Map<string, TemplateSentence[]>();
  templates.forEach((t) => {
    visit(
      t.root,
      (node, kind) => {
        for (const p of node.body) {
          const list = pools.get(kind) ?? [];
          list.push(...p.sentences.filter((s) => s.text.length >= 12));
          pools.set(kind, list);
        }
      },
      'other',
    );
  });
  return pools;
}

/** Kind of a subtree, guessed from its heading the way a reader would: results first, then plans. */
function sectionKind(heading: Paragraph | null, parentKind: string): string {
  const text = heading?.sentences[0]?.text ?? '';
  if (/目标|任务|计划草案|安排|措施|思路|打算|202[0-9]年(工作|重点)/.test(text) && !/执行情况|回顾/.test(text)) return 'plan';
  if (/执行情况|回顾|成绩|完成/.test(text)) return 'result';
  return parentKind;
}

function visit(node: SectionNode, f: (node: SectionNode, kind: string) => void, parentKind: string): void {
  const kind = sectionKind(node.heading, parentKind);
  f(node, kind);
  for (const child of node.children) visit(child, f, kind);
}

function targetPlaces(): Target[] {
  return glossary()
    .places.filter((p) => p.name !== '国务院')
    .map((p) => {
      const unit = /自治区$/.test(p.name) ? '区' : p.name.slice(-1);
      const level: DocumentMeta['level'] =
        unit === '省' || /自治区$/.test(p.name) ? 'province' : /区$|县$/.test(p.name) ? 'district' : 'city';
      const short = p.name.replace(/(壮族|回族|维吾尔)?(自治区|省|市|区|县)$/, '');
      return { issuer: p.name, short: short.length >= 2 ? short : p.name, level, unit };
    });
}

interface Slot {
  template: number;
  target: number;
  year: number;
}

/** One report per issuer, year and kind: an archive holds one plan report of 宁波市 for 2019, not three. */
function documentSlots(templates: Template[], targets: Target[]): Slot[] {
  const byKind = new Map<string, number[]>();
  templates.forEach((t, i) => byKind.set(t.meta.kind, [...(byKind.get(t.meta.kind) ?? []), i]));
  const slots: Slot[] = [];
  for (let target = 0; target < targets.length; target++) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const options of byKind.values()) slots.push({ template: options[(target + year) % options.length], target, year });
    }
  }
  return slots;
}

function generatedMeta(template: Template, target: Target, delta: number, id: string, templates: Template[]): DocumentMeta {
  const rewrite = rewriter(templates, target, delta, () => 0.5, false);
  const shift = (y: number | null) => (y === null ? null : y + delta);
  return {
    id,
    file: `${id}.txt`,
    title: rewrite({ text: template.meta.title, template: templates.indexOf(template) }),
    issuer: target.issuer,
    level: target.level,
    kind: template.meta.kind,
    publishedDate: template.meta.publishedDate
      ? `${Number(template.meta.publishedDate.slice(0, 4)) + delta}${template.meta.publishedDate.slice(4)}`
      : null,
    docYear: shift(template.meta.docYear),
    reportsOn: shift(template.meta.reportsOn),
    plansFor: shift(template.meta.plansFor),
  };
}

function renderDocument(
  template: Template,
  target: Target,
  delta: number,
  templates: Template[],
  pools: Map<string, TemplateSentence[]>,
  random: () => number,
): string {
  const rewrite = rewriter(templates, target, delta, random, true);
  const lines: string[] = [rewrite({ text: template.meta.title, template: templates.indexOf(template) })];
  if (template.meta.publishedDate)
    lines.push(`发布日期:${Number(template.meta.publishedDate.slice(0, 4)) + delta}${template.meta.publishedDate.slice(4)}`);
  const paragraphText = (p: Paragraph, kind: string) => {
    const pool = pools.get(kind) ?? [];
    return p.sentences
      .map((s, i) => {
        const lead = p.heading && i === 0;
        const swapped =
          !lead && pool.length && s.text.length >= 12 && random() < SWAP_PROBABILITY ? pool[Math.floor(random() * pool.length)] : s;
        return rewrite(swapped);
      })
      .join('');
  };
  const emit = (node: SectionNode, parentKind: string, position: number | null) => {
    const kind = sectionKind(node.heading, parentKind);
    if (node.heading) {
      const text = paragraphText(node.heading, kind);
      lines.push(position === null ? text : renumber(text, position));
    }
    for (const p of node.body) lines.push(paragraphText(p, kind));
    // The top level keeps its order (results before plans); below it, sibling sections are shuffled.
    const children = node.depth >= 1 ? shuffle(node.children, random) : node.children;
    children.forEach((child, i) => emit(child, kind, node.depth >= 1 ? i + 1 : null));
  };
  emit(template.root, 'other', null);
  return `${lines.join('\n')}\n`;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Gives a shuffled heading the number of its new position, in its own numbering style. */
function renumber(text: string, n: number): string {
  const cn = CN_DIGITS[n] ?? String(n);
  return text
    .replace(/^([(（])[一二三四五六七八九十]+([)）])/, `$1${cn}$2`)
    .replace(/^[一二三四五六七八九十]+、/, `${cn}、`)
    .replace(/^\d+([.．、])(?!\d)/, `${n}$1`)
    .replace(/^([(（])\d+([)）])/, `$1${n}$2`);
}

function planIndex(year: number): number {
  return Math.floor((year - 2006) / 5);
}

/**
 * Rewrites a sentence of one template for the target: issuer names and the unit words that go with
 * them (全区 → 全市), years shifted (five-year plans by whole plans), other numbers scaled by a
 * random factor with their decimals kept.
 */
function rewriter(
  templates: Template[],
  target: Target,
  delta: number,
  random: () => number,
  perturb: boolean,
): (s: TemplateSentence) => string {
  const planShift = (year: number) => planIndex(year + delta) - planIndex(year);
  return ({ text, template }) => {
    const t = templates[template];
    const baseYear = t.meta.docYear ?? 2024;
    const shift = planShift(baseYear);
    let out = text;
    const shields = PROTECTED.map((w, i) => [w, `\u0001${i}\u0001`] as const);
    for (const [w, s] of shields) out = out.split(w).join(s);
    // 杭州市钱塘区 → 宁波市 when the target is not a district of Hangzhou.
    if (t.meta.level === 'district' && target.level !== 'district')
      out = out.replace(new RegExp(`杭州市?(${t.names.map(escapeRegExp).join('|')})`, 'g'), '$1');
    for (const name of t.names) out = out.split(name).join(name.length > t.shortName.length ? target.issuer : target.short);
    const unit = t.meta.level === 'city' ? '市' : '区';
    if (unit !== target.unit)
      out = out.replace(new RegExp(`(全|我|本|该)${unit}|${unit}(委|政府|人民政府|人大|政协|级|属)`, 'g'), (m) =>
        m.replace(unit, target.unit),
      );
    for (const [w, s] of shields) out = out.split(s).join(w);
    out = out.replace(/十([一二三四五六])五/g, (m) => {
      const i = PLAN_NAMES.indexOf(m);
      return i < 0 ? m : (PLAN_NAMES[Math.max(0, Math.min(PLAN_NAMES.length - 1, i + shift))] ?? m);
    });
    // One pass, so a plan horizon ("2021-2025") moves by whole plans in step with "十四五" while a
    // lone year moves by the report's shift and any other number is scaled.
    out = out.replace(
      /(?<![\d.])(20\d{2})([-—–至~])(20\d{2})(?![\d.])|(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(?![\d.A-Za-z])/g,
      (
        m,
        from: string | undefined,
        sep: string | undefined,
        to: string | undefined,
        num: string | undefined,
        offset: number,
        whole: string,
      ) => {
        if (from && to) return `${Number(from) + 5 * shift}${sep}${Number(to) + 5 * shift}`;
        if (!num) return m;
        const value = Number(num);
        if (/^(19[5-9]\d|20[0-4]\d)$/.test(num)) return String(value + delta);
        if (!perturb) return m;
        // Numbering at the start of a heading ("1.") stays as it is.
        if (offset === 0 && /^[.．、]/.test(whole.slice(num.length))) return m;
        const decimals = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
        const scaled = value * (0.75 + 0.55 * random());
        return decimals ? scaled.toFixed(decimals) : String(Math.max(value >= 1 ? 1 : 0, Math.round(scaled)));
      },
    );
    return out;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
