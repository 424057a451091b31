import type { CorpusRepository } from '../store/corpus-repository.js';

/** Past this many, how often the corpus writes a word no longer orders a translation's headwords. */
const COUNT_CAP = 1000;

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

  timesWritten(word: string): number {
    const known = this.counts.get(word);
    if (known !== undefined) return known;
    this.text ??= this.corpus.sentences.map((s) => s.text).join('\n');
    let times = 0;
    if (word) for (let at = this.text.indexOf(word); at >= 0 && times < COUNT_CAP; at = this.text.indexOf(word, at + word.length)) times++;
    this.counts.set(word, times);
    return times;
  }
}
