/**
 * Numbers as Chinese reports (and Microsoft Recognizers-Text) write them: Arabic digits with
 * thousands separators, full-width digits, Chinese numerals with 万/亿 magnitudes, decimals,
 * fractions, negatives and percentages. Everything here is pure and never throws.
 */

export type NumberMentionKind = 'number' | 'fraction' | 'percent' | 'percentagePoint';

/** How a percent-like mention was written; figures keep it as the unit the report used. */
export type PercentForm = '%' | '‰' | '百分之' | '千分之' | '万分之' | '个百分点' | '成' | '折';

export interface NumberMention {
  /** UTF-16 offsets into the scanned text; `end` is exclusive. */
  start: number;
  end: number;
  /** The slice of the original text. */
  text: string;
  kind: NumberMentionKind;
  /** Numbers fully scaled (1.5万 → 15000); percent-like mentions in percent (千分之2.4 → 0.24). */
  value: number;
  /**
   * The numeral before a trailing magnitude, as the report wrote it: 1.5 for "1.5万", 3000 for
   * "三千万", 2.4 for "千分之2.4". Equals `value` when nothing was split off.
   */
  written: number;
  /** Magnitude characters split off after the numeral ("万", "亿", "万亿", "千"), else "". */
  magnitude: string;
  /** Set for percent-like mentions. */
  form?: PercentForm;
  script: 'arabic' | 'chinese' | 'mixed';
  /** Preceded by 第: an ordinal, not an amount. */
  ordinal: boolean;
}

export interface ScanOptions {
  /** 折 discounts (七五折 → 75%). Off by default: 一波三折 and 百折不挠 are not discounts. */
  discounts?: boolean;
  /** 2e5, 2^5, 1.1^+23. Off by default: reports never write them. */
  scientific?: boolean;
  /** 40k, 2.5 M. Off by default: 4K video and 35kV lines are not multipliers. */
  latinMultipliers?: boolean;
  /** OCR splits such as "38 .3%" and "1. 9%". On by default. */
  ocrSpaces?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Character classes

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  倆: 2,
  俩: 2,
  三: 3,
  叁: 3,
  參: 3,
  叄: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** 两 is "two of", never a decimal digit: 两百点两 is 200 and 2, not 200.2. */
const NOT_DECIMAL_DIGIT = new Set(['两', '兩', '倆', '俩', '幺']);
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Financial numerals that are also ordinary words (陆地, 队伍, 收拾, 放肆) when they stand alone. */
const AMBIGUOUS_ALONE = new Set(['陆', '陸', '伍', '拾', '肆']);
/** Lone 一/四 inside common words that are not amounts. */
const BLOCKED_BIGRAMS = new Set([
  '一切',
  '一看',
  '一些',
  '一般',
  '一直',
  '一致',
  '一定',
  '一旦',
  '一起',
  '一样',
  '一流',
  '一体',
  '统一',
  '唯一',
  '万一',
  '四川',
  '壹切',
]);
const NOT_SIGN_BEFORE_FU = new Set(['减', '抱', '胜', '担', '背', '肩', '辜', '自', '欠', '正', '重', '承']);
const APPROX = new Set(['余', '多', '几', '幾']);
/** After Arabic digits 千 starts a unit (千瓦, 千米), not a magnitude. */
const KILO_UNIT_NEXT = new Set(['瓦', '米', '克', '伏', '卡', '帕', '赫', '焦', '字', '兆']);

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isFullwidthDigit = (c: string | undefined): boolean => c !== undefined && c >= '０' && c <= '９';

/**
 * Full-width ASCII forms to ASCII, one UTF-16 unit for one, so offsets in the result are offsets in
 * the input. (NFKC would also do this but changes lengths, e.g. ㎡ → m2.)
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0x2212) out += '-';
    else if (code === 0xfe6a) out += '%';
    else if (code === 0xffe5) out += '¥';
    else out += text[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type TokenType =
  | 'arabic'
  | 'digit'
  | 'unit'
  | 'large'
  | 'point'
  | 'neg'
  | 'minus'
  | 'approx'
  | 'half'
  | 'fracOf'
  | 'pctOf'
  | 'you'
  | 'percentSign'
  | 'permilleSign'
  | 'pctPoint'
  | 'cheng'
  | 'zhe'
  | 'slash'
  | 'space'
  | 'other';

interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** digit/unit/large/arabic value; pctOf base (100, 1000, 10000). */
  value: number;
  ch: string;
  /** Arabic literal with no fractional part and no exponent. */
  isInt?: boolean;
  /** Arabic literal touching a Latin letter (S211, PM2.5, 5G): an identifier, not an amount. */
  blocked?: boolean;
}

const SPACE_RE = /[ \t]/;

function matchSpaced(s: string, i: number, chars: readonly string[][]): number {
  // Matches the character sets in order, allowing spaces between them (百 分 之); returns the end or -1.
  let j = i;
  for (let n = 0; n < chars.length; n++) {
    if (n > 0) while (j < s.length && SPACE_RE.test(s[j]) && j - i < 16) j++;
    if (j >= s.length || !chars[n].includes(s[j])) return -1;
    j++;
  }
  return j;
}

