import { glossary } from '../lang/zh/glossary.js';

const ACRONYMS: Record<string, string> = { gdp: 'GDP', 'r&d': 'R&D', fdi: 'FDI', cpi: 'CPI' };
const PREFERRED = /district|city|province|state council|municipality/;

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => ACRONYMS[w] ?? (i > 0 && /^(of|and|the|per)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** An issuer's English name from the glossary ("钱塘区" → "Qiantang District"), else the Chinese. */
export function englishPlace(issuer: string): string {
  const english = (glossary().places.find((p) => p.name === issuer)?.aliases ?? []).filter((a) => /^[a-z' ]+$/.test(a));
  const name = english.find((a) => PREFERRED.test(a)) ?? english[0];
  return name ? titleCase(name) : issuer;
}

/** An indicator's English name from the glossary ("地区生产总值" → "GDP"), or null when it has none. */
export function englishIndicator(indicator: string): string | null {
  const entry = glossary().indicators.find((i) => i.name === indicator || i.synonyms.includes(indicator));
  return entry?.en[0] ? titleCase(entry.en[0]) : null;
}

/** Units the reports count in 万 and 亿, as multipliers of an English unit. */
const ENGLISH_UNITS: Record<string, [number, string]> = {
  万亿元: [1e12, 'yuan'],
  亿元: [1e8, 'yuan'],
  万元: [1e4, 'yuan'],
  亿美元: [1e8, 'US dollars'],
  万美元: [1e4, 'US dollars'],
  万人: [1e4, 'people'],
  万户: [1e4, 'households'],
  万件: [1e4, 'items'],
};

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "20059亿元" for an English reader: "2.01 trillion yuan"; null for units that need no help. */
export function englishAmount(value: number, unit: string): string | null {
  const known = ENGLISH_UNITS[unit];
  if (!known) return null;
  const amount = value * known[0];
  const [scale, word] = SCALES.find(([s]) => Math.abs(amount) >= s) ?? [1, ''];
  const scaled = amount / scale;
  const digits = Math.abs(scaled) >= 100 ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
  const number = Number(scaled.toFixed(digits)).toLocaleString('en-US');
  return `${number}${word ? ` ${word}` : ''} ${known[1]}`;
}
