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
  private starts: Int32Array | null = null;

  /** Where each sentence starts in the joined text. */
  private sentenceStarts(): Int32Array {
    if (!this.starts) {
      const sentences = this.corpus.sentences;
      this.starts = new Int32Array(sentences.length);
      let at = 0;
      for (let i = 0; i < sentences.length; i++) {
        this.starts[i] = at;
        at += sentences[i].text.length + 1;
      }
    }
    return this.starts;
  }

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
      // Found in the joined text, not sentence by sentence: a sentence's text is decoded each time it is read. A word
      // never holds the line break that joins them, so no match spans two sentences.
      const text = this.corpusText();
      const starts = this.sentenceStarts();
      if (word && !word.includes('\n'))
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.add(sentenceAt(starts, at));
      else if (word) for (let i = 0; i < starts.length; i++) if (this.corpus.sentences[i].text.includes(word)) found.add(i);
      if (this.sentencesOf.size >= REMEMBERED_WORDS) this.sentencesOf.clear();
      this.sentencesOf.set(word, found);
    }
    return found;
  }
}

/** The sentence a position of the joined text falls in: the last that starts at or before it. */
function sentenceAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
