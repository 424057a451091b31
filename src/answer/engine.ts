import { createHash } from 'node:crypto';
import { openIndex, type EmbedderChoice, type IndexData } from '../index/index-store.js';
import type { Sentence } from '../ingest/types.js';
import { DEFAULT_RETRIEVER, Retriever, type RetrieverOptions } from '../retrieve/retriever.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { composeText, notFoundText } from './compose.js';
import { corpusCoverage, coverageText, type CoverageEntry } from './coverage.js';
import { inheritFromHistory } from './follow-up.js';
import { AnswerSchema, type Answer, type AskContext, type AskEngine, type Citation } from './schema.js';

export interface EngineOptions {
  corpusDir: string;
  indexDir: string;
  embedder?: EmbedderChoice;
  retriever?: RetrieverOptions;
  log?: (message: string) => void;
  onProgress?: (done: number, total: number, stage: string) => void;
  rebuild?: boolean;
}

/** The question-answering engine every surface uses: retrieval, then the answer's parts. */
export class Engine implements AskEngine {
  private readonly coverage: CoverageEntry[];

  private constructor(readonly retriever: Retriever) {
    this.coverage = corpusCoverage(retriever.data.sentences, (id) => retriever.issuerOf(id));
  }

  static async open(options: EngineOptions): Promise<Engine> {
    const { index } = await openIndex(options);
    return Engine.fromIndex(index, options.retriever);
  }

  static fromIndex(index: IndexData, retriever: RetrieverOptions = DEFAULT_RETRIEVER): Engine {
    return new Engine(new Retriever(index, retriever));
  }

  get corpusCoverage(): readonly CoverageEntry[] {
    return this.coverage;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const history = (context.history ?? []).map((q) => this.retriever.understand(q));
    const query = inheritFromHistory(this.retriever.understand(question), history);
    const outcome = await this.retriever.retrieve(query);
    const id = answerId(question, context);
    const understood = { places: query.places, years: query.years, intent: query.intent };
    if (outcome.kind === 'notFound') {
      return AnswerSchema.parse({
        id,
        question,
        notFound: true,
        text: notFoundText(query, outcome.reason, coverageText(this.coverage)),
        citations: [],
        figures: [],
        priorities: [],
        coverage: this.coverage,
        understood,
      });
    }
    const citations = outcome.sentences.map((s) => this.citation(s.sentence, s.score));
    return AnswerSchema.parse({
      id,
      question,
      notFound: false,
      text: composeText(query, citations, null),
      citations,
      figures: [],
      priorities: [],
      understood,
    });
  }

  understand(question: string): UnderstoodQuery {
    return this.retriever.understand(question);
  }

  citation(s: Sentence, score: number): Citation {
    const doc = this.retriever.data.documents.find((d) => d.meta.id === s.docId)!;
    const year = /^(\d{4})/.exec(s.period);
    return {
      id: s.id,
      docId: s.docId,
      title: doc.meta.title,
      district: doc.meta.issuer,
      year: year ? Number(year[1]) : null,
      period: s.period,
      kind: s.kind,
      section: s.section.join(' › '),
      paragraph: s.paragraph,
      sentence: s.text,
      source: s.source,
      score: Math.round(score * 1000) / 1000,
    };
  }

  /** The paragraph around each cited sentence, for "Show passages". */
  async passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    const out = [];
    for (const id of citationIds) {
      const s = this.retriever.sentence(id);
      if (!s) continue;
      const doc = this.retriever.data.documents.find((d) => d.meta.id === s.docId)!;
      const paragraph = this.retriever.data.sentences.filter((x) => x.docId === s.docId && x.paragraph === s.paragraph).map((x) => x.text).join('');
      out.push({ citationId: id, title: doc.meta.title, section: s.section.join(' › '), text: paragraph });
    }
    return out;
  }
}

function answerId(question: string, context: AskContext): string {
  return createHash('sha1').update(`${question}\u0000${(context.history ?? []).join('\u0001')}\u0000${Date.now()}`).digest('hex').slice(0, 12);
}
