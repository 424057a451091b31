/**
 * The words before a number (src/figures/pre-analysis.ts): qualifiers, the growth verb, a gap's
 * comparison, a span or streak, and the raw name left over (issue #15: the mutants of this file
 * that changed a reading and no test noticed). Inputs are the words before a value in report
 * sentences, with the unit that follows the value.
 */
import { describe, expect, it } from 'vitest';
import { analyzePre, joinQualifiers } from '../../src/figures/pre-analysis.js';

const growth = (word: string, direction: 'up' | 'down' = 'up') => ({ word, direction });

describe('the words before a value', () => {
  it('reads a growth verb and sheds the comparison before it', () => {
    expect(analyzePre('地区生产总值 比上年增长', '%')).toEqual({
      indicatorRaw: '地区生产总值',
      qualifiers: [],
      growth: growth('增长'),
      startsWithShare: false,
    });
    expect(analyzePre('人均可支配收入实际增长', '%').indicatorRaw).toBe('人均可支配收入');
    expect(analyzePre('比上年增长', '‰').growth).toEqual(growth('增长'));
  });

  it('keeps 年均, 力争 and 确保 before a growth verb as qualifiers', () => {
    expect(analyzePre('地区生产总值年均增长', '%')).toEqual({
      indicatorRaw: '地区生产总值',
      qualifiers: ['年均'],
      growth: growth('增长'),
      startsWithShare: false,
    });
    expect(analyzePre('力争增长', '%').qualifiers).toEqual(['力争']);
    expect(analyzePre('确保增长', '%').qualifiers).toEqual(['确保']);
  });

  it('reads no growth before a value that is no rate', () => {
    expect(analyzePre('地区生产总值增长', '亿元')).toEqual({ indicatorRaw: '地区生产总值增长', qualifiers: [], startsWithShare: false });
  });

  it('reads a gap in points with its place compared, shedding 任务 from a target', () => {
    expect(analyzePre('增速高于全市', '个百分点')).toEqual({
      indicatorRaw: '增速',
      qualifiers: [],
      gap: { verb: growth('高于'), ref: '全市' },
      startsWithShare: false,
    });
    expect(analyzePre('低于目标任务', '个百分点').gap).toEqual({ verb: growth('低于', 'down'), ref: '目标' });
  });

  it('reads no gap against a reference with numbers or growth words, or one too long for a name', () => {
    expect(analyzePre('高于增长率', '个百分点')).toEqual({ indicatorRaw: '高于增长率', qualifiers: [], startsWithShare: false });
    expect(analyzePre('地区生产总值高于全市平均水平线以上', '个百分点').gap).toBeUndefined();
    expect(analyzePre('增速高于全市', '%').gap).toBeUndefined();
  });

  it('reads a change in points without a comparison as growth', () => {
    expect(analyzePre('比上年提高', '个百分点')).toEqual({
      indicatorRaw: '',
      qualifiers: [],
      growth: growth('提高'),
      startsWithShare: false,
    });
  });

  it('sheds link verbs and clause marks, keeping the qualifiers in their order', () => {
    expect(analyzePre('地区生产总值力争达到', '%')).toEqual({ indicatorRaw: '地区生产总值', qualifiers: ['力争'], startsWithShare: false });
    expect(analyzePre('地区生产总值达,', '亿元')).toEqual({ indicatorRaw: '地区生产总值', qualifiers: [], startsWithShare: false });
    expect(analyzePre('约', '万人')).toEqual({ indicatorRaw: '', qualifiers: ['约'], startsWithShare: false });
    expect(analyzePre('不低于', '%').qualifiers).toEqual(['不低于']);
  });

  it('keeps a link verb that is the whole phrase', () => {
    expect(analyzePre('达', '亿元').indicatorRaw).toBe('达');
  });

  it('reads 低于 or 高于 as a bound when nothing else explains it', () => {
    expect(analyzePre('排放强度低于', '吨')).toEqual({ indicatorRaw: '排放强度', qualifiers: ['低于'], startsWithShare: false });
    expect(analyzePre('高于', '%').qualifiers).toEqual(['高于']);
    expect(analyzePre('降幅低于', '%')).toEqual({
      indicatorRaw: '',
      qualifiers: ['低于'],
      growth: growth('降幅', 'down'),
      startsWithShare: false,
    });
  });

  it('marks a share of the previous subject only before a rate', () => {
    expect(analyzePre('、占一般公共预算收入', '%').startsWithShare).toBe(true);
    expect(analyzePre('占一般公共预算收入', '亿元').startsWithShare).toBe(false);
  });

  it('reads a streak and a span standing alone as qualifiers, and a span inside a name as the name', () => {
    expect(analyzePre('粮食产量连续7年', '万吨')).toEqual({
      indicatorRaw: '粮食产量',
      qualifiers: ['连续7年'],
      streak: true,
      startsWithShare: false,
    });
    expect(analyzePre('连续3年增长', '%')).toEqual({
      indicatorRaw: '',
      qualifiers: ['连续3年'],
      streak: true,
      growth: growth('增长'),
      startsWithShare: false,
    });
    expect(analyzePre('五年来', '个百分点')).toEqual({ indicatorRaw: '', qualifiers: ['五年来'], startsWithShare: false });
    expect(analyzePre('地区生产总值,5年', '%')).toEqual({ indicatorRaw: '地区生产总值,', qualifiers: ['5年'], startsWithShare: false });
    expect(analyzePre('建成的13年', '个')).toEqual({ indicatorRaw: '建成的13年', qualifiers: [], startsWithShare: false });
  });
});

