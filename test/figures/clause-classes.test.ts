/**
 * Reading a clause right, class by class, on sentences of the real reports: structures, gaps, spans
 * and streaks, milestones passed, scope items of a 分别 list, names that are no fragments, and the
 * lead each gives for the question it answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureListText, valueText } from '../../src/answer/figure-format.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { figureShape } from '../../src/figures/figure-shape.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { brief, citationOf, figuresOf, reportSentence } from './report-sentence.js';

function leadFor(question: string, place: string, sentence: string, period = '2025'): string | null {
  const citation = citationOf(sentence, place, period);
  const query = understandQuery(question, knownPlaces([place]), { today: new Date('2026-03-01') });
  return figureLead(query, figuresOf(citation), [citation]);
}

/** A sentence of the seed corpus (corpus/) holding a marker. */
function seedSentence(file: string, marker: string): string {
  const text = readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8');
  const sentence = text.split(/[。\n;；]/).find((s) => s.includes(marker));
  if (!sentence) throw new Error(`no sentence with ${marker} in ${file}`);
  return sentence.trim();
}

const GD_2026 = 'provincial-2026/2026_GD_广东省_政府工作报告.txt';
const SD_2026 = 'provincial-2026/2026_SD_山东省_政府工作报告.txt';
const SD_2025 = 'provincial-2025/2025_SD_山东省_政府工作报告.txt';

describe('a structure is one figure of its parts', () => {
  it('城乡居民收入比从2.50:1缩小至2.27:1: two structures, the one reached leads', () => {
    const sentence = reportSentence(GD_2026, '城乡居民收入比从2.50:1');
    const ratios = figuresOf(citationOf(sentence, '广东省')).filter((f) => f.indicator === '城乡居民收入比');
    expect(ratios.map((f) => [f.shape, f.structure, valueText(f)])).toEqual([
      ['structure', [2.27, 1], '2.27:1'],
      ['structure', [2.5, 1], '2.5:1'],
    ]);
    expect(leadFor('广东城乡居民收入比是多少', '广东省', sentence)).toContain('城乡居民收入比（实绩）：2.27:1');
  });

  it('三次产业结构为0.9:57.7:41.4 lists as its three parts, never "0.9比例0.9:57.7:41.4"', () => {
    const sentence = seedSentence('qiantang-2024-plan-execution-and-2025-plan.txt', '三次产业结构为0.9:57.7:41.4');
    const structure = figuresOf(citationOf(sentence, '钱塘区', '2024')).find((f) => f.indicator === '三次产业结构');
    expect(structure && figureListText(structure)).toBe('三次产业结构: 0.9:57.7:41.4');
  });
});

describe('a gap to a wider place is its own shape', () => {
  const sentence = reportSentence(SD_2025, '服务业增加值达5.23万亿元');

  it('高于全国0.4个百分点 after a growth rate is the growth gap, named so', () => {
    const gap = figuresOf(citationOf(sentence, '山东省', '2024')).find((f) => f.unit === '个百分点');
    expect(gap && [gap.indicator, gap.value, figureShape(gap), figureListText(gap)]).toEqual([
      '服务业增加值增速与全国差距',
      0.4,
      'gap',
      '服务业增加值增速与全国差距: ↑0.4个百分点',
    ]);
  });

  it('the indicator asked leads with its own growth; a gap asked leads with the gap', () => {
    expect(leadFor('山东2024年服务业增加值增长多少', '山东省', sentence, '2024')).toContain('增长5.4%');
    expect(leadFor('山东2024年服务业增加值增长多少', '山东省', sentence, '2024')).not.toContain('0.4');
    expect(leadFor('山东2024年服务业增加值增速比全国高多少', '山东省', sentence, '2024')).toContain('高0.4个百分点');
  });
});

describe('spans and streaks', () => {
  it('5年提高4.5个百分点 is a change of the figure before it over five years, not a figure named 5年', () => {
    const sentence = reportSentence(SD_2026, '5年提高4.5个百分点');
    const urban = figuresOf(citationOf(sentence, '山东省')).filter((f) => f.indicator === '常住人口城镇化率');
    expect(urban.map((f) => figureListText(f))).toEqual(['常住人口城镇化率: 67.5%', '常住人口城镇化率: 5年增长4.5个百分点']);
    expect(leadFor('山东常住人口城镇化率是多少', '山东省', sentence)).toContain('67.5%');
  });

  it('连续7年保持98%以上 is a streak: marked, printed with its years, and labelled with no single year', () => {
    const sentence = reportSentence('provincial-2026/2026_JS_江苏省_政府工作报告.txt', '群众安全感连续7年');
    const streak = figuresOf(citationOf(sentence, '江苏省')).find((f) => f.indicator === '群众安全感');
    expect(streak && [streak.shape, valueText(streak)]).toEqual(['streak', '连续7年98%以上']);
    const lead = leadFor('江苏群众安全感多少', '江苏省', sentence);
    expect(lead).toContain('连续7年98%以上');
    expect(lead).not.toContain('2025年');
  });

  it('年均增长5.7% after the level reached is the five years average, never that level’s growth', () => {
    const sentence = reportSentence('provincial-2026/2026_AH_安徽省_政府工作报告.txt', '连跨两个万亿元台阶');
    const figures = figuresOf(citationOf(sentence, '安徽省', '2021-2025'));
    // Beside the milestones passed (连跨两个万亿元台阶), asked only as such.
    expect(figures.filter((f) => f.indicator === '地区生产总值' && f.shape !== 'milestone').map(brief)).toEqual([
      ['地区生产总值', 5.7, '%', '年均'],
    ]);
  });
});

