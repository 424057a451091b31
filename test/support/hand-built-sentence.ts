import type { Sentence } from '../../src/ingest/types.js';

/** A result sentence of 2024 as the corpus stores it, hand-built for the retrieval rules; fields as given override. */
export function resultSentenceOf(norm: string, over: Partial<Sentence> = {}): Sentence {
  return {
    id: 's1',
    docId: 'd1',
    text: norm,
    norm,
    paragraph: 0,
    index: 0,
    section: [],
    headingId: null,
    isHeading: false,
    period: '2024',
    kind: 'result',
    source: 'text',
    span: { start: 0, end: norm.length },
    ...over,
  };
}