describe('joining qualifiers', () => {
  it('joins the words before, the approximation and the bound after, the last after an ellipsis', () => {
    expect(joinQualifiers([], undefined)).toBeUndefined();
    expect(joinQualifiers(['力争'], undefined)).toBe('力争');
    expect(joinQualifiers([], '左右')).toBe('左右');
    expect(joinQualifiers([], undefined, '多')).toBe('多');
    expect(joinQualifiers(['力争'], '左右')).toBe('力争…左右');
    expect(joinQualifiers(['年均', '力争'], '以上', '余')).toBe('年均力争余…以上');
  });
});

describe('edges the mutation run of pre-analysis.ts showed (session 11)', () => {
  it('reads a gap against a reference of eight characters', () => {
    expect(analyzePre('增速高于浙江省十一个地市', '个百分点').gap).toEqual({ verb: growth('高于'), ref: '浙江省十一个地市' });
  });

  it('sheds at most eight link words or qualifiers, and a run of clause marks at once', () => {
    expect(analyzePre(`地区生产总值${'达到'.repeat(9)}`, '亿元').indicatorRaw).toBe('地区生产总值达到');
    expect(analyzePre('地区生产总值,,', '亿元').indicatorRaw).toBe('地区生产总值');
  });

  it('keeps a span after a name as part of the name when no growth verb follows', () => {
    expect(analyzePre('地区生产总值5年', '亿元')).toEqual({ indicatorRaw: '地区生产总值5年', qualifiers: [], startsWithShare: false });
    expect(analyzePre('地区生产总值,全市5年', '个').indicatorRaw).toBe('地区生产总值,全市5年');
  });

  it("reads a span before a growth verb as the growth's after a name of two characters or more, not after 的", () => {
    expect(analyzePre('产量5年增长', '%')).toMatchObject({ indicatorRaw: '产量', qualifiers: ['5年'] });
    expect(analyzePre('额5年增长', '%')).toMatchObject({ indicatorRaw: '额5年', qualifiers: [] });
    expect(analyzePre('收入的5年增长', '%')).toMatchObject({ indicatorRaw: '收入的5年', qualifiers: [] });
  });
});
