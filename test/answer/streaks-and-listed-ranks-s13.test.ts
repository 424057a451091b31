/**
 * Session 13: the asked figure first when a sentence states a streak of several listed indicators ("粮食播种面积、
 * 单产、总产连续6年增长") or a rank shared by a 分别 list ("城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居
 * 各省区第1位"): each item has it, so the item asked leads, and a streak's 增长 asks no growth rate.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { growthNotStatedNote } from '../../src/answer/level-not-stated.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { extractFigures } from '../../src/figures/index.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { briefFigures } from '../support/hand-built-figures.js';
import { resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '福建省']);
const ask = (q: string) => understandQuery(q, PLACES);
/** The figures the reading gives the cited sentence, as the engine gets them. */
const figuresOf = (c: Citation): Figure[] =>
  extractFigures({ sentence: c.sentence, citationId: c.id, period: c.period, district: c.district, kind: c.kind, source: c.source });

describe('a streak of listed indicators answers a question asking one item', () => {
  it('reads the listed subject whole, one streak', () => {
    expect(briefFigures('粮食播种面积、单产、总产连续6年增长')).toEqual([['粮食播种面积、单产、总产', 6, '年', '连续…增长']]);
  });

  it('answers how many years an item asked has grown, with no note that a growth rate is missing', () => {
    const c = resultCitation('c1', '粮食播种面积、单产、总产连续6年增长', '福建省');
    const figures = figuresOf(c);
    const q = ask('福建粮食总产连续几年增长了');
    expect(figureLead(q, figures, [c])).toContain('连续6年');
    expect(growthNotStatedNote(q, figures)).toBeNull();
    // No item of the list asked: the list's streak does not answer.
    expect(figureLead(ask('福建GDP连续几年增长了'), figures, [c])).toBeNull();
  });
});

describe('a rank after a 分别 list', () => {
  it('ranks every item of the list, a growth list by its growths', () => {
    expect(briefFigures('城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位').filter((f) => f[2] === '位')).toEqual([
      ['城镇居民人均可支配收入', 1, '位', '各省区第'],
      ['农村居民人均可支配收入', 1, '位', '各省区第'],
    ]);
    expect(briefFigures('城镇和农村居民人均可支配收入分别增长4.3%、5.5%，均居全国第1位').filter((f) => f[2] === '位')).toEqual([
      ['城镇居民人均可支配收入增速', 1, '位', '全国第'],
      ['农村居民人均可支配收入增速', 1, '位', '全国第'],
    ]);
  });

  it('ranks only the figure just before when another figure follows the list', () => {
    expect(briefFigures('甲产品、乙产品产量分别达100万吨、200万吨，丙产品产量300万吨，居全国第2位').filter((f) => f[2] === '位')).toEqual([
      ['丙产品产量', 2, '位', '全国第'],
    ]);
  });

  it('leads a rank question about the first item with its own rank', () => {
    const c = resultCitation('c1', '城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位');
    const lead = figureLead(ask('浙江城镇居民人均可支配收入在各省区排第几'), figuresOf(c), [c]);
    expect(lead).toContain('城镇居民人均可支配收入');
    expect(lead).toContain('各省区第1位');
  });
});
