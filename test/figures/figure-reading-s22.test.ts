import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'x', period: '2025', district: '北京市', kind: 'result', source: 'text' });

describe('a rate of the things after it, without 的', () => {
  it('reads "70%村卫生室实现…" as the share of those that did it', () => {
    const [f] = read('社区卫生服务中心实现儿科诊疗服务全覆盖，70%村卫生室实现与乡镇卫生院一体化管理。');
    expect(f).toMatchObject({ indicator: '村卫生室实现与乡镇卫生院一体化管理', value: 70, unit: '%', shape: 'share' });
    const [g] = read('基层预约转诊覆盖所有社区卫生服务机构，50%以上村卫生室实现与乡镇卫生院一体化管理。');
    expect(g).toMatchObject({ value: 50, qualifier: '以上', shape: 'share' });
  });

  it('never carries an earlier growth onto such a share', () => {
    const figures = read('转诊量增长90%，社区卫生服务中心实现儿科诊疗服务全覆盖，70%村卫生室实现与乡镇卫生院一体化管理。');
    expect(figures.map((f) => [f.indicator, f.value, f.change?.value ?? null])).toEqual([
      ['转诊量', 90, 90],
      ['村卫生室实现与乡镇卫生院一体化管理', 70, null],
    ]);
  });

  it('still reads a growth listed after a growth as one', () => {
    const figures = read('出口增长8.2%，进口增长5.1%。');
    expect(figures.map((f) => f.change?.value)).toEqual([8.2, 5.1]);
  });

  it('reads no share where the rate stands after words of its own clause', () => {
    expect(read('城镇化率提高到70%村庄实现全覆盖。').some((f) => f.shape === 'share')).toBe(false);
  });
});

describe('a proportion asked in words', () => {
  const rate = { indicator: '村卫生室与乡镇卫生院一体化管理率', value: 90, unit: '%' };
  const growth = { indicator: '研发经费增长率', value: 9, unit: '%' };
  it('is answered by a rate of things done', () => {
    expect(preferAskedShape('一体化管理的比例是多少', [rate, growth])).toEqual([rate]);
  });
  it('is not answered by a growth rate, nor a rate by 占比 asked', () => {
    expect(preferAskedShape('研发经费的比例是多少', [growth])).toEqual([]);
    expect(preferAskedShape('一体化管理占比多少', [rate])).toEqual([]);
  });
});

describe('a medal tally', () => {
  it('reads each medal as a count named by the games of its clause', () => {
    const figures = read('我省运动员在2024年巴黎奥运会上斩获8金4银4铜、金牌数奖牌数均居全国首位，在残奥会上斩获12金8银4铜。');
    expect(figures.map((f) => `${f.indicator}=${f.value}${f.unit}`)).toEqual([
      '巴黎奥运会金牌=8枚',
      '巴黎奥运会银牌=4枚',
      '巴黎奥运会铜牌=4枚',
      '残奥会金牌=12枚',
      '残奥会银牌=8枚',
      '残奥会铜牌=4枚',
      '金牌数奖牌数=1位',
    ]);
  });
  it('reads a tally of gold and silver only, and games named with 在…中', () => {
    const figures = read('在首届全国青少年三大球比赛中获得4金2银好成绩。');
    expect(figures.map((f) => `${f.indicator}=${f.value}`)).toEqual(['首届全国青少年三大球比赛金牌=4', '首届全国青少年三大球比赛银牌=2']);
  });
  it('reads no tally in words that only hold 金 and 银', () => {
    expect(read('金融机构贷款余额增长8%，银行网点新增20个。').some((f) => f.unit === '枚')).toBe(false);
  });
});