const BAI = ['百', '佰'];
const QIAN = ['千', '仟'];
const WAN = ['万', '萬'];
const FEN = ['分'];
const ZHI = ['之'];
const DIAN = ['点', '點'];
const GE = ['个', '個'];

function lexArabic(s: string, o: string, i: number, opts: Required<ScanOptions>): Token | null {
  let j = i;
  let text = '';
  const startsWithDot = s[i] === '.';
  if (!startsWithDot) {
    while (isAsciiDigit(s[j])) text += s[j++];
    // Thousands groups: exactly three digits each, and a full-width comma only between
    // full-width digits ("４，５６５"), so "$20，300" stays two prices.
    if (text.length <= 3) {
      while (s[j] === ',' && isAsciiDigit(s[j + 1]) && isAsciiDigit(s[j + 2]) && isAsciiDigit(s[j + 3]) && !isAsciiDigit(s[j + 4])) {
        const fullComma = o[j] === '，';
        if (fullComma !== isFullwidthDigit(o[j - 1]) || fullComma !== isFullwidthDigit(o[j + 1])) break;
        text += s.slice(j + 1, j + 4);
        j += 4;
      }
    }
  }
  let isInt = true;
  if (s[j] === '.' && isAsciiDigit(s[j + 1])) {
    let k = j + 1;
    let frac = '';
    while (isAsciiDigit(s[k])) frac += s[k++];
    text += `.${frac}`;
    j = k;
    isInt = false;
  } else if (opts.ocrSpaces && !startsWithDot && s.slice(0, i).trim() !== '') {
    // "38 .3%" / "1. 9%": merge only when the number goes on into a percent sign or a word.
    const m = /^( *\. *)(\d+)/.exec(s.slice(j, j + 12));
    if (m?.[1].includes(' ') && m[1].length <= 3) {
      const after = s[j + m[0].length];
      if (after !== undefined && (after === '%' || /[\u4e00-\u9fff]/.test(after)) && !/[年月日号]/.test(after)) {
        text += `.${m[2]}`;
        j += m[0].length;
        isInt = false;
      }
    }
  }
  if (text === '' || text === '.') return null;
  let numText = startsWithDot ? `0${text}` : text;
  if (opts.scientific) {
    const exp = /^[eE]([-+]?\d{1,3})(?![\d])/.exec(s.slice(j, j + 6));
    if (exp) {
      numText += `e${exp[1]}`;
      j += exp[0].length;
      isInt = false;
    } else {
      const pow = /^\^([-+]*)(\d{1,3})(?!\d)/.exec(s.slice(j, j + 10));
      if (pow) {
        const negs = (pow[1].match(/-/g) ?? []).length;
        const power = Number(pow[2]) * (negs % 2 === 1 ? -1 : 1);
        const v = Number(numText) ** power;
        j += pow[0].length;
        return finishArabic(s, i, j, v, false);
      }
    }
  }
  let value = Number(numText);
  if (opts.latinMultipliers) {
    const suffix = /^ ?([kKM])(?![A-Za-z])/.exec(s.slice(j, j + 3));
    if (suffix) {
      value *= suffix[1] === 'M' ? 1e6 : 1e3;
      value = roundSignificant(value);
      j += suffix[0].length;
      isInt = false;
    }
  }
  return finishArabic(s, i, j, value, isInt);
}

function finishArabic(s: string, i: number, j: number, value: number, isInt: boolean): Token {
  const blocked = isAsciiLetter(s[i - 1]) || isAsciiLetter(s[j]) || (s[i - 1] === '.' && isAsciiDigit(s[i - 2]));
  return { type: 'arabic', start: i, end: j, value, ch: s.slice(i, j), isInt, blocked };
}

function signAllowedAfter(c: string | undefined): boolean {
  // A dash after a digit, a percent sign or a numeral is a range ("4.5-5%", "2021-2025"), not a sign.
  if (c === undefined) return true;
  if (isAsciiDigit(c) || isAsciiLetter(c) || c === '%' || c === '.' || c === ')' || c === '-') return false;
  if (c in CN_DIGIT || c in SMALL_UNIT || c in LARGE_UNIT) return false;
  return true;
}

