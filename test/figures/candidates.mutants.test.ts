/**
 * Candidate finding (src/figures/candidates.ts): which numbers of a sentence may be figures, with
 * the unit, magnitude, qualifiers and counted noun each carries (issue #15: the mutants of this file
 * that changed a candidate and no test noticed). Each case is a phrase as the reports write it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans } from '../../src/figures/candidates.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

/** The candidates of a phrase: the numeral's text, then every field but the mention itself. */
function cands(sentence: string) {
  const w = toHalfWidth(sentence);
  return candidatesOf(w, scanNumbers(w), quoteSpans(w)).map(({ m, ...rest }) => ({ text: m.text, ...rest }));
}
/** value, unit, counted noun of each candidate. */
const brief = (sentence: string) => cands(sentence).map((c) => [c.value, c.unit, c.followingNoun]);

describe('candidates: numbers that are no figure', () => {
  it('leaves out numbers inside a short quoted name, not after it', () => {
    expect(cands('打造“2+4”产业体系')).toEqual([]);
    expect(cands('落实“十四五”规划')).toEqual([]);
    expect(brief('《规划》提出建设3个中心')).toEqual([[3, '个', '中心']]);
    expect(brief('“两区”建设取得进展,新建3个中心')).toEqual([[3, '个', '中心']]);
  });

  it('leaves out a count inside a short quoted name, and a fraction', () => {
    expect(cands('“3个中心”建设')).toEqual([]);
    expect(cands('1/3的项目')).toEqual([]);
  });

  it('keeps a number inside a quotation too long to be a name', () => {
    expect(brief('提出“全面推进营商环境示范区建设行动计划方案年度推进工作要点共有3个中心”')).toEqual([[3, '个', '中心”']]);
  });

  it('leaves out numbers joined by + or after #', () => {
    expect(cands('1+5体系')).toEqual([]);
    expect(cands('实施#5项目')).toEqual([]);
    expect(cands('产值增长5%+')).toEqual([]);
    expect(cands('构建1+N政策体系')).toEqual([]);
  });

  it('leaves out a list number opening the sentence, and keeps an amount there', () => {
    expect(cands('1.推进项目建设')).toEqual([]);
    expect(cands('(2)推进项目建设')).toEqual([]);
    expect(cands(' (1)推进')).toEqual([]);
    expect(cands(' 3、推进项目建设')).toEqual([]);
    expect(cands('2 推进')).toEqual([]);
    expect(brief('3个项目')).toEqual([[3, '个', '项目']]);
    expect(brief('共3个项目')).toEqual([[3, '个', '项目']]);
    expect(brief('1.5万人参加')).toEqual([[1.5, '万人', '参加']]);
    expect(brief('2.5 推进')).toEqual([[2.5, '', '']]);
  });

  it('leaves out dates, ranks, ordinals and Chinese numerals that are no amount', () => {
    expect(cands('2024年')).toEqual([]);
    expect(cands('前10位')).toEqual([]);
    expect(cands('三次')).toEqual([]);
    // Two Chinese numerals without a magnitude are a count word too, not an amount.
    expect(cands('十二个')).toEqual([]);
    expect(brief('三万人')).toEqual([[3, '万人', '']]);
    expect(cands('一批')).toEqual([]);
    expect(brief('前10个项目')).toEqual([[10, '个', '项目']]);
  });

  it('leaves out a percentage with a magnitude, a discount, and a tenths form that writes another value', () => {
    expect(cands('百分之3万')).toEqual([]);
    expect(cands('打八折')).toEqual([]);
    expect(cands('七成六')).toEqual([]);
    expect(cands('七成半')).toEqual([]);
    expect(cands('七十%')).toEqual([]);
  });

  it('leaves out an age bound, and keeps an age', () => {
    expect(cands('60岁以上老人')).toEqual([]);
    expect(brief('60岁老人')).toEqual([[60, '岁', '老人']]);
  });
});

