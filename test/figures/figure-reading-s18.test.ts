/**
 * Session 18's figure reading on hand-built sentences shaped like the reports': a gap written as a comparison
 * ("增速比城镇居民高2.4个百分点", src/lang/zh/figure-words.ts GAP_COMPARATIVE), a capacity per day (万吨/日), a span's
 * qualifier before 分别 ("年均分别增长"), and the level after an increment in a larger magnitude ("净增3193户、超2.4万户").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { briefFigures, resultSentence, shapeFigure } from '../support/hand-built-figures.js';

describe('a gap written as a comparison', () => {
  it('is the growth’s gap to the thing compared with, up or down', () => {
    const [, gap] = extractFigures(resultSentence('农村居民人均可支配收入增长6.7%左右，增速比城镇居民高2.4个百分点'));
    expect(gap).toMatchObject({
      indicator: '农村居民人均可支配收入增速与城镇居民差距',
      value: 2.4,
      shape: 'gap',
      change: { direction: 'up', value: 2.4, unit: '个百分点' },
    });
    const [below] = extractFigures(resultSentence('民营企业贷款增速比全部贷款低0.3个百分点'));
    expect(below).toMatchObject({ shape: 'gap', change: { direction: 'down' } });
    expect(below.indicator).toContain('与全部贷款差距');
  });

  it('is no change over a year, no 提高 and no amount', () => {
    for (const s of ['城镇化率比上年高0.8个百分点', '增速比去年快0.5个百分点', '服务业占比较上年提高7.3个百分点', '比同期高1个百分点'])
      expect(
        extractFigures(resultSentence(s)).some((f) => f.shape === 'gap'),
        s,
      ).toBe(false);
    expect(extractFigures(resultSentence('收入比城镇居民高2400元')).some((f) => f.shape === 'gap')).toBe(false);
  });
});

describe('units and qualifiers', () => {
  it('reads a capacity per day as one unit', () => {
    expect(briefFigures('新增污水处理能力超30万吨/日')).toEqual([['新增污水处理能力', 30, '万吨/日', '超']]);
    expect(briefFigures('供水能力5万立方米/日')[0][2]).toBe('万立方米/日');
  });

  it('gives a span’s qualifier before 分别 to every item', () => {
    expect(briefFigures('高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%')).toEqual([
      ['高技术制造业增加值', 10.6, '%', '年均'],
      ['装备制造业增加值', 7.9, '%', '年均'],
    ]);
    expect(briefFigures('高技术制造业、装备制造业增加值分别增长10.6%、7.9%').map((f) => f[3])).toEqual([null, null]);
  });

  it('names a larger value in a larger magnitude after an increment as the level reached', () => {
    expect(briefFigures('“四上”企业净增3193户、超2.4万户').map((f) => f[0])).toEqual(['“四上”企业净增', '“四上”企业']);
    // Smaller in its base unit (0.2万户 = 2000户), or another measure: no level reached.
    expect(briefFigures('“四上”企业净增3193户、超0.2万户')[1][0]).not.toBe('“四上”企业');
    expect(briefFigures('新增公园141座、累计达到1万个')[1][0]).not.toBe('公园');
  });
});

describe('points asked', () => {
  const fig = shapeFigure;
  it('prefers the change in points to the level beside it', () => {
    const figures = [fig('报销比例', '%'), fig('报销比例', '个百分点', '个百分点')];
    expect(preferAskedShape('报销比例提高了几个百分点', figures).map((f) => f.unit)).toEqual(['个百分点']);
    expect(preferAskedShape('报销比例是多少', figures).map((f) => f.unit)).toEqual(['%']);
  });
});

describe('ordinal items of a 分别 list', () => {
  it('share what the last item writes after its ordinal', () => {
    expect(briefFigures('第一、第三产业增加值分别增长2.5%、3.9%').map((f) => f[0])).toEqual(['第一产业增加值', '第三产业增加值']);
  });

  it('leave other short items to the shared tails', () => {
    expect(briefFigures('城镇、农村居民人均可支配收入分别增长4.5%、6.6%').map((f) => f[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });
});

describe('the noun a number counts', () => {
  it('ends where a verb of what the counted things draw in begins', () => {
    expect(briefFigures('首批10个未来产业先导区集聚产业链核心企业超150家').map((f) => f[0])).toEqual([
      '首批未来产业先导区',
      '未来产业先导区集聚产业链核心企业',
    ]);
    expect(briefFigures('建设20个示范区带动就业5万人')[0][0]).toBe('建设示范区');
    expect(briefFigures('建成15个服务中心惠及群众20万人')[0][0]).toBe('建成服务中心');
  });

  it('goes on through the same words when they are part of the noun', () => {
    expect(briefFigures('建成7个大型产业集聚区')[0][0]).toBe('建成大型产业集聚区');
    expect(briefFigures('新增5个覆盖率考核单元')[0][0]).toBe('新增覆盖率考核单元');
  });
});

describe('population groups of a 分别 list', () => {
  it('share all the last item writes after its group, a rate tail too', () => {
    expect(briefFigures('城镇、农村居民收入增速分别低于全国0.5个和0.2个百分点').map((f) => f[0])).toEqual([
      '城镇居民收入增速与全国差距',
      '农村居民收入增速与全国差距',
    ]);
    expect(briefFigures('城镇、农村居民人均可支配收入分别为5.1万元和2.6万元').map((f) => f[0])).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });

  it('leave other short items to the shared tails', () => {
    expect(briefFigures('家电、新能源汽车零售额分别增长5%、8%').map((f) => f[0])).toEqual(['家电零售额', '新能源汽车零售额']);
  });
});
