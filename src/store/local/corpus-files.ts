import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { Chunk } from '../../chunk/chunk-types.js';
import { normalizeForSearch } from '../../lang/zh/normalize.js';
import type { DocumentMeta, Heading, IngestWarning, SectionKind, Sentence } from '../../ingest/types.js';
import { arrayOf, readArrays, writeArrays, type StoredArray } from './array-file.js';
import { Bm25Index, type PackedBm25 } from './bm25.js';
import type { IndexedDocument } from '../corpus-repository.js';
import type { SearchData } from '../search-data.js';

/**
 * The corpus as an index stores it. corpus.json holds what is small and shared (document metadata,
 * the tables of section paths and periods, the lexical term lists); corpus.bin holds one column per
 * sentence and chunk field, ids as packed strings, each document's headings deflated, and the BM25
 * postings; texts.bin the sentence texts. Loaded, a sentence or chunk is an object of two fields
 * over those columns and a string is decoded when read: at 100 000 chunks (350 000 sentences) that
 * keeps the JS heap to tens of megabytes where one object and string per field cost hundreds.
 */
export const CORPUS_FILE = 'corpus.json';
export const CORPUS_ARRAYS_FILE = 'corpus.bin';
/** The chunk vectors as int8, written when the HNSW build finishes. */
export const QUANTIZED_FILE = 'vectors.i8';
/**
 * The sentence texts, UTF-16 end to end, read from disk when a text is asked for: the largest
 * column (30 MB at 100 000 chunks) and the one least often read, a few hundred texts a question.
 */
export const TEXTS_FILE = 'texts.bin';
const FORMAT = 7;

const KINDS: readonly SectionKind[] = ['result', 'plan', 'other'];
/** A sentence's flags byte: bit 0 heading, bit 1 source, bits 2–3 kind, bit 4 `endsPlanReview`. */
const KIND_SHIFT = 2;
const KIND_MASK = 3;
const ENDS_PLAN_REVIEW_FLAG = 1 << 4;
const SOURCES: ReadonlyArray<Sentence['source']> = ['text', 'table'];

type Encoding = 'latin1' | 'utf16le';

/** Where a string column's bytes are: in memory, or left in a file and read when asked for. */
interface ByteSource {
  readonly byteLength: number;
  decode(start: number, end: number, encoding: Encoding): string;
}

class MemoryBytes implements ByteSource {
  private readonly bytes: Buffer;
  constructor(data: Uint8Array) {
    this.bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  get byteLength(): number {
    return this.bytes.length;
  }
  decode(start: number, end: number, encoding: Encoding): string {
    return this.bytes.toString(encoding, start, end);
  }
}

// A file source keeps its descriptor for as long as the index is in use (a rebuild may delete the
// folder; an open descriptor still reads the old file) and closes it when the index is collected.
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

class FileBytes implements ByteSource {
  private readonly fd: number;
  readonly byteLength: number;
  constructor(file: string) {
    this.fd = openSync(file, 'r');
    closeWhenCollected.register(this, this.fd);
    this.byteLength = fstatSync(this.fd).size;
  }
  decode(start: number, end: number, encoding: Encoding): string {
    const buffer = Buffer.allocUnsafe(end - start);
    const read = readSync(this.fd, buffer, 0, end - start, start);
    if (read !== end - start) throw new Error(`short read of a text (${read} of ${end - start} bytes)`);
    return buffer.toString(encoding);
  }
}

/** Strings packed end to end in one byte array; one is decoded (a fresh JS string) per read. */
export class StringColumn {
  private readonly width: number;

  constructor(
    private readonly source: ByteSource,
    private readonly offsets: Uint32Array,
    readonly encoding: Encoding,
  ) {
    this.width = encoding === 'utf16le' ? 2 : 1;
    if (offsets[offsets.length - 1] * this.width !== source.byteLength) throw new Error('string column: offsets do not match its bytes');
  }

  static inMemory(data: Uint8Array, offsets: Uint32Array, encoding: Encoding): StringColumn {
    return new StringColumn(new MemoryBytes(data), offsets, encoding);
  }

  static inFile(file: string, offsets: Uint32Array, encoding: Encoding): StringColumn {
    return new StringColumn(new FileBytes(file), offsets, encoding);
  }