describe('milestones passed', () => {
  it('连跨5万亿元、6万亿元两个台阶 gives no figure of the year, only the milestones passed', () => {
    const sentence = reportSentence('provincial-2026/2026_FJ_福建省_政府工作报告.txt', '经济总量连跨5万亿元');
    const named = figuresOf(citationOf(sentence, '福建省')).filter((f) => f.indicator.includes('经济总量'));
    expect(named.every((f) => f.shape === 'milestone' && f.qualifier?.endsWith('台阶'))).toBe(true);
    expect(named.map((f) => `${f.value}${f.unit}`)).toEqual(['5万亿元', '6万亿元', '2个']);
  });

  it('突破X亿元，达到Y亿元: Y leads, X is marked a milestone', () => {
    // The shape of the seed corpus's "生产总值力争突破8000亿元" followed by the value reached.
    const sentence = '全年地区生产总值突破3万亿元，达到30129亿元，增长5.6%';
    const figures = figuresOf(citationOf(sentence, '宁波市', '2024'));
    expect(figures.map((f) => [valueText(f), f.shape ?? ''])).toEqual([
      ['突破3万亿元', 'milestone'],
      ['30129亿元', ''],
    ]);
    expect(leadFor('宁波2024年GDP多少', '宁波市', sentence, '2024')).toContain('30129亿元');
  });

  it('one level reached, 迈上14万亿元新台阶, is the value, its step no name', () => {
    const sentence = '预计全省地区生产总值迈上14万亿元新台阶、达14.2万亿元';
    expect(figuresOf(citationOf(sentence, '广东省')).map((f) => [f.indicator, valueText(f), f.shape ?? ''])).toEqual([
      ['地区生产总值', '迈上14万亿元', 'milestone'],
      ['地区生产总值', '14.2万亿元', ''],
    ]);
  });
});

describe('several indicators in one clause', () => {
  it('全国和自由贸易试验区负面清单条数分别压减51%、72%: each scope its own value', () => {
    const sentence = reportSentence('national/2023_国务院_政府工作报告.txt', '负面清单条数分别压减');
    expect(figuresOf(citationOf(sentence, '国务院', '2022')).map((f) => [f.indicator, f.value])).toEqual([
      ['全国负面清单条数', 51],
      ['自由贸易试验区负面清单条数', 72],
    ]);
  });

  it('城镇和农村…分别增长4.3%、5.5%: a 农村 question leads with the 农村 rate', () => {
    const sentence = reportSentence('provincial-2026/2026_ZJ_浙江省_政府工作报告.txt', '城镇和农村居民人均可支配收入分别增长4.3%');
    expect(leadFor('浙江农村居民人均可支配收入增长多少', '浙江省', sentence)).toContain('农村居民人均可支配收入（实绩）：增长5.5%');
    expect(leadFor('浙江城镇居民人均可支配收入增长多少', '浙江省', sentence)).toContain('城镇居民人均可支配收入（实绩）：增长4.3%');
  });

  it('names as many as values without 分别 pair in order', () => {
    const sentence = '规上工业增加值和服务业增加值增长8.3%和6.1%';
    expect(figuresOf(citationOf(sentence, '山东省')).map((f) => [f.indicator, f.value])).toEqual([
      ['规上工业增加值', 8.3],
      ['服务业增加值', 6.1],
    ]);
  });
});

describe('names and values that read as written', () => {
  it('比上年增加1.6万亿元 names the subject it compares', () => {
    const sentence = reportSentence('national/2025_国务院_政府工作报告.txt', '赤字规模5.66万亿元');
    expect(figuresOf(citationOf(sentence, '国务院')).map((f) => f.indicator)).toContain('赤字规模比上年增加');
  });

  it('31项指标可以达到… counts 指标, not "指标可以"', () => {
    const sentence = seedSentence('hangzhou-2023-plan-execution-and-2024-plan.txt', '指标可以');
    expect(figuresOf(citationOf(sentence, '杭州市', '2023')).map(brief)).toContainEqual(['指标', 31, '项', '']);
  });

  it('增长5.5%左右(确保5%以上): the floor reads 确保增长5%以上, not "5%确保…以上"', () => {
    const sentence = seedSentence('gongshu-2022-plan-execution-and-2023-plan.txt', '确保5%以上');
    const lines = figuresOf(citationOf(sentence, '拱墅区', '2023', 'plan')).map((f) => figureListText(f));
    expect(lines).toEqual(['地区生产总值: 增长5.5%左右', '地区生产总值: 确保增长5%以上']);
  });

  it('a growth rate lists as 增长10.4%, not as a level that grew by itself', () => {
    const sentence = seedSentence('qiantang-2024-plan-execution-and-2025-plan.txt', '数字经济核心产业增加值增长');
    const rate = figuresOf(citationOf(sentence, '钱塘区', '2024')).find((f) => f.indicator === '数字经济核心产业增加值');
    expect(rate && figureListText(rate)).toMatch(/^数字经济核心产业增加值: 增长[\d.]+%$/);
  });
});