function tokenize(s: string, o: string, opts: Required<ScanOptions>): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, end: number, value = 0): void => {
    tokens.push({ type, start: i, end, value, ch: s.slice(i, end) });
    i = end;
  };
  while (i < s.length) {
    const c = s[i];
    if (isAsciiDigit(c) || (c === '.' && isAsciiDigit(s[i + 1]) && !isAsciiDigit(s[i - 1]))) {
      const t = lexArabic(s, o, i, opts);
      if (t) {
        tokens.push(t);
        i = t.end;
        continue;
      }
    }
    if (c === '-' && (isAsciiDigit(s[i + 1]) || (s[i + 1] === '.' && isAsciiDigit(s[i + 2]))) && signAllowedAfter(s[i - 1])) {
      push('minus', i + 1);
      continue;
    }
    let e: number;
    if ((e = matchSpaced(s, i, [GE, BAI, FEN, DIAN])) > 0 || (e = matchSpaced(s, i, [BAI, FEN, DIAN])) > 0) {
      push('pctPoint', e);
      continue;
    }
    if ((e = matchSpaced(s, i, [BAI, FEN, ZHI])) > 0) {
      push('pctOf', e, 100);
      continue;
    }
    if ((e = matchSpaced(s, i, [QIAN, FEN, ZHI])) > 0) {
      push('pctOf', e, 1000);
      continue;
    }
    if ((e = matchSpaced(s, i, [WAN, FEN, ZHI])) > 0) {
      push('pctOf', e, 10000);
      continue;
    }
    if ((e = matchSpaced(s, i, [FEN, ZHI])) > 0) {
      push('fracOf', e);
      continue;
    }
    if (c in CN_DIGIT) {
      push('digit', i + 1, CN_DIGIT[c]);
      continue;
    }
    if (c in SMALL_UNIT) {
      push('unit', i + 1, SMALL_UNIT[c]);
      continue;
    }
    if (c in LARGE_UNIT) {
      push('large', i + 1, LARGE_UNIT[c]);
      continue;
    }
    if (c === '点' || c === '點') {
      push('point', i + 1);
      continue;
    }
    // 减负, 抱负, 胜负: 负 is a verb or noun there, not a minus sign.
    if ((c === '负' || c === '負') && !NOT_SIGN_BEFORE_FU.has(s[i - 1] ?? '')) {
      push('neg', i + 1);
      continue;
    }
    if (APPROX.has(c)) {
      push('approx', i + 1);
      continue;
    }
    if (c === '半') {
      push('half', i + 1);
      continue;
    }
    if (c === '又') {
      push('you', i + 1);
      continue;
    }
    if (c === '%') {
      push('percentSign', i + 1);
      continue;
    }
    if (c === '‰') {
      push('permilleSign', i + 1);
      continue;
    }
    if (c === '成') {
      push('cheng', i + 1);
      continue;
    }
    if (c === '折') {
      push('zhe', i + 1);
      continue;
    }
    if (c === '/') {
      push('slash', i + 1);
      continue;
    }
    if (SPACE_RE.test(c)) {
      let j = i;
      while (j < s.length && SPACE_RE.test(s[j])) j++;
      push('space', j);
      continue;
    }
    push('other', i + 1);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Numeral evaluation over a token run (spaces already removed)

function roundSignificant(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}

function evalSection(ts: readonly Token[]): number | null {
  if (ts.length === 0) return null;
  if (ts.length === 1 && ts[0].type === 'arabic') return ts[0].value;
  let total = 0;
  let pending: Token | null = null;
  let pendingValue = 0;
  let lastUnit = Infinity;
  let sawZero = false;
  for (let n = 0; n < ts.length; n++) {
    const t = ts[n];
    if (t.type === 'digit' && t.value === 0) {
      if (pending) return null;
      sawZero = true;
      continue;
    }
    if (t.type === 'digit' || t.type === 'arabic') {
      if (pending) return null;
      // 2.5千 is a number; 2.5千3 and 1千2.5 are not.
      if (t.type === 'arabic' && !t.isInt && (n !== 0 || ts.length !== 2 || ts[1].type !== 'unit')) return null;
      pending = t;
      pendingValue = t.value;
      continue;
    }
    if (t.type === 'half') {
      if (pending || ts[n + 1]?.type !== 'unit' || total !== 0) return null;
      pending = t;
      pendingValue = 0.5;
      continue;
    }
    if (t.type === 'unit') {
      if (t.value >= lastUnit) return null;
      let mult: number;
      // 3千, 2.5千 and 4千6百 multiply a single digit; "15千" is not how anyone writes 15000.
      if (pending && pending.type === 'arabic' && pendingValue >= 10) return null;
      if (pending) mult = pendingValue;
      else if (t.value === 10 && (total === 0 || sawZero)) mult = 1;
      else if (total === 0 && ts[n + 1]?.type === 'digit' && ts[n + 1].value !== 0)
        mult = 1; // 百三, 千三
      else return null;
      total += mult * t.value;
      lastUnit = t.value;
      pending = null;
      sawZero = false;
      continue;
    }
    return null;
  }
  if (pending) {
    if (pending.type === 'half') return null;
    if (pending.type === 'arabic' && pendingValue >= lastUnit) return null;
    // 两千四百五 = 2450, 一万三 = 13000: a bare trailing digit counts in the next smaller unit.
    if (pending.type === 'digit' && !sawZero && (lastUnit === 100 || lastUnit === 1000)) total += (pendingValue * lastUnit) / 10;
    else total += pendingValue;
  }
  return roundSignificant(total);
}

function evalNumeral(ts: readonly Token[]): number | null {
  if (ts.length === 0) return null;
  // 十多万, 500余万: an approximator may only sit right before a magnitude.
  const clean: Token[] = [];
  for (let n = 0; n < ts.length; n++) {
    if (ts[n].type === 'approx') {
      const next = ts[n + 1];
      if (n === 0 || !next || (next.type !== 'large' && next.type !== 'unit')) return null;
      continue;
    }
    clean.push(ts[n]);
  }
  let pointAt = -1;
  let largeAt = -1;
  let largest = 0;
  for (let n = 0; n < clean.length; n++) {
    const t = clean[n];
    if (t.type === 'point') {
      if (pointAt >= 0) return null;
      pointAt = n;
    } else if (t.type === 'large' && t.value >= largest) {
      largest = t.value;
      largeAt = n;
    }
  }
  if (pointAt >= 0 && pointAt > largeAt) {
    const intPart = largeAt >= 0 ? evalNumeral(clean.slice(0, pointAt)) : evalSection(clean.slice(0, pointAt));
    if (intPart === null || !Number.isInteger(intPart) || intPart < 0) return null;
    const decimals = clean.slice(pointAt + 1);
    if (decimals.length === 0) return null;
    let frac = '';
    for (const d of decimals) {
      if (d.type !== 'digit' || NOT_DECIMAL_DIGIT.has(d.ch)) return null;
      frac += String(d.value);
    }
    return Number(`${intPart}.${frac}`);
  }
  if (largeAt < 0) return evalSection(clean);
  const left = clean.slice(0, largeAt);
  const right = clean.slice(largeAt + 1);
  if (left.length === 0) return null;
  const leftValue = evalNumeral(left);
  if (leftValue === null) return null;
  let rightValue = 0;
  if (right.length > 0) {
    // 4.78万 is a number, "1.5万3" is not.
    if (!Number.isInteger(leftValue) || left.some((t) => t.type === 'point' || (t.type === 'arabic' && !t.isInt))) return null;
    if (right.some((t) => t.type === 'point' || (t.type === 'arabic' && !t.isInt))) return null;
    if (right[0].type === 'digit' && right[0].value === 0) {
      let k = 0;
      while (k < right.length && right[k].type === 'digit' && right[k].value === 0) k++;
      const rest = right.slice(k);
      const v = rest.length ? evalNumeral(rest) : 0;
      if (v === null) return null;
      rightValue = v;
    } else if (right.length === 1 && right[0].type === 'digit') {
      rightValue = (right[0].value * largest) / 10; // 一万三 = 13000
    } else {
      const v = evalNumeral(right);
      if (v === null) return null;
      rightValue = v;
    }
    if (rightValue >= largest || !Number.isInteger(rightValue)) return null;
  }
  return roundSignificant(leftValue * largest + rightValue);
}

// ---------------------------------------------------------------------------------------------
// Scanner

const NUMERAL_TYPES = new Set<TokenType>(['arabic', 'digit', 'unit', 'large', 'point', 'approx', 'half']);

interface NumeralRun {
  value: number;
  /** index of the token after the numeral */
  next: number;
  tokens: Token[];
}

type NumeralResult = NumeralRun | { reject: true; skipTo: number } | null;

function isNumeralStart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.type === 'arabic') return !t.blocked;
  if (t.type === 'digit') return true;
  if (t.type === 'unit') return true;
  if (t.type === 'half') return tokens[k + 1]?.type === 'unit';
  return false;
}

