import { FROM_PATTERN, TO_PATTERN } from '../../lang/zh/milestone-words.js';
import type { Figure } from '../schema.js';

/**
 * "研发投入强度从2.77%提高到3.3%": a pair, the indicator's value then and now. Both figures take
 * the indicator's own name, the years the sentence gives them, and the value reached comes first:
 * it is what the sentence reports.
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
    // The value it started from is kept only with its year: without one it would pass for this year's.
    if (start[2]) out.push({ ...from, indicator: name, period: start[2] });
    i++;
  }
  return out;
}