describe('candidates: rates', () => {
  it('reads rates in their forms with their units', () => {
    expect(cands('百分之五')).toEqual([
      { text: '百分之五', start: 0, end: 4, value: 5, unit: '%', magnitude: '', modifier: false, followingNoun: '' },
    ]);
    expect(brief('千分之五')).toEqual([[5, '‰', '']]);
    expect(brief('七成')).toEqual([[7, '成', '']]);
    expect(brief('增长5个百分点')).toEqual([[5, '个百分点', '']]);
    expect(brief('投资5‰')).toEqual([[5, '‰', '']]);
  });

  it('reads no rate from a tenths form split by a space', () => {
    expect(cands('七 成')).toEqual([]);
  });

  it('reads the clause after a bare rate’s 的 as what it is a share of, numbers included', () => {
    expect(brief('占比70%的项目')).toEqual([[70, '%', '项目']]);
    expect(brief('89.4%的公园实现24小时开放，新增公园127座')).toEqual([
      [89.4, '%', '公园实现24小时开放'],
      [127, '座', ''],
    ]);
    // A 的 that opens no noun ("70%的以上") and a qualifier's 的 read as before.
    expect(brief('达到70%的以上')).toEqual([[70, '%', '']]);
    expect(brief('70%以上的区级河道')).toEqual([[70, '%', '区级河道']]);
  });

  it('reads no amount in hours that say a service never closes', () => {
    expect(brief('849座公园实现24小时开放')).toEqual([[849, '座', '公园']]);
    expect(brief('服务时长24小时')).toEqual([[24, '小时', '']]);
  });

  it('mends a decimal OCR split, and keeps apart numbers a space separates', () => {
    expect(cands('增长38 .3%')).toEqual([
      { text: '38 .3%', start: 2, end: 8, value: 38.3, unit: '%', magnitude: '', modifier: false, followingNoun: '' },
    ]);
    expect(brief('增长3 8%')).toEqual([
      [3, '', ''],
      [8, '%', ''],
    ]);
  });

  it("takes a rate's post-qualifier, and marks a bounded rate before a noun as that noun's modifier", () => {
    expect(cands('增长5%左右')).toEqual([
      { text: '5%', start: 2, end: 6, value: 5, unit: '%', magnitude: '', post: '左右', modifier: false, followingNoun: '' },
    ]);
    expect(cands('70%以上项目')).toEqual([
      { text: '70%', start: 0, end: 5, value: 70, unit: '%', magnitude: '', post: '以上', modifier: true, followingNoun: '项目' },
    ]);
    expect(cands('70%以上的区级河道')).toEqual([
      {
        text: '70%',
        start: 0,
        end: 5,
        value: 70,
        unit: '%',
        magnitude: '',
        post: '以上',
        modifier: false,
        followingNoun: '区级河道',
        shareOfFollowing: true,
      },
    ]);
    expect(cands('占比70%以上')[0].modifier).toBe(false);
  });
});

