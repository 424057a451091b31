import type { DocumentMeta, IngestedDocument, Sentence } from './types.js';

/** The flat, self-describing form of a sentence that `corpus --jsonl` prints and reviewers read. */
export interface SentenceRecord {
  docId: string;
  title: string;
  /** The issuer: 钱塘区, 杭州市, 浙江省, 国务院 … */
  district: string;
  level: DocumentMeta['level'];
  docYear: number | null;
  period: string;
  kind: Sentence['kind'];
  /** Heading path joined with " › ". */
  section: string;
  paragraph: number;
  sentence: string;
  source: Sentence['source'];
}

export const SECTION_SEPARATOR = ' › ';

export function sentenceRecord(meta: DocumentMeta, sentence: Sentence): SentenceRecord {
  return {
    docId: meta.id,
    title: meta.title,
    district: meta.issuer,
    level: meta.level,
    docYear: meta.docYear,
    period: sentence.period,
    kind: sentence.kind,
    section: sentence.section.join(SECTION_SEPARATOR),
    paragraph: sentence.paragraph,
    sentence: sentence.text,
    source: sentence.source,
  };
}

export function sentenceRecords(doc: IngestedDocument): SentenceRecord[] {
  return doc.sentences.map((s) => sentenceRecord(doc.meta, s));
}
