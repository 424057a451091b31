import { describe, expect, it } from 'vitest';
import { statedCompletionRate } from '../../src/answer/kinds/completion-rate.js';
import { message } from '../../src/answer/messages.js';
import type { Figure } from '../../src/answer/schema.js';

/** Session 53: the completion rate a result's sentence states, as a figure of the answer; the English attainment line. */
const figure = (indicator: string, value: number, unit: string): Figure => ({
  indicator,
  value,
  unit,
  kind: 'actual',
  period: '2022',
  district: '拱墅区',
  citationId: 'c1',
});

describe('the completion rate the result’s sentence states', () => {
  const actual = figure('新增市级高层次人才', 1435, '名');

  it('is the rate named from the result’s first characters on', () => {
    const rate = figure('新增市级高层次人才完成率', 143.5, '%');
    expect(statedCompletionRate(actual, [actual, rate])).toBe(rate);
    // The report's name may shorten the rest ("新增人才完成率"): its first characters are the result's.
    const short = figure('新增人才完成率', 143.5, '%');
    expect(statedCompletionRate(actual, [short])).toBe(short);
  });

  it('none when no rate of it is written, or one of another thing', () => {
    expect(statedCompletionRate(actual, [actual])).toBeUndefined();
    expect(statedCompletionRate(actual, [figure('实际利用外资完成率', 62.12, '%')])).toBeUndefined();
    expect(statedCompletionRate(actual, [figure('新增市级高层次人才完成率', 143.5, '名')])).toBeUndefined();
  });

  it('none when the result is that rate itself ("完成年度目标的160.1%")', () => {
    const itself = figure('新增就业完成率', 160.1, '%');
    expect(statedCompletionRate(itself, [itself])).toBeUndefined();
  });
});

describe('the attainment line in English', () => {
  it('cites the target by its own number', () => {
    const params = {
      place: 'Gongshu District',
      year: 2022,
      indicator: 'new talents',
      growth: false,
      actual: '1435名',
      target: '1000名以上',
      side: 'above' as const,
      gap: null,
      attained: true,
    };
    expect(message('attainmentLead', 'en', { ...params, targetCited: 1 })).toBe(
      'Gongshu District 2022 new talents: actual 1435名 [1], target 1000名以上 [1]; above target (met)',
    );
    expect(message('attainmentLead', 'en', { ...params, targetCited: 2 })).toContain('target 1000名以上 [2];');
    expect(message('attainmentLead', 'zh', { ...params, targetCited: 1 })).toContain('实际1435名[1]，目标1000名以上[1]，');
  });
});

describe("a ranking's lead", () => {
  const base = { year: 2025, lowest: false, kind: 'actual' as const, first: '福建省 10.6% [1]', tied: [], others: ['广东省 10.3% [2]'] };

  it('says a ranking by growth where an amount was asked', () => {
    expect(message('tableRankingLead', 'zh', { ...base, growthInstead: true })).toBe(
      '2025年实绩增速最高（多数报告只给出增速）：福建省 10.6% [1]；其后：广东省 10.3% [2]',
    );
    expect(message('tableRankingLead', 'en', { ...base, growthInstead: true })).toBe(
      'Highest 2025 actual growth (most reports give only the growth): 福建省 10.6% [1]; then 广东省 10.3% [2]',
    );
  });

  it('says nothing of it otherwise', () => {
    expect(message('tableRankingLead', 'zh', base)).toBe('2025年实绩最高：福建省 10.6% [1]；其后：广东省 10.3% [2]');
    expect(message('tableRankingLead', 'en', { ...base, growthInstead: false })).toBe(
      'Highest 2025 actual: 福建省 10.6% [1]; then 广东省 10.3% [2]',
    );
  });
});