describe('candidates: amounts', () => {
  it('reads a Chinese amount with its magnitude', () => {
    expect(cands('十二万人')).toEqual([
      { text: '十二万', start: 0, end: 4, value: 12, unit: '万人', magnitude: '万', modifier: false, followingNoun: '' },
    ]);
  });

  it('leaves out an amount with a doubled magnitude, a typo no report means', () => {
    expect(cands('总量达1.2万亿亿元')).toEqual([]);
    expect(cands('总量1.2亿亿元')).toEqual([]);
    expect(cands('30余亿亿元')).toEqual([]);
    expect(brief('总量1.2万亿元')).toEqual([[1.2, '万亿元', '']]);
  });

  it('reads 兆 before 瓦 as the start of the unit, not a magnitude', () => {
    expect(cands('300兆瓦储能')).toEqual([
      { text: '300兆', start: 0, end: 5, value: 300, unit: '兆瓦', magnitude: '', modifier: false, followingNoun: '储能' },
    ]);
    expect(brief('3万兆瓦')).toEqual([[3, '万兆瓦', '']]);
    // 兆 before no unit stays a magnitude (10^12), one no report writes: no figure.
    expect(cands('1.2兆元')).toEqual([]);
    // Only 兆 starts a unit so: the 千 of 两千米 is the number's, the unit is 米.
    expect(brief('两千米')).toEqual([[2000, '米', '']]);
    expect(brief('9兆瓦时')).toEqual([[9, '兆瓦时', '']]);
  });

  it("reads a dash right after a value as a range's dash, not the next value's minus sign", () => {
    const range = cands('100亿元-120亿元');
    expect(range.map((c) => [c.text, c.start, c.value])).toEqual([
      ['100亿', 0, 100],
      ['120亿', 6, 120],
    ]);
    expect(cands('100亿元 - 120亿元').map((c) => c.value)).toEqual([100, 120]);
    expect(cands('100亿元 -120亿元').map((c) => c.value)).toEqual([100, 120]);
    // The mention given back is the high end's, sign and all.
    const w = '100亿元-120亿元';
    const high = candidatesOf(w, scanNumbers(w), [])[1].m;
    expect([high.text, high.start, high.value, high.written]).toEqual(['120亿', 6, 12000000000, 120]);
    // A minus sign after words, or with words between, stays a sign.
    expect(cands('完成-4.2%').map((c) => c.value)).toEqual([-4.2]);
    expect(cands('100亿元,完成-120亿元').map((c) => c.value)).toEqual([100, -120]);
  });

  it('reads "1270多万" as 1270万 and more, and "500余场" as 500场 and more', () => {
    expect(cands('1270多万人')).toEqual([
      { text: '1270多万', start: 0, end: 7, value: 1270, unit: '万人', magnitude: '万', approx: '多', modifier: false, followingNoun: '' },
    ]);
    expect(cands('500余场培训')).toEqual([
      { text: '500', start: 0, end: 5, value: 500, unit: '场', magnitude: '', approx: '余', modifier: false, followingNoun: '培训' },
    ]);
  });

  it('takes a post-qualifier or a trailing 多 after the unit', () => {
    expect(cands('新增3家左右企业')).toEqual([
      { text: '3', start: 2, end: 6, value: 3, unit: '家', magnitude: '', post: '左右', modifier: false, followingNoun: '企业' },
    ]);
    expect(cands('新增3家多')).toEqual([
      { text: '3', start: 2, end: 5, value: 3, unit: '家', magnitude: '', post: '多', modifier: false, followingNoun: '' },
    ]);
  });

  it('marks "10亿元以上项目" as the noun\'s modifier, and a bound ending the clause as none', () => {
    expect(cands('10亿元以上项目')).toEqual([
      { text: '10亿', start: 0, end: 6, value: 10, unit: '亿元', magnitude: '亿', post: '以上', modifier: true, followingNoun: '项目' },
    ]);
    expect(cands('10亿元以上')[0].modifier).toBe(false);
    expect(cands('新增10亿元以上的项目')[0].modifier).toBe(false);
  });

  it('reads a unit after one space, and no unit that only starts a word', () => {
    expect(brief('达到3 个项目')).toEqual([[3, '个', '项目']]);
    expect(brief('3万方土方')).toEqual([[3, '万方', '土方']]);
  });
});

describe('candidates: the noun a number counts', () => {
  it("reads the noun up to the clause's end, the next item or the next number", () => {
    expect(brief('新增3家企业,')).toEqual([[3, '家', '企业']]);
    expect(brief('新增3家企业5个')).toEqual([
      [3, '家', '企业'],
      [5, '个', ''],
    ]);
    expect(brief('新增3家企业、5个园区')).toEqual([
      [3, '家', '企业'],
      [5, '个', '园区'],
    ]);
  });

  it("gives a one-character item the next item's tail", () => {
    expect(brief('举办4场开、闭幕式')).toEqual([[4, '场', '开幕式']]);
    expect(brief('完成11项部、省改革试点')).toEqual([[11, '项', '部改革试点']]);
    expect(brief('举办4场开、闭')).toEqual([[4, '场', '开']]);
  });

  it("ends the noun where the clause's verb or rate begins", () => {
    expect(brief('15个省重点项目投资完成率174.7%')).toEqual([
      [15, '个', '省重点项目'],
      [174.7, '%', ''],
    ]);
    expect(brief('新增3家企业同比增长')).toEqual([[3, '家', '企业']]);
  });

  it('reads no noun from a milestone step, a linking word or Latin letters', () => {
    expect(brief('跃上1.4万亿斤新台阶')).toEqual([[1.4, '万亿斤', '']]);
    expect(brief('新增3家的')).toEqual([[3, '家', '']]);
    expect(brief('新增3家abc')).toEqual([[3, '家', '']]);
  });

  it('keeps a quoted noun, sheds a trailing joiner or bracket, and clips a long noun', () => {
    expect(brief('培育3个“专精特新”企业')).toEqual([[3, '个', '“专精特新”企业']]);
    expect(brief('建成3个中心和')).toEqual([[3, '个', '中心']]);
    expect(brief('建成3个馆(')).toEqual([[3, '个', '馆']]);
    // A noun longer than a name is clipped to its head, its end (session 23: "…的州（市）级儿童急诊或重症学科").
    expect(brief('建成3个一二三四五六七八九十一二三四五六七八九十一二三四五')).toEqual([
      [3, '个', '六七八九十一二三四五六七八九十一二三四五'],
    ]);
    expect(brief('建成5个具有Ⅱ级水平的州（市）级儿童急诊或重症学科')).toEqual([[5, '个', '州(市)级儿童急诊或重症学科']]);
  });

  it('reads no noun after a bare number', () => {
    expect(brief('增长3 8%')[0][2]).toBe('');
  });
});

