/**
 * Ranks written without a numeral or counted among places other than the country (session 13): "居全国首位" is
 * 全国第1位, "稳居各省区第1位" and "居全国城市第4位" are ranks among provinces and cities; "首位度" is no rank.
 */
import { describe, expect, it } from 'vitest';
import { briefFigures } from '../support/hand-built-figures.js';

describe('first places and ranks among provinces or cities', () => {
  it('reads 首位 as the first place, with or without another number in the sentence', () => {
    expect(briefFigures('数字经济规模稳居全国首位')).toEqual([['数字经济规模', 1, '位', '全国第']]);
    expect(briefFigures('森林覆盖率达65.85%、连续47年居全国首位')).toContainEqual(['森林覆盖率', 1, '位', '全国第']);
  });

  it('sheds the adverbs before the rank verb from the name', () => {
    expect(briefFigures('社会消费品零售总量继续保持全省首位')).toEqual([['社会消费品零售总量', 1, '位', '全省第']]);
    expect(briefFigures('整车出口量历史性跃居全国首位')).toEqual([['整车出口量', 1, '位', '全国第']]);
  });

  it('reads a rank among provinces or cities with that scope', () => {
    expect(briefFigures('城镇居民人均可支配收入超过8万元，稳居各省区第1位')).toContainEqual([
      '城镇居民人均可支配收入',
      1,
      '位',
      '各省区第',
    ]);
    expect(briefFigures('一般公共预算收入2616.8亿元,居全国城市第4位')).toContainEqual(['一般公共预算收入', 4, '位', '全国城市第']);
    expect(briefFigures('独角兽企业数量居全国各城市首位')).toEqual([['独角兽企业数量', 1, '位', '全国各城市第']]);
  });

  it('reads no rank in a first place without a scope or in 首位度', () => {
    expect(briefFigures('始终把捍卫政治安全放在首位')).toEqual([]);
    expect(briefFigures('持续擦亮民营企业500强城市首位度的金名片').filter((f) => f[2] === '位')).toEqual([]);
    expect(briefFigures('全省首位度城市建设加快')).toEqual([]);
  });

  it('reads a first place reached after a rank started from', () => {
    expect(briefFigures('新能源汽车产量从全国第3位升至首位')).toContainEqual(['新能源汽车产量', 1, '位', '全国第']);
  });
});
