/**
 * Session 18 (English helper): which figure of a sentence with several leads an English question. The question's
 * names are matched in the Chinese its words were read as, an amount asked is the level before a growth written first,
 * and an English share is answered by a percentage the reports name as a rate or write bare in a 分别 list.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const growth = (indicator: string, value: number, citationId: string, district: string): Figure => ({
  ...resultFigure(indicator, value, '%', citationId, district),
  change: { direction: 'up', value, unit: '%' },
});

describe('an amount asked in English is the level, not the growth written before it', () => {
  const places = knownPlaces(['湖南省']);
  const ask = (q: string) => understandQuery(q, places, { today });
  const citations = [resultCitation('c1', '全年增长4.8%、总量达5.3万亿元；', '湖南省')];
  const figures = [growth('地区生产总值', 4.8, 'c1', '湖南省'), resultFigure('地区生产总值', 5.3, '万亿元', 'c1', '湖南省')];

  it('"How big was …", "What was … GDP" lead 5.3万亿元', () => {
    expect(figureLead(ask("How big was Hunan's economy in 2024?"), figures, citations)).toContain('5.3万亿元');
    expect(figureLead(ask("What was Hunan's GDP in 2024?"), figures, citations)).toContain('5.3万亿元');
    expect(figureLead(ask("What was the size of Hunan's economy in 2024?"), figures, citations)).toContain('5.3万亿元');
  });

  it('a growth asked still leads the growth', () => {
    expect(figureLead(ask("How much did Hunan's GDP grow in 2024?"), figures, citations)).toContain('4.8%');
    expect(figureLead(ask("What was Hunan's GDP growth in 2024?"), figures, citations)).toContain('4.8%');
  });
});

describe("an English question's names are matched in the Chinese its words were read as", () => {
  it('"electric vehicles on the road" is 新能源汽车保有量, not the 汽车保有量 inside that name', () => {
    const places = knownPlaces(['山东省']);
    const citations = [resultCitation('c1', '汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆。', '山东省')];
    const figures = [
      resultFigure('汽车保有量', 3230, '万辆', 'c1', '山东省'),
      resultFigure('新能源汽车保有量', 356, '万辆', 'c1', '山东省'),
    ];
    for (const q of ['electric vehicles on the road in shandong', 'How many NEVs are on the road in Shandong?'])
      expect(figureLead({ ...understandQuery(q, places, { today }), wantsQuantity: true }, figures, citations)).toContain('356万辆');
  });

  it('"Hongqi car sales" shares more with 红旗汽车销量 than with 红旗汽车产量 before it', () => {
    const places = knownPlaces(['吉林省']);
    const romanisedName = (name: string) => (name === 'hongqi' ? ['红旗'] : []);
    const citations = [resultCitation('c1', '红旗汽车产销量分别增长22.9％和17.4％', '吉林省')];
    const figures = [growth('红旗汽车产量', 22.9, 'c1', '吉林省'), growth('红旗汽车销量', 17.4, 'c1', '吉林省')];
    // The reports' words as they write them: "car sales" is read as their compound 汽车销售.
    const written = new Set(['汽车', '销售', '销量', '汽车销售', '生产', '产量', '汽车生产', '增长']);
    const timesWritten = (zh: string) => (written.has(zh) ? 3 : 0);
    const ask = (q: string) => understandQuery(q, places, { today, romanisedName, timesWritten });
    expect(figureLead(ask('How much did Hongqi car sales grow in 2024?'), figures, citations)).toContain('17.4%');
    expect(figureLead(ask('How much did Hongqi car production grow in 2024?'), figures, citations)).toContain('22.9%');
  });
});

describe('an English share is answered by a percentage the reports name as a rate or write bare', () => {
  const admission = resultFigure('普通高中录取率', 72, '%', 'c1', '福建省');
  const children = resultFigure('幼儿', 41, '万人', 'c1', '福建省');
  const bare = resultFigure('外资企业出口', 41.9, '%', 'c2', '江苏省');
  const share = resultFigure('对共建国家进出口占全省比重', 47.5, '%', 'c3', '江苏省');
  const growing = growth('跨境电商平台进出口', 20.1, 'c2', '江苏省');

  it('keeps a rate and a bare percentage for an English share, never a growth or a count', () => {
    expect(preferAskedShape('What share of Fujian students got into regular high school?', [children, admission])).toEqual([admission]);
    const kept = preferAskedShape('what share of jiangsu exports come from foreign invested firms', [growing, bare, share]);
    expect(kept).toContain(bare);
    expect(kept).not.toContain(growing);
  });

  it('a Chinese share question keeps only the reports’ share names, as before', () => {
    expect(preferAskedShape('江苏外资企业出口占比多少', [growing, bare, share])).toEqual([share]);
  });
});