  static pack(values: readonly string[]): { data: Uint8Array; offsets: Uint32Array; encoding: Encoding } {
    // Ids are ASCII: one byte a character. Chinese text needs two (UTF-8 would need three).
    const encoding: Encoding = values.every((v) => !/[\u0100-\uffff]/.test(v)) ? 'latin1' : 'utf16le';
    const offsets = new Uint32Array(values.length + 1);
    values.forEach((v, i) => (offsets[i + 1] = offsets[i] + v.length));
    const data = Buffer.alloc(offsets[values.length] * (encoding === 'utf16le' ? 2 : 1));
    values.forEach((v, i) => data.write(v, offsets[i] * (encoding === 'utf16le' ? 2 : 1), encoding));
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), offsets, encoding };
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  get(i: number): string {
    return this.source.decode(this.offsets[i] * this.width, this.offsets[i + 1] * this.width, this.encoding);
  }
}

/** Columns of the sentences; StoredSentence and StoredChunk read through it. */
class CorpusColumns {
  /** Normalised texts recently asked for: bounded, so a long-running process does not keep them all. */
  private readonly norms = new Map<number, string>();

  constructor(
    readonly docIds: readonly string[],
    readonly titles: readonly string[],
    readonly sections: readonly string[][],
    readonly periods: readonly string[],
    readonly headingIds: StringColumn,
    readonly texts: StringColumn,
    /** Sentence ids without their "<docId>:" prefix. */
    readonly idSuffixes: StringColumn,
    readonly s: Readonly<Record<'doc' | 'paragraph' | 'index' | 'section' | 'heading' | 'period' | 'spanStart' | 'spanEnd', Int32Array>> & {
      flags: Uint8Array;
    },
    readonly c: Readonly<Record<'tokens' | 'section' | 'period' | 'offsets' | 'list', Int32Array>> & {
      kind: Uint8Array;
      idSuffixes: StringColumn;
    },
    readonly sentences: readonly Sentence[],
  ) {}

  sentenceId(i: number): string {
    return `${this.docIds[this.s.doc[i]]}:${this.idSuffixes.get(i)}`;
  }

  norm(i: number): string {
    let norm = this.norms.get(i);
    if (norm === undefined) {
      if (this.norms.size >= 20_000) this.norms.clear();
      norm = normalizeForSearch(this.texts.get(i));
      this.norms.set(i, norm);
    }
    return norm;
  }
}

export class StoredSentence implements Sentence {
  constructor(
    private readonly store: CorpusColumns,
    private readonly position: number,
  ) {}

  get id(): string {
    return this.store.sentenceId(this.position);
  }
  get docId(): string {
    return this.store.docIds[this.store.s.doc[this.position]];
  }
  get text(): string {
    return this.store.texts.get(this.position);
  }
  get norm(): string {
    return this.store.norm(this.position);
  }
  get paragraph(): number {
    return this.store.s.paragraph[this.position];
  }
  get index(): number {
    return this.store.s.index[this.position];
  }
  get section(): string[] {
    return this.store.sections[this.store.s.section[this.position]];
  }
  get headingId(): string | null {
    const h = this.store.s.heading[this.position];
    return h < 0 ? null : this.store.headingIds.get(h);
  }
  get isHeading(): boolean {
    return (this.store.s.flags[this.position] & 1) === 1;
  }
  get period(): string {
    return this.store.periods[this.store.s.period[this.position]];
  }
  get kind(): SectionKind {
    return KINDS[(this.store.s.flags[this.position] >> KIND_SHIFT) & KIND_MASK];
  }
  get source(): Sentence['source'] {
    return SOURCES[(this.store.s.flags[this.position] >> 1) & 1];
  }
  get span(): { start: number; end: number } {
    return { start: this.store.s.spanStart[this.position], end: this.store.s.spanEnd[this.position] };
  }
  get endsPlanReview(): boolean | undefined {
    return (this.store.s.flags[this.position] & ENDS_PLAN_REVIEW_FLAG) !== 0 ? true : undefined;
  }

  toJSON(): Sentence {
    const { id, docId, text, norm, paragraph, index, section, headingId, isHeading, period, kind, source, span, endsPlanReview } = this;
    const stored = { id, docId, text, norm, paragraph, index, section, headingId, isHeading, period, kind, source, span };
    return endsPlanReview ? { ...stored, endsPlanReview } : stored;
  }
}

