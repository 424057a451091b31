import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { derivationBases } from './english-derivations.js';
import { escapeRegExp } from '../zh/regexp.js';
import { ENGLISH_QUALIFIERS, QUALIFIED_PRONOUNS } from './english-qualifiers.js';
import { keySpellings } from './english-spellings.js';
import { ANSWER_LENGTH_PHRASES, ENGLISH_STOP_WORDS } from './stop-words.js';
import type { EnglishTerm } from './english-terms.js';

/**
 * An English → Chinese reverse lexicon made from CC-CEDICT (scripts/make-english-lexicon.mjs,
 * src/lang/en/SOURCE.md): an English question's content words the glossary does not know
 * ("loans outstanding", "services trade") find the report's Chinese wording (贷款, 服务 贸易).
 */

/**
 * The file's shape, checked at its top level only: validating each of its ~54,000 entries would
 * cost more than reading it (the script that writes it is the only writer).
 */
const LexiconFileSchema = z.object({
  source: z.string(),
  entries: z.custom<Record<string, string[]>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
});

/** src/lang/en/english-report-senses.json: the reports' Chinese for dictionary words whose headwords miss it. */
const ReportSensesSchema = z.object({
  about: z.string(),
  senses: z.record(z.string(), z.array(z.string())),
  aboutWordings: z.string(),
  wordings: z.record(z.string(), z.array(z.string())),
});

let wordings: Readonly<Record<string, readonly string[]>> | undefined;
/** The sense phrases read whole, per list of glossary terms: which phrases hold a term depends on the list. */
const sensePhrasesByTerms = new Map<string, EnglishTerm[]>();

let senseFile: z.infer<typeof ReportSensesSchema> | null = null;
/** english-report-senses.json, read and checked once. */
function reportSenses(): z.infer<typeof ReportSensesSchema> {
  senseFile ??= ReportSensesSchema.parse(JSON.parse(readFileSync(new URL('./english-report-senses.json', import.meta.url), 'utf8')));
  return senseFile;
}

/**
 * The report senses written as phrases that the dictionary reading cannot read whole: longer than its
 * longest key ("regular high school" → 普通高中), holding a stop word, where it cuts a run ("processing
 * time" → 办理时限: "time" is one), or holding a shorter glossary term, which is read first ("cut costs"
 * → 减负, not only "cut" → 下降). They are read before the dictionary's words, as whole phrases; a plural
 * head noun reads as its singular, a British spelling as the American (english-spellings.ts). The rest are read by
 * the dictionary reading, as before.
 */
