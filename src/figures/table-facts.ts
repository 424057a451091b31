/**
 * Table facts: a flattened target-and-result row ("地区生产总值增长(%):目标:6.5左右,完成:5.1,
 * 低于目标1.4个百分点,完成率:78.5") read as its target, its result, the gap and the completion rate.
 */
import { scanNumbers } from '../lang/zh/chinese-number.js';
import { FALLBACK_NAMES, GAP_OF_GROWTH, PLAIN_GROWTH, RATE_NAME_END } from '../lang/zh/figure-words.js';
import { POST_QUALIFIER } from '../lang/zh/qualifiers.js';
import { TABLE_ROW } from '../lang/zh/target-words.js';
import { MAGNITUDE, MAGNITUDE_CHARACTERS, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import type { Figure } from './figure-schema.js';
import { unitAt } from './candidates.js';
import { baseUnitValue, growthChange, pushFigure } from './figure-record.js';
import { clip, cleanIndicator } from './indicator-naming.js';
import { joinQualifiers } from './pre-analysis.js';
import { type Change, type FigureInput, newContext } from './types.js';

export function tableFact(w: string, input: FigureInput): Figure[] | null {
  const main = w.split(TABLE_ROW.note)[0];
  const head = /^\s*(?:\d+[.、\s]+)?([^:]{1,40}?)[:](.*)$/s.exec(main);
  if (!head) return null;
  let name = head[1].trim();
  const fields = head[2]
    .split(/[,;。]/)
    .map((f) => f.trim())
    .filter(Boolean);
  let targetText: string | undefined;
  let actualText: string | undefined;
  let rateText: string | undefined;
  let gapText: string | undefined;
  for (const f of fields) {
    if (TABLE_ROW.rate.test(f)) rateText = f.replace(TABLE_ROW.rateLabel, '');
    else if (TABLE_ROW.target.test(f)) targetText = f.replace(TABLE_ROW.targetLabel, '').trim();
    else if (TABLE_ROW.actual.test(f)) actualText = f.replace(TABLE_ROW.actualLabel, '').trim();
    else if (TABLE_ROW.gap.test(f)) gapText = f;
  }
  if (targetText === undefined && actualText === undefined) return null;
  let unitHint = '';
  const hint = /\(([^()]{1,8})\)$/.exec(name);
  if (hint) {
    unitHint = hint[1];
    name = name.slice(0, hint.index).trim();
  }
  const growthName = TABLE_ROW.growthName.exec(name);
  const targetQualifier = growthName?.[1];
  const base = growthName ? name.slice(0, growthName.index) : name;
  const indicator = clip(cleanIndicator(base) || base || name || FALLBACK_NAMES.tableRow);
  const ctx = newContext(w, input, input.period, indicator);

  const read = (text: string | undefined): { value: number; unit: string; magnitude: string; post?: string } | null => {
    if (!text) return null;
    const m = scanNumbers(text).find((x) => !x.ordinal && x.kind !== 'fraction');
    if (!m) return null;
    const rest = text.slice(m.end);
    const post = POST_QUALIFIER.exec(rest)?.[0];
    if (m.kind === 'percent' || m.kind === 'percentagePoint')
      return { value: m.written, unit: m.form === PERCENTAGE_POINTS ? PERCENTAGE_POINTS : '%', magnitude: '', post };
    const word = unitAt(text, m.end);
    const unit = m.magnitude + (word || unitHint);
    return {
      value: m.written,
      unit,
      magnitude: m.magnitude || (MAGNITUDE[unitHint[0]] ? unitHint.replace(MAGNITUDE_CHARACTERS, '') : ''),
      post,
    };
  };
  const change = (value: number, unit: string): Change | undefined => (growthName ? growthChange(PLAIN_GROWTH, value, unit) : undefined);

  const actual = read(actualText);
  if (actual) {
    pushFigure(ctx, {
      indicator,
      value: actual.value,
      unit: actual.unit,
      change: change(actual.value, actual.unit),
      qualifier: actual.post,
      kind: 'actual',
      valueInBaseUnit: baseUnitValue(actual.value, actual.unit, actual.magnitude),
      target: targetText || undefined,
    });
  }
  const target = read(targetText);
  if (target) {
    pushFigure(ctx, {
      indicator,
      value: target.value,
      unit: target.unit,
      change: change(target.value, target.unit),
      qualifier: joinQualifiers(targetQualifier ? [targetQualifier] : [], target.post),
      kind: 'target',
      valueInBaseUnit: baseUnitValue(target.value, target.unit, target.magnitude),
    });
  }
  if (gapText) {
    const g = scanNumbers(gapText).find((x) => x.kind === 'percentagePoint' || x.kind === 'percent');
    if (g) {
      const down = TABLE_ROW.gapBelow.test(gapText);
      pushFigure(ctx, {
        // A growth row's gap is between growth rates: "地区生产总值增速与目标差距".
        indicator: clip(
          `${indicator}${growthName && !RATE_NAME_END.test(indicator) ? GAP_OF_GROWTH : ''}${FALLBACK_NAMES.gapWith}${FALLBACK_NAMES.target}${FALLBACK_NAMES.gap}`,
        ),
        value: g.written,
        unit: g.kind === 'percentagePoint' ? PERCENTAGE_POINTS : '%',
        change:
          g.kind === 'percentagePoint'
            ? { direction: down ? 'down' : 'up', value: Math.abs(g.written), unit: PERCENTAGE_POINTS }
            : undefined,
        kind: 'actual',
        shape: 'gap',
      });
    }
  }
  const rate = read(rateText);
  if (rate) {
    pushFigure(ctx, { indicator: clip(`${indicator}${FALLBACK_NAMES.completionRate}`), value: rate.value, unit: '%', kind: 'actual' });
  }
  return ctx.figures;
}
