import { NOT_DECIMAL_DIGITS } from './numerals.js';
import { roundSignificant } from './round.js';
import type { Token } from './tokens.js';

/** The value of a numeral from its tokens (spaces already removed), or null if they spell none. */

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

export function evalNumeral(ts: readonly Token[]): number | null {
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
      if (d.type !== 'digit' || NOT_DECIMAL_DIGITS.has(d.ch)) return null;
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
