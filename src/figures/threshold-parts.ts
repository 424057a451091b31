/**
 * "落地总投资1亿元以上制造业固投类项目300个、其中10亿元以上项目55个": a part opened by 其中 and named only by a higher threshold
 * of the same things is the whole's things above that threshold (落地总投资10亿元以上制造业固投类项目 55个), not a bare
 * "10亿元以上项目" another list of the same sentence writes too (服务业's 35个).
 */
import type { Figure } from './figure-schema.js';

/** An amount's bound inside a name: "1亿元以上", "10亿元及以上", "5000万元以上". */
const THRESHOLD = /\d+(?:\.\d+)?[万亿]*元(?:及)?以上/;
/** A part named by its threshold and its things alone. */
const THRESHOLD_PART = new RegExp(`^(${THRESHOLD.source})([\\u4e00-\\u9fff]{1,4})$`);

export function withThresholdParts(figures: readonly Figure[], sentence: string): Figure[] {
  return figures.map((f, i) => {
    const part = THRESHOLD_PART.exec(f.indicator);
    const whole = figures[i - 1];
    if (!part || !whole || whole.unit !== f.unit || !THRESHOLD.test(whole.indicator)) return f;
    const [, bound, things] = part;
    if (!whole.indicator.endsWith(things) || !opensPartAt(sentence, bound)) return f;
    return { ...f, indicator: whole.indicator.replace(THRESHOLD, bound) };
  });
}

/** The word opening a part, right before its threshold. */
const PART_WORD = '其中';

/** Whether the sentence writes the part's threshold right after the word that opens a part ("其中10亿元以上"). */
function opensPartAt(sentence: string, bound: string): boolean {
  return sentence.includes(`${PART_WORD}${bound}`);
}
