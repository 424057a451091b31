/**
 * "认定了多少家市级未来工厂" counts what the year recognised, a result; "赤字率定了多少" a figure set ahead, a target
 * (src/lang/zh/intent-words.ts, PLAN_INTENT_WORDS' 定 entry).
 */
import { describe, expect, it } from 'vitest';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';

describe('定 after a verb of recognition', () => {
  it('asks no target', () => {
    for (const q of ['钱塘区认定了多少家市级未来工厂', '评定了几个示范区', '鉴定了多少项成果', '审定了多少个标准', '判定的依据'])
      expect(asksForPlan(q), q).toBe(false);
  });

  it('leaves a figure set ahead a target', () => {
    for (const q of ['赤字率定了多少', '目标定在多少', 'GDP增长定的多少', '规模定为多少']) expect(asksForPlan(q), q).toBe(true);
  });
});