function isDigitLike(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'digit';
}

/** Longest valid numeral starting at token k. */
function readNumeral(tokens: readonly Token[], k: number, s: string): NumeralResult {
  if (!isNumeralStart(tokens, k)) return null;
  // Collect the run, letting single spaces sit between numeral tokens ("一百 五 十 二").
  const run: Token[] = [];
  const idx: number[] = [];
  let n = k;
  while (n < tokens.length && run.length < 48) {
    const t = tokens[n];
    if (NUMERAL_TYPES.has(t.type)) {
      if (t.type === 'arabic' && t.blocked) break;
      if (t.type === 'unit' && t.value === 1000 && run.length > 0 && run[run.length - 1].type === 'arabic' && KILO_UNIT_NEXT.has(s[t.end]))
        break;
      run.push(t);
      idx.push(n);
      n++;
      continue;
    }
    if (t.type === 'space' && run.length > 0 && n + 1 < tokens.length && NUMERAL_TYPES.has(tokens[n + 1].type)) {
      n++;
      continue;
    }
    break;
  }
  // Runs of bare digits ("两两", "二三十", "九九") are not amounts unless they spell a year (二〇三五).
  if (isDigitLike(run[0]) && isDigitLike(run[1])) {
    let m = 0;
    while (m < run.length && isDigitLike(run[m])) m++;
    const digits = run.slice(0, m);
    const followedByYear = s[digits[m - 1].end] === '年';
    if (m === 4 && (digits.some((d) => d.value === 0) || followedByYear) && (m === run.length || run[m].type !== 'unit')) {
      return { value: Number(digits.map((d) => d.value).join('')), next: idx[m - 1] + 1, tokens: digits };
    }
    return { reject: true, skipTo: idx[run.length - 1] + 1 };
  }
  for (let len = run.length; len > 0; len--) {
    const last = run[len - 1];
    if (last.type === 'point' || last.type === 'approx' || last.type === 'half') continue;
    const v = evalNumeral(run.slice(0, len));
    if (v !== null && Number.isFinite(v)) return { value: v, next: idx[len - 1] + 1, tokens: run.slice(0, len) };
  }
  return null;
}

