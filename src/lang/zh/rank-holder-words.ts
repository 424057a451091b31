import { parseChineseNumber } from './chinese-number.js';

/**
 * "哪个省是全国第三个GDP超10万亿的", "进出口总额连续39年全国第一的是哪", "Which city first passed 5
 * trillion": a question for the place that holds a rank or was first (Nth) to reach something. The
 * answer is the sentence where a report says so of itself ("成为全国首个…", "跃居全国第3位").
 */

/** Words that ask for a place rather than a figure: "哪个省", "是哪", "which city". */
export const WHICH_PLACE_WORDS: readonly string[] = [
  '哪个省',
  '哪个市',
  '哪个城市',
  '哪座城市',
  '哪个地方',
  '哪个区',
  '哪一个省',
  '哪省',
  '是哪',
  '在哪',
  '哪里',
  '哪儿',
  '谁是',
  '是谁',
];
export const WHICH_PLACE_WORDS_EN = /\b(?:which|what)\s+(?:province|city|place|region|district)s?\b/i;

/** How a rank is written: "第三个", "第3位", "首个", "第一". Group 1 is the number, words or digits. */
// "全国唯一出生人口超百万的省份": the only one is the first, a rank the question and the sentence both write so.
const ORDINAL = /第([一二三四五六七八九十\d]{1,3})(个|位|名)?|(首(?=[个位家])|唯一)(个|位|家)?/g;

/** What after an ordinal makes it a group, not a rank: "第一方阵", "第一梯队", "第一批", "第一阵营", "第一档". */
const NOT_A_PLACE_IN_ORDER = /^(?:方阵|梯队|批|阵营|档|层次|次)/;

/** English ordinals of the first few ranks. */
const ENGLISH_ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/\bfirst\b|\b1st\b/i, 1],
  [/\bsecond\b|\b2nd\b/i, 2],
  [/\bthird\b|\b3rd\b/i, 3],
];

/** "连续39年": a rank held so many years running, which the sentence must say too. */
const YEARS_RUNNING = /连续(\d{1,3}|[一二三四五六七八九十]{1,3})年/;
const YEARS_RUNNING_EN = /(\d{1,3})\s+(?:straight|consecutive)\s+years/i;

/** The field a rank is held in ("全国第三个", "北方第一个"), which the sentence must put before its rank. */
export const RANK_FIELD_WORDS: readonly string[] = [
  '全国',
  '北方',
  '南方',
  '中西部',
  '中部',
  '西部',
  '东部',
  '全球',
  '世界',
  '全省',
  '全市',
];

/** A level passed ("超10万亿", "5 trillion"): the amount the sentence must state too. */
const THRESHOLD = /(\d+(?:\.\d+)?)\s*(万亿|亿|万)/;
const THRESHOLD_EN = /(\d+(?:\.\d+)?)\s*trillion/i;

/** What a rank-holder question asks: the rank, and what it says of it when it says so. */
export interface AskedRank {
  rank: number;
  /** "连续39年": the years running the rank is held. */
  yearsRunning: number | null;
  /** "第三个" counts places reaching something; "第3位" is a position. Null when unsaid ("全国第三"). */
  counting: boolean | null;
  /** "全国", "北方": the field of the rank. */
  field: string | null;
  /** "10万亿": the level passed, as reports write it. */
  threshold: string | null;
}

export function asksWhichPlace(question: string): boolean {
  return WHICH_PLACE_WORDS.some((w) => question.includes(w)) || WHICH_PLACE_WORDS_EN.test(question);
}

function ordinalNumber(written: string): number | null {
  if (written === '首' || written === '唯一') return 1;
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumber(written);
}

/** The rank a which-place question asks about, or null when it asks no rank or no place. */
export function askedRank(question: string): AskedRank | null {
  if (!asksWhichPlace(question)) return null;
  let rank: number | null = null;
  let counting: boolean | null = null;
  let field: string | null = null;
  for (const m of question.matchAll(ORDINAL)) {
    rank = ordinalNumber(m[1] ?? m[3]);
    if (rank === null) continue;
    const suffix = m[2] ?? m[4];
    counting = suffix ? suffix === '个' || suffix === '家' : null;
    field = RANK_FIELD_WORDS.find((w) => question.slice(0, m.index).endsWith(w)) ?? null;
    break;
  }
  if (rank === null) {
    rank = ENGLISH_ORDINALS.find(([re]) => re.test(question))?.[1] ?? null;
    // "first passed", "first to reach": the first of the places to get there.
    counting = rank === null ? null : true;
  }
  if (rank === null) return null;
  const running = YEARS_RUNNING.exec(question) ?? YEARS_RUNNING_EN.exec(question);
  const yearsRunning = running ? ordinalNumber(running[1]) : null;
  const level = THRESHOLD.exec(question);
  const levelEn = THRESHOLD_EN.exec(question);
  const threshold = level ? `${level[1]}${level[2]}` : levelEn ? `${levelEn[1]}万亿` : null;
  return { rank, yearsRunning, counting, field, threshold };
}