export class StoredChunk implements Chunk {
  constructor(
    private readonly store: CorpusColumns,
    private readonly position: number,
  ) {}

  private get first(): number {
    return this.store.c.list[this.store.c.offsets[this.position]];
  }
  private members(): Sentence[] {
    const { offsets, list } = this.store.c;
    const out: Sentence[] = [];
    for (let i = offsets[this.position]; i < offsets[this.position + 1]; i++) out.push(this.store.sentences[list[i]]);
    return out;
  }

  get id(): string {
    return `${this.docId}:${this.store.c.idSuffixes.get(this.position)}`;
  }
  get docId(): string {
    return this.store.docIds[this.store.s.doc[this.first]];
  }
  get sentenceIds(): string[] {
    return this.members().map((s) => s.id);
  }
  get section(): string[] {
    return this.store.sections[this.store.c.section[this.position]];
  }
  get period(): string {
    return this.store.periods[this.store.c.period[this.position]];
  }
  get kind(): SectionKind {
    return KINDS[this.store.c.kind[this.position]];
  }
  get tokens(): number {
    return this.store.c.tokens[this.position];
  }
  get text(): string {
    return this.members()
      .map((s) => s.text)
      .join('');
  }
  /** As the chunker writes it: title and heading path, then the text. */
  get indexText(): string {
    return `${[this.store.titles[this.store.s.doc[this.first]], ...this.section].join(' › ')}\n${this.text}`;
  }

  toJSON(): Chunk {
    const { id, docId, sentenceIds, section, period, kind, text, indexText, tokens } = this;
    return { id, docId, sentenceIds, section, period, kind, text, indexText, tokens };
  }
}

/**
 * A document whose headings stay packed (compact JSON, deflated) until asked for: 70 000 heading
 * objects at 100 000 chunks were a third of the heap, and only a priorities question reads them,
 * a few documents at a time (inflating one document's headings takes tens of microseconds).
 */
export class StoredDocument implements IndexedDocument {
  constructor(
    readonly meta: DocumentMeta,
    private readonly packed: Buffer,
    private readonly offsets: Uint32Array,
    private readonly position: number,
  ) {}

  get headings(): Heading[] {
    const bytes = this.packed.subarray(this.offsets[this.position], this.offsets[this.position + 1]);
    const { k: keys, r: rows } = JSON.parse(inflateRawSync(bytes).toString('utf8')) as PackedHeadings;
    return rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i]])) as unknown as Heading);
  }

  toJSON(): IndexedDocument {
    return { meta: this.meta, headings: this.headings };
  }
}

/** Headings of one document as rows under one key list (the JSON of a list of objects repeats every key). */
interface PackedHeadings {
  k: string[];
  r: unknown[][];
}

function packHeadings(headings: readonly Heading[]): string {
  const keys = [...new Set(headings.flatMap((h) => Object.keys(h)))];
  return JSON.stringify({ k: keys, r: headings.map((h) => keys.map((key) => (h as unknown as Record<string, unknown>)[key] ?? null)) });
}

export interface CorpusStoreInput {
  documents: readonly IndexedDocument[];
  warnings: readonly IngestWarning[];
  sentences: readonly Sentence[];
  chunks: readonly Chunk[];
  search: SearchData;
}

/** Values that repeat (section paths, periods, heading ids) as a table and an index into it. */
class Interner<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly key: (value: T) => string) {}
  id(value: T): number {
    const k = this.key(value);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(k, id);
      this.values.push(value);
    }
    return id;
  }
}

function suffixAfter(id: string, docId: string): string {
  if (!id.startsWith(`${docId}:`)) throw new Error(`id ${id} does not start with its document id ${docId}`);
  return id.slice(docId.length + 1);
}

