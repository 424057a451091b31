import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeReport, MAX_REPORT_BYTES } from './decode.js';
import { type Extraction, extractorFor } from './formats/format-registry.js';
import { contentHash } from './hash.js';
import { documentIdFromFile, inferMetadata } from './infer-metadata.js';
import { linksOutside } from './inside-folder.js';
import { ingestDocument } from './ingest-document.js';
import { MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest.js';
import { DocumentMetaSchema, type DocumentMeta, type IngestedCorpus, type IngestedDocument, type IngestWarning } from './types.js';

const REPORT_EXTENSIONS = /\.(txt|md|text)$/i;

/** A report file: plain text, or a format an extractor reads (PDF, Word, …). */
function isReportFile(file: string): boolean {
  return (REPORT_EXTENSIONS.test(file) || extractorFor(file) !== null) && !/^readme/i.test(file);
}

/** What the extractors made of a corpus's PDF, Word and other non-text files, by file name. */
export type Extractions = ReadonlyMap<string, Extraction>;

export interface CorpusFile {
  file: string;
  bytes: Uint8Array;
  hash: string;
}

/** The report files of a corpus folder with their content hashes: what decides an index's freshness. */
export function listCorpusFiles(corpusDir: string): { files: CorpusFile[]; manifestRaw: string; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const names = readdirSync(corpusDir).filter(isReportFile).sort();
  const files: CorpusFile[] = [];
  for (const file of names) {
    const full = path.join(corpusDir, file);
    try {
      if (linksOutside(corpusDir, full)) {
        warnings.push({ file, reason: 'symbolic link to a file outside the corpus folder (not read)' });
        continue;
      }
      const stat = statSync(full);
      if (!stat.isFile()) continue;
      // Checked before reading, so an absurdly large file is never loaded into memory.
      if (stat.size > MAX_REPORT_BYTES) {
        warnings.push({ file, reason: `too large (${stat.size} bytes, limit ${MAX_REPORT_BYTES})` });
        continue;
      }
      const bytes = readFileSync(full);
      files.push({ file, bytes, hash: contentHash(bytes) });
    } catch (error) {
      warnings.push({ file, reason: `unreadable (${(error as Error).message})` });
    }
  }
  const manifest = readManifest(corpusDir);
  return { files, manifestRaw: manifest.raw, warnings };
}

/**
 * Reads every report of a folder and every PDF, Word or other extracted file first through its
 * extractor (pdf.js is asynchronous): what an index is built from.
 */
export async function loadCorpusAsync(corpusDir: string): Promise<IngestedCorpus> {
  const listed = listCorpusFiles(corpusDir);
  const extractions = new Map<string, Extraction>();
  for (const { file, bytes } of listed.files) {
    const extractor = extractorFor(file);
    if (!extractor) continue;
    try {
      extractions.set(file, await extractor(bytes, file));
    } catch (error) {
      extractions.set(file, { ok: false, reason: `unreadable (${(error as Error).message})` });
    }
  }
  return ingestListed(corpusDir, listed, extractions);
}

/**
 * Reads every report of a folder; a bad file is reported with its reason and the rest still load.
 * Files that need an extractor are read only when their extractions are given (see loadCorpusAsync).
 */
export function loadCorpus(corpusDir: string, extractions: Extractions = new Map()): IngestedCorpus {
  return ingestListed(corpusDir, listCorpusFiles(corpusDir), extractions);
}

function ingestListed(corpusDir: string, listed: ReturnType<typeof listCorpusFiles>, extractions: Extractions): IngestedCorpus {
  const warnings: IngestWarning[] = [...listed.warnings];
  const manifest = readManifest(corpusDir);
  if (manifest.warning) warnings.push({ file: MANIFEST_FILE, reason: manifest.warning });
  const documents: IngestedDocument[] = [];
  const ids = new Set<string>();
  for (const { file, bytes, hash } of listed.files) {
    const decoded = extractorFor(file) ? (extractions.get(file) ?? NOT_EXTRACTED) : decodeReport(bytes);
    if (!decoded.ok) {
      warnings.push({ file, reason: decoded.reason });
      continue;
    }
    const pageStarts = 'pageStarts' in decoded ? decoded.pageStarts : undefined;
    const meta = resolveMetadata(file, decoded.text, manifest.entries.get(file));
    if (!meta.ok) {
      warnings.push({ file, reason: meta.reason });
      continue;
    }
    if (ids.has(meta.meta.id)) {
      warnings.push({ file, reason: `duplicate document id ${meta.meta.id}` });
      continue;
    }
    ids.add(meta.meta.id);
    const doc = ingestDocument(pageStarts ? { ...meta.meta, pageStarts } : meta.meta, decoded.text, hash);
    // A GBK file is a normal government file, not a defect: its encoding is recorded, not warned about.
    if ('encoding' in decoded) doc.encoding = decoded.encoding;
    if ('warnings' in decoded) for (const w of decoded.warnings) warnings.push({ file, reason: w });
    for (const w of doc.warnings) warnings.push({ file, reason: w });
    if (doc.sentences.length) documents.push(doc);
  }
  for (const file of manifest.entries.keys()) {
    if (!listed.files.some((f) => f.file === file)) warnings.push({ file: MANIFEST_FILE, reason: `entry for missing file ${file}` });
  }
  return { documents, warnings };
}

const NOT_EXTRACTED = {
  ok: false,
  reason: 'not extracted: PDF and Word files are read by the asynchronous loader (loadCorpusAsync)',
} as const;

function resolveMetadata(
  file: string,
  text: string,
  entry: ManifestEntry | undefined,
): { ok: true; meta: DocumentMeta } | { ok: false; reason: string } {
  const inferred = inferMetadata(file, text.split(/\r?\n/, 60));
  const candidate = {
    id: entry?.id ?? documentIdFromFile(file),
    file,
    title: entry?.title ?? inferred.title ?? file.replace(/\.[^.]+$/, ''),
    issuer: entry?.issuer ?? inferred.issuer ?? '',
    level: entry?.level ?? inferred.level ?? 'city',
    kind: entry?.kind ?? inferred.kind,
    publishedDate: entry?.publishedDate !== undefined ? entry.publishedDate : inferred.publishedDate,
    docYear: entry?.docYear !== undefined ? entry.docYear : inferred.docYear,
    reportsOn: entry?.reportsOn !== undefined ? entry.reportsOn : inferred.reportsOn,
    plansFor: entry?.plansFor !== undefined ? entry.plansFor : inferred.plansFor,
  };
  if (!candidate.issuer) return { ok: false, reason: 'issuer unknown: not in the title or opening lines; add a manifest entry' };
  const parsed = DocumentMetaSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: `metadata invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
  return { ok: true, meta: parsed.data };
}
