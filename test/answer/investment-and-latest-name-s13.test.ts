/**
 * Session 13: the asked figure first when a clause writes a count before the investment it names ("1550个省重点项目
 * 完成投资7398亿元"), and when the asked indicator's latest figure is written under another of its names ("城乡居民
 * 收入倍差缩小至1.83" in 2024's review, "收入倍差从1.96缩小至1.81" in 2025's).
 */
import { describe, expect, it } from 'vitest';
import { figureLead, latestFirst } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { extractFigures } from '../../src/figures/index.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '福建省']);
const ask = (q: string) => understandQuery(q, PLACES);
const figuresOf = (c: Citation): Figure[] =>
  extractFigures({ sentence: c.sentence, citationId: c.id, period: c.period, district: c.district, kind: c.kind, source: c.source });

describe('an investment asked is answered in 元', () => {
  it('reads 投资多少 as money asked, and a count of projects asked as a count', () => {
    expect(askedCountUnit('福建2025年省重点项目完成投资多少')).toBe('元');
    expect(askedCountUnit('签约外资项目总投资是多少')).toBe('元');
    expect(askedCountUnit('投资额多少')).toBe('元');
    expect(askedCountUnit('省重点项目有多少个')).toBe('个');
    expect(askedCountUnit('投资多少个项目')).toBe('个');
  });

  it('leads with the amount invested, not the count of projects written before it', () => {
    const c = resultCitation('c1', '1550个省重点项目完成投资7398亿元', '福建省');
    expect(figureLead(ask('福建省重点项目完成投资多少'), figuresOf(c), [c])).toContain('7398亿元');
  });
});

describe('the latest figure of the asked indicator under another of its names', () => {
  it('puts the later year first when both names are the asked indicator', () => {
    const q = ask('浙江城乡居民收入倍差现在多少');
    const older = { ...resultFigure('城乡居民收入倍差', 1.83, '', 'c1'), period: '2024' };
    const latest = { ...resultFigure('收入倍差', 1.81, '', 'c2'), period: '2025' };
    expect(latestFirst([older, latest], q)[0].value).toBe(1.81);
    // Without the question the names are two indicators: the order stands.
    expect(latestFirst([older, latest])[0].value).toBe(1.83);
    // Another indicator is never moved before the asked one.
    const other = { ...resultFigure('居民人均可支配收入', 7, '万元', 'c2'), period: '2025' };
    expect(latestFirst([older, other], q)[0].value).toBe(1.83);
    // A name that only contains an asked one is another measure: 研发经费 asked, its intensity stays behind.
    const spending = ask('全国研发经费是多少');
    const growth = { ...resultFigure('研发经费', 15.5, '%', 'c1'), period: '2021' };
    const intensity = { ...resultFigure('全社会研发经费投入强度', 2.5, '%', 'c2'), period: '2025' };
    expect(latestFirst([growth, intensity], spending)[0].value).toBe(15.5);
  });
});

describe('a change in points is stated once', () => {
  it('reads "提高7.3个百分点" as the change, not a level with the same change after it', () => {
    const c = resultCitation('c1', '服务业增加值增长6.1%、占比较上年提高7.3个百分点', '浙江省');
    const lead = figureLead(ask('浙江服务业增加值占比提高了多少'), figuresOf(c), [c]);
    expect(lead).toContain('7.3个百分点');
    expect(lead?.match(/7\.3个百分点/g)).toHaveLength(1);
  });

  it('leaves a gap to a wider place as its gap', () => {
    const c = resultCitation('c1', '全年地区生产总值达1416亿元,增长5.1%,高于全省0.4个百分点', '浙江省');
    const lead = figureLead(ask('浙江GDP增速比全国高多少'), figuresOf(c), [c]);
    expect(lead).toContain('高0.4个百分点');
    expect(lead).not.toContain('增长高');
  });
});