function skipSpaces(tokens: readonly Token[], k: number): number {
  return tokens[k]?.type === 'space' ? k + 1 : k;
}

function scriptOf(ts: readonly Token[]): 'arabic' | 'chinese' | 'mixed' {
  const hasArabic = ts.some((t) => t.type === 'arabic');
  const hasChinese = ts.some((t) => t.type !== 'arabic');
  return hasArabic && hasChinese ? 'mixed' : hasArabic ? 'arabic' : 'chinese';
}

/** Splits a trailing magnitude off a numeral: "1.5万" → 1.5 + 万, "三千万" → 3000 + 万. */
function splitMagnitude(ts: readonly Token[], value: number): { written: number; magnitude: string } {
  if (ts.length >= 2 && ts[0].type === 'arabic' && ts.slice(1).every((t) => t.type === 'large' || t.type === 'unit')) {
    return {
      written: ts[0].value,
      magnitude: ts
        .slice(1)
        .map((t) => t.ch)
        .join(''),
    };
  }
  let m = ts.length;
  while (m > 0 && ts[m - 1].type === 'large') m--;
  if (m > 0 && m < ts.length && ts.slice(0, m).every((t) => t.type !== 'arabic' && t.type !== 'approx')) {
    const head = evalNumeral(ts.slice(0, m));
    if (head !== null)
      return {
        written: head,
        magnitude: ts
          .slice(m)
          .map((t) => t.ch)
          .join(''),
      };
  }
  return { written: value, magnitude: '' };
}

interface Built {
  mention: NumberMention | null;
  next: number;
}

function readFractionTail(tokens: readonly Token[], k: number, den: number, s: string): { value: number; next: number } | null {
  // After "N分之" (or a pctOf read as a denominator): an optional 负 and the numerator.
  let n = skipSpaces(tokens, k);
  let sign = 1;
  if (tokens[n]?.type === 'neg') {
    sign = -1;
    n++;
  }
  const num = readNumeral(tokens, n, s);
  if (!num || 'reject' in num || den === 0) return null;
  return { value: roundSignificant((sign * num.value) / den), next: num.next };
}

function readDiscount(tokens: readonly Token[], k: number, s: string): { value: number; next: number; numeral: Token[] } | null {
  // 七五折, 7 2 折, 9.9折, 三点一折, 九折: two bare digits read as a two-digit percentage.
  const ds: Token[] = [];
  let n = k;
  while (ds.length < 2) {
    const t = tokens[n];
    if (!t) break;
    if ((t.type === 'digit' && t.value > 0) || (t.type === 'arabic' && t.isInt && t.ch.length === 1)) {
      ds.push(t);
      n = skipSpaces(tokens, n + 1);
      continue;
    }
    break;
  }
  if (ds.length === 2 && tokens[n]?.type === 'zhe') return { value: ds[0].value * 10 + ds[1].value, next: n + 1, numeral: ds };
  const one = readNumeral(tokens, k, s);
  if (!one || 'reject' in one) return null;
  const z = skipSpaces(tokens, one.next);
  if (tokens[z]?.type !== 'zhe') return null;
  const v = one.value;
  if (v > 0 && v < 10) return { value: roundSignificant(v * 10), next: z + 1, numeral: one.tokens };
  if (v >= 10 && v < 100 && Number.isInteger(v) && one.tokens.length === 1 && one.tokens[0].type === 'arabic') {
    return { value: v, next: z + 1, numeral: one.tokens };
  }
  return null;
}

