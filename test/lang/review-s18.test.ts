/**
 * Found by session 18's review: gaps written or asked with 比 that are changes over a time or start inside 占比, nouns
 * cut at 吸引力 / 全覆盖, 数据 inside 数字经济, names ending like a measure that are none, 一产 inside 统一产权, and an
 * opener-only "那今天天气怎么样" read as a follow-up.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { asksForGap } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { asksForValueOfIndicator } from '../../src/lang/zh/question-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { isBareMeasureQuestion } from '../../src/understand/keyword-question.js';
import { asked } from '../support/hand-built-query.js';
import { briefFigures, resultSentence } from '../support/hand-built-figures.js';

describe('a gap written with 比', () => {
  it('compares with what stands after the last 比', () => {
    const [gap] = extractFigures(resultSentence('数字经济核心产业增加值占比比全国高3个百分点'));
    expect(gap.shape).toBe('gap');
    expect(gap.indicator).toContain('与全国差距');
    expect(gap.indicator).toContain('占比');
  });

  it('is no gap against a part of the year or with 加快', () => {
    for (const s of ['全年增速比一季度高0.5个百分点', '增速比上半年加快0.8个百分点', '高新技术产业占比比上年高1.2个百分点'])
      expect(
        extractFigures(resultSentence(s)).some((f) => f.shape === 'gap'),
        s,
      ).toBe(false);
    for (const q of ['浙江数字经济占比比上年高了几个百分点', '江苏GDP增速比一季度提高了几个百分点']) expect(asksForGap(q), q).toBe(false);
    expect(asksForGap('数字经济占比比全国高几个点')).toBe(true);
  });
});

describe('words the session added, where they are part of other words', () => {
  it('keeps 吸引力 and 全覆盖 inside the counted noun', () => {
    expect(briefFigures('打造10个具有吸引力的国际消费商圈')[0][0]).toContain('吸引力');
    expect(briefFigures('建成20个全覆盖示范县')[0][0]).toContain('全覆盖示范县');
  });

  it('reads 数据 and 数字 as asking a value only at the end', () => {
    expect(asksForValueOfIndicator('浙江数字经济核心产业')).toBe(false);
    expect(asksForValueOfIndicator('浙江GDP统计数据来源')).toBe(false);
    expect(asksForValueOfIndicator('浙江2025年GDP相关数据？')).toBe(true);
  });

  it('reads no measure in 引资, 质量 or 价值', () => {
    for (const q of ['浙江招商引资', '浙江推进高质量', '江苏2025年文化价值']) expect(isBareMeasureQuestion(asked(q)), q).toBe(false);
  });

  it('reads no 一产 inside 统一产权 or 同一产区', () => {
    expect(toReportWording('统一产权交易市场')).toBe('统一产权交易市场');
    expect(toReportWording('同一产区')).toBe('同一产区');
  });
});

describe('an out-of-scope question opened like a follow-up', () => {
  it('stays out of scope unless it ends as one', () => {
    const places = knownPlaces(['浙江省']);
    const read = (q: string) => understandQuery(q, places, { today: new Date('2026-12-03') });
    const state = conversationState([read('浙江2024年GDP多少'), read('那今天天气怎么样')]);
    expect(state?.indicators).toEqual([]);
    expect(state?.places).toEqual([]);
  });
});
