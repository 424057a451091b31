import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/extract.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'x', period: '2024', district: '上海市', kind: 'result', source: 'text' });

describe('a list totalled before its number', () => {
  it('names the total by the noun after the number, not by the last item listed', () => {
    const figures = read('建成机场联络线、17号线西延伸共67公里轨道交通线，全市线路总长近900公里。');
    expect(figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['轨道交通线', 67, '公里'],
      ['线路总长', 900, '公里'],
    ]);
  });

  it('reads 合计 as 共', () => {
    expect(read('新建甲路、乙路合计12公里城市快速路。')[0]).toMatchObject({ indicator: '城市快速路', value: 12 });
  });

  it('keeps the last item’s name when nothing totals the list', () => {
    expect(read('建成机场联络线、17号线西延伸67公里轨道交通线。')[0]).toMatchObject({ indicator: '17号线西延伸', value: 67 });
  });
});

describe('a rural thing is no group of people', () => {
  const fig = (indicator: string, unit: string) => ({ indicator, value: 1, unit });
  it('keeps 新改建农村公路 beside 高速公路通车里程 for a question on 农村公路', () => {
    const kept = preferAskedShape('安徽和山东25年农村公路新改建目标 哪个多', [
      fig('新改建农村公路', '公里'),
      fig('建设农村幸福院', '个'),
      fig('高速公路通车里程', '公里'),
    ]);
    expect(kept.map((f) => f.indicator)).toContain('新改建农村公路');
  });

  it('still puts everyone’s income before the rural residents’ when no group is asked', () => {
    const kept = preferAskedShape('北京24年居民收入增长多少', [
      { ...fig('农村居民人均可支配收入', '%'), change: { direction: 'up' as const, value: 6.7, unit: '%' } },
      { ...fig('居民人均可支配收入', '%'), change: { direction: 'up' as const, value: 4.5, unit: '%' } },
    ]);
    expect(kept.map((f) => f.indicator)).toEqual(['居民人均可支配收入']);
  });
});

describe('a list of counts after a verb of building', () => {
  it('names each count by the noun after its number (新建改扩建10个…、45个多功能运动场…)', () => {
    const figures = read('新建改扩建10个全民健身共享中心、45个多功能运动场、4个智慧体育公园、100个校园足球场地。');
    expect(figures.map((f) => [f.indicator, f.value, f.qualifier ?? null])).toEqual([
      ['改扩建全民健身共享中心', 10, null],
      ['多功能运动场', 45, null],
      ['智慧体育公园', 4, null],
      ['校园足球场地', 100, null],
    ]);
  });

  it('still reads 多 after a measure as "and more" where no word opens with it', () => {
    expect(read('建成3个多月的项目审批压缩到20个工作日。')[0]).toMatchObject({ value: 3, qualifier: '多' });
    expect(read('新增就业岗位1200多个。')[0]).toMatchObject({ value: 1200, qualifier: '多' });
  });
});

describe('a rate of the people a thing reaches', () => {
  it('reads 覆盖94%的农村人口 as the share of rural people covered, named whole', () => {
    expect(read('5G网络实现行政村全覆盖，规模化供水工程覆盖94%的农村人口。')[0]).toMatchObject({
      indicator: '规模化供水工程覆盖农村人口',
      value: 94,
      shape: 'share',
    });
  });
});

describe('counts and names around 等 and 惠及', () => {
  it('reads 等5个以上装备制造项目 as at least five such projects, not a bound on the noun', () => {
    expect(read('开工建设东方电气氢燃料电池等5个以上装备制造项目。')[0]).toMatchObject({
      indicator: '装备制造项目',
      value: 5,
      qualifier: '以上',
    });
    expect(read('年营收10亿元以上企业达到300家。').map((f) => f.value)).toEqual([300]);
  });

  it('keeps 惠及 whole at the end of a name', () => {
    expect(read('“老老人”服务保障措施惠及80余万高龄和失能失智老年人。')[0]).toMatchObject({
      indicator: '“老老人”服务保障措施惠及',
      value: 80,
    });
  });
});

describe('a holder’s share of the noun after 的', () => {
  it('reads 其他三级公立医院50%的门诊预约号源… as a share of those appointments', () => {
    expect(read('其他三级公立医院50%的门诊预约号源提前向基层投放。')[0]).toMatchObject({
      indicator: '门诊预约号源提前向基层投放',
      value: 50,
      shape: 'share',
    });
  });

  it('reads no share after a verb of change or level (增长5%的目标)', () => {
    expect(read('城乡居民人均可支配收入增长5%的目标。')[0]).toMatchObject({ indicator: '城乡居民人均可支配收入', value: 5 });
    expect(read('城乡居民人均可支配收入增长5%的目标。')[0].shape).not.toBe('share');
  });
});

describe('one medal counted after a verb of winning', () => {
  it('reads 勇夺13块金牌 as 13 gold medals (块 a counter, 勇夺 a verb of winning)', () => {
    const figures = read('推动率先出台技能人才发展条例，我省选手在第47届世界技能大赛上勇夺13块金牌、占全国1/3。');
    expect(figures[0]).toMatchObject({ indicator: '勇夺金牌', value: 13, unit: '块' });
  });
});
