import { FROM_PATTERN, FROM_WORDS, TO_PATTERN } from '../lang/zh/milestone-words.js';
import type { Figure } from './figure-schema.js';
import { FIVE_YEAR_PLANS, planOfSpan } from '../lang/zh/five-year-plans.js';
import type { FigureInput } from './types.js';
import { unitMeasure } from '../lang/zh/units.js';

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
export function fromToPairs(figures: Figure[], input?: Pick<FigureInput, 'period' | 'section'>): Figure[] {
  const reviewStart = input ? startOfReviewedPlan(input) : null;
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [from, to] = [figures[i], figures[i + 1]];
    const start = FROM_PATTERN.exec(from.indicator);
    if (!start) {
      out.push(from);
      continue;
    }
    const name = from.indicator.slice(0, start.index);
    // "从4500多公里增加到近1万公里": one measure, in two magnitudes.
    if (
      !to ||
      !name ||
      unitMeasure(from.unit) !== unitMeasure(to.unit) ||
      (to.indicator !== from.indicator && !TO_PATTERN.test(to.indicator))
    ) {
      // No pair: the name still loses its dangling 从 ("单位GDP能耗从0.5吨…").
      out.push({ ...from, indicator: name || from.indicator });
      continue;
    }
    const end = TO_PATTERN.exec(to.indicator);
    out.push({ ...to, indicator: name, ...(end?.[3] ? { period: end[3] } : {}) });
    // The value it started from takes its year; without one, its 从/由 as the qualifier, so it
    // never passes for this year's value ("由7.34万元", see isStartFigure).
    // A plan's review ("“十四五”时期工作回顾") starts from the year before the plan: 2020 for 十四五.
    if (start[2]) out.push({ ...from, indicator: name, period: start[2] });
    else
      out.push({
        ...from,
        indicator: name,
        ...(from.qualifier ? {} : { qualifier: start[1] }),
        ...(reviewStart ? { period: reviewStart } : {}),
      });
    i++;
  }
  return out;
}

/**
 * The year a reviewed five-year plan started from, when the sentence reviews one: its period is
 * the plan's span, or its section names a plan ending in the section's year ("2025年和“十四五”时期
 * 工作回顾"). "从11.37万亿元提高到14.58万亿元" there starts in 2020, not in 2025.
 */
export function startOfReviewedPlan(input: Pick<FigureInput, 'period' | 'section'>): string | null {
  const spanned = planOfSpan(input.period);
  if (spanned) return String(spanned.from - 1);
  const year = /^(\d{4})$/.exec(input.period);
  if (!year || !input.section) return null;
  const plan = FIVE_YEAR_PLANS.find((p) => p.to === Number(year[1]) && input.section?.includes(p.name));
  return plan ? String(plan.from - 1) : null;
}