/** Writes corpus.json and corpus.bin; returns their size in bytes. */
export function writeCorpusStore(dir: string, input: CorpusStoreInput): number {
  const { sentences, chunks, search } = input;
  const docIndex = new Map(input.documents.map((d, i) => [d.meta.id, i]));
  const sections = new Interner<string[]>((s) => s.join('\u0000'));
  const periods = new Interner<string>((p) => p);
  const headings = new Interner<string>((h) => h);
  const n = sentences.length;
  const s = {
    doc: new Int32Array(n),
    paragraph: new Int32Array(n),
    index: new Int32Array(n),
    section: new Int32Array(n),
    heading: new Int32Array(n),
    period: new Int32Array(n),
    flags: new Uint8Array(n),
    spanStart: new Int32Array(n),
    spanEnd: new Int32Array(n),
  };
  sentences.forEach((x, i) => {
    const doc = docIndex.get(x.docId);
    if (doc === undefined) throw new Error(`sentence ${x.id} of unknown document ${x.docId}`);
    s.doc[i] = doc;
    s.paragraph[i] = x.paragraph;
    s.index[i] = x.index;
    s.section[i] = sections.id(x.section);
    s.heading[i] = x.headingId === null ? -1 : headings.id(x.headingId);
    s.period[i] = periods.id(x.period);
    s.flags[i] =
      (x.isHeading ? 1 : 0) |
      (SOURCES.indexOf(x.source) << 1) |
      (KINDS.indexOf(x.kind) << KIND_SHIFT) |
      (x.endsPlanReview ? ENDS_PLAN_REVIEW_FLAG : 0);
    const span = x.span;
    s.spanStart[i] = span.start;
    s.spanEnd[i] = span.end;
  });
  const m = chunks.length;
  const c = { tokens: new Int32Array(m), section: new Int32Array(m), period: new Int32Array(m), kind: new Uint8Array(m) };
  chunks.forEach((x, i) => {
    c.tokens[i] = x.tokens;
    c.section[i] = sections.id(x.section);
    c.period[i] = periods.id(x.period);
    c.kind[i] = KINDS.indexOf(x.kind);
    const first = search.chunkSentences.list[search.chunkSentences.offsets[i]];
    if (sentences[first]?.docId !== x.docId) throw new Error(`chunk ${x.id} does not start with a sentence of its document`);
  });
  const texts = StringColumn.pack(sentences.map((x) => x.text));
  const ids = StringColumn.pack(sentences.map((x) => suffixAfter(x.id, x.docId)));
  const chunkIds = StringColumn.pack(chunks.map((x) => suffixAfter(x.id, x.docId)));
  const headingIds = StringColumn.pack(headings.values);
  const headingJson = input.documents.map((d) => deflateRawSync(Buffer.from(packHeadings(d.headings))));
  const headingOffsets = new Uint32Array(headingJson.length + 1);
  headingJson.forEach((b, i) => (headingOffsets[i + 1] = headingOffsets[i] + b.length));
  const headingData = Buffer.concat(headingJson);
  const years = [...search.yearMentions.keys()].sort((a, b) => a - b);
  const yearOffsets = new Int32Array(years.length + 1);
  years.forEach((y, i) => (yearOffsets[i + 1] = yearOffsets[i] + search.yearMentions.get(y)!.length));
  const yearList = new Int32Array(yearOffsets[years.length]);
  years.forEach((y, i) => yearList.set(search.yearMentions.get(y)!, yearOffsets[i]));
  const chunkLexical = search.chunkLexical.pack();
  const sentenceLexical = search.sentenceLexical.pack();

  const json = JSON.stringify({
    format: FORMAT,
    documents: input.documents.map((d) => ({ meta: d.meta })),
    warnings: input.warnings,
    counts: { sentences: n, chunks: m, headingIds: headings.values.length },
    encodings: { texts: texts.encoding, ids: ids.encoding, chunkIds: chunkIds.encoding, headingIds: headingIds.encoding },
    tables: { sections: sections.values, periods: periods.values },
    years,
    lexical: { chunkTerms: chunkLexical.terms, sentenceTerms: sentenceLexical.terms },
  });
  writeFileSync(path.join(dir, CORPUS_FILE), json);
  writeFileSync(path.join(dir, TEXTS_FILE), texts.data);
  const binBytes = writeArrays(path.join(dir, CORPUS_ARRAYS_FILE), {
    ...prefixed('s', s),
    's.text.offsets': texts.offsets,
    's.id.data': ids.data,
    's.id.offsets': ids.offsets,
    ...prefixed('c', c),
    'c.id.data': chunkIds.data,
    'c.id.offsets': chunkIds.offsets,
    'h.id.data': headingIds.data,
    'h.id.offsets': headingIds.offsets,
    'd.headings.data': new Uint8Array(headingData.buffer, headingData.byteOffset, headingData.byteLength),
    'd.headings.offsets': headingOffsets,
    'c.offsets': search.chunkSentences.offsets,
    'c.list': search.chunkSentences.list,
    'y.offsets': yearOffsets,
    'y.list': yearList,
    ...packedArrays('cl', chunkLexical),
    ...packedArrays('sl', sentenceLexical),
  });
  return Buffer.byteLength(json) + binBytes + texts.data.byteLength;
}

