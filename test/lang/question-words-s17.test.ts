import { describe, expect, it } from 'vitest';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { asksForPriorities } from '../../src/lang/zh/question-words.js';
import { withKnownParts } from '../../src/retrieve/unseen-words.js';

describe('words read in session 17', () => {
  it('a level a plan will bring a figure to is a target; the level it came to is not', () => {
    expect(asksForPlan('湖南25年PM2.5浓度要降到多少')).toBe(true);
    expect(asksForPlan('研发投入强度要提升到多少')).toBe(true);
    expect(asksForPlan('去年PM2.5浓度降到多少')).toBe(false);
    // Need, not plan: "还要增加多少" asks a gap.
    expect(asksForPlan('还要增加多少')).toBe(false);
  });

  it('the plan’s tasks counted ask its outline', () => {
    expect(asksForPriorities('吉林25年有几大任务')).toBe(true);
    expect(asksForPriorities('今年有几项重点工作')).toBe(true);
    expect(asksForPriorities('新增几项国家级试点')).toBe(false);
  });

  it('only a counter or particle stuck to a known word is dropped: "普洱茶" is no 普洱', () => {
    const known = (w: string) => ['普洱', '首店'].includes(w);
    expect(withKnownParts(['家首店', '普洱茶', '首店的'], known)).toEqual(['首店', '普洱茶', '首店']);
  });
});
