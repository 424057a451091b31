/**
 * Clause reading, the words before a number: its qualifiers ("力争", "不低于"), its growth verb
 * ("比上年增长"), a gap's comparison ("高于全国"), and the raw indicator phrase left over.
 */
import { CHANGE_VERBS, type ChangeVerb } from '../lang/zh/change-words.js';
import {
  GAP_COMPARATIVE,
  GAP_COMPARATIVE_UP,
  GAP_REFERENCE_TAIL,
  GAP_VERBS,
  GROWTH_BASE_BEFORE,
  GROWTH_MODIFIERS,
  LEADING_JOINERS,
  LINK_WORDS,
  NOT_GAP_REFERENCE,
  SHARE_OPENERS,
} from '../lang/zh/figure-words.js';
import { AIM_QUALIFIERS, BOUND_QUALIFIERS, MULTI_YEAR_QUALIFIERS, PRE_QUALIFIERS } from '../lang/zh/qualifiers.js';
import { PERCENT_UNITS, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { stripWords } from './indicator-naming.js';
import { SPAN_TAIL, STREAK_TAIL } from '../lang/zh/span-words.js';

export interface PreAnalysis {
  indicatorRaw: string;
  qualifiers: string[];
  growth?: ChangeVerb;
  gap?: { verb: ChangeVerb; ref: string };
  startsWithShare: boolean;
  /** "连续7年保持…": the value held over a streak of years, not one year's result. */
  streak?: boolean;
}

export function analyzePre(pre: string, unit: string): PreAnalysis {
  let p = pre.replace(/\s+/g, '');
  const qualifiers: string[] = [];
  const startsWithShare = PERCENT_UNITS.has(unit) && SHARE_OPENERS.test(cleanLeading(p));
  if (unit === PERCENTAGE_POINTS) {
    // "增速比城镇居民高2.4个百分点".
    const compared = GAP_COMPARATIVE.exec(p);
    if (compared && !NOT_GAP_REFERENCE.test(compared[1])) {
      const verb: ChangeVerb = { word: compared[2], direction: GAP_COMPARATIVE_UP.includes(compared[2]) ? 'up' : 'down' };
      return { indicatorRaw: p.slice(0, compared.index), qualifiers, gap: { verb, ref: compared[1] }, startsWithShare };
    }
    for (const v of GAP_VERBS) {
      const at = p.lastIndexOf(v.word);
      if (at < 0) continue;
      const ref = p.slice(at + v.word.length);
      if (ref.length <= 8 && !NOT_GAP_REFERENCE.test(ref)) {
        return { indicatorRaw: p.slice(0, at), qualifiers, gap: { verb: v, ref: ref.replace(GAP_REFERENCE_TAIL, '') }, startsWithShare };
      }
    }
  }
  for (let guard = 0; guard < 8; guard++) {
    p = p.replace(/[、,;:]+$/, '');
    const q = PRE_QUALIFIERS.find((w) => p.endsWith(w));
    // 低于/高于 as a bound ("低于0.01人/亿元") only when nothing else explains the words.
    if (q && !BOUND_QUALIFIERS.includes(q)) {
      qualifiers.unshift(q);
      p = p.slice(0, -q.length);
      continue;
    }
    const link = LINK_WORDS.find((w) => p.endsWith(w));
    if (link && p.length > link.length) {
      p = p.slice(0, -link.length);
      continue;
    }
    if (q) {
      qualifiers.unshift(q);
      p = p.slice(0, -q.length);
      continue;
    }
    break;
  }
  if (PERCENT_UNITS.has(unit)) {
    const verb = CHANGE_VERBS.find((v) => p.endsWith(v.word));
    if (verb) {
      p = p.slice(0, -verb.word.length);
      const stripped = stripWords(p, GROWTH_MODIFIERS, true);
      // "年均增长5.9%" is a span's average, never one year's growth: its 年均 stays with the figure.
      for (const r of stripped.removed) if (AIM_QUALIFIERS.includes(r) || MULTI_YEAR_QUALIFIERS.includes(r)) qualifiers.unshift(r);
      // "澳资企业超6600户、较3年前增长44%": the base stays with the figure as its span, out of the name.
      const base = GROWTH_BASE_BEFORE.exec(stripped.text);
      if (base) qualifiers.unshift(base[0]);
      const named = base ? stripped.text.slice(0, base.index) : stripped.text;
      return { ...spanOf(named, qualifiers, true), growth: verb, startsWithShare };
    }
  }
  return { ...spanOf(p, qualifiers), startsWithShare };
}

/**
 * The span the words end with, as a qualifier: "5年提高4.5个百分点" is a change over five years of
 * the figure before it, not a figure named 5年; "连续7年保持98%以上" is a streak.
 */
export function spanOf(
  raw: string,
  qualifiers: string[],
  beforeGrowth = false,
): { indicatorRaw: string; qualifiers: string[]; streak?: boolean } {
  const streak = STREAK_TAIL.exec(raw);
  if (streak) return { indicatorRaw: raw.slice(0, streak.index), qualifiers: [streak[0], ...qualifiers], streak: true };
  const span = SPAN_TAIL.exec(raw);
  // A span stands alone after a clause mark or at the start: "…的13年" is part of a name. Right before a
  // growth verb it is the span of the growth even after the name: "居民人均可支配收入五年增长30.8%".
  const before = span ? raw.slice(0, span.index) : '';
  if (span && (span.index === 0 || /[、,;:]$/.test(before) || (beforeGrowth && before.length >= 2 && !before.endsWith('的'))))
    return { indicatorRaw: raw.slice(0, span.index), qualifiers: [span[0], ...qualifiers] };
  return { indicatorRaw: raw, qualifiers };
}

function cleanLeading(p: string): string {
  return p.replace(LEADING_JOINERS, '');
}

export function joinQualifiers(pre: readonly string[], post: string | undefined, approx?: string): string | undefined {
  const parts = [...pre];
  if (approx) parts.push(approx);
  if (post) parts.push(post);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('')}…${parts[parts.length - 1]}`;
}
