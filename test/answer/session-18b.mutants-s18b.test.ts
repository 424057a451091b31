/**
 * Session 19's mutation run of the rest of session 18's changes (stryker.s18b.json): the lead's English names and amounts
 * (src/answer/figure-lead.ts) and a count asked where only a growth is given (src/answer/level-not-stated.ts), on
 * hand-built figures and citations (no index).
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { countNotStatedNote } from '../../src/answer/level-not-stated.js';
import { message } from '../../src/answer/messages.js';
import type { Figure } from '../../src/answer/schema.js';
import { asked, indicator } from '../support/hand-built-query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const growth = (name: string, value: number, citationId = 'c1'): Figure => ({
  ...resultFigure(name, value, '%', citationId),
  change: { direction: 'up', value, unit: '%' },
});

describe('an English question names figures in the Chinese it was read as', () => {
  const s = '全省汽车保有量3230万辆，其中新能源汽车保有量356万辆';
  const figures = [resultFigure('汽车保有量', 3230, '万辆', 'c1'), resultFigure('新能源汽车保有量', 356, '万辆', 'c1')];
  const en = (question: string, searchText: string) => asked(question, { language: 'en', searchText, wantsQuantity: true });

  it('the longest name its Chinese writes leads, not one inside it', () => {
    expect(figureLead(en('How many electric vehicles on the road?', '新能源汽车保有量'), figures, [resultCitation('c1', s)])).toContain(
      '356万辆',
    );
    expect(figureLead(en('How many cars on the road?', '汽车保有量'), figures, [resultCitation('c1', s)])).toContain('3230万辆');
  });

  it('a Chinese question reads its own words, not its search text', () => {
    expect(
      figureLead(asked('新能源汽车保有量多少', { searchText: '汽车保有量', wantsQuantity: true }), figures, [resultCitation('c1', s)]),
    ).toContain('356万辆');
  });

  it('shares names with the figures in its Chinese words', () => {
    const sales = '红旗汽车产量增长22.9%、销量增长17.4%';
    const two = [growth('红旗汽车产量', 22.9), growth('红旗汽车销量', 17.4)];
    expect(figureLead(en('Hongqi car sales growth', '红旗 汽车销售 增长'), two, [resultCitation('c1', sales)])).toContain('17.4%');
    expect(figureLead(en('Hongqi car output growth', '红旗 汽车产量 增长'), two, [resultCitation('c1', sales)])).toContain('22.9%');
  });
});

describe('an amount asked in English', () => {
  const s = '全年增长4.8%、总量达5.3万亿元';
  const figures = [growth('地区生产总值', 4.8), resultFigure('地区生产总值', 5.3, '万亿元', 'c1')];
  const en = (question: string, searchText = '地区生产总值') => asked(question, { language: 'en', searchText, wantsQuantity: true });

  it('is the level its sentence gives before the growth written first', () => {
    expect(figureLead(en("How big was Hunan's economy in 2024?"), figures, [resultCitation('c1', s)])).toMatch(/^[^%]*5\.3万亿元/);
  });

  it('not when a rate or a share is asked, nor in Chinese', () => {
    expect(figureLead(en("How fast did Hunan's economy grow in 2024?"), figures, [resultCitation('c1', s)])).toMatch(/^[^万]*4\.8%/);
    expect(figureLead(en('What share of GDP?'), figures, [resultCitation('c1', s)])).toBeNull();
    expect(figureLead(asked('湖南地区生产总值', { wantsQuantity: true }), figures, [resultCitation('c1', s)])).toMatch(/^[^万]*4\.8%/);
  });

  it('takes no percentage, points or growth for the level', () => {
    const cite = [resultCitation('c1', '城镇化水平增长4.8%，达到62%，提高1.2个百分点')];
    const rates = [growth('城镇化水平', 4.8), resultFigure('城镇化水平', 62, '%', 'c1')];
    expect(figureLead(en('How big was Hunan urbanisation?', '城镇化水平'), rates, cite)).toMatch(/^[^6]*4\.8%/);
    const points = [growth('城镇化水平', 4.8), resultFigure('城镇化水平', 1.2, '个百分点', 'c1')];
    expect(figureLead(en('How big was Hunan urbanisation?', '城镇化水平'), points, cite)).toMatch(/^[^个]*4\.8%/);
    const level = [growth('城镇化水平', 4.8), resultFigure('城镇化水平', 5, '万人', 'c1')];
    expect(figureLead(en('How big was Hunan urbanisation?', '城镇化水平'), level, cite)).toMatch(/^[^%]*5万人/);
  });
});

describe('a count asked where only a growth is given', () => {
  const q = (question: string, fields = {}) => asked(question, { wantsQuantity: true, ...fields });
  const figures = [growth('新设外资企业数量', 19.5)];

  it('is said with the unit asked', () => {
    expect(countNotStatedNote(q('北京去年新设外资企业多少个'), figures)).toBe('报告未给出数量（个），只有增速：');
  });

  it('not of money, nor when no unit is asked', () => {
    expect(countNotStatedNote(q('北京去年新设外资企业多少元'), figures)).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少'), figures)).toBeNull();
  });

  it('not when a count of the named thing is given in a larger magnitude', () => {
    const count = resultFigure('新设外资企业', 2, '万家', 'c1');
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [...figures, count])).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [count, ...figures])).toBeNull();
  });

  it('reads the first named figure only: a level first is no growth only', () => {
    const level = resultFigure('新设外资企业数量', 19.5, '%', 'c1');
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [level, ...figures])).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [...figures, level])).toBe('报告未给出数量（家），只有增速：');
  });
});

describe('after the first run', () => {
  const s = '全年增长4.8%、总量达5.3万亿元';
  const withGrowth = {
    ...resultFigure('地区生产总值', 5.3, '万亿元', 'c1'),
    change: { direction: 'up' as const, value: 4.8, unit: '%' as const },
  };
  const figures = [growth('地区生产总值', 4.8), withGrowth];
  const lead = (question: string, fields = {}) =>
    figureLead(asked(question, { language: 'en', searchText: '地区生产总值', wantsQuantity: true, ...fields }), figures, [
      resultCitation('c1', s),
    ]);

  it('an amount asked in English: only with its words, not with a rate asked, and not in a Chinese question', () => {
    expect(lead("How big was Hunan's economy?")).toMatch(/^[^%]*5\.3万亿元/);
    // A rate asked: both figures give a rate; the growth written first stays first.
    expect(lead('How big was the growth rate of Hunan GDP?')).toMatch(/^[^万]*growth 4\.8%/);
    // No amount asked ("Hunan GDP 2024"): no level put first.
    expect(lead('Hunan GDP 2024')).toMatch(/^[^万]*growth 4\.8%/);
    // Read as Chinese, English amount words are not asked in English.
    expect(lead('湖南地区生产总值 how big', { language: 'zh' })).toMatch(/^[^万]*增长4\.8%/);
  });

  it('a count asked: not of an indicator, in English or where no quantity is asked', () => {
    const q = (question: string, fields = {}) => asked(question, { wantsQuantity: true, ...fields });
    const named = [growth('新设外资企业数量', 19.5)];
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), named)).toBe('报告未给出数量（家），只有增速：');
    expect(countNotStatedNote(q('北京去年新设外资企业多少家', { indicators: [indicator('地区生产总值')] }), named)).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少家', { language: 'en' }), named)).toBeNull();
    expect(countNotStatedNote(asked('北京去年新设外资企业多少家'), named)).toBeNull();
    // Only figures the question names: a growth of something else says nothing of the count.
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [growth('地区生产总值', 5)])).toBeNull();
  });

  it('the count note in English says there is no count', () => {
    // countNotStatedNote itself says it in Chinese only; the message table holds both.
    expect(message('countNotStated', 'en', { unit: '家' })).toBe('The reports give no count, only the growth: ');
  });
});
