import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { withMeasureAfterVerb } from '../../src/figures/respectively.js';

const input = (sentence: string): FigureInput => ({
  sentence,
  citationId: 'c1',
  period: '2024',
  district: '某省',
  kind: 'result',
  source: 'text',
});
const brief = (sentence: string) => extractFigures(input(sentence)).map((f) => [f.indicator, f.value, f.unit, f.qualifier ?? null]);

describe('fresh-f: how a clause is read', () => {
  it('an amount per month is one unit, so a from–to pair in it leads with the value reached', () => {
    expect(brief('城市低保人均保障标准从700元/月提高至900元/月')).toEqual([
      ['城市低保人均保障标准', 900, '元/月', null],
      ['城市低保人均保障标准', 700, '元/月', '从'],
    ]);
  });

  it('a 分别 list of bare sectors takes the measure after its verb as their shared name', () => {
    expect(brief('交通、能源、水利分别完成投资300亿元、200亿元、70亿元').map((f) => f[0])).toEqual(['交通投资', '能源投资', '水利投资']);
    // a verb after 分别 names nothing
    expect(withMeasureAfterVerb(['甲品牌', '乙品牌'], '新增')).toEqual(['甲品牌', '乙品牌']);
    // items that are measures of their own keep their names
    expect(withMeasureAfterVerb(['出口额', '进口额'], '投资')).toEqual(['出口额', '进口额']);
  });

  it('a span right before a growth verb is the growth’s span, not part of the name', () => {
    expect(brief('居民人均可支配收入五年增长20.5%')).toEqual([['居民人均可支配收入', 20.5, '%', '五年']]);
  });

  it('a nameless value after an increment of the same unit is the level reached, named without the increment word', () => {
    expect(brief('新增公园40座、累计达到500座').map((f) => [f[0], f[1]])).toEqual([
      ['新增公园', 40],
      ['公园', 500],
    ]);
    expect(brief('通用机场增加6个、达到20个').map((f) => [f[0], f[1]])).toEqual([
      ['通用机场', 6],
      ['通用机场', 20],
    ]);
    // The 6 is the count's change, read as such (session 24), the 20 the level reached.
    expect(extractFigures(input('通用机场增加6个、达到20个')).map((f) => f.change ?? null)).toEqual([
      { direction: 'up', value: 6, unit: '个' },
      null,
    ]);
    // a growth rate after an increment is the increment's growth, not a level
    expect(brief('新增就业5万人、增长3%').map((f) => f[0])).toEqual(['新增就业']);
  });

  it('a 分别 list of from–to pairs gives each item its value reached, then the value it started from', () => {
    expect(brief('甲补贴、乙补贴标准分别从每人每月100元、200元提高到110元、220元')).toEqual([
      ['甲补贴标准', 110, '元', null],
      ['甲补贴标准', 100, '元', '从'],
      ['乙补贴标准', 220, '元', null],
      ['乙补贴标准', 200, '元', '从'],
    ]);
  });

  it('分别新增 names its items as increments, and the 累计分别 list after it takes the bare items', () => {
    expect(brief('甲中心、乙中心分别新认定6家和3家,累计分别达到100家和59家').map((f) => [f[0], f[1]])).toEqual([
      ['新认定甲中心', 6],
      ['新认定乙中心', 3],
      ['甲中心', 100],
      ['乙中心', 59],
    ]);
  });

  it('a fused compound (存贷款) is two measures in a 分别 list', () => {
    expect(brief('银行本外币存贷款余额分别达3.8万亿元、2.9万亿元').map((f) => [f[0], f[1]])).toEqual([
      ['银行本外币存款余额', 3.8],
      ['银行本外币贷款余额', 2.9],
    ]);
  });

  it('跃升到 ends a from–to pair as 提高到 does', () => {
    expect(brief('重点实验室从10家跃升到30家')).toEqual([
      ['重点实验室', 30, '家', null],
      ['重点实验室', 10, '家', '从'],
    ]);
  });
});
