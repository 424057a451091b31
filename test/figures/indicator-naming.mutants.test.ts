/**
 * Indicator naming (src/figures/indicator-naming.ts): a figure's name from the words before its
 * number, the noun after it, the previous figure's subject or, last, the clause's longest phrase;
 * cleaned of time words, fillers and link verbs, and clipped to the head noun nearest the value
 * (issue #15: the mutants of this file that changed a name and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { cleanIndicator, clip, levelAfterIncrement, nearbyPhrase, stripWords, subjectOf } from '../../src/figures/indicator-naming.js';

function names(sentence: string, over: Partial<FigureInput> = {}): Array<[string, number, string]> {
  const input: FigureInput = { sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over };
  return extractFigures(input).map((f) => [f.indicator, f.value, f.unit]);
}

describe('cleaning a name', () => {
  it('sheds spaces, joiners at both ends, time words and fillers at the start', () => {
    expect(cleanIndicator(' 全年 地区生产总值 ')).toBe('地区生产总值');
    expect(cleanIndicator('、和地区生产总值及')).toBe('地区生产总值');
    expect(cleanIndicator('2024年全年地区生产总值')).toBe('地区生产总值');
    expect(cleanIndicator('上半年其中全年地区生产总值达')).toBe('地区生产总值');
    expect(cleanIndicator('1-9月全市工业投资')).toBe('工业投资');
    expect(cleanIndicator('其中、地区生产总值')).toBe('地区生产总值');
  });

  it('sheds a milestone step opening the name, link verbs and brackets at its end', () => {
    expect(cleanIndicator('新台阶、亩产提升')).toBe('亩产');
    expect(cleanIndicator('地区生产总值达到')).toBe('地区生产总值');
    expect(cleanIndicator('地区生产总值达到(')).toBe('地区生产总值');
    expect(cleanIndicator('地区生产总值(')).toBe('地区生产总值');
    expect(cleanIndicator(')地区生产总值')).toBe('地区生产总值');
    expect(cleanIndicator('”地区生产总值')).toBe('地区生产总值');
  });

  it("keeps a verb that ends in a joiner's character whole", () => {
    expect(cleanIndicator('惠及')).toBe('惠及');
    expect(names('惠及5700多万人次')).toEqual([['惠及', 5700, '万人次']]);
  });

  it('strips listed words repeatedly from one end, reporting what it removed', () => {
    expect(stripWords('总值达到达', ['达', '达到'], true)).toEqual({ text: '总值', removed: ['达', '达到'] });
    expect(stripWords('全年 其中地区生产总值', ['全年', '其中'], false)).toEqual({ text: '地区生产总值', removed: ['全年', '其中'] });
    expect(stripWords('达', ['达'], true)).toEqual({ text: '', removed: ['达'] });
    expect(stripWords('地区生产总值', ['达'], true)).toEqual({ text: '地区生产总值', removed: [] });
  });

  it("takes a gap's or a completion rate's subject without the tail the figure added", () => {
    expect(subjectOf('地区生产总值与目标差距')).toBe('地区生产总值');
    expect(subjectOf('投资完成率')).toBe('投资');
    expect(subjectOf('地区生产总值差距')).toBe('地区生产总值差距');
  });
});

describe('clipping a long name', () => {
  it('keeps a name of at most 20 characters as it is', () => {
    expect(clip('一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十');
  });

  it('cuts a long name after the first break that leaves a head noun of 2 to 20 characters', () => {
    expect(clip('全市规模以上工业企业和限额以上批发零售企业营业收入总额')).toBe('限额以上批发零售企业营业收入总额');
    expect(clip('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一的二三')).toBe('二三');
    expect(clip('一二三四五六七八九十一二三四五六七八九十一二的三')).toBe('五六七八九十一二三四五六七八九十一二的三');
  });

  it('keeps the last 20 characters when no break leaves a head noun', () => {
    expect(clip('一二三四五六七八九十一二三四五六七八九十一二')).toBe('三四五六七八九十一二三四五六七八九十一二');
    expect(clip('一二三四五六七八九十一二三四五六七八九十一的二')).toBe('四五六七八九十一二三四五六七八九十一的二');
  });

  it('keeps a share whole in its compact form, and a dangling 从 at the end', () => {
    expect(clip('研发经费支出相当于全市地区生产总值的比例')).toBe('研发经费支出占全市地区生产总值比重');
    expect(clip('全市规模以上工业企业研发经费支出占营业收入的比重从')).toBe('全市规模以上工业企业研发经费支出占营业收入比重从');
  });
});

describe('the last-resort phrase', () => {
  it('takes the longest phrase without numbers, units or bounds', () => {
    expect(nearbyPhrase('全年新增5个,其中省级重点项目3个,市级项目')).toBe('省级重点项目');
    expect(nearbyPhrase('增长5%以上,新增就业岗位1.2万个')).toBe('新增就业岗位');
    expect(nearbyPhrase('-5.5亿元,新增项目')).toBe('新增项目');
    expect(nearbyPhrase('12 34')).toBe('');
  });

  it('takes the first phrase when asked for the words right after a number', () => {
    expect(nearbyPhrase('个重点项目,新增投资', true)).toBe('个重点项目');
    expect(nearbyPhrase('5 6 7', true)).toBe('');
  });
});

describe('naming a figure in a sentence', () => {
  it("names a share by the previous figure's subject", () => {
    expect(names('一般公共预算收入85亿元，其中税收收入占一般公共预算收入的89.7%')[1]).toEqual(['税收收入占一般公共预算收入', 89.7, '%']);
    expect(names('一般公共预算收入85亿元，完成年度目标的102%')[1]).toEqual(['一般公共预算收入完成年度目标', 102, '%']);
  });

  it('names a count by the noun after it: after a count verb, after examples, or after a short name', () => {
    expect(names('获批2个省级平台')).toEqual([['获批省级平台', 2, '个']]);
    expect(names('引进华为、腾讯等53个重大产业项目')).toEqual([['重大产业项目', 53, '个']]);
    expect(names('全年新建改造“城中村”等项目30个')).toEqual([['新建改造“城中村”等项目', 30, '个']]);
    expect(names('开展500场培训')).toEqual([['开展培训', 500, '场']]);
    expect(names('完成16个小区二次供水改造')).toEqual([['小区二次供水改造', 16, '个']]);
    expect(names('16个小区二次供水改造完成')).toEqual([['小区二次供水改造', 16, '个']]);
  });

  it('names a rate by the noun after it only when nothing before names it', () => {
    expect(names('全市70%以上的区级河道')).toEqual([['区级河道', 70, '%']]);
  });

  it('names a comparison and a milestone by the subject before them', () => {
    expect(names('赤字规模4.06万亿元，比上年增加1800亿元')).toEqual([
      ['赤字规模', 4.06, '万亿元'],
      ['赤字规模比上年增加', 1800, '亿元'],
    ]);
    expect(names('地区生产总值迈上14万亿元新台阶、达14.2万亿元')).toEqual([
      ['地区生产总值', 14, '万亿元'],
      ['地区生产总值', 14.2, '万亿元'],
    ]);
  });

  it('falls back to the words after the number, the clause, the sentence, then a plain "数值"', () => {
    expect(names('5个,市级项目,省级重点项目和市级项目')[0]).toEqual(['市级项目', 5, '个']);
    expect(names('截至年底,5个')).toEqual([['截至年底', 5, '个']]);
    expect(names('5个')).toEqual([['数值', 5, '个']]);
  });
});

describe('edges the mutation run of lines 1–94 showed (session 10)', () => {
  it('strips at most 12 words from one end, its loop bound', () => {
    expect(stripWords(`总值${'达'.repeat(13)}`, ['达'], true).text).toBe('总值达');
  });

  it('sheds at most 8 rounds of time words and separators at the start, and of fillers and separators at the end', () => {
    expect(cleanIndicator(`${'2024年、'.repeat(9)}地区生产总值`)).toBe('2024年、地区生产总值');
    expect(cleanIndicator(`地区生产总值${'达、'.repeat(9)}`)).toBe('地区生产总值达');
  });

  it('sheds closing marks only at the start, all of them, and an opening bracket only at the end', () => {
    expect(cleanIndicator(')“十四五”规划投资')).toBe('“十四五”规划投资');
    expect(cleanIndicator('))地区生产总值')).toBe('地区生产总值');
    expect(cleanIndicator(')研发投入(R&D)')).toBe('研发投入(R&D)');
  });

  it('keeps a name of exactly 20 characters whole though it holds a break', () => {
    expect(clip('一二三四五六七八九十一二的三四五六七八九')).toBe('一二三四五六七八九十一二的三四五六七八九');
  });
});

describe('the level after an increment, one condition at a time (lines 95–160, session 10)', () => {
  type Ctx = Parameters<typeof levelAfterIncrement>[0];
  type Cand = NonNullable<Parameters<typeof levelAfterIncrement>[1]>;
  const increment = (subject: string, over: Record<string, unknown> = {}): Ctx =>
    ({ figures: [{ indicator: subject, value: 141, unit: '座', ...over }], lastSubject: subject }) as unknown as Ctx;
  const value = (v: number, unit = '座'): Cand => ({ value: v, unit }) as unknown as Cand;

  it('takes the increment’s subject without its increment word, before or after it', () => {
    expect(levelAfterIncrement(increment('新增公园'), value(973))).toBe('公园');
    expect(levelAfterIncrement(increment('新认定高新技术企业'), value(973))).toBe('高新技术企业');
    expect(levelAfterIncrement(increment('公园新增'), value(973))).toBe('公园');
    expect(levelAfterIncrement(increment('城市公园增加'), value(973))).toBe('城市公园');
  });

  it('leaves a subject of the increment word and one character, or with no increment word', () => {
    expect(levelAfterIncrement(increment('新增园'), value(973))).toBeNull();
    expect(levelAfterIncrement(increment('园增加'), value(973))).toBeNull();
    expect(levelAfterIncrement(increment('城市公园'), value(973))).toBeNull();
  });

  it('needs a larger value in the same unit, not a rate, after an increment with no change of its own', () => {
    expect(levelAfterIncrement(increment('新增公园'), null)).toBeNull();
    expect(levelAfterIncrement({ figures: [], lastSubject: '新增公园' } as unknown as Ctx, value(973))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园', { unit: '' }), value(973, ''))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园'), value(973, '个'))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园', { unit: '%', value: 5 }), value(9, '%'))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园', { change: { direction: 'up' } }), value(973))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园'), value(141))).toBeNull();
    expect(levelAfterIncrement(increment('新增公园'), value(100))).toBeNull();
  });

  it('names the level reached after an increment in a sentence', () => {
    expect(names('新增公园141座、累计达到973座')).toEqual([
      ['新增公园', 141, '座'],
      ['公园', 973, '座'],
    ]);
  });
});

describe('edges the mutation run of lines 95–160 showed (session 10)', () => {
  it('removes a number with a unit of its own, not only one with a magnitude, in the last-resort phrase', () => {
    expect(nearbyPhrase('3公里,新建道路', true)).toBe('新建道路');
    expect(nearbyPhrase('3公里', true)).toBe('');
  });

  it('splits the phrase where a number inside a word was, and where a bound word was', () => {
    expect(nearbyPhrase('地铁3号线建设', true)).toBe('地铁');
    expect(nearbyPhrase('地铁3号线建设')).toBe('号线建设');
    expect(nearbyPhrase('规模以上工业')).toBe('规模');
  });

  it('drops a one-character word from the phrase', () => {
    expect(nearbyPhrase('个,新增项目', true)).toBe('新增项目');
  });

  it('reads a list inside quotes as one name, not as examples before the counted noun', () => {
    expect(names('推进“放管服、营商环境”3个重点项目')).toEqual([['“放管服、营商环境”', 3, '个']]);
  });

  it('names a count after a long subject by its count verb and the noun after it', () => {
    expect(names('全区重点企业获批2个省级平台')).toEqual([['获批省级平台', 2, '个']]);
  });

  it('names a count after a name of four characters by that name and the noun after it', () => {
    expect(names('重点企业2个省级平台')).toEqual([['重点企业省级平台', 2, '个']]);
  });

  it('cleans the time words off a count’s name and noun, keeping a cleaned name of two characters', () => {
    expect(names('今年5个项目')).toEqual([['项目', 5, '个']]);
  });

  it('names a rate by the words before it when they name something, not by the noun after it', () => {
    expect(names('水质达标率达到70%以上的区级河道')[0]?.[0]).not.toBe('区级河道');
  });

  it('falls back to the words right after the number, not the sentence’s first', () => {
    expect(names('截至年底,5个,市级项目')).toEqual([['市级项目', 5, '个']]);
  });

  it('names a share joined by 、 by the previous subject and the share’s words, without the joiner', () => {
    expect(names('一般公共预算收入85亿元、占全省的12%')[1]).toEqual(['一般公共预算收入占全省', 12, '%']);
  });
});
