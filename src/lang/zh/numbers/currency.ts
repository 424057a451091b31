import { toHalfWidth } from './characters.js';
import { roundSignificant } from './round.js';
import { scanNumbers } from './scan.js';

/** Money: amounts with their currency (3.5亿元, $20, 50元6角三分) and currencies named alone. */

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
