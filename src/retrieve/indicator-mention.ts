import {
  AVERAGE_AFTER,
  AVERAGE_BEFORE,
  CUMULATIVE_BEFORE,
  GROWTH_AFTER,
  MULTI_YEAR_CONTEXT,
  INCREMENT_BEFORE,
  NEUTRAL_BEFORE,
  NUMBER_RIGHT_AFTER_NAME,
  NUMBER_IN_CLAUSE,
  OTHER_INDICATOR_AFTER,
  RATIO_WHOLE_AFTER,
  RATIO_WHOLE_BEFORE,
  OTHER_INDICATOR_BEFORE,
} from '../lang/zh/indicator-context.js';
import { SHARE_BEFORE_NAME } from '../lang/zh/share-words.js';
import { CONFERRED_REACH, COUNTED_BEFORE, COUNTED_THEN_CONFERRED } from '../lang/zh/counted-before-words.js';

/**
 * Whether a sentence names an indicator as itself, not as part of another: "生产总值" inside
 * "海洋生产总值", "人均生产总值" or "单位国内生产总值能耗" is a different indicator.
 */

/** How much a partial name ("生产总值") names the indicator, against 1 for a full one. */
export const PARTIAL_MENTION = 0.6;

/**
 * 0 when no name of the indicator stands on its own in the text; 1 for a full name ("地区生产总值",
 * "GDP"), 0.6 for a name that is only part of a longer one ("生产总值").
 */
export function indicatorMention(text: string, names: readonly string[]): number {
  let best = 0;
  for (const name of names) {
    const quality = isPartial(name, names) ? PARTIAL_MENTION : 1;
    if (quality <= best) continue;
    for (const o of occurrences(text, name)) {
      if (!standsAsItself(o.before, o.after.slice(0, 3))) continue;
      best = quality;
      break;
    }
  }
  return best;
}

/** A name contained in a longer name of the same indicator ("生产总值" in "地区生产总值"). */
function isPartial(name: string, names: readonly string[]): boolean {
  return names.some((other) => other !== name && other.length > name.length && other.includes(name));
}

/** Not inside another indicator's name: "人均地区生产总值", "GDP比重". */
function standsAsItself(before: string, after: string): boolean {
  if (RATIO_WHOLE_BEFORE.test(before) && RATIO_WHOLE_AFTER.test(after)) return false;
  return !OTHER_INDICATOR_BEFORE.test(before) && !OTHER_INDICATOR_AFTER.test(after);
}

/** Each place the name stands in the text, with the 4 characters before and NUMBER_WITHIN after it. */
function* occurrences(text: string, name: string): Generator<{ before: string; after: string; at: number }> {
  if (name.length < 2) return;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    yield { before: text.slice(Math.max(0, at - 4), at), after: text.slice(at + name.length, at + name.length + NUMBER_WITHIN), at };
  }
}

/**
 * Partial names this short are words of their own ("人口", "投资", "出口"): most compounds are other
 * indicators, so such a name is the indicator only after a neutral word (NEUTRAL_BEFORE): "学龄人口"
 * is not 常住人口, "制造业投资" not 固定资产投资.
 */
const GENERIC_LENGTH = 2;
/** How far after the name its number may come: "地区生产总值(GDP)1416亿元", "失业率控制在5%以内". */
const NUMBER_WITHIN = 24;

/**
 * Whether the text gives a number for the indicator: one of its names stands as itself (a short
 * partial name only after a neutral word, see NEUTRAL_BEFORE) and a number follows in the same clause,
 * within NUMBER_WITHIN characters. What a quantity question needs of the sentence that answers it.
 */
