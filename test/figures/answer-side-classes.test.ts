import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { isAskedIndicator, valueText } from '../../src/answer/figure-format.js';
import { extractFigures } from '../../src/figures/index.js';
import { isRankFigure } from '../../src/figures/rank-figures.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { startOfReviewedPlan } from '../../src/figures/from-to.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { citationOf, figuresOf, reportSentence } from './report-sentence.js';

const figures = (sentence: string, period = '2025', section = ''): Figure[] =>
  extractFigures({ sentence, citationId: 'c1', period, district: '某省', kind: 'result', source: 'text', section });
const shown = (f: Figure) => `${f.indicator}:${valueText(f)}·${f.period}`;
const understood = (question: string, place: string) => understandQuery(question, knownPlaces([place]), { today: new Date('2026-03-01') });

describe('a target asked is led by a target, never by an actual', () => {
  const actual = reportSentence('provincial-2026/2026_JS_江苏省_政府工作报告.txt', '城乡居民人均可支配收入分别达');
  const plan = reportSentence('provincial-2025/2025_JS_江苏省_政府工作报告.txt', '居民收入增长与经济增长基本同步');
  const citations: Citation[] = [citationOf(actual, '江苏省'), { ...citationOf(plan, '江苏省', '2025', 'plan'), id: 'c2' }];
  const all = citations.flatMap(figuresOf);

  it('says no numeric target is stated and quotes the plan’s words for the indicator', () => {
    const lead = figureLead(understood('江苏省2025年居民人均可支配收入目标是多少？', '江苏省'), all, citations) ?? '';
    expect(lead).not.toContain('实绩');
    expect(lead).not.toContain('6.9万元');
    expect(lead).toContain('数值目标');
    expect(lead).toContain('居民收入增长与经济增长基本同步');
    expect(lead).toContain('[2]');
  });

  it('an actual asked keeps its actual lead', () => {
    expect(figureLead(understood('江苏省2025年城镇居民人均可支配收入是多少？', '江苏省'), all, citations)).toContain('6.9万元');
  });

  it('a target stated as a number leads', () => {
    expect(figureLead(understood('江苏省2025年GDP增长目标是多少？', '江苏省'), all, citations)).toMatch(/（目标）：增长5%以上 \[2\]/);
  });
});

describe('an indicator whose name holds the asked one is another indicator', () => {
  const exports = understood('广东出口多少', '广东省');
  it('出口 is not 货物进出口总额, nor 进出口', () => {
    expect(exports.indicators[0]?.name).toBe('货物出口');
    expect(isAskedIndicator({ indicator: '货物进出口总额' }, exports)).toBe(false);
    expect(isAskedIndicator({ indicator: '进出口' }, exports)).toBe(false);
    expect(isAskedIndicator({ indicator: '货物出口' }, exports)).toBe(true);
    expect(isAskedIndicator({ indicator: '出口总额' }, exports)).toBe(true);
  });
  it('进出口 asked still reads 货物进出口总额', () => {
    expect(isAskedIndicator({ indicator: '货物进出口总额' }, understood('广东进出口总额多少', '广东省'))).toBe(true);
  });
  it('进出口总额 asked is not the 出口 of "…、增长5.6%，其中出口增长10.8%", but is 外贸进出口总额', () => {
    const trade = understood('上海2025年进出口总额多少', '上海市');
    expect(isAskedIndicator({ indicator: '出口' }, trade)).toBe(false);
    expect(isAskedIndicator({ indicator: '外贸进出口总额' }, trade)).toBe(true);
    expect(isAskedIndicator({ indicator: '进出口' }, trade)).toBe(true);
  });
  it('a short figure name still names a longer asked name it ends (产量 of 粮食产量)', () => {
    expect(isAskedIndicator({ indicator: '产量' }, understood('福建省2024年粮食产量是多少？', '福建省'))).toBe(true);
    expect(isAskedIndicator({ indicator: '进口' }, understood('上海2025年进出口总额多少', '上海市'))).toBe(false);
  });
});

describe('ranks counted in things', () => {
  const ranks = figures('杭州数据交易所正式揭牌,是全省首家、全国第8家数据交易所', '2023');

  it('reads 第N家 and 首家 as ranks of the subject the sentence names', () => {
    expect(ranks.map(shown)).toEqual(['杭州数据交易所:全省首家·2023', '杭州数据交易所:全国第8家·2023']);
    expect(ranks.every(isRankFigure)).toBe(true);
  });

  it('a rank question is led by the rank in the scope it asks', () => {
    expect(preferAskedShape('杭州数据交易所是全国第几家', ranks).map(shown)).toEqual(['杭州数据交易所:全国第8家·2023']);
    expect(preferAskedShape('杭州数据交易所是全省第几家', ranks).map(shown)).toEqual(['杭州数据交易所:全省首家·2023']);
  });

  it('without a subject naming the thing, the thing counted names it', () => {
    const [rank] = figures('新增上市公司12家，是全国第3个实现县域全覆盖的省份').filter(isRankFigure);
    expect(rank.indicator).toMatch(/省份$/);
    expect(valueText(rank)).toBe('全国第3个');
  });

  it('a count is not a rank', () => {
    expect(figures('新增国家级专精特新企业120家').some(isRankFigure)).toBe(false);
  });
});