/**
 * "哪个省GDP增速排第一", "倒数第一的是哪个省": the top or bottom of the covered places asked, with no
 * field (全国), count ("第一个"), run of years or level that only a report's own statement answers.
 */
export function asksPlainTop(asked: AskedRank): boolean {
  return asked.rank === 1 && !asked.field && asked.yearsRunning === null && !asked.threshold && asked.counting !== true;
}

/**
 * Whether a sentence states the asked rank: "首个", "第一个", "第1位", "首位" for the first;
 * "第三个", "第3位" for the third; in the asked field ("全国首个", "居全国首位"), counting or placed
 * as asked, with the asked "连续39年" and level passed ("突破5万亿元").
 */
export function statesRank(sentence: string, asked: AskedRank, subjects: readonly string[] = []): boolean {
  if (asked.yearsRunning !== null) {
    const running = YEARS_RUNNING.exec(sentence);
    if (!running || ordinalNumber(running[1]) !== asked.yearsRunning) return false;
  }
  if (asked.threshold && !new RegExp(`(?<![\\d.])${asked.threshold.replace('.', '\\.')}`).test(sentence)) return false;
  for (const m of sentence.matchAll(ORDINAL)) {
    if (ordinalNumber(m[1] ?? m[3]) !== asked.rank) continue;
    // "稳居全国第一方阵", "第一批": a group the place is in, not its place in the order.
    if (NOT_A_PLACE_IN_ORDER.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    const suffix = m[2] ?? m[4];
    if (asked.counting !== null && suffix && (suffix === '个' || suffix === '家') !== asked.counting) continue;
    // "全国第三个、北方第一个": the field is the nearest one before the rank.
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 4), m.index);
    if (asked.field && !before.includes(asked.field)) continue;
    // "GDP增速…，实际使用外资增速居全国第1位": the rank is of the clause's own subject, so the
    // asked indicator must be named in the clause that states it.
    if (subjects.length && !subjects.some((name) => rankSubject(sentence, m.index ?? 0).includes(name))) continue;
    return true;
  }
  return false;
}

/**
 * The words that name what a rank at `at` is of: its clause, between the clause marks around it; and
 * the clause before that too when this one opens with a word that refers back to it ("进出口总额
 * 突破9万亿元，总量连续39年居全国首位").
 */
function rankSubject(sentence: string, at: number): string {
  const start = clauseStart(sentence, at);
  const ends = RANK_CLAUSE_MARKS.map((mark) => sentence.indexOf(mark, at)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : sentence.length;
  // The whole clause: a count names its subject after the rank ("全国首个经济总量突破5万亿元的城市").
  const clause = sentence.slice(start + 1, end);
  if (start < 0 || !BACK_REFERENCES.some((word) => clause.startsWith(word))) return clause;
  return sentence.slice(clauseStart(sentence, start - 1) + 1, end);
}

function clauseStart(sentence: string, before: number): number {
  return Math.max(...RANK_CLAUSE_MARKS.map((mark) => sentence.lastIndexOf(mark, before)));
}

/** Words that open a clause about the figure named before it: "总量", "增速", "规模". */
const BACK_REFERENCES = ['总量', '经济总量', '增速', '增幅', '规模', '总额', '其中'];

/** Marks that end a clause; 、 does not ("进出口总额突破万亿元、增速居全国第5位" is one subject's). */
const RANK_CLAUSE_MARKS = ['，', '；', '。', ',', ';'];

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Ways reports write the asked rank, added to the search so its sentences come into reach. */
export function rankSearchWords(asked: AskedRank): string[] {
  const written = asked.rank <= 10 ? CHINESE_DIGITS[asked.rank] : String(asked.rank);
  const words = [`第${written}个`, `第${asked.rank}位`, `第${written}`];
  if (asked.rank === 1) words.push('首个', '首位');
  if (asked.yearsRunning !== null) words.push(`连续${asked.yearsRunning}年`);
  return words;
}

/**
 * Words of a which-place question that ask the rank, not what is ranked: "最强", "排第一", "哪个省", "全国", "居首位".
 * What is left ("区域创新能力") must be named where a report states its rank.
 */
// "全国唯一一个…连续好几年…的是哪个省": the only one, and a run of years not counted, ask the rank too.
const RANK_QUESTION_WORD =
  /^(?:最|排|第|哪|谁|是|首|居|位|名|全国|省份?|城市|地方|地区|前列|领先|之一|冠军|榜首|第一|唯一|一个|连续|好几|几年|多年)/;

/** The question's words of what is ranked, from its search tokens: the rest once the asking words are set aside. */
export function rankedSubjectWords(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.length >= 2 && !RANK_QUESTION_WORD.test(t));
}