function buildAt(tokens: readonly Token[], k: number, s: string, o: string, opts: Required<ScanOptions>): Built | null {
  const first = tokens[k];
  const mk = (
    startTok: number,
    endTok: number,
    kind: NumberMentionKind,
    value: number,
    numeral: readonly Token[],
    extra: Partial<NumberMention> = {},
  ): NumberMention => {
    const start = tokens[startTok].start;
    const end = tokens[endTok - 1].end;
    const prev = s.slice(Math.max(0, start - 2), start).replace(/\s/g, '');
    return {
      start,
      end,
      text: o.slice(start, end),
      kind,
      value,
      written: value,
      magnitude: '',
      script: scriptOf(numeral),
      ordinal: prev.endsWith('第'),
      ...extra,
    };
  };

  // 百分之/千分之/万分之 before the number.
  if (first.type === 'pctOf') {
    let n = skipSpaces(tokens, k + 1);
    let sign = 1;
    if (tokens[n]?.type === 'neg' || tokens[n]?.type === 'minus') {
      sign = -1;
      n++;
    }
    let num = readNumeral(tokens, n, s);
    if (num && 'reject' in num) return { mention: null, next: num.skipTo };
    // 百分之百: a lone 百 is 100 only here.
    if (!num && sign === 1 && first.value === 100 && tokens[n]?.type === 'unit' && tokens[n].value === 100)
      num = { value: 100, next: n + 1, tokens: [tokens[n]] };
    if (!num) return null;
    const form: PercentForm = first.value === 100 ? '百分之' : first.value === 1000 ? '千分之' : '万分之';
    const written = sign * num.value;
    const value = roundSignificant((written * 100) / first.value);
    return { mention: mk(k, num.next, 'percent', value, num.tokens, { written, form }), next: num.next };
  }

  // 打对折 / 半折 / 半成
  if (first.type === 'half' && (tokens[k + 1]?.type === 'cheng' || (opts.discounts && tokens[k + 1]?.type === 'zhe'))) {
    const isCheng = tokens[k + 1].type === 'cheng';
    return { mention: mk(k, k + 2, 'percent', isCheng ? 5 : 50, [first], { written: 0.5, form: isCheng ? '成' : '折' }), next: k + 2 };
  }
  if (
    opts.discounts &&
    first.type === 'other' &&
    (first.ch === '对' || first.ch === '對') &&
    tokens[k + 1]?.type === 'zhe' &&
    s[first.start - 1] === '打'
  ) {
    return { mention: mk(k, k + 2, 'percent', 50, [first], { written: 50, form: '折' }), next: k + 2 };
  }

  let n = k;
  let sign = 1;
  if (first.type === 'neg' || first.type === 'minus') {
    if (!isNumeralStart(tokens, k + 1)) return null;
    sign = -1;
    n = k + 1;
  }
  if (!isNumeralStart(tokens, n)) return null;

  if (opts.discounts) {
    const d = readDiscount(tokens, n, s);
    if (d) return { mention: mk(k, d.next, 'percent', sign * d.value, d.numeral, { written: sign * d.value, form: '折' }), next: d.next };
  }

  const num = readNumeral(tokens, n, s);
  if (num && 'reject' in num) return { mention: null, next: num.skipTo };
  if (!num) return null;
  const base = sign * num.value;
  const after = num.next;
  const spaced = skipSpaces(tokens, after);
  const t = tokens[spaced];

  // N又M分之K
  if (t?.type === 'you') {
    const m = readNumeral(tokens, skipSpaces(tokens, spaced + 1), s);
    if (m && !('reject' in m)) {
      const f = tokens[skipSpaces(tokens, m.next)];
      let den: number | null = null;
      let at = -1;
      if (f?.type === 'fracOf') {
        den = m.value;
        at = skipSpaces(tokens, m.next) + 1;
      } else if (f?.type === 'pctOf') {
        den = m.value * f.value;
        at = skipSpaces(tokens, m.next) + 1;
      }
      if (den !== null) {
        const tail = readFractionTail(tokens, at, den, s);
        if (tail) {
          const v = roundSignificant(sign * (num.value + tail.value));
          return { mention: mk(k, tail.next, 'fraction', v, num.tokens), next: tail.next };
        }
      }
    }
  }
  // N分之M, N百分之M (the 百 belongs to the denominator when a numeral precedes it).
  if (t?.type === 'fracOf' || (t?.type === 'pctOf' && spaced === after)) {
    const den = t.type === 'fracOf' ? base : base * t.value;
    const tail = readFractionTail(tokens, spaced + 1, den, s);
    if (tail) return { mention: mk(k, tail.next, 'fraction', tail.value, num.tokens), next: tail.next };
    if (t.type === 'pctOf') return null;
  }
  // 3/5 and "1 3/5"
  if (num.tokens.length === 1 && num.tokens[0].type === 'arabic' && num.tokens[0].isInt) {
    const slashAt = tokens[after]?.type === 'slash' ? after : -1;
    if (slashAt >= 0) {
      const d = tokens[slashAt + 1];
      if (d?.type === 'arabic' && d.isInt && !d.blocked && d.value !== 0 && tokens[slashAt + 2]?.type !== 'slash') {
        return { mention: mk(k, slashAt + 2, 'fraction', roundSignificant(base / d.value), num.tokens), next: slashAt + 2 };
      }
    } else if (tokens[after]?.type === 'space' && tokens[after].end - tokens[after].start === 1) {
      const a = tokens[after + 1];
      const sl = tokens[after + 2];
      const d = tokens[after + 3];
      if (
        a?.type === 'arabic' &&
        a.isInt &&
        !a.blocked &&
        sl?.type === 'slash' &&
        d?.type === 'arabic' &&
        d.isInt &&
        !d.blocked &&
        d.value !== 0 &&
        tokens[after + 4]?.type !== 'slash'
      ) {
        const v = roundSignificant(sign * (num.value + a.value / d.value));
        return { mention: mk(k, after + 4, 'fraction', v, num.tokens), next: after + 4 };
      }
    }
  }
  // Percent signs and 个百分点
  if (t?.type === 'percentSign' || t?.type === 'permilleSign') {
    const permille = t.type === 'permilleSign';
    const value = permille ? roundSignificant(base / 10) : base;
    return { mention: mk(k, spaced + 1, 'percent', value, num.tokens, { written: base, form: permille ? '‰' : '%' }), next: spaced + 1 };
  }
  if (t?.type === 'pctPoint') {
    return { mention: mk(k, spaced + 1, 'percentagePoint', base, num.tokens, { written: base, form: '个百分点' }), next: spaced + 1 };
  }
  // 七成, 三成半, 七成 六
  if (t?.type === 'cheng' && num.value > 0 && num.value <= 10) {
    let value = base * 10;
    let end = spaced + 1;
    const tail = tokens[skipSpaces(tokens, end)];
    if (tail?.type === 'half') {
      value += 5 * sign;
      end = skipSpaces(tokens, end) + 1;
    } else if (tail?.type === 'digit' && tail.value > 0 && Number.isInteger(num.value) && num.value < 10) {
      const afterTail = tokens[skipSpaces(tokens, end) + 1];
      if (!afterTail || !NUMERAL_TYPES.has(afterTail.type)) {
        value += tail.value * sign;
        end = skipSpaces(tokens, end) + 1;
      }
    }
    const written = value === base * 10 ? base : value / 10;
    return { mention: mk(k, end, 'percent', roundSignificant(value), num.tokens, { written, form: '成' }), next: end };
  }

  // A plain number.
  if (num.tokens.length === 1) {
    const only = num.tokens[0];
    if (only.type === 'digit' || only.type === 'unit') {
      if (AMBIGUOUS_ALONE.has(only.ch) && sign === 1) return { mention: null, next: after };
      const before = s[only.start - 1] ?? '';
      const afterCh = s[only.end] ?? '';
      if (BLOCKED_BIGRAMS.has(only.ch + afterCh) || BLOCKED_BIGRAMS.has(before + only.ch)) return { mention: null, next: after };
    }
  }
  const split = splitMagnitude(num.tokens, num.value);
  const mention = mk(k, after, 'number', base, num.tokens, { written: sign * split.written, magnitude: split.magnitude });
  return { mention, next: after };
}

