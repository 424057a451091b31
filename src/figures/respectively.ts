/**
 * 分别 ("respectively") lists: "城镇和农村居民人均可支配收入分别增长3.8%和4.9%" pairs each item
 * with its value, the shared tail (人均可支配收入) given to every item; "161家、460家,分别增长
 * 29%、43%" gives each value of the previous clause its own rate.
 */
import type { ChangeVerb } from '../lang/zh/change-words.js';
import {
  AREA_NAME,
  BARE_LIST_ITEM_LENGTH,
  BARE_LIST_MEASURES,
  COMPARISON_BASES,
  EDGE_JOINERS,
  FALLBACK_NAMES,
  INCREMENT_PREFIXES,
  ITEM_JOINERS,
  ITEM_SEPARATOR,
  ADJACENT_QUOTES,
  RESPECTIVELY,
  SCOPE_ITEMS,
  SUBJECT_TIME_TAIL,
} from '../lang/zh/figure-words.js';
import { INDICATOR_ENDING, ORDINAL_ITEM, RATE_TAILS, SHARED_SUFFIXES } from '../lang/zh/indicator-endings.js';
import { POPULATION_GROUPS, splitPairedSubject } from '../lang/zh/population-qualifiers.js';
import { splitCompoundSubject } from '../lang/zh/paired-compounds.js';
import { MAGNITUDE, PERCENT_UNITS, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { MULTI_YEAR_QUALIFIERS } from '../lang/zh/qualifiers.js';
import { kindFor } from './figure-kind.js';
import { baseUnitValue, growthChange, pushFigure } from './figure-record.js';
import { clip, cleanIndicator, resolveIndicator, subjectOf } from './indicator-naming.js';
import { analyzePre, joinQualifiers } from './pre-analysis.js';
import type { Candidate, Ctx } from './types.js';
import type { Figure } from './figure-schema.js';

/**
 * An item's unit in a list whose unit is written once, after its last value: none of its own, or only the magnitude of the
 * last one ("分别净减少10.6万、3.8万、3.3万平方公里": 10.6万平方公里).
 */
export function listUnit(own: string, last: string): string {
  if (!own) return last;
  return MAGNITUDE[own] !== undefined && last.length > own.length && last.startsWith(own) ? last : own;
}

export function splitItems(text: string, n: number): string[] | null {
  const byComma = text
    .split(ITEM_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (byComma.length === n) return byComma;
  // "“保交楼”“保交房”交付率": quoted names side by side are items too.
  const quoted = text
    .split(ADJACENT_QUOTES)
    .map((s) => s.trim())
    .filter(Boolean);
  if (quoted.length === n) return quoted;
  // "城镇和农村…": 和/及/与 split items only when 、 alone does not give the right count.
  const all = text
    .split(ITEM_JOINERS)
    .map((s) => s.trim())
    .filter(Boolean);
  return all.length === n ? all : null;
}

/**
 * Items that are scopes of one measure: "全国和自由贸易试验区负面清单条数" is 全国负面清单条数 and
 * 自由贸易试验区负面清单条数, the measure being what follows the last item's area name.
 */
function scopeItems(subject: string, n: number): string[] | null {
  const items = splitItems(subject, n);
  if (!items?.slice(0, -1).every((h) => SCOPE_ITEMS.includes(h))) return null;
  const area = AREA_NAME.exec(items[items.length - 1]);
  if (!area) return null;
  return [...items.slice(0, -1).map((h) => `${h}${area[2]}`), items[items.length - 1]];
}

/**
 * Items that are the bases of one measure's rates: "商品房网签销售面积环比、同比分别增长51.3%、15.3%" names
 * …销售面积环比 and …销售面积同比 (cleaning alone sheds the trailing 同比 as a filler and merges the two).
 */
function comparisonBaseItems(subjectRaw: string, n: number): string[] | null {
  const base = `(?:${COMPARISON_BASES.join('|')})`;
  const sep = `[${ITEM_SEPARATOR}和及与]`;
  const m = new RegExp(`^(.*?)(${base}(?:${sep}${base})+)$`).exec(subjectRaw);
  if (!m) return null;
  const measure = cleanIndicator(m[1]);
  const items = m[2].split(new RegExp(sep));
  return measure && items.length === n ? items.map((b) => clip(`${measure}${b}`)) : null;
}

export function distributeSuffix(items: string[]): string[] {
  const last = items[items.length - 1];
  const head = items.slice(0, -1);
  // "第一、第三产业增加值": ordinals share all the last item writes after its own ordinal (第一产业增加值); so do
  // population groups ("城镇、农村居民收入增速": 城镇居民收入增速, not 城镇增速).
  const ordinal = ORDINAL_ITEM.exec(last)?.[0];
  if (ordinal && last.length > ordinal.length && head.every((h) => ORDINAL_ITEM.exec(h)?.[0] === h))
    return [...head.map((h) => h + last.slice(ordinal.length)), last];
  const group = POPULATION_GROUPS.find((g) => last.startsWith(g.word) && last.length > g.word.length + 1)?.word;
  if (group && head.every((h) => POPULATION_GROUPS.some((g) => g.word === h)))
    return [...head.map((h) => h + last.slice(group.length)), last];
  // "“保交楼”“保交房”交付率": quoted names share what follows the last quote.
  const quoteEnd = last.search(/[”"](?=[^”"]+$)/);
  if (quoteEnd > 0 && head.every((h) => /^[“"].*[”"]$/.test(h))) {
    const shared = last.slice(quoteEnd + 1);
    return [...head.map((h) => h + shared), last];
  }
  let suffix = SHARED_SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length) ?? '';
  if (!suffix && head.every((h) => h.length <= 3) && last.length > head[0].length + 1) suffix = last.slice(head[0].length);
  if (!suffix) return items;
  return [
    ...head.map((h) => {
      if (h.endsWith(suffix) || (INDICATOR_ENDING.test(h) && !RATE_TAILS.includes(suffix))) return h;
      for (let k = Math.min(h.length, suffix.length - 1); k > 0; k--) if (h.endsWith(suffix.slice(0, k))) return h + suffix.slice(k);
      return h + suffix;
    }),
    last,
  ];
}

