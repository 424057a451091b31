import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeReport, MAX_REPORT_BYTES } from './decode.js';
import { contentHash } from './hash.js';
import { documentIdFromFile, inferMetadata } from './infer-metadata.js';
import { linksOutside } from './inside-folder.js';
import { ingestDocument } from './ingest-document.js';
import { MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest.js';
import { DocumentMetaSchema, type DocumentMeta, type IngestedCorpus, type IngestedDocument, type IngestWarning } from './types.js';

const REPORT_EXTENSIONS = /\.(txt|md|text)$/i;

export interface CorpusFile {
  file: string;
  bytes: Uint8Array;
  hash: string;
}

/** The report files of a corpus folder with their content hashes: what decides an index's freshness. */
export function listCorpusFiles(corpusDir: string): { files: CorpusFile[]; manifestRaw: string; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const names = readdirSync(corpusDir)
    .filter((f) => REPORT_EXTENSIONS.test(f) && !/^readme/i.test(f))
    .sort();
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

/** Reads every report of a folder; a bad file is reported with its reason and the rest still load. */
export function loadCorpus(corpusDir: string): IngestedCorpus {
  const listed = listCorpusFiles(corpusDir);
  const warnings: IngestWarning[] = [...listed.warnings];
  const manifest = readManifest(corpusDir);
  if (manifest.warning) warnings.push({ file: MANIFEST_FILE, reason: manifest.warning });
  const documents: IngestedDocument[] = [];
  const ids = new Set<string>();
  for (const { file, bytes, hash } of listed.files) {
    const decoded = decodeReport(bytes);
    if (!decoded.ok) {
      warnings.push({ file, reason: decoded.reason });
      continue;
    }
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
    const doc = ingestDocument(meta.meta, decoded.text, hash);
    // A GBK file is a normal government file, not a defect: its encoding is recorded, not warned about.
    doc.encoding = decoded.encoding;
    for (const w of doc.warnings) warnings.push({ file, reason: w });
    if (doc.sentences.length) documents.push(doc);
  }
  for (const file of manifest.entries.keys()) {
    if (!listed.files.some((f) => f.file === file)) warnings.push({ file: MANIFEST_FILE, reason: `entry for missing file ${file}` });
  }
  return { documents, warnings };
}

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