const DEFAULTS: Required<ScanOptions> = { discounts: false, scientific: false, latinMultipliers: false, ocrSpaces: true };

/** Finds every number, fraction and percentage in `text`, left to right, without overlaps. */
export function scanNumbers(text: string, options: ScanOptions = {}): NumberMention[] {
  const opts: Required<ScanOptions> = { ...DEFAULTS, ...options };
  const s = toHalfWidth(text);
  const tokens = tokenize(s, text, opts);
  const out: NumberMention[] = [];
  let k = 0;
  while (k < tokens.length) {
    const built = buildAt(tokens, k, s, text, opts);
    if (!built) {
      k++;
      continue;
    }
    if (built.mention && Number.isFinite(built.mention.value) && Number.isFinite(built.mention.written)) out.push(built.mention);
    k = Math.max(built.next, k + 1);
  }
  return out;
}

const WHOLE: ScanOptions = { discounts: true, scientific: true, latinMultipliers: true, ocrSpaces: false };

function whole(text: string): NumberMention | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const ms = scanNumbers(trimmed, WHOLE);
  return ms.length === 1 && ms[0].start === 0 && ms[0].end === trimmed.length ? ms[0] : null;
}

/**
 * Parses a whole string as one number: "1,234", "１２.５", "一百二十三", "两千零五", "十二万三千",
 * "1.5万", "3千", "三点五", "三分之一", "负五", "半". Percentages and anything with other text → null.
 */
export function parseChineseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '半' || t === '一半') return 0.5;
  const m = whole(t);
  return m && (m.kind === 'number' || m.kind === 'fraction') ? m.value : null;
}

/**
 * Parses a whole string as a percentage and returns it in percent: "3.2%", "百分之三点二" → 3.2,
 * "千分之2.4" → 0.24, "5个百分点" → 5, "七成" → 70, "九折" → 90. Anything else → null.
 */
export function parsePercentage(text: string): number | null {
  const m = whole(text);
  return m && (m.kind === 'percent' || m.kind === 'percentagePoint') ? m.value : null;
}

// ---------------------------------------------------------------------------------------------
// Money

export interface Currency {
  /** As written: 元, 美元, 港元 … */
  name: string;
  iso?: string;
  english: string;
}

export interface CurrencyMention {
  start: number;
  end: number;
  text: string;
  /** Fully scaled amount (3.5亿元 → 350000000), null for a currency named without an amount. */
  value: number | null;
  currency: Currency;
}

