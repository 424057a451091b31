/**
 * Whether a sentence names an indicator as itself, not as part of another: "生产总值" inside
 * "海洋生产总值", "人均生产总值" or "单位国内生产总值能耗" is a different indicator.
 */
const OTHER_INDICATOR_BEFORE = /(单位|人均|海洋|旅游|文化|体育|数字|核心|绿色|农业)(地区|国内)?$/;
const OTHER_INDICATOR_AFTER = /^(能耗|比重|比例|之比|的比|占比|的比重|的比例|排名)/;

/**
 * 0 when no name of the indicator stands on its own in the text; 1 for a full name ("地区生产总值",
 * "GDP"), 0.6 for a name that is only part of a longer one ("生产总值").
 */
export function indicatorMention(text: string, names: readonly string[]): number {
  let best = 0;
  for (const name of names) {
    if (name.length < 2) continue;
    const partial = names.some((other) => other !== name && other.length > name.length && other.includes(name));
    const quality = partial ? 0.6 : 1;
    if (quality <= best) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 4), at);
      const after = text.slice(at + name.length, at + name.length + 3);
      if (OTHER_INDICATOR_BEFORE.test(before) || OTHER_INDICATOR_AFTER.test(after)) continue;
      best = quality;
      break;
    }
  }
  return best;
}
