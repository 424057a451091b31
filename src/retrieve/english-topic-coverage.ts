import { carriesTopic, isQuestionVerb, MEASURE_WORDS, onlyInGloss } from '../lang/en/english-topic-words.js';

/**
 * The English evidence check: is a passage about what an English question asks?
 *
 * The measure. An English question reaches the reports through two readings of different
 * reliability: the glossary's terms (the question's subject and indicator words, report Chinese by
 * construction: "long-term care insurance" → 长期护理保险) and the dictionary's (CC-CEDICT) readings
 * of its other words, which are loose ("cover" → 盖子, "long" → 悠长). The passage must cover the
 * question's TOPIC, weighed by how distinctive each part is, not every dictionary word:
 *
 * - each part is a unit: a glossary Chinese word, a glossary term's alternative wordings, or one
 *   dictionary-read English word with its headwords (any of them written covers it);
 * - a unit weighs its inverse document frequency over the report sentences — a glossary unit its
 *   rarest wording (the subject is what distinguishes the question), a dictionary word the IDF of
 *   its COMMONEST written headword (the sense the reports use; a rare headword is most often another
 *   sense of the word: "long" is 长度 or 总长 in the reports, the dictionary's 悠长 is poetic), so a loose
 *   reading never outweighs the subject by a rare sense; the reports' own senses of dictionary words
 *   come first (src/lang/en/english-report-senses.json: "cover" → 覆盖 before the dictionary's 盖子);
 * - words that name a measure or a change, not a subject (下降, 占比: MEASURE_WORDS) weigh nothing;
 * - nor does the question's verb, read by the dictionary ("did Jiangsu UPGRADE": 升级, where the reports write 设备更新;
 *   "will Hunan BUILD"): what was done, worded the reports' own way, not what was asked about; unless the question's
 *   dictionary words are all verbs;
 * - the passage (its sentence and section headings) answers when it covers at least two fifths of the weight (half until
 *   session 28: a long question's loose dictionary readings kept a passage writing its rarest words from answering).
 *
 * Kept refusals: a dictionary word whose Chinese the reports never write ("coffee" → 咖啡) and
 * that carries the topic (no participle, no verb after "did Shanghai": `carriesTopic`) still refuses
 * a question that has no glossary subject: the reports do not hold that subject. A question asked
 * only in words the reports never write is refused before this check (query understanding).
 */
export interface TopicUnit {
  /** Chinese wordings, normalised as the sentences are; any written covers the unit. */
  chinese: readonly string[];
  /** Segmenter tokens of the wordings, for their IDF. */
  tokens: readonly string[];
  /** 'subject': the glossary's reading; 'word': the dictionary's reading of one English word. */
  source: 'subject' | 'word';
  /** The English a dictionary unit was read from, when known: the question's verb weighs nothing. */
  english?: string;
  /** Read as a name ("taiwan" → 台湾): part of the topic wherever it is written, in a bracketed gloss too. */
  name?: boolean;
}

export interface TopicCoverageInput {
  units: readonly TopicUnit[];
  /** Dictionary words whose Chinese the reports never write. */
  absentWords: readonly string[];
  question: string;
  /** The passage: its sentence and its section headings, normalised and lower-cased. */
  sentence: string;
  section: string;
  idf: (token: string) => number;
}

/** The share of the topic's weight a passage must cover. */
export const TOPIC_SHARE = 0.4;
/** The share when a dictionary word of the topic is one the reports never write. */
export const SHARE_WITH_TOPIC_WORD_ABSENT = 0.5;
/**
 * A dictionary reading weighs as a glossary one of the same IDF: at half weight, a subject covered
 * outweighed the head noun ("housing PRICES" answered by a 住房 sentence with no 价格), so it is not halved.
 */
const DICTIONARY_WEIGHT = 1;

/**
 * Whether a passage writes a wording, whole or with its characters apart as the reports shorten and list names: 高铁
 * written out as 高速铁路, 博士学位 shared by a pair as 博士硕士学位; a four-character one also with its two words swapped. The characters come in order, at most one more
 * between those of a two-character wording, at most two in all for a longer one (a wording of five and more is written whole).
 */
