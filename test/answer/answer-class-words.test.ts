import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/answer/figure-format.js';
import { extractFigures } from '../../src/figures/index.js';
import { asksForRank, asksForShare } from '../../src/lang/zh/asked-shape-words.js';
import { targetBound } from '../../src/lang/zh/attainment-words.js';
import { asksAboutAttainment as asksAttainment } from '../../src/lang/zh/intent-words.js';
import { namesOtherSubject } from '../../src/lang/zh/other-subject-words.js';
import { asksHowMuchChanged, asksMultiYearAverage, asksWhetherSame } from '../../src/lang/zh/verdict-words.js';

describe('attainment words', () => {
  it('reads questions about meeting a target', () => {
    for (const q of [
      '拱墅22年GDP完成目标了吗',
      '上海25年GDP增速超过目标没有',
      'zj25年gdp完成目标没',
      '达标了吗',
      '拱墅22年GDP目标完成没',
      '今年的增长目标达到了吗',
      '财政收入任务完成与否',
      'did Zhejiang hit its 2025 growth target?',
      'Did Shanghai meet its GDP goal',
    ])
      expect(asksAttainment(q), q).toBe(true);
    for (const q of ['上海2025年GDP增长目标是多少', '浙江今年GDP多少', '2025年完成了哪些工作', 'What growth goal did Fujian set for 2025?'])
      expect(asksAttainment(q), q).toBe(false);
  });

  it('tells a ceiling target from a floor and a rough one', () => {
    expect(targetBound('以内')).toBe('ceiling');
    expect(targetBound('左右')).toBe('about');
    expect(targetBound('以上')).toBe('floor');
    expect(targetBound(undefined)).toBe('floor');
  });
});

describe('the shape a question asks', () => {
  it('a rank', () => {
    expect(asksForRank('安徽研发投入强度全国第几')).toBe(true);
    expect(asksForRank('杭州数据交易所是全国第几家')).toBe(true);
    expect(asksForRank('安徽研发投入强度多少')).toBe(false);
  });
  it('a share', () => {
    expect(asksForShare('钱塘区数字经济核心产业占GDP多少')).toBe(true);
    expect(asksForShare('钱塘区数字经济核心产业增长多少')).toBe(false);
  });
  it('a verdict of sameness, a change over a span, an average', () => {
    expect(asksWhetherSame('北京跟上海今年GDP目标一样吗')).toBe(true);
    expect(asksWhetherSame('北京跟上海今年GDP目标哪个高')).toBe(false);
    expect(asksHowMuchChanged('全国研发投入强度这五年提高了多少')).toBe(true);
    expect(asksMultiYearAverage('北京过去五年GDP年均增速')).toBe(true);
    expect(asksMultiYearAverage('北京去年GDP增速')).toBe(false);
  });
});

describe('a figure of a wider subject', () => {
  it('is not the reporting place’s, except the country’s own in the national report', () => {
    expect(namesOtherSubject('大湾区经济总量', '广东省')).toBe(true);
    expect(namesOtherSubject('长三角地区生产总值', '上海市')).toBe(true);
    expect(namesOtherSubject('全国一般公共预算收入', '国务院')).toBe(false);
    expect(namesOtherSubject('地区生产总值', '广东省')).toBe(false);
  });
});

describe('values as the reports write them', () => {
  it('puts every pre-qualifier before the value', () => {
    expect(valueText({ value: 28, unit: '万人', qualifier: '不少于' })).toBe('不少于28万人');
    expect(valueText({ value: 5, unit: '%', qualifier: '左右' })).toBe('5%左右');
  });

  it('gives each level of a 分别 list the rate a following list gives it, in order', () => {
    const figures = extractFigures({
      sentence: '城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。',
      citationId: 'c',
      period: '2025',
      district: '江苏省',
      kind: 'result',
      source: 'text',
    });
    const rural = figures.filter((f) => f.indicator.startsWith('农村'));
    expect(rural.map((f) => [f.value, f.change?.value])).toEqual([[3.4, 5.3]]);
    expect(figures.find((f) => f.indicator.startsWith('城镇'))?.change?.value).toBe(4.2);
  });
});
