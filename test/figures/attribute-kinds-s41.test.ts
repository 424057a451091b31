import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { SET_ASIDE_ASKED } from '../../src/lang/zh/figure-words.js';

/** Session 41's attribute kinds (a multiple, a decade, a national highway, the hour of a response plan, a share in words). */
const input = (sentence: string, kind: 'result' | 'plan' | 'other' = 'result') =>
  ({ sentence, citationId: 'c1', period: '2024', district: '福建省', kind, source: 'text' }) as const;
const read = (sentence: string, question: string, kind: 'result' | 'plan' | 'other' = 'result') =>
  attributeFigures(input(sentence, kind), attributesAsked(question)).map((f) => [f.indicator, f.value, f.unit, f.qualifier ?? '']);

describe('the attribute kinds of session 41', () => {
  it('an anniversary asked by its hundreds ("几百周年")', () => {
    expect(read('成功举办海峡论坛、纪念郑成功诞辰400周年等重大活动', '是几百周年')).toEqual([['郑成功诞辰', 400, '周年', '']]);
    expect(attributesAsked('是几十周年').map((k) => k.unit)).toEqual(['周年']);
  });

  it('a multiple, whole or decimal, read only when asked ("几倍")', () => {
    expect(read('在京生产新能源汽车约30万辆、增长近3倍', '增长了几倍')).toEqual([['增长近', 3, '倍', '']]);
    expect(read('新启动21个改造项目，是计划任务的2.1倍', '是计划的多少倍')).toEqual([['计划任务的', 2.1, '倍', '']]);
    expect(read('在京生产新能源汽车约30万辆、增长近3倍', '增长了多少')).toEqual([]);
  });

  it('a decade, in a note that says what a name is ("上世纪几十年代")', () => {
    expect(read('1.“岳山造林”：上世纪70年代，肇庆市怀集县…', '是上世纪几十年代的事', 'other')).toEqual([['上世纪', 70, '年代', '']]);
  });

  it('a national highway by its three digits ("几零几国道"), named by the words before it or its clause', () => {
    expect(read('S211竞潮快速路(头蓬快速路)、104国道等重大交通项目稳步推进', '是几零几国道').map((r) => r[1])).toEqual([104]);
    expect(read('打造320国道沿线风景带', '哪条国道')).toEqual([['打造', 320, '国道', '']]);
    expect(read('S211竞潮快速路稳步推进', '是几零几国道')).toEqual([]);
  });

  it('the hour of a response plan ("第几个小时"), each named by what it does', () => {
    expect(read('第1小时各级应急指挥系统要全面运行，第2小时应急救援队伍要全面派出', '第几个小时要全面运转', 'other')).toEqual([
      ['各级应急指挥系统要全', 1, '小时', '第'],
      ['应急救援队伍要全面派', 2, '小时', '第'],
    ]);
  });

  it('a share as a fraction, in digits or in words, named before it where nothing follows in its clause', () => {
    expect(read('跨境电商平台进出口增长20.1%，船舶海工出口规模占全国1/3', '占全国的份额是几分之一')).toEqual([
      ['船舶海工出口规模占全国', 3, '', '1/'],
    ]);
    expect(read('持续将1/3以上的省科技创新战略专项资金投向基础研究', '几分之一')).toEqual([['省科技创新战略专项资金', 3, '', '1/…以上']]);
    expect(read('取得标志性重大成果总数达到全省的三分之一以上', '占全省几分之一')).toEqual([
      ['取得标志性重大成果总数达到全省的', 3, '分之一', '以上'],
    ]);
  });

  it('a list of nuclear units sharing the unit: each a unit of its own, named by the words before the list', () => {
    expect(read('推进台山核电3、4号机组核准', '是几号几号机组')).toEqual([
      ['台山核电', 3, '号机组', ''],
      ['台山核电', 4, '号机组', ''],
    ]);
  });
});

describe('a rank asked of an attribute', () => {
  it('"第几个小时" asks the hour, which no rank figure answers: the attribute stays', () => {
    const hour = { indicator: '各级应急指挥系统', unit: '小时', qualifier: '第', shape: 'attribute' as const, value: 1 };
    const rank = { indicator: '经济总量', unit: '位', qualifier: '全国第', value: 5 };
    expect(preferAskedShape('各级应急指挥系统第几个小时要全面运转', [hour])).toEqual([hour]);
    // A rank asked in a scope ("全国排第几") is the rank's, as before.
    expect(preferAskedShape('经济总量全国排第几', [rank, hour])).toEqual([rank]);
  });
});

describe('a thing set aside as the other’s companion', () => {
  it('"跟3号线一期一块儿开通的 还有哪条" sets aside 3号线一期, as "除了…还有" does', () => {
    const m = SET_ASIDE_ASKED.exec('北京24年跟3号线一期一块儿开通的 还有哪条整线 几号线');
    expect(m?.[1] ?? m?.[2]).toBe('3号线一期');
    expect(SET_ASIDE_ASKED.exec('除了国有A级景区还有几个佛道教场所参加')?.[1]).toBe('国有A级景区');
    expect(SET_ASIDE_ASKED.exec('跟杭州比哪个多')).toBeNull();
  });
});
