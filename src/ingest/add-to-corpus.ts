import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeReport, MAX_REPORT_BYTES } from './decode.js';
import { fetchReport, isHttpUrl, type FetchOptions } from './fetch-url.js';
import { extractorFor } from './formats/format-registry.js';
import { contentHash } from './hash.js';
import { documentIdFromFile, inferMetadata } from './infer-metadata.js';
import { ingestDocument } from './ingest-document.js';
import { MANIFEST_FILE, ManifestSchema, readManifest, type ManifestEntry } from './manifest.js';
import { DocumentMetaSchema, type DocumentMeta } from './types.js';
import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';

/**
 * One way in for a report: a file, a URL or bytes (a Slack upload) is copied into the corpus folder
 * as it was published; its text is derived from it whenever the corpus is read, never stored beside it.
 */

export type AddSource = string | { bytes: Uint8Array; fileName: string; contentType?: string };

export interface AddOptions {
  source: AddSource;
  corpusDir: string;
  id?: string;
  issuer?: string;
  /** The year the report is delivered in (its docYear): 2025 for "2025年政府工作报告". */
  year?: number;
  maxBytes?: number;
  fetch?: FetchOptions;
}

export interface AddSummary {
  sections: number;
  sentences: number;
  tableRows: number;
  warnings: string[];
}

export interface AddResult {
  /** The file's name inside the corpus folder. */
  file: string;
  meta: DocumentMeta;
  summary: AddSummary;
  /** False when the same bytes were already in the corpus under this name. */
  copied: boolean;
}

/** Text from a report's bytes, by its type; the types the corpus reads. */
type Extractor = (
  bytes: Uint8Array,
  contentType?: string,
) => Promise<{ text: string; warnings: string[] } | { error: string }> | { text: string; warnings: string[] } | { error: string };

/** PDF and Word, through the corpus loader's own extractors. */
const viaRegistry =
  (extension: string): Extractor =>
  async (bytes) => {
    const extract = extractorFor(`report${extension}`);
    if (!extract) return { error: `no extractor for ${extension}` };
    const out = await extract(bytes, `report${extension}`);
    return out.ok ? { text: out.text, warnings: out.warnings } : { error: out.reason };
  };

const EXTRACTORS: ReadonlyArray<{ extensions: readonly string[]; extract: Extractor }> = [
  {
    extensions: ['.txt', '.md', '.text'],
    extract: (bytes) => {
      const decoded = decodeReport(bytes);
      return decoded.ok ? { text: decoded.text, warnings: [] } : { error: decoded.reason };
    },
  },
  {
    extensions: ['.html', '.htm'],
    extract: async (bytes, contentType) => {
      const { extractHtml } = await import('./formats/html.js');
      const page = extractHtml(bytes, { contentType });
      return { text: page.text, warnings: page.warnings };
    },
  },
  { extensions: ['.pdf'], extract: viaRegistry('.pdf') },
  { extensions: ['.docx'], extract: viaRegistry('.docx') },
];

export const SUPPORTED_EXTENSIONS: readonly string[] = EXTRACTORS.flatMap((e) => e.extensions);

export class AddRefused extends Error {}

async function readSource(
  source: AddSource,
  maxBytes: number,
  fetchOptions: FetchOptions | undefined,
): Promise<{ bytes: Uint8Array; fileName: string; contentType?: string }> {
  if (typeof source !== 'string') {
    if (source.bytes.length > maxBytes) throw new AddRefused(`too large (${source.bytes.length} bytes, limit ${maxBytes})`);
    return source;
  }
  if (isHttpUrl(source)) {
    const fetched = await fetchReport(source, { maxBytes, ...fetchOptions }).catch((error: Error) => {
      throw new AddRefused(error.message);
    });
    return { bytes: fetched.bytes, fileName: fetched.fileName, contentType: fetched.contentType ?? undefined };
  }
  if (!existsSync(source)) throw new AddRefused(`no such file: ${source}`);
  const stat = statSync(source);
  if (!stat.isFile()) throw new AddRefused(`not a file: ${source}`);
  // Checked before reading, so an absurdly large file is never loaded into memory.
  if (stat.size > maxBytes) throw new AddRefused(`too large (${stat.size} bytes, limit ${maxBytes})`);
  return { bytes: readFileSync(source), fileName: path.basename(source) };
}

