import { CONVERSION_NAME, FOREIGN_CURRENCY_UNIT } from '../lang/zh/currency-words.js';
import type { Figure } from './figure-schema.js';

/**
 * "实际使用外资达到160.6亿美元、折合1148亿元人民币": the second amount is the first in yuan, read with the name its verb gave it
 * (折合人民币); it takes the first amount's name, its verb kept before its value (实际使用外资 折合1148亿元), so a question of the
 * thing finds both and the currency asked chooses. Only right after an amount in the other currency.
 */
export function withConversionsNamed(figures: readonly Figure[]): Figure[] {
  return figures.map((f, i) => {
    const before = figures[i - 1];
    const verb = CONVERSION_NAME.exec(f.indicator)?.[1];
    if (!before || verb === undefined || before.citationId !== f.citationId) return f;
    // Both amounts of money, one of them in a foreign currency.
    const money = f.unit.endsWith('元') && before.unit.endsWith('元');
    if (!money || FOREIGN_CURRENCY_UNIT.test(f.unit) === FOREIGN_CURRENCY_UNIT.test(before.unit)) return f;
    return { ...f, indicator: before.indicator, qualifier: f.qualifier ? `${verb}…${f.qualifier}` : verb };
  });
}
