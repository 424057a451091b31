import type { CorpusRepository } from '../store/corpus-repository.js';

/** Past this many, how often the corpus writes a word no longer orders a translation's headwords. */
const COUNT_CAP = 1000;
/**
 * Words remembered at most: a bot that runs for months meets ever new words, and a common word's
 * sentence list is thousands of entries. Past this, what was remembered is forgotten and recounted.
 */
const REMEMBERED_WORDS = 5000;

/**
 * How many times the corpus's sentences write a word, counted up to COUNT_CAP and remembered: an
 * English question's dictionary headwords are kept when the reports write them, the most written
 * first. The sentences are joined on the first count, so a process with no English question never
 * pays for it.
 */
export class CorpusWordCounts {
  private text: string | null = null;
  private readonly counts = new Map<string, number>();

  constructor(private readonly corpus: Pick<CorpusRepository, 'sentences'>) {}

  /** The corpus's sentences joined, one a line: read on first use. */
  corpusText(): string {
    this.text ??= this.corpus.sentences.map((s) => s.text).join('\n');
    return this.text;
  }

  timesWritten(word: string): number {
    const known = this.counts.get(word);
    if (known !== undefined) return known;
    this.text ??= this.corpusText();
    let times = 0;
    if (word) for (let at = this.text.indexOf(word); at >= 0 && times < COUNT_CAP; at = this.text.indexOf(word, at + word.length)) times++;
    if (this.counts.size >= REMEMBERED_WORDS) this.counts.clear();
    this.counts.set(word, times);
    return times;
  }

  private readonly sentencesOf = new Map<string, Set<number>>();

  /**
   * In how many sentences the corpus writes both words (an English word's headwords are chosen by the
   * question's other readings written beside them). Each word's sentences are listed once and kept.
   */
  writtenTogether(a: string, b: string): number {
    const [small, large] = [this.sentencesWith(a), this.sentencesWith(b)].sort((x, y) => x.size - y.size);
    let both = 0;
    for (const i of small) if (large.has(i)) both++;
    return both;
  }

  private sentencesWith(word: string): Set<number> {
    let found = this.sentencesOf.get(word);
    if (!found) {
      found = new Set();
      const sentences = this.corpus.sentences;
      if (word) for (let i = 0; i < sentences.length; i++) if (sentences[i].text.includes(word)) found.add(i);
      if (this.sentencesOf.size >= REMEMBERED_WORDS) this.sentencesOf.clear();
      this.sentencesOf.set(word, found);
    }
    return found;
  }
}
