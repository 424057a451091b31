/**
 * Every figure the corpus yields: each sentence of the seed corpus and of the 20 external reports
 * read by extractFigures as an answer reads its citations (place, period, kind, section).
 */
import path from 'node:path';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import type { IngestedCorpus } from '../../src/ingest/types.js';
import { REPO_ROOT, realCorpus } from '../ingest/helpers.js';

export interface SweptFigure {
  figure: Figure;
  sentence: string;
  file: string;
}

const GOV_FOLDERS = ['national', 'provincial-2025', 'provincial-2026'] as const;

export function sweptCorpora(): IngestedCorpus[] {
  const govDir = path.join(REPO_ROOT, 'test/fixtures/gov-reports');
  return [realCorpus(), ...GOV_FOLDERS.map((d) => loadCorpus(path.join(govDir, d)))];
}

export function sweepFigures(corpora: readonly IngestedCorpus[] = sweptCorpora()): SweptFigure[] {
  const out: SweptFigure[] = [];
  for (const corpus of corpora) {
    for (const doc of corpus.documents) {
      for (const s of doc.sentences) {
        const figures = extractFigures({
          sentence: s.text,
          citationId: s.id,
          period: s.period,
          district: doc.meta.issuer,
          kind: s.kind,
          source: s.source,
          section: s.section.join(' › '),
        });
        for (const figure of figures) out.push({ figure, sentence: s.text, file: doc.meta.file });
      }
    }
  }
  return out;
}
