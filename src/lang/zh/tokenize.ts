import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parentheticalReadings } from './parenthetical-alternatives.js';

const STOPWORDS = new Set(
  '的 了 和 与 及 等 是 在 为 对 将 把 被 以 于 并 或 也 还 就 都 而 又 其 之 这 那 有 个 中 上 下 年 多少 什么 哪些 哪 几 怎么 如何 是否 吗 呢 啊 请问 请 一下 情况 方面 分别 今年 去年 全年 全区 全市 全省 我们 the a an of in on for to and what which how is are was were did does do many much its it by with from as at'.split(
    ' ',
  ),
);

const NUMBER_UNIT = /^(\d+(?:\.\d+)?)(%|亿元|万元|元|亿美元|万美元|万人|万名|万件|万户|万套|万亩|万平方米|个百分点)$/;

/** Cuts text into search tokens; an index, its embedder and its queries share one. */
export type Tokenize = (text: string) => string[];

/**
 * The search tokenizer of one vocabulary: jieba's dictionary plus the words it must keep whole
 * (district names, indicator names: "钱塘区", "社会消费品零售总额"). Each index owns one, so two
 * engines over two corpora in one process never cut with each other's place names. Tokenizers of
 * the same vocabulary are one instance: loading jieba's dictionary takes half a second.
 */
export class SearchTokenizer {
  private static readonly byVocabulary = new Map<string, SearchTokenizer>();
  private readonly jieba: Jieba;
  readonly userWords: readonly string[];

  private constructor(userWords: readonly string[]) {
    this.userWords = userWords;
    this.jieba = Jieba.withDict(dict);
    if (userWords.length) this.jieba.loadDict(Buffer.from(userWords.map((w) => `${w} 100000 n`).join('\n')));
  }

  /** The tokenizer that keeps `words` whole (blank words and words with spaces are ignored). */
  static withWords(words: Iterable<string>): SearchTokenizer {
    const userWords = [...new Set([...words].filter((w) => w && !/\s/.test(w)))];
    const key = [...userWords].sort().join('\n');
    let tokenizer = SearchTokenizer.byVocabulary.get(key);
    if (!tokenizer) {
      tokenizer = new SearchTokenizer(userWords);
      SearchTokenizer.byVocabulary.set(key, tokenizer);
    }
    return tokenizer;
  }

  /**
   * Whether jieba's dictionary holds the word whole as a common noun ("纹身", "咖啡"): a thing named, where a word the
   * segmenter made up from its neighbours ("池有") or a word of asking or filling ("几家", "大概", "一共") is none.
   */
  readonly isDictionaryNoun = (word: string): boolean => {
    const tagged = this.jieba.tag(word, false);
    return tagged.length === 1 && tagged[0].tag === 'n';
  };

  /**
   * Search tokens: jieba's search-mode words (long words and their parts), lower-cased, NFKC, without
   * punctuation and stopwords, with a number and its unit also kept whole ("1416亿元" as well as "1416").
   */
  readonly tokenize: Tokenize = (text) => {
    // "R&D" would fall apart into "r" and "d"; the reports also write it 研发.
    const normalized = text.normalize('NFKC').toLowerCase().replace(/r&d/g, ' 研发 ');
    const out = this.searchTokens(normalized);
    // "国(境)外": the words of each reading of an alternative in parentheses (国外, 境外) that the text as printed lacks.
    const readings = parentheticalReadings(normalized);
    if (readings.length) {
      const seen = new Set(out);
      for (const reading of readings) {
        for (const w of this.searchTokens(reading)) {
          if (seen.has(w)) continue;
          seen.add(w);
          out.push(w);
        }
      }
    }
    return out;
  };

  private searchTokens(normalized: string): string[] {
    const words = this.jieba.cutForSearch(normalized, true);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = searchWord(words[i]);
      if (w === null) continue;
      out.push(w);
      if (!NUMBER.test(w)) continue;
      const next = words[i + 1];
      if (next && NUMBER_UNIT.test(w + next)) out.push(w + next);
    }
    return out;
  }
}

const NUMBER = /^\d+(\.\d+)?$/;
/**
 * jieba's words recur: each distinct one is trimmed and judged once. The verdict depends on the word
 * alone, not on any vocabulary, so every tokenizer shares it. Bounded, as queries add words.
 */
const searchWords = new Map<string, string | null>();
const SEARCH_WORDS_LIMIT = 200_000;

/** The word as a search token, or null for punctuation, symbols, spaces and stopwords. */
function searchWord(word: string): string | null {
  let verdict = searchWords.get(word);
  if (verdict !== undefined) return verdict;
  const w = word.trim();
  verdict = !w || /^[\p{P}\p{S}\s]+$/u.test(w) || STOPWORDS.has(w) ? null : w;
  if (searchWords.size >= SEARCH_WORDS_LIMIT) searchWords.clear();
  searchWords.set(word, verdict);
  return verdict;
}