/**
 * "交通、能源、水利分别完成投资3252亿元、2140亿元、748亿元": the items are bare sectors and the measure
 * they share follows 分别's verb (完成投资), so each is named with it (交通投资, 能源投资, 水利投资).
 * Only a measure noun (an indicator ending: 投资, 总额, 产量 …) after bare items of up to 4 characters;
 * a verb left after 分别 (新增, 压减) names nothing.
 */
export function withMeasureAfterVerb(items: string[], measure: string): string[] {
  if (measure.length < 2 || measure.length > 4 || !INDICATOR_ENDING.test(measure)) return items;
  if (!items.every((it) => it.length >= 1 && it.length <= 4 && !INDICATOR_ENDING.test(it))) return items;
  return items.map((it) => `${it}${measure}`);
}

/**
 * "清理规范节庆、论坛、展会，数量分别压减75%、95%、73%": a bare measure (数量) before 分别 whose items the clause before
 * lists at its end, each named with the measure (节庆数量, 论坛数量, 展会数量). The first item is cut from the verb
 * before it to the length of the longest other item; every item is short and writes no number.
 */
export function itemsOfClauseBefore(textBefore: string, measure: string, n: number): string[] | null {
  if (!BARE_LIST_MEASURES.includes(measure)) return null;
  const clause =
    textBefore
      .replace(/[，,；;]\s*$/, '')
      .split(/[，,；;。：:]/)
      .at(-1) ?? '';
  const parts = clause.split(ITEM_SEPARATOR);
  if (parts.length !== n || n < 2) return null;
  const rest = parts.slice(1);
  const longest = Math.max(...rest.map((p) => p.length));
  const items = [parts[0].slice(-longest), ...rest];
  if (!items.every((it) => /^[\u4e00-\u9fff]+$/.test(it) && it.length <= BARE_LIST_ITEM_LENGTH)) return null;
  return items.map((it) => `${it}${measure}`);
}

