import { z } from 'zod';

export const LEVELS = ['national', 'province', 'city', 'district'] as const;
export const DOC_KINDS = ['plan-execution-report', 'government-work-report', 'illustrated-summary', 'other'] as const;

export const DocumentMetaSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  level: z.enum(LEVELS),
  kind: z.enum(DOC_KINDS),
  publishedDate: z.string().nullable(),
  /** The year the report is delivered in and plans for ("2026年浙江省政府工作报告" → 2026). */
  docYear: z.number().int().nullable(),
  /** The year whose results the report gives, when it gives any. */
  reportsOn: z.number().int().nullable(),
  /** The year whose targets and tasks the report sets. */
  plansFor: z.number().int().nullable(),
  /** For a paged source (PDF): offsets in the extracted text where pages 1, 2, … begin; a citation's page is read from it. */
  pageStarts: z.array(z.number().int()).optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export type SectionKind = 'result' | 'plan' | 'other';

/** Periods are labels: "2024", "2025Q1", "2025H1", "2021-2025", "2035". */
export interface PeriodRange {
  from: number;
  to: number;
  /** Sub-year part, when the period is a quarter or half ("Q1", "H1", "Q1-3"). */
  part: string | null;
}

export interface Heading {
  id: string;
  text: string;
  depth: number;
  /** Full heading path including this heading. */
  path: string[];
  period: string;
  kind: SectionKind;
  /** Paragraph index of the heading in the document. */
  paragraph: number;
  /** Ordinal of the heading's numbering (一 → 1, (3) → 3), when numbered. */
  ordinal: number | null;
  /** Numbering style, so headings of one list can be told from another. */
  style: string;
}

export interface Sentence {
  id: string;
  docId: string;
  /** Display text: the report's words as printed, minus spam and layout breaks. */
  text: string;
  /** NFKC, no whitespace: what search and matching compare. */
  norm: string;
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
  section: string[];
  headingId: string | null;
  isHeading: boolean;
  period: string;
  kind: SectionKind;
  source: 'text' | 'table';
  /** Source character span [start, end) in the decoded file text. */
  span: { start: number; end: number };
  /**
   * Labelled the year a look back on the five years ends in ("五年来，…" then "164条…产值占全省比重超50%"): the level
   * the five years end on, so a question about the plan may take it too. Absent when false.
   */
  endsPlanReview?: boolean;
}

export interface IngestStats {
  sentences: number;
  paragraphs: number;
  sections: number;
  spamRemoved: number;
  chromeLinesRemoved: number;
  duplicatesDropped: number;
  tableRows: number;
}

export interface IngestedDocument {
  meta: DocumentMeta;
  contentHash: string;
  source: string;
  sentences: Sentence[];
  headings: Heading[];
  stats: IngestStats;
  warnings: string[];
  /** How the file's bytes were decoded, when it was read from a file; GB18030 covers GBK. */
  encoding?: 'utf-8' | 'utf-16' | 'gb18030';
}

export interface IngestWarning {
  file: string;
  reason: string;
}

export interface IngestedCorpus {
  documents: IngestedDocument[];
  warnings: IngestWarning[];
}
