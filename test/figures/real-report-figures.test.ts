import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { brief, citationOf, figuresOf, reportSentence } from './report-sentence.js';

/** The lead a question gets from one cited sentence of a real report. */
function leadFor(question: string, place: string, sentence: string, period = '2025'): string | null {
  const citation = citationOf(sentence, place, period);
  const query = understandQuery(question, knownPlaces([place]), { today: new Date('2026-03-01') });
  return figureLead(query, figuresOf(citation), [citation]);
}

describe('figures of real report sentences, and the lead they give', () => {
  it('a share: 上海 R&D 相当于全市生产总值的比例 answers 研发投入占GDP比重', () => {
    const sentence = reportSentence('provincial-2026/2026_SH_上海市_政府工作报告.txt', '相当于全市生产总值的比例达到4.5%');
    expect(figuresOf(citationOf(sentence, '上海市')).map(brief)).toContainEqual(['全社会研发经费支出占全市生产总值比重', 4.5, '%', '左右']);
    expect(leadFor('上海2025年研发投入占GDP比重有多少', '上海市', sentence)).toContain('4.5%左右');
  });

  it('a rank: 浙江 一般公共预算收入 跃居全国第3位 leads a rank question, the amount leads an amount question', () => {
    const sentence = reportSentence('provincial-2026/2026_ZJ_浙江省_政府工作报告.txt', '跃居全国第3位');
    expect(leadFor('浙江一般公共预算收入全国排第几', '浙江省', sentence)).toContain('一般公共预算收入（实绩）：全国第3位');
    expect(leadFor('浙江一般公共预算收入多少', '浙江省', sentence)).toContain('8865亿元');
  });

  it('a from–to pair: a trend question leads with both values', () => {
    const sentence = reportSentence('provincial-2026/2026_SD_山东省_政府工作报告.txt', '由7.34万元提升至10.26万元');
    const figures = figuresOf(citationOf(sentence, '山东省')).map(brief);
    expect(figures).toContainEqual(['人均生产总值', 10.26, '万元', '']);
    expect(figures).toContainEqual(['人均生产总值', 7.34, '万元', '由']);
    expect(leadFor('山东人均生产总值这几年怎么变的', '山东省', sentence)).toContain('从7.34万元到10.26万元');
  });

  it('城乡 分别: 农民收入 is led by the 农村 figure', () => {
    const sentence = reportSentence('provincial-2025/2025_JS_江苏省_政府工作报告.txt', '城乡居民人均可支配收入分别达');
    expect(leadFor('江苏前年农民收入是多少？', '江苏省', sentence, '2024')).toContain('农村居民人均可支配收入（实绩）：3.2万元');
  });

  it('an average over five years neither names 年 nor leads a one-year question', () => {
    const average = reportSentence('national/2023_国务院_政府工作报告.txt', '年均1270多万人');
    expect(figuresOf(citationOf(average, '国务院', '2022')).map(brief)).toContainEqual(['城镇新增就业', 1270, '万人', '年均…多']);
    const year = reportSentence('national/2023_国务院_政府工作报告.txt', '城镇新增就业1206万人');
    const citations = [citationOf(average, '国务院', '2022'), { ...citationOf(year, '国务院', '2022'), id: 'c2' }];
    const query = understandQuery('2022年全国城镇新增就业多少人？', knownPlaces(['国务院']), { today: new Date('2026-03-01') });
    expect(figureLead(query, citations.flatMap(figuresOf), citations)).toContain('1206万人');
  });
});