const CURRENCIES: readonly Currency[] = [
  { name: '人民币', iso: 'CNY', english: 'Chinese yuan' },
  { name: '元', iso: 'CNY', english: 'Chinese yuan' },
  { name: '美元', iso: 'USD', english: 'United States dollar' },
  { name: '美圆', iso: 'USD', english: 'United States dollar' },
  { name: '美金', iso: 'USD', english: 'United States dollar' },
  { name: '欧元', iso: 'EUR', english: 'Euro' },
  { name: '港元', iso: 'HKD', english: 'Hong Kong dollar' },
  { name: '港币', iso: 'HKD', english: 'Hong Kong dollar' },
  { name: '日元', iso: 'JPY', english: 'Japanese yen' },
  { name: '新台币', iso: 'TWD', english: 'New Taiwan dollar' },
  { name: '台币', iso: 'TWD', english: 'New Taiwan dollar' },
  { name: '瑞士法郎', iso: 'CHF', english: 'Swiss franc' },
  { name: '英镑', iso: 'GBP', english: 'British pound' },
  { name: '韩元', iso: 'KRW', english: 'South Korean won' },
  { name: '卢布', iso: 'RUB', english: 'Russian ruble' },
  { name: '奈拉', iso: 'NGN', english: 'Nigerian naira' },
  { name: '澳元', iso: 'AUD', english: 'Australian dollar' },
  { name: '加元', iso: 'CAD', english: 'Canadian dollar' },
  { name: '比特币', english: 'Bitcoin' },
];
const SYMBOLS: Readonly<Record<string, Currency>> = {
  $: { name: '$', english: 'Dollar' },
  '¥': { name: '¥', iso: 'CNY', english: 'Chinese yuan' },
  '€': { name: '€', iso: 'EUR', english: 'Euro' },
  '£': { name: '£', iso: 'GBP', english: 'British pound' },
};
const BY_LENGTH = [...CURRENCIES].sort((a, b) => b.name.length - a.name.length);

/** 50元6角三分: 角/毛 are tenths and 分 hundredths of a yuan. */
function readSubunits(text: string, from: number): { value: number; end: number } {
  let end = from;
  let value = 0;
  const units: Array<[string[], number]> = [
    [['角', '毛'], 0.1],
    [['分'], 0.01],
  ];
  for (const [names, size] of units) {
    const ms = scanNumbers(text.slice(end, end + 6));
    const m = ms[0];
    if (m?.start !== 0 || m.kind !== 'number' || !Number.isInteger(m.value) || m.value > 9) continue;
    const ch = text[end + m.end];
    if (!names.includes(ch) || (ch === '分' && text[end + m.end + 1] === '之')) continue;
    value += m.value * size;
    end += m.end + 1;
  }
  return { value, end };
}

function currencyAt(s: string, i: number): Currency | null {
  for (const c of BY_LENGTH) if (s.startsWith(c.name, i)) return c;
  return null;
}

/**
 * Amounts of money: a number followed by a currency ("3.5亿元", "五美元", "8亿元人民币",
 * "20个比特币") or preceded by a symbol ("$20", "￥300"). With `bareNames`, currencies named
 * without an amount ("人民币") are reported too, with a null value.
 */
export function scanCurrencies(text: string, options: { bareNames?: boolean } = {}): CurrencyMention[] {
  const s = toHalfWidth(text);
  const out: CurrencyMention[] = [];
  for (const m of scanNumbers(text)) {
    if (m.kind !== 'number' || m.ordinal) continue;
    const symbol = SYMBOLS[s[m.start - 1] ?? ''];
    if (symbol && m.value >= 0) {
      out.push({ start: m.start - 1, end: m.end, text: text.slice(m.start - 1, m.end), value: m.value, currency: symbol });
      continue;
    }
    let j = m.end;
    if (s[j] === ' ') j++;
    let c = currencyAt(s, j);
    if (!c && (s[j] === '个' || s[j] === '枚')) {
      const inner = currencyAt(s, j + 1);
      if (inner && !inner.iso) c = inner;
      if (c) j++;
    }
    if (!c) continue;
    let end = j + c.name.length;
    let value = m.value;
    if (c.name === '元' && s.startsWith('人民币', end)) end += 3;
    else if (c.name === '元') {
      const cents = readSubunits(text, end);
      value = roundSignificant(value + cents.value);
      end = cents.end;
    }
    out.push({ start: m.start, end, text: text.slice(m.start, end), value, currency: c });
  }
  if (options.bareNames) {
    for (const c of BY_LENGTH) {
      if (c.name.length < 2) continue;
      let from = 0;
      for (;;) {
        const at = s.indexOf(c.name, from);
        if (at < 0) break;
        from = at + c.name.length;
        const end = at + c.name.length;
        if (out.some((x) => x.start < end && at < x.end)) continue;
        out.push({ start: at, end, text: text.slice(at, end), value: null, currency: c });
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
