import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { asksWhichOfThem, comparesWith } from '../../src/lang/zh/comparison-follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { citationOf, figuresOf, reportSentence } from '../figures/report-sentence.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '广东省', '上海市']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const inConversation = (...questions: string[]) => conversationState(questions.map(read));

describe('comparison follow-up words', () => {
  it('tells "compare with X" and "which is higher" from other follow-ups', () => {
    for (const q of [
      '和江苏比呢',
      '跟上海比怎么样？',
      '跟浙江比谁多',
      '和上海比哪个更快？',
      '对比江苏',
      'compared with Jiangsu?',
      'vs Shanghai',
      '比江苏快吗',
      '是不是比上海高？',
      '有广东多吗',
      '超过江苏了吗',
      'faster than Jiangsu?',
      'is it higher than Shanghai?',
      'how does that compare with guangdong',
      'compare with Jiangsu',
    ])
      expect(comparesWith(q)).toBe(true);
    for (const q of [
      '江苏呢',
      '那2024年呢',
      '和江苏的GDP分别多少，还有财政收入和税收收入各是多少呢',
      '比重呢',
      '有多少家企业',
      'more on that',
    ])
      expect(comparesWith(q)).toBe(false);
    for (const q of ['哪个更高', '谁快？', 'which one is higher?', 'who grew faster?']) expect(asksWhichOfThem(q)).toBe(true);
    expect(asksWhichOfThem('江苏呢')).toBe(false);
  });
});

describe('a conversation turned into a comparison', () => {
  it('"和江苏比呢" adds Jiangsu beside Zhejiang, on the earlier topic and year', () => {
    const out = inConversation('浙江2025年GDP增长多少', '和江苏比呢');
    expect(out?.places).toEqual(['浙江省', '江苏省']);
    expect(out?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(out?.years).toEqual([2025]);
  });

  it('"哪个更高" after two places compares both, not every place', () => {
    const out = inConversation('浙江2025年GDP增长多少', '江苏呢', '哪个更高');
    expect(out?.places).toEqual(['浙江省', '江苏省']);
    expect(out?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('"比江苏快吗" and "faster than Jiangsu?" add Jiangsu the same way, and the next follow-up keeps both', () => {
    for (const q of ['比江苏快吗', 'faster than Jiangsu?']) {
      const out = inConversation('浙江2025年GDP增长多少', q);
      expect(out?.places).toEqual(['浙江省', '江苏省']);
      expect(out?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    }
    const next = inConversation('浙江2025年GDP增长多少', '比江苏快吗', '2026年的目标呢');
    expect(next?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(next?.years).toEqual([2026]);
  });

  it('an English comparison follow-up keeps the growth an English question asked, and its year', () => {
    for (const q of ['compared with Guangdong?', 'how does that compare with guangdong']) {
      const out = inConversation("What was Jiangsu's GDP growth in 2025?", q);
      expect(out?.places).toEqual(['江苏省', '广东省']);
      expect(out?.years).toEqual([2025]);
      expect(out?.question).toMatch(/^地区生产总值增长/);
    }
  });

  it('a plain place follow-up still replaces the place', () => {
    expect(inConversation('浙江2025年GDP增长多少', '江苏呢')?.places).toEqual(['江苏省']);
  });
});

describe('the verdict of two sides that state only growth rates', () => {
  it('says which grew faster even when the question did not say growth', () => {
    const zj = citationOf(reportSentence('provincial-2026/2026_ZJ_浙江省_政府工作报告.txt', '全省生产总值增长5.5%'), '浙江省');
    const js = {
      ...citationOf(reportSentence('provincial-2026/2026_JS_江苏省_政府工作报告.txt', '地区生产总值增长5.3%'), '江苏省'),
      id: 'c2',
    };
    const query = understandQuery('浙江和江苏2025年GDP谁高', PLACES, { today: new Date('2026-12-01') });
    // As the engine asks it: two places and an indicator ask two numbers.
    expect(figureLead({ ...query, wantsQuantity: true }, [...figuresOf(zj), ...figuresOf(js)], [zj, js])).toContain(
      '浙江省更高：5.5% 对 5.3%',
    );
  });
});
