import { describe, expect, it } from 'vitest';
import { outlineFocus } from '../../../src/answer/priorities/focus.js';
import type { PriorityItem } from '../../../src/answer/priorities/outline.js';

/** 安徽's 2026 outline headings, as printed. */
const HEADINGS = [
  '（一）加力扩内需稳增长',
  '（二）全面增强科技创新策源功能',
  '（三）加快打造现代化产业体系',
  '（四）进一步全面深化改革',
  '（九）激发文化创新创造活力',
  '（十）把民生工作摆在更加突出位置',
  '（十一）牢牢守住安全发展底线',
];
const items: PriorityItem[] = HEADINGS.map((text, i) => ({
  heading: { id: `h${i}`, text, depth: 2, path: [text], period: '2026', kind: 'plan', paragraph: i, ordinal: i + 1, style: '（一）' },
  headingSentence: null,
  details: [],
}));
const focus = (q: string) => outlineFocus(q, items, ['安徽省', '安徽', '皖']);

describe('the subject a priorities question narrows the outline to', () => {
  it('is the longest run of the question that one or two headings share', () => {
    const f = focus('安徽今年打算在科技创新上干点啥');
    expect(f?.subject).toBe('科技创新');
    expect(f?.items.map((i) => i.heading.text)).toEqual(['（二）全面增强科技创新策源功能']);
    expect(focus('安徽2026年民生方面有什么安排')?.items.map((i) => i.heading.id)).toEqual(['h5']);
  });

  it('is nothing for a question that only asks for the outline', () => {
    for (const q of ['总结安徽2026年的工作重点', '安徽今年准备抓哪几件事', '皖2026年主要任务是什么', '安徽省政府工作报告的重点工作'])
      expect(focus(q)).toBeNull();
  });

  it('is no word that three or more headings share (创新 alone is in two here, 发展 is filler)', () => {
    expect(focus('安徽在创新上有什么打算')?.items).toHaveLength(2);
    expect(focus('安徽在发展上有什么打算')).toBeNull();
  });

  it('is never the place the question names, even when a heading names it', () => {
    const withPlace = [...items, { ...items[0], heading: { ...items[0].heading, id: 'hx', text: '（十二）建设美好安徽' } }];
    expect(outlineFocus('总结安徽2026年的工作重点', withPlace, ['安徽省', '安徽'])).toBeNull();
  });
});
