/**
 * "提前6小时、提前2小时预报落区精细到乡镇的强降水": values listed under one verb, the thing done written once after the
 * last of them. A value named by that verb alone shares the name of the next one, of the same unit, that writes it whole
 * (提前预报落区精细到乡镇的强降水 6小时, not a bare 提前).
 */
import { TIME_AHEAD_VERBS } from '../lang/zh/figure-words.js';
import type { Figure } from './figure-schema.js';

export function withSharedVerbNames(figures: readonly Figure[]): Figure[] {
  return figures.map((f, i) => {
    if (!TIME_AHEAD_VERBS.includes(f.indicator)) return f;
    const next = figures[i + 1];
    const named = next && next.unit === f.unit && next.citationId === f.citationId && next.indicator.startsWith(f.indicator);
    return named && next.indicator.length > f.indicator.length ? { ...f, indicator: next.indicator } : f;
  });
}
