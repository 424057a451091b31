/**
 * Session 13: "钱塘区GDP增速比杭州市高多少" asks the gap the district's report states to its city ("高于全市0.4个
 * 百分点"), not the two places' own figures side by side; a gap to 全市 never answers one to another district, and
 * "比上年高多少" is no gap to a place.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { extractFigures } from '../../src/figures/index.js';
import { asksForGap, asksGapToNamedPlace, gapIsToPlace } from '../../src/lang/zh/asked-shape-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['钱塘区', '拱墅区', '杭州市']);
const ask = (q: string) => understandQuery(q, PLACES);
const figuresOf = (c: Citation): Figure[] =>
  extractFigures({ sentence: c.sentence, citationId: c.id, period: c.period, district: c.district, kind: c.kind, source: c.source });

describe('a gap asked against a named place', () => {
  it('reads 比<place>高多少 as a gap asked, not 比上年 or 比去年', () => {
    expect(asksGapToNamedPlace('钱塘区GDP增速比杭州市高多少')).toBe(true);
    expect(asksGapToNamedPlace('钱塘区GDP增速比杭州市快了多少')).toBe(true);
    expect(asksForGap('钱塘区GDP增速比杭州市高多少')).toBe(false);
    expect(asksGapToNamedPlace('上海居民收入2025年比上年高多少')).toBe(false);
    expect(asksGapToNamedPlace('比去年高多少')).toBe(false);
  });

  it('matches the gap’s wider place to the named place’s level', () => {
    expect(gapIsToPlace('地区生产总值增速与全市差距', '杭州市')).toBe(true);
    expect(gapIsToPlace('地区生产总值增速与全市差距', '拱墅区')).toBe(false);
    expect(gapIsToPlace('地区生产总值增速与全国差距', '全国')).toBe(true);
  });

  it('leads with the first place’s gap to the named wider place, with no verdict of its own', () => {
    const district = resultCitation('c1', '全年地区生产总值达1416亿元,增长5.1%,高于全市0.4个百分点', '钱塘区');
    const city = resultCitation('c2', '全市地区生产总值实现20059亿元,增长5.6%', '杭州市');
    const figures = [...figuresOf(district), ...figuresOf(city)];
    const lead = figureLead(ask('钱塘区GDP增速比杭州市高多少'), figures, [district, city]);
    expect(lead).toContain('高0.4个百分点');
    expect(lead).not.toContain('20059');
    // Asked against another district, the gap to 全市 is no answer.
    expect(figureLead(ask('钱塘区GDP增速比拱墅区高多少'), figures, [district, city]) ?? '').not.toContain('高0.4个百分点');
  });
});
