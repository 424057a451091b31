/**
 * Session 26's figure reading on hand-built sentences shaped like the reports': a streak counted in months, a count of
 * scopes before the thing counted, a work verb opening a name, and ranks shared out over a 分别 list.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { isStreakLength } from '../../src/figures/streak-lengths.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) => extractFigures(resultSentence(sentence));
const names = (sentence: string) => read(sentence).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a streak counted in months', () => {
  const sentence = '工业投资增长6.7%，技改投资增长11.5%、连续24个月保持两位数增长，制造业家底更加厚实。';

  it('is a streak of its subject, its length in months, and no amount of 24个月 besides', () => {
    const months = read(sentence).filter((f) => f.unit === '个月');
    expect(months).toHaveLength(1);
    expect(months[0]).toMatchObject({ indicator: '技改投资', value: 24, shape: 'streak', qualifier: '连续…保持两位数增长' });
    expect(isStreakLength(months[0])).toBe(true);
  });

  it('answers a question asking how many months it lasted, not the growth beside it', () => {
    const figures = read(sentence).filter((f) => f.indicator === '技改投资');
    expect(preferAskedShape('技改投资两位数增长持续了几个月', figures).map((f) => `${f.value}${f.unit}`)).toEqual(['24个月']);
    expect(preferAskedShape('技改投资连续多少个月两位数增长', figures).map((f) => `${f.value}${f.unit}`)).toEqual(['24个月']);
    // Asked its growth, the streak stands aside.
    expect(preferAskedShape('技改投资增长多少', figures).map((f) => `${f.value}${f.unit}`)).toEqual(['11.5%']);
  });

  it('a count of months with no 连续 before it stays an amount', () => {
    expect(names('审批时限压缩至6个月。')).toEqual(['审批时限:6个月']);
  });
});

describe('a count of scopes right before a count', () => {
  it('scopes the thing counted after the number, which names it (7大领域101类问题排查和治理)', () => {
    expect(names('全面开展7大领域101类问题排查和治理。')).toEqual(['问题排查和治理:101类']);
    expect(names('开展三大领域20项攻坚行动。')).toEqual(['攻坚行动:20项']);
    // The scope after a verb of its own is no count right before: the verb names the thing done.
    expect(names('围绕三大领域实施20项攻坚行动。')).toEqual(['实施攻坚行动:20项']);
  });
});

describe('a work verb opening a clause', () => {
  it('is no part of the name (推动怀柔综合性国家科学中心29个科技设施进入科研状态)', () => {
    expect(names('推动怀柔综合性国家科学中心29个科技设施进入科研状态。')).toEqual(['怀柔综合性国家科学中心:29个']);
    expect(names('推进城市更新，改造老旧小区120个。')).toEqual(['改造老旧小区:120个']);
  });
});

describe('ranks shared out over a 分别 list', () => {
  it('give each item its own rank, in order, the measure the last item names shared', () => {
    expect(names('单晶硅、电解铝产能分别居全国第2、第4位，新能源汽车产量增长20%。')).toEqual([
      '单晶硅产能:2位',
      '电解铝产能:4位',
      '新能源汽车产量:20%',
    ]);
    expect(names('出口、进口分别居全国第3和第5位。')).toEqual(['出口:3位', '进口:5位']);
  });

  it('a single rank after 分别 with one value keeps its one name', () => {
    expect(names('数字经济规模居全国第3位。')).toEqual(['数字经济规模:3位']);
  });
});

describe('a streak counted in times or editions', () => {
  it('is a streak of its subject, with no count of 3次 besides', () => {
    expect(read('省级政府安全生产和消防工作考核连续3次获评优秀。').map((f) => [f.indicator, f.value, f.unit, f.shape])).toEqual([
      ['省级政府安全生产和消防工作考核', 3, '次', 'streak'],
    ]);
    expect(read('梅花奖连续12届获奖。').map((f) => [f.value, f.unit, f.shape])).toEqual([[12, '届', 'streak']]);
  });
});

describe('a measure named alone after its verb, the value then 的 and a noun', () => {
  it('is the noun’s measure (组建总规模1000亿元的…引导基金: 引导基金总规模)', () => {
    expect(names('组建总规模1000亿元的省战略性新兴产业投资引导基金。')).toEqual(['省战略性新兴产业投资引导基金总规模:1000亿元']);
  });

  it('but a longer subject before the measure keeps its name', () => {
    expect(names('全省科技创新基金总规模1000亿元的目标基本实现。')).toEqual(['科技创新基金总规模:1000亿元']);
  });
});

describe('counts of several kinds of place, then as many titles, without 分别', () => {
  it('give each count its own title, the scope of the first shared', () => {
    expect(names('17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇，东莞长安成为全省第3个地区生产总值超千亿元镇。')).toEqual([
      '获评全国百强区:17个',
      '获评全国百强县:2个',
      '获评全国千强镇:124个',
      '地区生产总值超千亿元镇:3个',
    ]);
  });

  it('as many counts as titles, or nothing is shared out', () => {
    expect(names('17个区、2个县获评全国百强区。').map((n) => n.split(':')[0])).not.toContain('获评全国百强县');
  });
});