export function writes(text: string, zh: string): boolean {
  if (text.includes(zh)) return true;
  const chars = [...zh];
  // "水质优良" written "优良水质": a four-character wording of two words, written the other way round.
  if (chars.length === 4 && chars.every((c) => /[\u4e00-\u9fff]/.test(c)) && text.includes(`${zh.slice(2)}${zh.slice(0, 2)}`)) return true;
  if (chars.length < 2 || chars.length > 4 || !chars.every((c) => /[\u4e00-\u9fff]/.test(c))) return false;
  const spare = chars.length === 2 ? 1 : 2;
  for (let start = text.indexOf(chars[0]); start >= 0; start = text.indexOf(chars[0], start + 1)) {
    let at = start;
    let extra = 0;
    let n = 1;
    for (; n < chars.length; n++) {
      const next = text.indexOf(chars[n], at + 1);
      if (next < 0 || next - at - 1 + extra > spare) break;
      extra += next - at - 1;
      at = next;
    }
    if (n === chars.length) return true;
  }
  return false;
}

/** How much of an English question's topic weight a passage covers, 0–1 (1 when there is no topic). */
export function topicCoverage(input: TopicCoverageInput): number {
  let covered = 0;
  let total = 0;
  // The segmenter's parts of a glossary word ("大学", "学生" beside "大学生") are that word, not more of the topic.
  const whole = input.units.filter((u) => u.source === 'subject').flatMap((u) => u.chinese);
  const units = input.units.filter(
    (u) => !(u.source === 'subject' && u.chinese.length === 1 && whole.some((w) => w !== u.chinese[0] && w.includes(u.chinese[0]))),
  );
  // The question's verb ("did Jiangsu upgrade") is no part of the topic, unless it is all the question's words say.
  const isVerb = (u: TopicUnit) => u.source === 'word' && u.english !== undefined && isQuestionVerb(u.english, input.question);
  const allVerbs = units.every((u) => isVerb(u) || u.chinese.every((zh) => MEASURE_WORDS.has(zh)));
  // A dictionary word only in a bracketed gloss ("afforestation (plant + tend)") is no part of the topic beside any other
  // part (a subject, a name, a word outside the brackets): the term glossed is.
  const glosses = new Set(
    units.filter((u) => u.source === 'word' && !u.name && u.english !== undefined && onlyInGloss(u.english, input.question)),
  );
  const setAside = glosses.size < units.length ? glosses : new Set<TopicUnit>();
  for (const unit of units) {
    // A measure or a change ("reduce" → 下降, "share" → 占比) is no part of the topic.
    if (unit.chinese.every((zh) => MEASURE_WORDS.has(zh))) continue;
    if (!allVerbs && isVerb(unit)) continue;
    if (setAside.has(unit)) continue;
    const idfs = unit.tokens.map((t) => input.idf(t)).filter((w) => w > 0);
    if (!idfs.length) continue;
    const w = unit.source === 'subject' ? Math.max(...idfs) : DICTIONARY_WEIGHT * Math.min(...idfs);
    total += w;
    if (unit.chinese.some((zh) => writes(input.sentence, zh) || writes(input.section, zh))) covered += w;
  }
  return total === 0 ? 1 : covered / total;
}

/** Whether a passage answers an English question by its topic (see the measure above). */
export function coversEnglishTopic(input: TopicCoverageInput): boolean {
  // A reading of a phrase of several words ("compulsory education" 义务教育) names a subject as the glossary's do: the
  // dictionary holds it whole, no loose reading of one word. Not the question's verb of two words ("did Guangdong CLAW
  // BACK"): what was done, no subject, so a word the reports never write ("casinos") still refuses.
  const namesSubject = (u: TopicUnit) =>
    u.source === 'subject' || ((u.english?.includes(' ') ?? false) && !isQuestionVerb(u.english ?? '', input.question));
  const hasSubject = input.units.some((u) => namesSubject(u) && !u.chinese.every((zh) => MEASURE_WORDS.has(zh)));
  const topicWordAbsent = input.absentWords.some((w) => carriesTopic(w, input.question));
  if (!hasSubject && topicWordAbsent) return false;
  // A word of the topic the reports never write ("beer output": 啤酒) leaves the rest to carry more of it: half.
  return topicCoverage(input) >= (topicWordAbsent ? SHARE_WITH_TOPIC_WORD_ABSENT : TOPIC_SHARE);
}
