import { isAsciiDigit, isAsciiLetter, isFullwidthDigit } from './characters.js';
import type { ScanOptions } from './mention.js';
import {
  APPROXIMATORS,
  BAI,
  CHINESE_DIGITS,
  DATE_UNITS,
  DIAN,
  FEN,
  GE,
  LARGE_UNITS,
  NEGATIVE,
  NOT_SIGN_BEFORE_FU,
  NUMERAL_SIGNS,
  QIAN,
  SMALL_UNITS,
  WAN,
  ZHI,
} from './numerals.js';
import { roundSignificant } from './round.js';
import { LATIN_UNIT_START } from '../units.js';

/** The tokens a text is read into before numerals are assembled from them. */

const SIGN_TOKENS = new Map<string, TokenType>([
  [NUMERAL_SIGNS.half, 'half'],
  [NUMERAL_SIGNS.and, 'you'],
  [NUMERAL_SIGNS.percent, 'percentSign'],
  [NUMERAL_SIGNS.permille, 'permilleSign'],
  [NUMERAL_SIGNS.cheng, 'cheng'],
  [NUMERAL_SIGNS.zhe, 'zhe'],
  [NUMERAL_SIGNS.slash, 'slash'],
]);
/** A merged OCR decimal ("1. 9") never runs into a date: "1. 9月" is a list number and a month. */
const DATE_UNIT = new RegExp(`[${DATE_UNITS}]`);

export type TokenType =
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

export interface Token {
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

/** The spaces a numeral may be written across ("百 分 之", OCR's "1. 9"). */
const SPACE_CHARACTERS: readonly string[] = [' ', '\t'];
export const SPACE_RE = new RegExp(`[${SPACE_CHARACTERS.join('')}]`);

/**
 * Every character that can begin a token other than 'other' once the Arabic and minus checks are
 * past: the first characters of the spaced words (个百分点, 百分之, 千分之, 万分之, 分之), the
 * numerals, units and signs, the spaces. The scanner reads each character of every cited sentence
 * and most are none of these: one look-up sends them straight to 'other' instead of a dozen.
 */
const TOKEN_STARTS: ReadonlySet<string> = new Set([
  ...GE,
  ...BAI,
  ...QIAN,
  ...WAN,
  ...FEN,
  ...Object.keys(CHINESE_DIGITS),
  ...Object.keys(SMALL_UNITS),
  ...Object.keys(LARGE_UNITS),
  ...DIAN,
  ...NEGATIVE,
  ...APPROXIMATORS,
  ...SIGN_TOKENS.keys(),
  ...SPACE_CHARACTERS,
]);

function matchSpaced(s: string, i: number, chars: ReadonlyArray<readonly string[]>): number {
  // Matches the character sets in order, allowing spaces between them (百 分 之); returns the end or -1.
  let j = i;
  for (let n = 0; n < chars.length; n++) {
    if (n > 0) while (j < s.length && SPACE_RE.test(s[j]) && j - i < 16) j++;
    if (j >= s.length || !chars[n].includes(s[j])) return -1;
    j++;
  }
  return j;
}

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
      if (text.length <= 3) [text, j] = spaceGroups(s, text, j);
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
      if (after !== undefined && (after === '%' || /[\u4e00-\u9fff]/.test(after)) && !DATE_UNIT.test(after)) {
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
  // "12GWh": letters that are a unit leave the number an amount.
  const letterAfter = isAsciiLetter(s[j]) && !LATIN_UNIT_START.test(s.slice(j, j + 4));
  const blocked = isAsciiLetter(s[i - 1]) || letterAfter || (s[i - 1] === '.' && isAsciiDigit(s[i - 2]));
  return { type: 'arabic', start: i, end: j, value, ch: s.slice(i, j), isInt, blocked };
}

function signAllowedAfter(c: string | undefined): boolean {
  // A dash after a digit, a percent sign or a numeral is a range ("4.5-5%", "2021-2025"), not a sign.
  if (c === undefined) return true;
  if (isAsciiDigit(c) || isAsciiLetter(c) || c === '%' || c === '.' || c === ')' || c === '-') return false;
  if (c in CHINESE_DIGITS || c in SMALL_UNITS || c in LARGE_UNITS) return false;
  return true;
}

export function tokenize(s: string, o: string, opts: Required<ScanOptions>): Token[] {
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
    if (!TOKEN_STARTS.has(c)) {
      push('other', i + 1);
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
    if (c in CHINESE_DIGITS) {
      push('digit', i + 1, CHINESE_DIGITS[c]);
      continue;
    }
    if (c in SMALL_UNITS) {
      push('unit', i + 1, SMALL_UNITS[c]);
      continue;
    }
    if (c in LARGE_UNITS) {
      push('large', i + 1, LARGE_UNITS[c]);
      continue;
    }
    if (DIAN.includes(c)) {
      push('point', i + 1);
      continue;
    }
    // 减负, 抱负, 胜负: 负 is a verb or noun there, not a minus sign.
    if (NEGATIVE.includes(c) && !NOT_SIGN_BEFORE_FU.has(s[i - 1] ?? '')) {
      push('neg', i + 1);
      continue;
    }
    if (APPROXIMATORS.has(c)) {
      push('approx', i + 1);
      continue;
    }
    const sign = SIGN_TOKENS.get(c);
    if (sign) {
      push(sign, i + 1);
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

/** A space, no-break space, thin space or narrow no-break space between thousands groups ("3 000万元", "12 345.6"). */
const THOUSANDS_SPACE = /[ \u00a0\u2009\u202f]/;

/**
 * Thousands groups set apart by a space ("3 000万元" is 3000万元, not 3 and 0万元): exactly three digits each,
 * and the number must end at a unit, a mark or the end, not at another space, so a row of numbers in columns
 * ("12 345 678" read as three cells) is not joined into one. Returns the digits and the end, unchanged when none.
 */
function spaceGroups(s: string, text: string, start: number): [string, number] {
  let digits = text;
  let j = start;
  while (
    THOUSANDS_SPACE.test(s[j] ?? '') &&
    isAsciiDigit(s[j + 1]) &&
    isAsciiDigit(s[j + 2]) &&
    isAsciiDigit(s[j + 3]) &&
    !isAsciiDigit(s[j + 4])
  ) {
    digits += s.slice(j + 1, j + 4);
    j += 4;
  }
  if (j === start || /\s/.test(s[j] ?? '')) return [text, start];
  return [digits, j];
}
