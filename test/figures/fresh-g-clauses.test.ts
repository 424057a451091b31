import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { asksForRank, asksForShare } from '../../src/lang/zh/asked-shape-words.js';
import { partOfShare, SHARE_NAME } from '../../src/lang/zh/share-words.js';
import { indicatorMention } from '../../src/retrieve/indicator-mention.js';
import { briefFigures } from '../support/hand-built-figures.js';

const brief = briefFigures;
const named = (indicator: string, value: number) => ({ indicator, value, unit: '%', qualifier: undefined });

describe('fresh-g: how a clause is read', () => {
  it('reads every from–to verb with 到/至 as a pair, the value reached first (增长到, 减少到, 收窄到, 上升至)', () => {
    expect(brief('口岸贸易总额从8万亿元增长到11万亿元')).toEqual([
      ['口岸贸易总额', 11, '万亿元', null],
      ['口岸贸易总额', 8, '万亿元', '从'],
    ]);
    expect(brief('耕地面积从100万亩减少到90万亩')[0]).toEqual(['耕地面积', 90, '万亩', null]);
    expect(brief('城乡收入差距从2.5收窄至2.1')[0]).toEqual(['城乡收入差距', 2.1, '', null]);
    expect(brief('森林覆盖率由60%上升至62%')[0]).toEqual(['森林覆盖率', 62, '%', null]);
  });
});

describe('fresh-g: which figure of the asked indicator leads, by the question', () => {
  it('with no population group asked, the whole population’s figure before one group’s', () => {
    const figures = [named('农村居民人均可支配收入', 6.7), named('居民人均可支配收入', 4.5)];
    expect(preferAskedShape('北京24年居民收入增长多少', figures).map((f) => f.value)).toEqual([4.5]);
    // a group asked keeps its own figure; one group's figure alone still answers
    expect(preferAskedShape('北京24年农民收入增长多少', figures).map((f) => f.value)).toEqual([6.7]);
    expect(preferAskedShape('How much did rural incomes grow in Beijing in 2024?', figures).map((f) => f.value)).toEqual([6.7]);
    expect(preferAskedShape('北京24年居民收入增长多少', [figures[0]]).map((f) => f.value)).toEqual([6.7]);
    // like for like: a growth asked is not answered by the whole population's level over the groups' rates
    const level = { indicator: '全体居民人均可支配收入', value: 7, unit: '万元', qualifier: '突破' };
    const rates = [named('城镇居民人均可支配收入', 4.3), level];
    expect(preferAskedShape('浙江2025年居民收入增长多少', rates).map((f) => f.value)).toEqual([4.3, 7]);
    expect(preferAskedShape('浙江居民收入多少', rates).map((f) => f.value)).toEqual([7]);
  });

  it('with no partner asked, the indicator’s own figure before a partner’s share of it; a partner asked, the partner’s', () => {
    const figures = [named('共建“一带一路”国家进出口贸易额', 12.1), named('进出口', -5.4), named('对东盟出口', 9.9)];
    expect(preferAskedShape('福建去年外贸增长多少', figures).map((f) => f.value)).toEqual([-5.4]);
    expect(preferAskedShape('福建去年对一带一路国家进出口增长多少', figures).map((f) => f.value)).toEqual([12.1]);
    expect(preferAskedShape('福建对东盟出口增长多少', figures).map((f) => f.value)).toEqual([9.9]);
  });
});

describe('fresh-g: shares and ranks as questions and names write them', () => {
  it('份额 is a share word, in names and in questions', () => {
    expect(SHARE_NAME.test('货物贸易出口占全国份额')).toBe(true);
    expect(asksForShare('浙江出口占全国份额多少')).toBe(true);
    expect(asksForShare('浙江24年出口占全国多少')).toBe(true);
    expect(asksForShare('浙江24年出口多少')).toBe(false);
  });

  it('the part a share is of, for any share name', () => {
    expect(partOfShare('货物贸易出口占全国份额')).toBe('货物贸易出口');
    expect(partOfShare('全社会研发投入占比')).toBe('全社会研发投入');
    expect(partOfShare('全社会研发经费支出占全市生产总值比重')).toBe('全社会研发经费支出');
    expect(partOfShare('核电装机规模占全国')).toBe('核电装机规模');
    expect(partOfShare('研发投入强度')).toBeNull();
    expect(partOfShare('占比')).toBeNull();
    expect(partOfShare('货物贸易出口')).toBeNull();
  });

  it('安排 (allotting money in a plan) asks no rank; 排多少 / 排第几 still do', () => {
    expect(asksForRank('浙江今年省级财政资金安排多少')).toBe(false);
    expect(asksForRank('浙江GDP全国排多少')).toBe(true);
    expect(asksForRank('浙江GDP排第几')).toBe(true);
  });
});

describe('fresh-g: trade policy words after a trade name make another measure', () => {
  it('出口通关时间, 出口退税, 出口信用保险 are no export figures', () => {
    expect(indicatorMention('进口、出口通关时间分别压减67%和92%', ['出口'])).toBe(0);
    expect(indicatorMention('企业出口退税办理时间压缩', ['出口'])).toBe(0);
    expect(indicatorMention('加大政策性出口信用保险支持', ['出口'])).toBe(0);
    expect(indicatorMention('全省出口增长5.3%', ['出口'])).toBe(1);
  });
});