function prefixed(prefix: string, arrays: Readonly<Record<string, StoredArray>>): Record<string, StoredArray> {
  return Object.fromEntries(Object.entries(arrays).map(([k, v]) => [`${prefix}.${k}`, v]));
}

function packedArrays(prefix: string, p: PackedBm25): Record<string, StoredArray> {
  return { [`${prefix}.offsets`]: p.offsets, [`${prefix}.df`]: p.df, [`${prefix}.postings`]: p.postings, [`${prefix}.lengths`]: p.lengths };
}

const EncodingSchema = z.enum(['latin1', 'utf16le']);
const StoredCorpusSchema = z.object({
  format: z.literal(FORMAT),
  documents: z.array(z.object({ meta: z.object({ id: z.string(), title: z.string(), issuer: z.string() }).passthrough() })),
  warnings: z.array(z.object({ file: z.string(), reason: z.string() })),
  counts: z.object({ sentences: z.number().int(), chunks: z.number().int(), headingIds: z.number().int() }),
  encodings: z.object({ texts: EncodingSchema, ids: EncodingSchema, chunkIds: EncodingSchema, headingIds: EncodingSchema }),
  tables: z.object({ sections: z.array(z.array(z.string())), periods: z.array(z.string()) }),
  years: z.array(z.number().int()),
  lexical: z.object({ chunkTerms: z.array(z.string()), sentenceTerms: z.array(z.string()) }),
});

export interface StoredCorpus {
  documents: StoredDocument[];
  warnings: IngestWarning[];
  sentences: StoredSentence[];
  chunks: StoredChunk[];
  search: SearchData;
}