export function reportSensePhrases(glossaryTerms: readonly string[]): readonly EnglishTerm[] {
  const key = glossaryTerms.join('\n');
  let sensePhrases = sensePhrasesByTerms.get(key);
  if (!sensePhrases) {
    const senses = reportSenses().senses;
    const holdsTerm = (phrase: string) =>
      glossaryTerms.some(
        (term) =>
          term.length < phrase.length && new RegExp(`(?<![a-z])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'i').test(phrase),
      );
    sensePhrases = Object.entries(senses)
      .filter(([en]) => en.includes(' '))
      .filter(([en]) => en.split(' ').length > MAX_KEY_WORDS || en.split(' ').some((w) => ENGLISH_STOP_WORDS.has(w)) || holdsTerm(en))
      // Each in its other spellings too ("township health centres" for "township health center"): read whole, they
      // are matched as written, not through the lexicon's keys.
      .map(([en, zh]) => ({ en: [en, ...keySpellings(en)].flatMap((e) => [e, pluralOf(e)]), zh, alternatives: true }));
    sensePhrasesByTerms.set(key, sensePhrases);
  }
  return sensePhrases;
}

/** A phrase's plural, its last word's ("strong county" → "strong counties", "r&d platform" → "r&d platforms"). */
export function pluralOf(phrase: string): string {
  return /[^aeiou]y$/.test(phrase) ? `${phrase.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(phrase) ? `${phrase}es` : `${phrase}s`;
}

/** The report senses of phrases (two words and more), as terms: "childcare subsidy" → 育儿补贴. */
export function reportSensePhraseTerms(): readonly EnglishTerm[] {
  const senses = reportSenses().senses;
  return Object.entries(senses)
    .filter(([en]) => en.includes(' '))
    .map(([en, zh]) => ({ en: [en, pluralOf(en)], zh, alternatives: true }));
}

let senseCompounds: ReadonlySet<string> | undefined;

/**
 * Whether the report senses hold a hyphenated word whole ("urban-rural" → 城乡, "top-tier" → 一流): a glossary term
 * written inside it ("rural" in "urban-rural") is part of that word, not the term (english-terms.ts, `readEnglishTerms`).
 */
export function isReportSenseCompound(word: string): boolean {
  senseCompounds ??= new Set(Object.keys(reportSenses().senses).filter((en) => en.includes('-') && !en.includes(' ')));
  const w = word.toLowerCase();
  return senseCompounds.has(w) || senseCompounds.has(singular(w)) || keySpellings(w).some((k) => senseCompounds?.has(k));
}

/** The reports' other wordings of a glossary Chinese word (大学生 → 高校毕业生); none when they have none. */
export function reportWordingsOf(chinese: string): readonly string[] {
  wordings ??= reportSenses().wordings;
  return Object.hasOwn(wordings, chinese) ? wordings[chinese] : [];
}

/** The longest key, in words. */
const MAX_KEY_WORDS = 2;
/** Headwords kept for a phrase of two or more words: specific, so a few of them. */
const PHRASE_HEADWORDS = 3;
/** Headwords kept for a single word: the three the reports write most; the rest are rarer senses. */
const WORD_HEADWORDS = 3;

/** Looks a key up: a Map in tests, the parsed file itself in use (no copy of its 54,000 entries). */
export interface LexiconLookup {
  get(key: string): readonly string[] | undefined;
  /** The reports' own senses of a key (english-report-senses.json), which `get` lists first. */
  reportSenses?(key: string): readonly string[];
}

let cached: LexiconLookup | undefined;

/**
 * The lexicon, read on first use (1.8 MB of JSON, a few hundred ms on a busy machine: a process
 * that never sees an English question never pays for it).
 */
export function englishLexicon(): LexiconLookup {
  if (!cached) {
    const entries = LexiconFileSchema.parse(JSON.parse(readFileSync(new URL('./english-lexicon.json', import.meta.url), 'utf8'))).entries;
    const senses = reportSenses().senses;
    // The reports' senses first ("cover" → 覆盖 before the dictionary's 盖子): they are what the reports write.
    const ownOf = (key: string) => (Object.hasOwn(senses, key) ? senses[key] : []);
    const heldOf = (key: string) => (Object.hasOwn(entries, key) ? entries[key] : []);
    // "golf course" lists 球场 beside 高尔夫球场: a headword inside another that adds a reading of the key's other word
    // (高尔夫, "golf") is the generic part, no reading of the phrase (球场 is any sports ground).
    const listedOf = (key: string) => {
      const held = heldOf(key);
      if (!key.includes(' ') || held.length < 2) return held;
      const wordReadings = key.split(' ').flatMap(heldOf);
      const isGenericPart = (h: string) =>
        held.some((whole) => whole !== h && whole.includes(h) && wordReadings.includes(whole.replace(h, '')));
      return held.filter((h) => !isGenericPart(h));
    };
    // A key's other spellings (english-spellings.ts): a listed pair's always ("aluminium" reads "aluminum", "program"
    // "programme"), an ending's only for a key held in neither spelling ("labour" → "labor", "modernise" → "modernize").
    const spelt = (key: string): string[] => {
      const pairs = [key, ...keySpellings(key, false)];
      if (pairs.some((k) => ownOf(k).length || listedOf(k).length)) return pairs;
      return [
        key,
        ...keySpellings(key)
          .filter((k) => ownOf(k).length || listedOf(k).length)
          .slice(0, 1),
      ];
    };
    cached = {
      get: (key) => {
        const keys = spelt(key);
        const own = keys.flatMap(ownOf);
        const listed = keys.flatMap(listedOf);
        return own.length || listed.length ? [...new Set([...own, ...listed])] : undefined;
      },
      // A key's own senses; those of its other spellings only for a key the dictionary does not hold ("aluminium"
      // reads "aluminum"'s): "program" keeps its dictionary senses (方案, 规划) beside "programme"'s (项目, 工程).
      reportSenses: (key) => (ownOf(key).length || listedOf(key).length ? ownOf(key) : [...new Set(spelt(key).flatMap(ownOf))]),
    };
  }
  return cached;
}

let headwords: Set<string> | undefined;

/**
 * Whether a Chinese word is a headword of the dictionary: common Chinese, never a proper name (the lexicon
 * keeps no names, SOURCE.md), so a romanised name's spelling that is one ("Yiwu" as 义务, "duty") is
 * likely another word that sounds alike.
 */
export function isDictionaryHeadword(chinese: string): boolean {
  if (!headwords) {
    const entries = LexiconFileSchema.parse(JSON.parse(readFileSync(new URL('./english-lexicon.json', import.meta.url), 'utf8'))).entries;
    headwords = new Set(Object.values(entries).flat());
  }
  return headwords.has(chinese);
}

/** A plural made singular the simple way; the script that builds the lexicon makes its keys with it. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (/(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The singulars of plurals `singular` keeps or cuts wrong: "clinics" → clinic (it keeps -ics, as "economics" is one
 * word), "buses" → bus, "gases" → gas (it cuts only the s); none for other words.
 */
export function pluralBases(word: string): string[] {
  if (word.length <= 4) return [];
  if (/[^aeiou]ics$/.test(word)) return [word.slice(0, -1)];
  if (/[^s]ses$/.test(word) || /sses$/.test(word)) return [word.slice(0, -2)];
  return [];
}

/**
 * The base forms of an English word the dictionary may file it under: a gerund's verb ("retrofitting" →
 * retrofit, "processing" → process) and a participle's ("renovated" → renovate, "supplied" → supply,
 * "planned" → plan), most likely first; none for a short word or no such ending. The dictionary keys verbs
 * by their base; a question writes them as it speaks.
 */
export function inflectionBases(word: string): string[] {
  if (word.length < 5) return [];
  const bases: string[] = [];
  const add = (base: string) => {
    if (base.length >= 3 && base !== word && !bases.includes(base)) bases.push(base);
  };
  if (/ied$/.test(word)) add(`${word.slice(0, -3)}y`);
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    // A doubled last consonant is the inflection's ("retrofitting", "planned").
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
    if (ending === 'ed') add(word.slice(0, -1));
    add(stem);
    add(`${stem}e`);
  }
  return bases;
}

export interface LexiconTranslation {
  /**
   * The English as the question wrote it, lower-case; for a Chinese question's interchangeable words
   * (zh/interchangeable-words.ts), its own Chinese word.
   */
  english: string;
  /** Its Chinese headwords the reports write, most written first; none when they write none. */
  chinese: readonly string[];
  /** Those of them that are the word with the qualifiers before it ("national key labs" → 全国重点实验室). */
  qualified?: readonly string[];
  /** A romanised name read as the reports spell it ("Zhongguancun" → 中关村), no dictionary word. */
  name?: boolean;
}

export interface TranslateOptions {
  /** Words never translated: the places the question names. */
  exclude?: ReadonlySet<string>;
  /**
   * How often the reports searched write a headword: only those they write count, the most written
   * first, and a phrase none of whose headwords the reports write gives way to its words ("retail
   * sales" → 门市 is no report word; "retail" → 零售 is). Unset: every headword counts, in the
   * lexicon's order.
   */
  timesWritten?: (chinese: string) => number;
  /**
   * In how many report sentences two Chinese words are written together. Set: a word's headwords are
   * chosen by the question's other readings (`context`, and the other words' headwords), not by how
   * common they are overall: "good" beside "river sections" (断面) is 优良 (国控断面优良水质比例), not the
   * commoner 产品. Unset: headwords in order of how often the reports write them, as before.
   */
  writtenTogether?: (a: string, b: string) => number;
  /** The Chinese of the question's other, reliable readings (glossary terms, indicator names). */
  context?: readonly string[];
  lexicon?: LexiconLookup;
}

/** What stands between an English question's words: "S&T", "R&D", "built-up" and "xi'an" are each one word. */
const BETWEEN_WORDS = /[^a-z&'-]+/;

/** A Roman numeral as a class or grade is written ("Class IV", "Grade II"). */
const ROMAN_NUMERAL = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/;

/**
 * The Chinese of an English text's content words: runs of words that are no stop word and no
 * excluded word (a place's name), each read longest phrase first ("retail sales" before "sales"),
 * a word no phrase takes on its own. Each translated phrase or word gives up to three headwords.
 */
export function translateContentWords(english: string, options: TranslateOptions = {}): LexiconTranslation[] {
  const timesWritten = options.timesWritten ?? (() => 1);
  const exclude = options.exclude ?? new Set<string>();
  let loaded: LexiconLookup | undefined = options.lexicon;
  const lexiconNow = (): LexiconLookup => {
    loaded ??= englishLexicon();
    return loaded;
  };
  // "deep-water cage": a hyphenated word the dictionary does not hold whole is read as its words ("deep water"), unless it
  // opens a phrase the dictionary holds with the word after it ("built-up area" → 建成区).
  const written = english
    .replace(ANSWER_LENGTH_PHRASES, ' ')
    .toLowerCase()
    .replace(/'s\b/g, ' ')
    .split(BETWEEN_WORDS)
    .map((w) => w.replace(/^[-'&]+|[-'&]+$/g, ''));
  // A phrase read whole across a hyphen or a stop word only where the reports write a reading of it ("built-up area" →
  // 建成区), never a phrasal verb's dictionary sense ("loop around" → 卷绕).
  const heldAsWritten = (key: string) => (lexiconNow().get(key) ?? []).some((zh) => timesWritten(zh) > 0);
  const opensPhrase = (w: string, next: string | undefined) =>
    next !== undefined && (heldAsWritten(`${w} ${next}`) || heldAsWritten(`${w} ${singular(next)}`));
  // So is one the dictionary holds only in Chinese the reports never write ("small-scale" → 小打小闹, 小范围): its words
  // apart may be read ("small scale" → 小型), where the whole would be a word of the topic the reports lack, and refuse.
  // A hyphenated phrase the reports write spaced ("belt-and-road" → belt and road → 一带一路) is read whole, stop words and all.
  const spaced = (w: string) => w.replace(/-+/g, ' ');
  // A hyphenated stop word ("head-counts") stays one word: its parts apart would be read ("head" → 主任).
  const words = written.flatMap((w, i) =>
    w.includes('-') && !ENGLISH_STOP_WORDS.has(w) && !heldAsWritten(singular(w)) && !heldAsWritten(w) && !opensPhrase(w, written[i + 1])
      ? heldAsWritten(spaced(w))
        ? [spaced(w)]
        : w.split(/-+/)
      : [w],
  );
  // Runs of content words: a phrase never spans a stop word, a place or a number. The qualifiers right
  // before a run ("national key" before "labs") are kept beside it: they may be part of the reports' name.
  const runs: string[][] = [[]];
  const runQualifiers: string[][] = [[]];
  let pending: string[] = [];
  for (const word of words) {
    // A stop word that ends a phrase the dictionary holds with the word before it ("built-up area" → 建成区) is part of it,
    // even a word of a place's name ("area" of Greater Bay Area).
    const last = runs[runs.length - 1].at(-1);
    // "Class IV": a Roman numeral ends a phrase too, short as it is.
    const endsPhrase = last !== undefined && (word.length >= 3 || ROMAN_NUMERAL.test(word)) && opensPhrase(last, word);
    const content = (word.length >= 3 && !ENGLISH_STOP_WORDS.has(word) && !exclude.has(word)) || endsPhrase;
    if (content) {
      if (!runs[runs.length - 1].length) runQualifiers[runs.length - 1] = pending;
      runs[runs.length - 1].push(word);
      pending = [];
    } else {
      if (runs[runs.length - 1].length) {
        runs.push([]);
        runQualifiers.push([]);
      }
      pending = Object.hasOwn(ENGLISH_QUALIFIERS, word) ? [...pending, word] : [];
    }
  }
  const lexicon: LexiconLookup = options.lexicon ?? loaded ?? (runs.some((r) => r.length) ? englishLexicon() : new Map());
  const out: (LexiconTranslation & { candidates: string[]; size: number; composed?: string[] })[] = [];
  for (const [r, run] of runs.entries()) {
    for (let at = 0; at < run.length; ) {
      let taken = 0;
      for (let size = Math.min(MAX_KEY_WORDS, run.length - at); size >= 1 && !taken; size--) {
        const phrase = run.slice(at, at + size);
        // The key the dictionary files the words under: singular, as written, or, for a word it does not
        // hold as written, its inflection's base ("retrofitting" → retrofit, "renovated" → renovate).
        const head = phrase.slice(0, -1).map(singular);
        const tried = [
          phrase.map(singular).join(' '),
          phrase.join(' '),
          // Plurals the simple rule keeps or cuts wrong ("clinics", "buses", "gases"): their singulars as the dictionary files them.
          ...pluralBases(phrase[size - 1]).map((base) => [...head, base].join(' ')),
          // A phrase's last word inflected ("energy retrofitting") reads the phrase's key: a phrase is specific.
          // A word alone reads its base only where the reports word the base their own way (english-report-
          // senses.json): a plain base would be a word the passages must cover ("quantum computing" → 计算), and
          // a participle is most often the question's own verb ("handled" → handle → 把手, a door handle).
          ...inflectionBases(phrase[size - 1])
            .map((base) => [...head, base].join(' '))
            .filter((key) => size > 1 || (lexicon.reportSenses?.(key) ?? []).length),
        ];
        const key = tried.find((k) => lexicon.get(k) !== undefined) ?? tried[0];
        const own = lexicon.get(key) ?? [];
        // A single derived word the dictionary knows reads its bases' Chinese too ("consumption": 摄入,
        // 结核, and 消费, filed under "consume"). A word it does not know stays unread, as before: a
        // base would make it a word the passages must cover ("computing" → 计算 beside 量子).
        const fromBases = size === 1 && own.length ? derivationBases(key).flatMap((base) => lexicon.get(base) ?? []) : [];
        // A word the reports word their own way ("long" → 总长, 里程) reads only as they do, when they write it:
        // the dictionary's other senses ("long" as a position, 多头) are no readings of it.
        const reportSenses = (lexicon.reportSenses?.(key) ?? []).filter((zh) => timesWritten(zh) > 0);
        const listed = reportSenses.length ? [...reportSenses] : [...new Set([...own, ...fromBases])];
        const counted = writtenHeadwords(listed, timesWritten);
        // A stable sort: among equals, the lexicon's order (the commonest in general use) stays.
        const chinese = counted.sort((a, b) => b.times - a.times).map((c) => c.zh);
        // A word the dictionary knows but whose Chinese the reports never write ("coffee" → 咖啡) is
        // kept, untranslated: it says what the reports do not cover.
        if (!chinese.length && size === 1 && listed.length) {
          out.push({ english: phrase[0], chinese: [], candidates: [], size });
          taken = 1;
        }
        if (!chinese.length) continue;
        // Two words no key holds whole, each read on its own: the reports' compound of them, the modifier's
        // Chinese before the head noun's ("logistics" 物流 + "costs" 成本 → 物流成本), is the head's first
        // reading, its own still beside it (the reports also write "柴油车" for "diesel trucks", not only 柴油货车).
        const previous = out.at(-1);
        const composed =
          size === 1 && previous?.size === 1 && previous.candidates.length && previous.english === run[at - 1]
            ? composedHeadwords([run[at - 1], phrase[0]], lexicon, timesWritten).slice(0, 1)
            : [];
        const read = chinese.slice(0, size > 1 ? PHRASE_HEADWORDS : WORD_HEADWORDS);
        // "national key labs": the qualifiers before a run read whole (its head noun, or a phrase), prefixed
        // as the reports write them (全国重点实验室), the most qualified first, before the word's own readings.
        // Not before a run's modifier: "national advanced" (国家先进) is a fragment of a name, no reading.
        const qualified =
          at === 0 && size === run.length ? qualifiedHeadwords(runQualifiers[r], [...composed, ...chinese], timesWritten) : [];
        composed.unshift(...qualified);
        out.push({
          english: phrase.join(' '),
          ...(qualified.length ? { qualified } : {}),
          chinese: [...new Set([...composed, ...read])],
          candidates: chinese,
          size,
          composed,
        });
        taken = size;
      }
      at += taken || 1;
    }
  }
  const together = options.writtenTogether;
  return out.map(({ english, chinese, candidates, size, composed = [], qualified }, n) => {
    const kept = qualified ? { qualified } : {};
    if (!together || candidates.length < 2) return { english, chinese, ...kept };
    const others = [...(options.context ?? []).map((zh) => [zh]), ...out.filter((_, m) => m !== n).map((o) => o.candidates)];
    const chosen = headwordsByContext(candidates, others, together);
    return {
      english,
      chinese: chosen ? [...new Set([...composed, ...chosen.slice(0, size > 1 ? PHRASE_HEADWORDS : WORD_HEADWORDS)])] : chinese,
      ...kept,
    };
  });
}

/**
 * A word's headwords that the reports write together with the question's other readings, those
 * beside the most of them first (then the commonest, as listed); null when none is written beside
 * any of them, so the word keeps its commonest headwords. A headword never written beside the
 * question's subject is most often another sense of the word ("good" is 产品 in "goods", 优良 in
 * "good water quality"; "plant" is 植物 or 工厂, and 植树 beside "trees"). Each other reading counts once,
 * however many of its headwords are written beside the candidate.
 */
export function headwordsByContext(
  candidates: readonly string[],
  others: readonly (readonly string[])[],
  writtenTogether: (a: string, b: string) => number,
): string[] | null {
  const context = others.filter((o) => o.length);
  if (!context.length) return null;
  const scored = candidates.map((zh, order) => ({
    zh,
    order,
    beside: context.filter((other) => other.some((o) => o !== zh && !o.includes(zh) && !zh.includes(o) && writtenTogether(zh, o) > 0))
      .length,
  }));
  const kept = scored.filter((c) => c.beside > 0).sort((a, b) => b.beside - a.beside || a.order - b.order);
  return kept.length ? kept.map((c) => c.zh) : null;
}

/** A compound written once may be a chance join of two words ("服务门户" for "service sector"); twice is a wording. */
const COMPOUND_WRITTEN = 2;

/** The Chinese a word may take as part of a compound: its report senses and headwords, and its bases'. */
function wordHeadwords(word: string, lexicon: LexiconLookup): string[] {
  const base = singular(word);
  const own = [...(lexicon.reportSenses?.(base) ?? []), ...(lexicon.get(base) ?? lexicon.get(word) ?? [])];
  const fromBases = own.length ? derivationBases(base).flatMap((b) => lexicon.get(b) ?? []) : [];
  return [...new Set([...own, ...fromBases])].filter((zh) => zh.length >= 2);
}

/**
 * The compounds the reports write of a two-word English phrase: each Chinese of the first word (the
 * modifier) followed by each of the second (the head noun), as the reports' compounds are written
 * ("logistics" 物流 + "costs" 成本 → 物流成本); the most written first; none when they write none.
 */
export function composedHeadwords(phrase: readonly string[], lexicon: LexiconLookup, timesWritten: (chinese: string) => number): string[] {
  if (phrase.length !== 2) return [];
  const heads = wordHeadwords(phrase[1], lexicon);
  const modifiers = wordHeadwords(phrase[0], lexicon);
  const compounds = modifiers.flatMap((modifier) => heads.map((head) => `${modifier}${head}`));
  // "overseas warehouses" → 海外仓: the reports shorten a two-character head to its first character after its modifier;
  // read after the whole compounds, when those are not written.
  const shortened = modifiers.flatMap((modifier) =>
    heads.filter((head) => head.length === SHORTENED_HEAD && !modifier.endsWith(head[0])).map((head) => `${modifier}${head[0]}`),
  );
  const written = (candidates: readonly string[]) =>
    [...new Set(candidates)]
      .map((zh) => ({ zh, times: timesWritten(zh) }))
      .filter((c) => c.times >= COMPOUND_WRITTEN)
      .sort((a, b) => b.times - a.times)
      .map((c) => c.zh);
  // "local regulations" → 地方性法规, "affordable housing" → 保障性住房: a modifier the reports join to its head with 性.
  const joined = modifiers.flatMap((modifier) =>
    modifier.endsWith(ADJECTIVE_SUFFIX) ? [] : heads.map((head) => `${modifier}${ADJECTIVE_SUFFIX}${head}`),
  );
  const whole = written([...compounds, ...joined]);
  return whole.length ? whole : written(shortened);
}

/** The suffix that makes a noun a modifier (地方 → 地方性), written between a modifier and its head noun. */
const ADJECTIVE_SUFFIX = '性';

/** A head noun the reports shorten to one character after its modifier is two characters long (仓库 → 仓). */
const SHORTENED_HEAD = 2;

/**
 * A qualified compound written once counts: unlike two content words side by side, the qualifier is a
 * prefix the question wrote, and the compound is the report's own name ("推进2000个省级重点项目").
 */
const QUALIFIED_WRITTEN = 1;

/**
 * The compounds the reports write of a word's headwords with the qualifiers before it ("national key" +
 * 实验室 → 全国重点实验室, 重点实验室): each run of the last qualifiers, longest first, each of their Chinese
 * prefixed in order; written at least once; all those of the
 * longest run written (its qualifiers' few Chinese), the most written first.
 */
export function qualifiedHeadwords(
  qualifiers: readonly string[],
  headwords: readonly string[],
  timesWritten: (chinese: string) => number,
): string[] {
  const found: { zh: string; words: number; times: number }[] = [];
  for (let from = 0; from < qualifiers.length; from++) {
    let prefixes = [''];
    for (const q of qualifiers.slice(from)) prefixes = prefixes.flatMap((p) => ENGLISH_QUALIFIERS[q].map((zh) => `${p}${zh}`));
    for (const prefix of prefixes)
      for (const head of headwords) {
        const zh = `${prefix}${head}`;
        const times = timesWritten(zh);
        if (times >= QUALIFIED_WRITTEN && !found.some((f) => f.zh === zh)) found.push({ zh, words: qualifiers.length - from, times });
      }
  }
  // Only the most qualified: a shorter run ("重点实验室") is written inside the kin names too (省重点实验室).
  const most = Math.max(0, ...found.map((f) => f.words));
  return found
    .filter((f) => f.words === most)
    .sort((a, b) => b.times - a.times)
    .map((f) => f.zh);
}

/** The qualifier words ("national key") that end an English text, in order; none when its last word is no qualifier. */
export function qualifiersBefore(text: string): string[] {
  const words = text
    .toLowerCase()
    .trimEnd()
    .split(/[^a-z'-]+/);
  const found: string[] = [];
  for (let i = words.length - 1; i >= 0 && Object.hasOwn(ENGLISH_QUALIFIERS, words[i]); i--) found.unshift(words[i]);
  return found;
}

/**
 * The Chinese of the qualifiers written right before any of the names in an English question ("key little giants": 重点
 * before 小巨人), one list of alternatives per qualifier word; none when no name is written or none is qualified so.
 */
export function qualifierChineseBefore(question: string, names: readonly string[]): (readonly string[])[] {
  const text = question.toLowerCase();
  // "what about the key ones?": a pronoun of the thing talked about is its name too.
  for (const name of [...names, ...QUALIFIED_PRONOUNS]) {
    if (!name.length) continue;
    const written = new RegExp(`(?<![a-z])${escapeRegExp(name.toLowerCase())}(?![a-z])`, 'g');
    for (const m of text.matchAll(written)) {
      const before = qualifiersBefore(text.slice(0, m.index));
      if (before.length) return before.map((word) => ENGLISH_QUALIFIERS[word]);
    }
  }
  return [];
}

/** Words of a noun phrase composed at most, and compounds tried for one run of words at most. */
const PHRASE_SEGMENTS = 5;
const COMPOUNDS_TRIED = 256;

/** Where a noun phrase of an English question ends besides a word of no reading: punctuation, or a possessive 's. */
const PHRASE_BREAK = /['’]s\b|[^\p{L}\p{N}&'’\-\s]+/u;
/** A word's reading this long is a name of its own ("trade-in" → 以旧换新), not a verb or a kind ("landed" → 落地). */
const OWN_NAME_LENGTH = 4;

/**
 * The runs of a clause's words that have a reading (the readings' phrases of up to three words, or a qualifier), in order:
 * any other word ends a run.
 */
function phraseRuns(
  words: readonly string[],
  readings: ReadonlyMap<string, readonly string[]>,
): { chinese: readonly string[]; qualifier: boolean }[][] {
  const runs: { chinese: readonly string[]; qualifier: boolean }[][] = [[]];
  for (let at = 0; at < words.length; ) {
    let taken = 0;
    for (let size = Math.min(3, words.length - at); size >= 1 && !taken; size--) {
      const phrase = words.slice(at, at + size);
      const chinese = readings.get(phrase.join(' ')) ?? readings.get(phrase.map(singular).join(' '));
      if (chinese?.length) {
        runs[runs.length - 1].push({ chinese, qualifier: false });
        taken = size;
      }
    }
    if (!taken && Object.hasOwn(ENGLISH_QUALIFIERS, words[at])) {
      runs[runs.length - 1].push({ chinese: ENGLISH_QUALIFIERS[words[at]], qualifier: true });
      taken = 1;
    }
    if (!taken && runs[runs.length - 1].length) runs.push([]);
    at += taken || 1;
  }
  return runs;
}

/**
 * The reports' whole names of an English question's noun phrases, composed of the Chinese of each of its
 * words in order: "national advanced manufacturing clusters" → 国家 + 先进 + 制造业 + 集群 = 国家先进制造业集群,
 * though the glossary and the dictionary read the words one by one. `readings` gives the Chinese of the
 * phrases read (glossary terms, dictionary words, by their English, lower-case); qualifiers add theirs
 * (ENGLISH_QUALIFIERS); any other word ends a phrase. For each phrase of two words or more, the longest run
 * of its words ending in no qualifier whose compound the reports write (at least once, four characters or
 * more) is kept.
 */
export function nounPhraseCompounds(
  question: string,
  readings: ReadonlyMap<string, readonly string[]>,
  timesWritten: (chinese: string) => number,
): string[] {
  // A phrase ends at punctuation and at a possessive: "since the new area was set up: inefficient land" and "the canal
  // wealth town's newly landed licensed financial firms" name their things after the break.
  const runs: { chinese: readonly string[]; qualifier: boolean }[][] = [];
  for (const clause of question.toLowerCase().split(PHRASE_BREAK))
    runs.push(...phraseRuns(clause.split(BETWEEN_WORDS).filter(Boolean), readings));
  const found: string[] = [];
  for (const run of runs.filter((r) => r.length >= 2).map((r) => r.slice(-PHRASE_SEGMENTS))) {
    let kept: string[] = [];
    for (let size = run.length; size >= 2 && !kept.length; size--)
      for (let from = 0; from + size <= run.length; from++) {
        // A qualifier ends no name: "new national" (新增国家) is a fragment of one.
        if (run[from + size - 1].qualifier) continue;
        // Nor does a name leave out a word before it read as a name of its own (four characters or more): "trade-in subsidy
        // funds" (以旧换新) is no 补贴资金 of any kind (the reports' 育儿补贴资金); "newly landed licensed financial firms" may
        // still be 持牌金融 without its 落地, "new national key labs" 全国重点实验室 without its 新增.
        if (run.slice(0, from).some((segment) => !segment.qualifier && segment.chinese.some((zh) => zh.length >= OWN_NAME_LENGTH)))
          continue;
        let compounds = [''];
        for (const { chinese } of run.slice(from, from + size)) {
          compounds = compounds.flatMap((c) => chinese.map((zh) => `${c}${zh}`));
          if (compounds.length > COMPOUNDS_TRIED) break;
        }
        if (compounds.length > COMPOUNDS_TRIED) continue;
        kept.push(...compounds.filter((zh) => zh.length >= 4 && timesWritten(zh) >= 1));
      }
    kept = [...new Set(kept)];
    found.push(...kept);
  }
  return found;
}

/**
 * The qualifier words a glossary term's English starts with that its Chinese does not already start with:
 * "provincial key projects" (重点项目) holds "provincial" (省级重点项目); "key" is 重点项目's own 重点.
 */
export function qualifiersInside(english: string, chinese: readonly string[]): string[] {
  const words = english.toLowerCase().split(/\s+/);
  const leading: string[] = [];
  for (const word of words.slice(0, -1)) {
    if (!Object.hasOwn(ENGLISH_QUALIFIERS, word)) break;
    leading.push(word);
  }
  return leading.filter((word) => !chinese.some((zh) => ENGLISH_QUALIFIERS[word].some((q) => zh.startsWith(q))));
}

/** A headword this long is a compound of two-character words the reports may write apart. */
const COMPOUND_HEADWORD = 4;

/**
 * The headwords the reports write, with how often; when they write none, the two-character halves of
 * the four-character compounds they do write: "afforestation" is 植树造林, the reports write 造林 (造林绿化),
 * "renovation" 重新装修 and they write 装修. Only when no whole headword is written: a written word is
 * the better reading.
 */
function writtenHeadwords(listed: readonly string[], timesWritten: (chinese: string) => number): { zh: string; times: number }[] {
  const whole = listed.map((zh) => ({ zh, times: timesWritten(zh) })).filter((c) => c.times > 0);
  if (whole.length) return whole;
  const halves = listed
    .filter((zh) => zh.length === COMPOUND_HEADWORD)
    .flatMap((zh) => [zh.slice(0, 2), zh.slice(2)])
    .filter((zh, i, all) => all.indexOf(zh) === i);
  return halves.map((zh) => ({ zh, times: timesWritten(zh) })).filter((c) => c.times > 0);
}