/** Reads a 分别 list; returns the levels it gave without a growth, for a list of rates right after to pair with. */
export function buildRespectively(ctx: Ctx, pre: string, run: Candidate[], clauseText: string, clauseEnd: number): Figure[] {
  const at = pre.lastIndexOf(RESPECTIVELY);
  const subjectRaw = pre.slice(0, at).replace(/\s+/g, '').replace(SUBJECT_TIME_TAIL, '');
  // "高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%": a span's qualifier before 分别 is every item's.
  const spanQualifier = MULTI_YEAR_QUALIFIERS.find((q) => subjectRaw.endsWith(q));
  const verbPart = pre.slice(at + RESPECTIVELY.length);
  // "分别增长5和6%": the list's unit is written once, after its last value.
  const a = analyzePre(verbPart, run[0].unit || run[run.length - 1].unit);
  let subject = cleanIndicator(subjectRaw);
  // "城乡居民人均可支配收入分别达6.6万元和3.2万元": one value for 城镇, one for 农村.
  // "全国和自由贸易试验区负面清单条数": cleaning sheds the scope 全国, which is an item here, so the
  // subject as written is split when the cleaned one does not give the count.
  const scoped = subject ? scopeItems(subjectRaw.replace(EDGE_JOINERS, ''), run.length) : null;
  const based = comparisonBaseItems(subjectRaw, run.length);
  let items = based
    ? based
    : subject
      ? (splitItems(subject, run.length) ?? splitPairedSubject(subject, run.length) ?? scoped ?? splitCompoundSubject(subject, run.length))
      : null;
  // "清理规范节庆、论坛、展会，数量分别压减…": a bare measure's items are the clause before's list.
  if (!items && subject) items = itemsOfClauseBefore(ctx.w.slice(0, clauseEnd - clauseText.length), subject, run.length);
  if (!items) {
    const fromVerb = splitItems(cleanIndicator(a.indicatorRaw), run.length);
    if (fromVerb) {
      items = fromVerb;
      subject = '';
    }
  }
  // The previous clause's levels, or the levels of the clauses in a row before it ("接待游客超10.9亿人次，旅游总收入超
  // 1.3万亿元，分别增长15.8%和11.5%").
  const recent = ctx.recentValues.length === run.length ? ctx.recentValues : ctx.valueRun;
  if (!items && !subject && a.growth && recent.length === run.length && recent.every((f) => !f.change && !PERCENT_UNITS.has(f.unit))) {
    // The subjects are the previous clause's values: each gets its own growth rate.
    run.forEach((c, i) => {
      recent[i].change = growthChange(a.growth as ChangeVerb, c.value, c.unit || run[run.length - 1].unit);
    });
    ctx.attachable = null;
    ctx.lastWasGrowth = true;
    ctx.valueRun = [];
    return [];
  }
  // Scope items keep their scope word (全国), which cleaning would shed.
  const verbWords = cleanIndicator(a.indicatorRaw);
  const own = based
    ? based
    : items === scoped && scoped
      ? scoped.map(clip)
      : items
        ? // Each item cleaned before the last one's suffix is shared out: "全市工业、全市服务业" are 工业 and 服务业.
          distributeSuffix(items.map((s) => cleanIndicator(s) || s)).map((s) => clip(cleanIndicator(s) || s))
        : null;
  // "…分别新认定60家和30家,累计分别达到1016家和591家": a list naming nothing takes the items of the 分别 list before it.
  const reused = !own && !subject && !verbWords && ctx.respectiveItems.length === run.length ? ctx.respectiveItems : null;
  const named = own && !a.growth ? withMeasureAfterVerb(own, verbWords) : (own ?? reused);
  if (named) ctx.respectiveItems = named;
  // "分别新增12项和44项": an increment, named as a single one is ("新增公园141座" → 新增公园), so the levels
  // a list after it reaches keep the bare names.
  const increment = own && INCREMENT_PREFIXES.includes(verbWords) ? verbWords : '';
  const names = named && increment ? named.map((n) => clip(`${increment}${n}`)) : named;
  const lastUnit = run[run.length - 1].unit;
  const kind = kindFor(ctx, clauseText, clauseEnd);
  const made: Figure[] = [];
  run.forEach((c, i) => {
    const unit = listUnit(c.unit, lastUnit);
    const fallback = subject || cleanIndicator(a.indicatorRaw) || ctx.lastSubject;
    const indicator = clip(names?.[i] ?? (fallback || resolveIndicator(ctx, a, c, clauseText).indicator));
    // "园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点": each item's gap to the wider place, as a single one is read.
    const gap = a.gap && unit === PERCENTAGE_POINTS ? a.gap : null;
    const f = pushFigure(ctx, {
      indicator: gap ? clip(`${indicator}${FALLBACK_NAMES.gapWith}${gap.ref}${FALLBACK_NAMES.gap}`) : indicator || FALLBACK_NAMES.value,
      value: c.value,
      unit,
      change: gap
        ? { direction: c.value < 0 ? 'down' : gap.verb.direction, value: Math.abs(c.value), unit: PERCENTAGE_POINTS }
        : a.growth
          ? growthChange(a.growth, c.value, unit)
          : undefined,
      qualifier: joinQualifiers(spanQualifier ? [spanQualifier, ...a.qualifiers] : a.qualifiers, c.post, c.approx),
      kind,
      valueInBaseUnit: gap ? undefined : baseUnitValue(c.value, unit, c.magnitude || run[run.length - 1].magnitude),
      ...(gap ? { shape: 'gap' as const } : {}),
    });
    ctx.lastSubject = subjectOf(f.indicator);
    made.push(f);
  });
  ctx.attachable = null;
  ctx.lastWasGrowth = a.growth !== undefined;
  // "分别达6.9万元、3.4万元，增长4.2%、5.3%": levels without their growth, which a list of rates
  // right after gives them in order.
  return !a.growth && made.every((f) => !PERCENT_UNITS.has(f.unit)) ? made : [];
}

/**
 * A list of rates right after a 分别 list of levels, without a 分别 or a name of its own ("，增长4.2%、5.3%"):
 * each level takes its rate, in order. False when the clause is no such list.
 */
export function attachRespectiveRates(ctx: Ctx, pre: string, run: Candidate[]): boolean {
  const recent = ctx.recentValues;
  if (run.length < 2 || recent.length !== run.length || recent.some((f) => f.change || PERCENT_UNITS.has(f.unit))) return false;
  if (!run.every((c) => PERCENT_UNITS.has(c.unit || run[run.length - 1].unit))) return false;
  const a = analyzePre(pre, '%');
  if (!a.growth || cleanIndicator(a.indicatorRaw) !== '') return false;
  run.forEach((c, i) => {
    recent[i].change = growthChange(a.growth as ChangeVerb, c.value, c.unit || run[run.length - 1].unit);
  });
  ctx.attachable = null;
  ctx.lastWasGrowth = true;
  return true;
}