describe('candidates: edges of quotes and nouns (mutation run of lines 1–113)', () => {
  it('leaves out a number inside a quotation of exactly the longest name (24 characters apart)', () => {
    expect(cands('“建设现代化产业体系推进高质量发展示范区工程3个”')).toEqual([]);
  });

  it('leaves out a count inside a short quoted name far into the sentence', () => {
    expect(cands('今年以来我区全力推进高质量发展“3个中心”建设')).toEqual([]);
  });

  it('ends a noun at any digit, 0 and 9 included', () => {
    expect(brief('新增3家企业0.5万人就业')).toEqual([
      [3, '家', '企业'],
      [0.5, '万人', '就业'],
    ]);
    expect(brief('新增3家企业9个园区')).toEqual([
      [3, '家', '企业'],
      [9, '个', '园区'],
    ]);
  });

  it("gives only a one-character item, followed by a Chinese item, the next item's tail", () => {
    expect(brief('新增3家企业、园区')).toEqual([[3, '家', '企业']]);
    expect(brief('举办4场开、3个')).toEqual([
      [4, '场', '开'],
      [3, '个', ''],
    ]);
  });

  it("takes the next item's tail wherever the number stands, up to the next 、 and at most 20 characters", () => {
    expect(brief('今年以来全区共举办4场开、闭幕式')).toEqual([[4, '场', '开幕式']]);
    expect(brief('举办4场开、闭幕式、招商会')).toEqual([[4, '场', '开幕式']]);
    expect(brief('举办4场开、一二三四五六七八九十一二三四五六七八九十一二三')).toEqual([
      [4, '场', '开二三四五六七八九十一二三四五六七八九'],
    ]);
  });

  it('looks for the next straight-quoted name after the closing quote, not at it', () => {
    // '"' opens and closes: read from the closing mark, the text between two names would be a third.
    expect(cands('打造"强省"新增3个中心"示范"').map((c) => c.value)).toEqual([3]);
  });

  it('leaves out a list number that is all the text after a bracket', () => {
    expect(cands('(3')).toEqual([]);
  });

  it('keeps a noun whose first word is also a verb that ends nouns elsewhere', () => {
    expect(brief('建成3个突破性项目')).toEqual([[3, '个', '突破性项目']]);
  });

  it('keeps 及 at the end of a two-character noun, where it is part of the word', () => {
    expect(brief('完成3项普及')).toEqual([[3, '项', '普及']]);
  });

  // unitAt refused a unit with blocked next characters (方 before 面式案…) when it ended the text:
  // every string includes ''.
  it('reads thousands set apart by a space as one number, and leaves numbers in columns apart', () => {
    expect(brief('完成投资3 000万元')).toEqual([[3000, '万元', '']]);
    expect(brief('完成投资3\u2009000万元')).toEqual([[3000, '万元', '']]);
    expect(brief('2023 2024年').map(([value]) => value)).not.toContain(20232024);
  });

  it('reads the unit 万方 at the end of a text as at any other place', () => {
    expect(brief('完成土方3万方')).toEqual(brief('完成土方3万方,'));
    expect(brief('完成土方3万方')[0]?.[1]).toBe('万方');
  });
});
