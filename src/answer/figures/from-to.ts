import { FROM_PATTERN, FROM_WORDS, TO_PATTERN } from '../../lang/zh/milestone-words.js';
import type { Figure } from '../schema.js';

/**
 * "研发投入强度从2.77%提高到3.3%": a pair, the indicator's value then and now. Both figures take
 * the indicator's own name, the years the sentence gives them, and the value reached comes first:
 * it is what the sentence reports.
 */
export function isStartFigure(f: Pick<Figure, 'qualifier'>): boolean {
  return FROM_WORDS.includes(f.qualifier ?? '');
}

/**
 * The pairs of a sentence's figures, each as the value reached then the value it started from.
 */
export function fromToPairs(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [from, to] = [figures[i], figures[i + 1]];
    const start = FROM_PATTERN.exec(from.indicator);
    if (!start) {
      out.push(from);
      continue;
    }
    const name = from.indicator.slice(0, start.index);
    if (!to || !name || from.unit !== to.unit || (to.indicator !== from.indicator && !TO_PATTERN.test(to.indicator))) {
      // No pair: the name still loses its dangling 从 ("单位GDP能耗从0.5吨…").
      out.push({ ...from, indicator: name || from.indicator });
      continue;
    }
    const end = TO_PATTERN.exec(to.indicator);
    out.push({ ...to, indicator: name, ...(end?.[3] ? { period: end[3] } : {}) });
    // The value it started from takes its year; without one, its 从/由 as the qualifier, so it
    // never passes for this year's value ("由7.34万元", see isStartFigure).
    if (start[2]) out.push({ ...from, indicator: name, period: start[2] });
    else if (!from.qualifier) out.push({ ...from, indicator: name, qualifier: start[1] });
    i++;
  }
  return out;
}