describe('a from–to pair’s start, dated to the start of the plan its section reviews', () => {
  const sentence = '地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元';

  it('a “十四五” review starts from 2020', () => {
    const read = figures(sentence, '2025', '一、2025年和“十四五”时期工作回顾');
    expect(read.map(shown)).toEqual([
      '地区生产总值:14.58万亿元·2025',
      '地区生产总值:从11.37万亿元·2020',
      '人均地区生产总值:11万元·2025',
      '人均地区生产总值:从9万元·2020',
    ]);
  });

  it('a plan span starts the year before it; a year’s own section gives no start year', () => {
    expect(startOfReviewedPlan({ period: '2021-2025' })).toBe('2020');
    expect(startOfReviewedPlan({ period: '2025', section: '一、2025年工作回顾' })).toBeNull();
    expect(startOfReviewedPlan({ period: '2024', section: '“十四五”时期' })).toBeNull();
    expect(figures(sentence, '2025', '一、2025年工作回顾')[1].period).toBe('2025');
  });

  it('a start with its own year keeps it', () => {
    expect(figures('研发投入强度从2020年的2.8%提高到3.3%', '2025', '“十四五”时期回顾').map(shown)).toContain('研发投入强度:2.8%·2020');
  });
});

describe('a yearly average after milestones passed', () => {
  it('takes the milestones’ subject and keeps its 年均', () => {
    const [rate] = figures('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%，规模稳居全国第4位');
    expect(rate.indicator).toBe('生产总值');
    expect(rate.qualifier).toBe('年均');
    expect(valueText(rate)).toBe('年均5.9%');
  });

  it('a 年均 rate after a year’s rate is marked as the average, not a second growth of the year', () => {
    const read = figures('地区生产总值增长5.3%，年均增长5.5%');
    expect(read.map((f) => f.qualifier ?? '')).toEqual(['', '年均']);
  });

  it('the lead writes 年均增长 before the value', () => {
    const sentence = '全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%';
    const citation = citationOf(sentence, '浙江省', '2021-2025');
    const lead = figureLead(understood('浙江十四五期间GDP年均增长多少', '浙江省'), figuresOf(citation), [citation]);
    expect(lead).toContain('年均增长5.9%');
    expect(lead).not.toContain('年均增长年均');
  });
});

describe('a short word of an indicator’s name inside another name', () => {
  const exports = understood('北京出口增长多少', '北京市');
  it('出口 after a neutral word is the asked exports; inside 安全出口 it is not', () => {
    expect(isAskedIndicator({ indicator: '出口' }, exports)).toBe(true);
    expect(isAskedIndicator({ indicator: '全市出口' }, exports)).toBe(true);
    expect(isAskedIndicator({ indicator: '清理打通疏散通道、安全出口' }, exports)).toBe(false);
  });
});

describe('a target stated only in words', () => {
  it('quotes a clause of the target list, never a plan’s measure', () => {
    const query = understood('上海2025年货物出口增长目标是多少？', '上海市');
    const measure: Citation = { ...citationOf('加大政策性出口信用保险支持力度', '上海市', '2025', 'plan'), id: 'c1' };
    const lead =
      figureLead(
        query,
        [{ indicator: '出口', value: 10.8, unit: '%', kind: 'actual', period: '2024', district: '上海市', citationId: 'c1' }],
        [measure],
      ) ?? '';
    expect(lead).toContain('数值目标');
    expect(lead).not.toContain('信用保险');
    const list: Citation = {
      ...citationOf('主要预期目标是：地区生产总值增长5%左右，外贸出口稳中提质', '上海市', '2025', 'plan'),
      id: 'c1',
    };
    expect(figureLead(query, figuresOf(list), [list])).toContain('“外贸出口稳中提质” [1]');
  });
});

describe('a figure the report names by the end of the asked name only', () => {
  const sentence = reportSentence('provincial-2025/2025_FJ_福建省_政府工作报告.txt', '粮食播种面积1266.6万亩、产量514.4万吨');
  const citations: Citation[] = [citationOf(sentence, '福建省', '2024')];
  const all = citations.flatMap(figuresOf);

  it('is led under the asked name when the sentence writes the rest of it', () => {
    const lead = figureLead(understood('福建省2024年粮食产量是多少？', '福建省'), all, citations) ?? '';
    expect(lead).toContain('粮食产量（实绩）：514.4万吨');
  });

  it('keeps its own name when the sentence does not write the rest of the asked name', () => {
    const bare = figures('全年产量514.4万吨', '2024');
    const cite: Citation[] = [{ ...citations[0], sentence: '全年产量514.4万吨' }];
    const lead =
      figureLead(
        understood('福建省2024年粮食产量是多少？', '福建省'),
        bare.map((f) => ({ ...f, district: '福建省' })),
        cite,
      ) ?? '';
    expect(lead).toContain('产量（实绩）：514.4万吨');
    expect(lead).not.toContain('粮食产量（');
  });
});