export function quantityMention(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    const generic = name.length <= GENERIC_LENGTH && isPartial(name, names);
    for (const { before, after, at } of occurrences(text, name)) {
      // Counted before its name: "新增5000张家庭养老床位" gives the number first. Not a short name,
      // which counts other things there ("扩展至8个投资领域", "11个人口小县").
      if (
        !generic &&
        name.length > GENERIC_LENGTH &&
        COUNTED_BEFORE.test(text.slice(Math.max(0, at - 16), at)) &&
        !OTHER_INDICATOR_AFTER.test(after.slice(0, 3))
      )
        return true;
      // "5个县级城市新获评全国文明城市": places counted, then the title they were given.
      if (!generic && COUNTED_THEN_CONFERRED.test(text.slice(Math.max(0, at - CONFERRED_REACH), at))) return true;
      const added = INCREMENT_BEFORE.test(before) && NUMBER_RIGHT_AFTER_NAME.test(after);
      if (!standsAsItself(before, after) || (generic && !NEUTRAL_BEFORE.test(before) && !added)) continue;
      // Within the clause: past a comma the number is usually another indicator's; "排名第3位" is a rank.
      if (NUMBER_IN_CLAUSE.test(after)) return true;
    }
  }
  return names.some((name) => respectiveMention(text, name));
}

/**
 * Whether a share of the indicator is written before its name, "76.1%的财政支出用于民生": what a share asked of it needs
 * ("财政支出里用在民生上的占多少"), though no number follows the name.
 */
export function shareBeforeMention(text: string, names: readonly string[]): boolean {
  return names.some((name) => [...occurrences(text, name)].some(({ at }) => SHARE_BEFORE_NAME.test(text.slice(Math.max(0, at - 12), at))));
}

/** Characters a 分别 list may run from an item to its shared measure. */
const LIST_REACH = 40;

/**
 * Whether a 分别 list gives the indicator its number with its name written apart: "交通、水利、能源、市政领域
 * 投资分别达…" gives 能源投资 (the item 能源, the shared measure 投资 after the list), "交通、能源、水利分别完成
 * 投资…" gives 水利投资 (the measure after 分别's verb). The name is cut into an item and a measure of at least
 * two characters each; the item must be one of the list's, the measure the list's.
 */
export function respectiveMention(text: string, name: string): boolean {
  if (!text.includes('分别')) return false;
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const item = name.slice(0, cut);
    const measure = escapeRegExp(name.slice(cut));
    const listThenMeasure = new RegExp(`^(?:[、和及与][\\u4e00-\\u9fff“”]{1,8}?)*?(?:领域|行业)?${measure}额?分别[^，,；;。]{0,4}?\\d`);
    const measureAfterVerb = new RegExp(
      `^(?:[、和及与][\\u4e00-\\u9fff“”]{1,8}?)*?分别[\\u4e00-\\u9fff]{0,2}?${measure}[^，,；;。]{0,2}?\\d`,
    );
    for (let at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + 1)) {
      // The item stands at the start of a list item: after a list mark, a clause mark or the start.
      if (at > 0 && !/[、和及与，,；;：:（(全年]/.test(text[at - 1])) continue;
      const rest = text.slice(at + item.length, at + item.length + LIST_REACH);
      if (listThenMeasure.test(rest) || measureAfterVerb.test(rest)) return true;
    }
  }
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the text gives the indicator a growth rate: its name, then 增长/增速/下降… and a percentage. */
export function growthMention(text: string, names: readonly string[]): boolean {
  return names.some((name) => [...occurrences(text, name)].some((o) => GROWTH_AFTER.test(o.after)));
}

/**
 * Whether the indicator's number is an average or a total over several years: "城镇新增就业年均1270多万人",
 * "城镇累计新增就业超700万人". Not one year's figure.
 */
export function multiYearMention(text: string, names: readonly string[], context = ''): boolean {
  for (const name of names) {
    for (const { before, after } of occurrences(text, name)) {
      if (AVERAGE_BEFORE.test(before) || AVERAGE_AFTER.test(after)) return true;
      // 累计 is often the year's own stock ("累计达到1100座"); over years only beside 五年, 以来 or a
      // plan, in the sentence or its section's headings ("一、2025年和“十四五”时期工作回顾").
      if (CUMULATIVE_BEFORE.test(before) && MULTI_YEAR_CONTEXT.test(text + context)) return true;
    }
  }
  return false;
}