/** Reads what `writeCorpusStore` wrote; throws when a file is missing, truncated or inconsistent. */
export function readCorpusStore(
  dir: string,
  counts: { sentences: number; chunks: number; documents: number },
  dimensions: number,
): StoredCorpus {
  const stored = StoredCorpusSchema.parse(JSON.parse(readFileSync(path.join(dir, CORPUS_FILE), 'utf8')));
  const n = stored.counts.sentences;
  const m = stored.counts.chunks;
  if (n !== counts.sentences || m !== counts.chunks || stored.documents.length !== counts.documents)
    throw new Error('corpus.json does not match its manifest');
  const arrays = readArrays(path.join(dir, CORPUS_ARRAYS_FILE));
  const i32 = (name: string, length?: number) => arrayOf(arrays, name, Int32Array, length);
  const u8 = (name: string, length?: number) => arrayOf(arrays, name, Uint8Array, length);
  const strings = (name: string, length: number, encoding: Encoding) =>
    StringColumn.inMemory(u8(`${name}.data`), arrayOf(arrays, `${name}.offsets`, Uint32Array, length + 1), encoding);
  const headingData = u8('d.headings.data');
  const headingOffsets = arrayOf(arrays, 'd.headings.offsets', Uint32Array, stored.documents.length + 1);
  if (headingOffsets[stored.documents.length] !== headingData.length)
    throw new Error('corpus.bin: heading offsets do not match their bytes');
  const headingBytes = Buffer.from(headingData.buffer, headingData.byteOffset, headingData.byteLength);
  const documents = stored.documents.map((d, i) => new StoredDocument(d.meta as unknown as DocumentMeta, headingBytes, headingOffsets, i));
  const headingIds = strings('h.id', stored.counts.headingIds, stored.encodings.headingIds);
  const { periods } = stored.tables;
  // A heading's text recurs in every deeper path; parsed JSON gives each occurrence its own string.
  const pool = new Map<string, string>();
  const intern = (x: string) => {
    const known = pool.get(x);
    if (known !== undefined) return known;
    pool.set(x, x);
    return x;
  };
  // Shared by many sentences: frozen so no reader can change another's section.
  const sections = stored.tables.sections.map((p) => Object.freeze(p.map(intern)) as string[]);
  const s = {
    doc: i32('s.doc', n),
    paragraph: i32('s.paragraph', n),
    index: i32('s.index', n),
    section: i32('s.section', n),
    heading: i32('s.heading', n),
    period: i32('s.period', n),
    flags: u8('s.flags', n),
    spanStart: i32('s.spanStart', n),
    spanEnd: i32('s.spanEnd', n),
  };
  const c = {
    tokens: i32('c.tokens', m),
    section: i32('c.section', m),
    period: i32('c.period', m),
    kind: u8('c.kind', m),
    offsets: i32('c.offsets', m + 1),
    list: i32('c.list'),
    idSuffixes: strings('c.id', m, stored.encodings.chunkIds),
  };
  const bad = (values: Int32Array | Uint8Array, limit: number, allowNegative = false) =>
    values.some((v) => v >= limit || (v < 0 && !allowNegative));
  if (
    bad(s.doc, documents.length) ||
    bad(s.section, sections.length) ||
    bad(s.period, periods.length) ||
    bad(s.heading, headingIds.length, true) ||
    s.flags.some((f) => ((f >> KIND_SHIFT) & KIND_MASK) >= KINDS.length || f >= ENDS_PLAN_REVIEW_FLAG << 1)
  ) {
    throw new Error('corpus.bin: a sentence points outside its tables');
  }
  if (
    c.offsets[m] !== c.list.length ||
    bad(c.list, n) ||
    bad(c.section, sections.length) ||
    bad(c.period, periods.length) ||
    bad(c.kind, KINDS.length)
  ) {
    throw new Error('corpus.bin: chunk columns are inconsistent');
  }
  for (let i = 0; i < m; i++) if (c.offsets[i + 1] <= c.offsets[i]) throw new Error(`corpus.bin: chunk ${i} has no sentences`);
  const sentences: StoredSentence[] = new Array(n);
  const chunks: StoredChunk[] = new Array(m);
  const columns = new CorpusColumns(
    documents.map((d) => d.meta.id),
    documents.map((d) => d.meta.title),
    sections,
    periods,
    headingIds,
    StringColumn.inFile(path.join(dir, TEXTS_FILE), arrayOf(arrays, 's.text.offsets', Uint32Array, n + 1), stored.encodings.texts),
    strings('s.id', n, stored.encodings.ids),
    s,
    c,
    sentences,
  );
  for (let i = 0; i < n; i++) sentences[i] = new StoredSentence(columns, i);
  for (let i = 0; i < m; i++) chunks[i] = new StoredChunk(columns, i);

  const yearOffsets = i32('y.offsets', stored.years.length + 1);
  const yearList = i32('y.list', yearOffsets[stored.years.length]);
  if (bad(yearList, n)) throw new Error('corpus.bin: year mentions point outside the sentences');
  const yearMentions = new Map(stored.years.map((y, i) => [y, yearList.subarray(yearOffsets[i], yearOffsets[i + 1])]));
  const lexical = (prefix: string, terms: string[], docs: number) =>
    Bm25Index.fromPacked({
      terms,
      offsets: arrayOf(arrays, `${prefix}.offsets`, Uint32Array, terms.length + 1),
      df: arrayOf(arrays, `${prefix}.df`, Uint32Array, terms.length),
      postings: arrayOf(arrays, `${prefix}.postings`, Uint8Array),
      lengths: arrayOf(arrays, `${prefix}.lengths`, Uint32Array, docs),
    });
  const vectorFile = path.join(dir, QUANTIZED_FILE);
  if (!existsSync(vectorFile)) throw new Error(`${QUANTIZED_FILE} missing`);
  const quantized = arrayOf(readArrays(vectorFile), 'quantized', Int8Array, m * dimensions);
  return {
    documents,
    warnings: stored.warnings,
    sentences,
    chunks,
    search: {
      chunkSentences: { offsets: c.offsets, list: c.list },
      chunkLexical: lexical('cl', stored.lexical.chunkTerms, m),
      sentenceLexical: lexical('sl', stored.lexical.sentenceTerms, n),
      yearMentions,
      quantized,
    },
  };
}