/** Metadata as the corpus would infer it, with what the person adding the report said on top. */
function metadataOf(fileName: string, text: string, options: AddOptions, entry: ManifestEntry | undefined): DocumentMeta {
  const inferred = inferMetadata(fileName, text.split(/\r?\n/, 60));
  let { docYear, reportsOn, plansFor } = {
    docYear: entry?.docYear ?? inferred.docYear,
    reportsOn: entry?.reportsOn ?? inferred.reportsOn,
    plansFor: entry?.plansFor ?? inferred.plansFor,
  };
  if (options.year !== undefined) {
    docYear = options.year;
    reportsOn = options.year - 1;
    plansFor = options.year;
  }
  const issuer = options.issuer ?? entry?.issuer ?? inferred.issuer;
  if (!issuer) throw new AddRefused('issuer unknown: not in the title or opening lines; say it with --issuer 临平区');
  const candidate = {
    id: options.id ?? entry?.id ?? documentIdFromFile(fileName),
    file: fileName,
    title: entry?.title ?? inferred.title ?? fileName.replace(/\.[^.]+$/, ''),
    issuer,
    level:
      entry?.level ?? (options.issuer && options.issuer !== inferred.issuer ? levelOfName(options.issuer) : (inferred.level ?? 'city')),
    kind: entry?.kind ?? inferred.kind,
    publishedDate: entry?.publishedDate !== undefined ? entry.publishedDate : inferred.publishedDate,
    docYear,
    reportsOn,
    plansFor,
  };
  const parsed = DocumentMetaSchema.safeParse(candidate);
  if (!parsed.success)
    throw new AddRefused(`metadata invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The level an issuer's name implies: 临平区 a district, 杭州市 a city, 浙江省 a province. */
function levelOfName(issuer: string): DocumentMeta['level'] {
  if (issuer === NATIONAL_ISSUER) return 'national';
  if (/(省|自治区)$/.test(issuer) || ['北京市', '上海市', '天津市', '重庆市'].includes(issuer)) return 'province';
  if (/(区|县)$/.test(issuer)) return 'district';
  return 'city';
}

/**
 * Adds a report to a corpus folder: reads it (file, URL or bytes), refuses an unsupported type or an
 * oversize file, ingests it to say what was understood, copies the original into the folder and, when
 * the corpus keeps a manifest (or the caller named metadata), records its entry there.
 */
export async function addToCorpus(options: AddOptions): Promise<AddResult> {
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  const { bytes, fileName, contentType } = await readSource(options.source, maxBytes, options.fetch);
  const extension = path.extname(fileName).toLowerCase();
  const extractor = EXTRACTORS.find((e) => e.extensions.includes(extension));
  if (!extractor) throw new AddRefused(`unsupported type "${extension || fileName}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  if (!bytes.length) throw new AddRefused('empty file');
  const extracted = await extractor.extract(bytes, contentType);
  if ('error' in extracted) throw new AddRefused(extracted.error);

  const manifest = readManifest(options.corpusDir);
  if (manifest.warning) throw new AddRefused(`${MANIFEST_FILE}: ${manifest.warning}; fix it first`);
  const meta = metadataOf(fileName, extracted.text, options, manifest.entries.get(fileName));
  const clash = [...manifest.entries.values()].find((e) => e.id === meta.id && e.file !== fileName);
  if (clash) throw new AddRefused(`id ${meta.id} is already ${clash.file}'s; choose another with --id`);

  const hash = contentHash(bytes);
  const doc = ingestDocument(meta, extracted.text, hash);
  if (!doc.sentences.length)
    throw new AddRefused(`no sentences found in ${fileName}${extracted.warnings.length ? ` (${extracted.warnings.join('; ')})` : ''}`);

  const target = path.join(options.corpusDir, fileName);
  let copied = true;
  if (existsSync(target)) {
    if (contentHash(readFileSync(target)) !== hash)
      throw new AddRefused(`${fileName} is already in the corpus with other content; rename the new file or remove the old one`);
    copied = false;
  } else {
    writeFileSync(target, bytes);
  }
  const named = options.id !== undefined || options.issuer !== undefined || options.year !== undefined;
  if (manifest.raw || named) writeManifestEntry(options.corpusDir, manifest.raw, meta);
  return {
    file: fileName,
    meta,
    copied,
    summary: {
      sections: doc.stats.sections,
      sentences: doc.stats.sentences,
      tableRows: doc.stats.tableRows,
      warnings: [...extracted.warnings, ...doc.warnings],
    },
  };
}

/** Adds or replaces the file's entry, keeping every other entry (and its notes) as it was. */
function writeManifestEntry(corpusDir: string, raw: string, meta: DocumentMeta): void {
  const documents: ManifestEntry[] = raw ? ManifestSchema.parse(JSON.parse(raw)).documents : [];
  const entry: ManifestEntry = { ...meta };
  const at = documents.findIndex((d) => d.file === meta.file);
  if (at >= 0) documents[at] = { ...documents[at], ...entry };
  else documents.push(entry);
  writeFileSync(path.join(corpusDir, MANIFEST_FILE), `${JSON.stringify({ documents }, null, 2)}\n`);
}
