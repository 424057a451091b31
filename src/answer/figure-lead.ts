import type { UnderstoodQuery } from '../retrieve/query.js';
import type { Citation, Figure } from './schema.js';
import { englishAmount, englishIndicator, englishPlace } from './english-names.js';
import { isAskedIndicator, valueText } from './figure-format.js';

const PLAN_PERIOD_NAMES: Record<string, string> = { '2016-2020': '“十三五”', '2021-2025': '“十四五”', '2026-2030': '“十五五”' };

/** A period in words that add no number the citations do not hold. */
function periodLabel(period: string, citation: Citation | undefined, en: boolean): string {
  if (PLAN_PERIOD_NAMES[period]) return en ? `${PLAN_PERIOD_NAMES[period]} period` : `${PLAN_PERIOD_NAMES[period]}时期`;
  const m = /^(\d{4})(Q1-3|Q1|H1)?$/.exec(period);
  if (!m) return '';
  const haystack = `${citation?.sentence ?? ''}${citation?.section ?? ''}${citation?.title ?? ''}`;
  if (!haystack.includes(m[1])) return '';
  const part =
    m[2] === 'Q1' ? (en ? ' Q1' : '一季度') : m[2] === 'H1' ? (en ? ' H1' : '上半年') : m[2] === 'Q1-3' ? (en ? ' Q1–Q3' : '前三季度') : '';
  return en ? `${m[1]}${part}` : `${m[1]}年${part}`;
}

/**
 * The direct answer, one sentence built from the figures about what was asked: "钱塘区2024年
 * 地区生产总值（实绩）：1416亿元，增长5.1% [1]". Null when no figure names the asked indicator.
 */
export function figureLead(query: UnderstoodQuery, figures: readonly Figure[], citations: readonly Citation[]): string | null {
  if (!figures.length || !query.wantsQuantity) return null;
  // The longest name the question writes: "城镇居民人均可支配收入" over the 居民人均可支配收入 in it.
  const named = (f: Figure) => (query.question.includes(f.indicator) ? f.indicator.length : 0);
  const position = new Map(citations.map((c, i) => [c.id, i]));
  const cited = (f: Figure) => position.get(f.citationId) ?? -1;
  // A growth asked: a rate before a level or a count ("年均增长5.7%" before "迈上4个万亿元台阶").
  const growthAsked = /增长|增速|增幅|涨幅|growth|grow/i.test(query.question);
  const rate = (f: Figure) => (growthAsked && (f.unit === '%' || f.change) ? 1 : 0);
  // Within one citation, the figure the question names as written leads ("制造业利用外资" before
  // the total 实际利用外资 beside it), then a rate when one is asked; across citations their
  // ranking stands.
  const relevant = (query.indicators.length ? figures.filter((f) => isAskedIndicator(f, query)) : figures.slice(0, 1)).sort(
    (a, b) => cited(a) - cited(b) || named(b) - named(a) || rate(b) - rate(a),
  );
  const perPlace =
    query.places.length > 1
      ? query.places.map((p) => relevant.find((f) => f.district === p)).filter((f): f is Figure => !!f)
      : relevant.slice(0, 1);
  if (!perPlace.length) return null;
  const en = query.language === 'en';
  const parts = perPlace.map((f) => {
    const n = cited(f) + 1;
    const citation = citations[n - 1];
    const kind = f.kind === 'target' ? (en ? 'target' : '目标') : en ? 'actual' : '实绩';
    const change =
      f.change && !(f.unit === '%' && f.change.value === f.value)
        ? en
          ? `, ${f.change.direction === 'down' ? 'down' : 'up'} ${f.change.value}${f.change.unit}`
          : `，${f.change.direction === 'down' ? '下降' : '增长'}${f.change.value}${f.change.unit}`
        : '';
    const growthOnly =
      f.change && f.unit === '%' && f.change.value === f.value
        ? en
          ? f.change.direction === 'down'
            ? 'down '
            : 'growth '
          : f.change.direction === 'down'
            ? '下降'
            : '增长'
        : '';
    const label = periodLabel(f.period, citation, en);
    if (en) {
      const indicator = englishIndicator(f.indicator);
      const amount = englishAmount(f.value, f.unit);
      return `${englishPlace(f.district)} ${label ? `${label} ` : ''}${indicator ? `${indicator} (${f.indicator}, ${kind})` : `${f.indicator} (${kind})`}: ${growthOnly}${valueText(f)}${amount ? ` (${amount})` : ''}${change} [${n}]`;
    }
    return `${f.district}${label}${f.indicator}（${kind}）：${growthOnly}${valueText(f)}${change} [${n}]`;
  });
  return parts.join(en ? '; ' : '；');
}
