/**
 * Figures as the reports write them. Every sentence below is verbatim from corpus/*.txt (checked by
 * `fromCorpus`), except where a comment names another source: the corpus has no value ranges and no
 * Chinese-numeral percentages, so those few come from the 2026 provincial reports or are written out.
 */
import { valueText } from '../src/answer/figure-format.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, rankFiguresForQuestion, type FigureInput } from '../src/figures/index.js';
import { FigureSchema, type Figure } from '../src/answer/schema.js';
import { parseChineseNumber, parsePercentage, scanNumbers } from '../src/lang/zh/chinese-number.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_FILES = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
const CORPUS = CORPUS_FILES.map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8')).join('\n');
/** The newspaper prints one short column line a line; ingestion joins them, so we search joined text too. */
const CORPUS_JOINED = CORPUS.replace(/\r?\n/g, '');

function fromCorpus(sentence: string): string {
  if (!CORPUS.includes(sentence) && !CORPUS_JOINED.includes(sentence)) throw new Error(`not verbatim in corpus: ${sentence}`);
  return sentence;
}

function figures(sentence: string, over: Partial<FigureInput> = {}): Figure[] {
  return extractFigures({ sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over });
}

function only(fs: Figure[], indicator: string): Figure {
  const hits = fs.filter((f) => f.indicator === indicator);
  if (hits.length !== 1)
    throw new Error(`${hits.length} figures for ${indicator}: ${JSON.stringify(fs.map((f) => [f.indicator, f.value, f.unit]))}`);
  return hits[0];
}

/** The invariant the answer surface relies on: a figure's value is text the reader can find. */
function valueAppears(value: number, sentence: string): boolean {
  const want = Math.abs(value);
  // Markdown bold (**1100亿元**) is markup, not text.
  const nf = sentence.normalize('NFKC').replace(/\*\*/g, '');
  const variants = [nf, sentence.normalize('NFKC'), nf.replace(/(\d)[,，\s]+(?=\d)/g, '$1'), nf.replace(/(\d)\s*\.\s*(?=\d)/g, '$1.')];
  for (const v of variants) for (const token of v.match(/\d*\.\d+|\d+/g) ?? []) if (Number(token) === want) return true;
  // Chinese numerals, alone or mixed with digits ("2千零30万"), and 百分之百.
  for (const run of nf.match(/[0-9.零〇一二两兩三四五六七八九十百千万萬亿億点點壹贰貳叁參肆伍陆陸柒捌玖拾佰仟分之]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 1; j <= Math.min(run.length, i + 24); j++) {
        const text = run.slice(i, j);
        const n = parseChineseNumber(text);
        const pct = parsePercentage(text);
        if ((n !== null && Math.abs(n) === want) || (pct !== null && Math.abs(pct) === want)) return true;
      }
    }
  }
  return false;
}

describe('chinese-number', () => {
  it('parses numbers as reports write them', () => {
    const cases: Array<[string, number]> = [
      ['1,234', 1234],
      ['１２.５', 12.5],
      ['4,565', 4565],
      ['一百二十三', 123],
      ['两千零五', 2005],
      ['三点五', 3.5],
      ['十二万三千', 123000],
      ['1.5万', 15000],
      ['3千', 3000],
      ['半', 0.5],
      ['三分之一', 1 / 3],
      ['负五', -5],
      ['1416亿', 141600000000],
      ['二〇三五', 2035],
      ['十', 10],
      ['两千四百五', 2450],
      ['一万三', 13000],
    ];
    for (const [text, value] of cases) expect(parseChineseNumber(text), text).toBeCloseTo(value, 9);
    for (const text of ['一切', '万', '两两', '百分之三', '3%', '', 'abc']) expect(parseChineseNumber(text), text).toBeNull();
  });

  it('parses percentages', () => {
    const cases: Array<[string, number]> = [
      ['百分之三点二', 3.2],
      ['3.2%', 3.2],
      ['３.２％', 3.2],
      ['-4.2%', -4.2],
      ['千分之2.4', 0.24],
      ['5个百分点', 5],
      ['七成', 70],
      ['百分之百', 100],
    ];
    for (const [text, value] of cases) expect(parsePercentage(text), text).toBeCloseTo(value, 9);
    expect(parsePercentage('3.2')).toBeNull();
  });

  it('scans mentions with spans and splits the magnitude off', () => {
    const text = fromCorpus('新招引35周岁以下大学生3.4万名');
    const ms = scanNumbers(text);
    expect(ms.map((m) => [m.text, m.value, m.written, m.magnitude])).toEqual([
      ['35', 35, 35, ''],
      ['3.4万', 34000, 3.4, '万'],
    ]);
    expect(text.slice(ms[1].start, ms[1].end)).toBe('3.4万');
  });

  it('does not read identifiers, OCR gaps or range dashes wrongly', () => {
    expect(scanNumbers('PM2.5年均浓度控制在32微克/立方米以下').map((m) => m.value)).toEqual([32]);
    expect(scanNumbers(fromCorpus('S211竞潮快速路(头蓬快速路)、104国道')).map((m) => m.value)).toEqual([104]);
    expect(scanNumbers('货物出口增长38 .3%')[0].value).toBe(38.3);
    expect(scanNumbers('4.5-5%').map((m) => m.value)).toEqual([4.5, 5]);
    expect(scanNumbers('为市场经营主体减负925.7亿元')[0].value).toBe(92570000000);
  });
});

describe('extractFigures: the figures’ year', () => {
  it('is the one other year the sentence states, else the section’s', () => {
    expect(figures('2021年R&D经费支出增长0.3%,低于目标任务24.7个百分点;', { period: '2022' })[0].period).toBe('2021');
    expect(figures('到2025年,地区生产总值突破1600亿元', { period: '2021', kind: 'plan' })[0].period).toBe('2025');
    expect(figures('地区生产总值1416亿元,比2023年增长5.1%', { period: '2024' })[0].period).toBe('2024');
    expect(figures('2019年以来累计新增企业1200家', { period: '2024' })[0].period).toBe('2024');
    expect(figures('2022年和2023年分别新增企业120家、150家', { period: '2024' })[0].period).toBe('2024');
    expect(figures('一季度GDP增长4.6%', { period: '2025Q1' })[0].period).toBe('2025Q1');
    // A base year is not the figure's: 5.5% is 2024's, not 2023's.
    expect(figures('地区生产总值增长5.5%，高于2023年0.3个百分点', { period: '2024' })[0].period).toBe('2024');
    // Inside a five-year span the sentence's year is more precise; the span's end keeps the span.
    expect(figures('2021年，地区生产总值增长8.5%', { period: '2021-2025' })[0].period).toBe('2021');
    expect(figures('到2025年,地区生产总值突破1600亿元', { period: '2021-2025', kind: 'plan' })[0].period).toBe('2021-2025');
    // "特别是2023年" states 2023; "是2020年的1.5倍" does not.
    expect(figures('特别是2023年，地区生产总值增长6.1%', { period: '2025' })[0].period).toBe('2023');
    expect(figures('工业总产值达3000亿元，是2020年的1.5倍', { period: '2025' })[0].period).toBe('2025');
  });

  it('does not take milestones passed for values', () => {
    const fs = figures('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%', { period: '2021-2025' });
    expect(fs[0]).toMatchObject({ indicator: '地区生产总值', value: 14.2, unit: '万亿元' });
    // The five years' average growth is a figure of its own, never the growth of the level reached.
    expect(fs[0].change).toBeUndefined();
    expect(fs[1]).toMatchObject({ indicator: '地区生产总值', value: 5.7, unit: '%', qualifier: '年均', change: { value: 5.7 } });
    // The levels passed are milestones (answering only a question about milestones), never the year's values.
    expect(
      figures('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%')
        .filter((f) => f.value === 7 || f.value === 9)
        .every((f) => f.shape === 'milestone'),
    ).toBe(true);
  });

  it('reads "从A提高到B" as the value reached, then the value it started from', () => {
    const [now, then] = figures('人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。', { period: '2025' });
    expect(now).toMatchObject({ indicator: '人均地区生产总值', value: 14, unit: '万元', period: '2025' });
    expect(then).toMatchObject({ indicator: '人均地区生产总值', value: 10.5, unit: '万元', period: '2020' });
    // Without its year the starting value is kept marked by its 从: it must not pass for this year's.
    expect(figures('研发投入强度从2.77%提高到3.3%左右', { period: '2025' })).toMatchObject([
      { indicator: '研发投入强度', value: 3.3 },
      { indicator: '研发投入强度', value: 2.77, qualifier: '从' },
    ]);
    expect(figures('单位GDP能耗从0.5吨下降到0.4吨标准煤', { period: '2025' }).every((f) => !f.indicator.endsWith('从'))).toBe(true);
    // One level reached is a value, even after another milestone in the clause.
    expect(
      figures('一般公共预算收入跨越百亿、规上工业产值迈上3000亿元台阶', { period: '2025' }).some(
        (f) => f.value === 3000 && f.unit === '亿元',
      ),
    ).toBe(true);
  });
});

describe('extractFigures: values and growth', () => {
  it('reads a value followed by its growth', () => {
    const f = only(figures(fromCorpus('实现社会消费品零售总额361亿元、增长6.2%')), '社会消费品零售总额');
    expect(f).toMatchObject({ value: 361, unit: '亿元', change: { direction: 'up', value: 6.2, unit: '%' }, kind: 'actual' });
    expect(f.valueInBaseUnit).toBe(36100000000);
  });

  it('carries growth across a comma', () => {
    const f = only(figures(fromCorpus('全年地区生产总值达1416亿元,增长5.1%')), '地区生产总值');
    expect(f).toMatchObject({ value: 1416, unit: '亿元', change: { direction: 'up', value: 5.1, unit: '%' } });
    expect(f.valueInBaseUnit).toBe(141600000000);
    // The rank between ("全国城市第4位", a figure of its own since session 13) leaves the growth to the level.
    const g = only(
      figures(fromCorpus('一般公共预算收入2616.8亿元,居全国城市第4位,增长6.8%')).filter((f) => f.unit !== '位'),
      '一般公共预算收入',
    );
    expect(g).toMatchObject({ value: 2616.8, unit: '亿元', change: { value: 6.8 } });
  });

  it('reads growth alone', () => {
    const gdp = only(
      figures(fromCorpus('一季度，全区主要经济指标运行情况普遍高于年初预期、好于去年同期，GDP增长4.6%，规上工业增加值增长9.1%')),
      'GDP',
    );
    expect(gdp).toMatchObject({ value: 4.6, unit: '%', change: { direction: 'up', value: 4.6, unit: '%' } });
    const ind = only(figures(fromCorpus('其中规上工业增加值增长3.5%')), '规上工业增加值');
    expect(ind).toMatchObject({ value: 3.5, unit: '%', change: { direction: 'up', value: 3.5, unit: '%' } });
  });

  it('splits one rate list over several indicators', () => {
    const two = figures(fromCorpus('城镇和农村居民人均可支配收入分别增长3.8%和4.9%'));
    expect(two.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['城镇居民人均可支配收入', 3.8, '%'],
      ['农村居民人均可支配收入', 4.9, '%'],
    ]);
    const three = figures(fromCorpus('战略性新兴产业、高端装备制造业、高新技术产业增加值分别增长6.2%、5.7%和4.2%'));
    expect(three.map((f) => [f.indicator, f.value, f.change?.value])).toEqual([
      ['战略性新兴产业增加值', 6.2, 6.2],
      ['高端装备制造业增加值', 5.7, 5.7],
      ['高新技术产业增加值', 4.2, 4.2],
    ]);
    const counts = figures(fromCorpus('新增国家高新技术企业161家、省科技型中小企业460家,分别增长29%、43%'));
    expect(counts.map((f) => [f.indicator, f.value, f.unit, f.change?.value])).toEqual([
      ['新增国家高新技术企业', 161, '家', 29],
      ['省科技型中小企业', 460, '家', 43],
    ]);
  });

  it('reads declines, including an OCR-split decimal and a table minus sign', () => {
    const f = only(figures(fromCorpus('固定资产投资小幅下降1. 9%')), '固定资产投资');
    expect(f).toMatchObject({ value: 1.9, unit: '%', change: { direction: 'down', value: 1.9, unit: '%' } });
    const t = figures('商贸业增加值增长：年度目标9%，2022年完成-4.2%，低于目标13.2个百分点。', { source: 'table' });
    expect(t.find((x) => x.kind === 'actual' && x.unit === '%')).toMatchObject({ value: -4.2, change: { direction: 'down', value: 4.2 } });
  });

  it('reads gaps to a target or a reference', () => {
    const fs = figures(fromCorpus('全年实现:地区生产总值增长1.5%,低于目标任务5.5个百分点'));
    expect(only(fs, '地区生产总值增速与目标差距')).toMatchObject({
      value: 5.5,
      unit: '个百分点',
      change: { direction: 'down', value: 5.5, unit: '个百分点' },
      kind: 'actual',
    });
    const city = figures(fromCorpus('全年地区生产总值达1416亿元,增长5.1%,高于全市0.4个百分点'));
    expect(only(city, '地区生产总值增速与全市差距')).toMatchObject({
      shape: 'gap',
      change: { direction: 'up', value: 0.4, unit: '个百分点' },
    });
    const share = figures(fromCorpus('服务业增加值增长6.1%、占比较上年提高7.3个百分点'));
    expect(only(share, '服务业增加值占比')).toMatchObject({ value: 7.3, unit: '个百分点', change: { direction: 'up', value: 7.3 } });
  });

  it('reads ranges (not in the corpus: 2026 Zhejiang and Beijing reports, and the short form)', () => {
    const zj = figures(
      '综合考虑各方面因素，今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%，在实际工作中努力争取更好结果；城镇调查失业率5%以内；',
      { kind: 'other' },
    );
    expect(zj[0]).toMatchObject({ indicator: '生产总值', value: 5, unit: '%', range: { low: 5, high: 5.5 }, kind: 'target' });
    expect(zj[1]).toMatchObject({ indicator: '城镇调查失业率', value: 5, qualifier: '以内' });
    const bj = figures('包括：地区生产总值年均增速4.5%-5%、努力争取更好结果', { kind: 'plan' });
    expect(bj[0]).toMatchObject({ indicator: '地区生产总值', value: 4.5, range: { low: 4.5, high: 5 } });
    expect(figures('地区生产总值增长4.5-5%')[0]).toMatchObject({ value: 4.5, unit: '%', range: { low: 4.5, high: 5 } });
  });

  it('keeps qualifiers', () => {
    const plan = figures(fromCorpus('社会消费品零售总额增长5%左右'), { kind: 'plan' });
    expect(plan[0]).toMatchObject({ indicator: '社会消费品零售总额', value: 5, unit: '%', qualifier: '左右', kind: 'target' });
    expect(only(figures(fromCorpus('有效发明专利拥有量突破2.1万件')), '有效发明专利拥有量')).toMatchObject({
      value: 2.1,
      unit: '万件',
      qualifier: '突破',
      valueInBaseUnit: 21000,
    });
    const both = figures(fromCorpus('地区生产总值增长5.5%左右(确保5%以上);'), { kind: 'plan' });
    expect(both.map((f) => [f.value, f.qualifier])).toEqual([
      [5.5, '左右'],
      [5, '确保…以上'],
    ]);
    expect(only(figures(fromCorpus('赛事平均上座率超90%')), '赛事平均上座率').qualifier).toBe('超');
    expect(only(figures(fromCorpus('固定资产投资力争实现735亿元;'), { kind: 'plan' }), '固定资产投资').qualifier).toBe('力争');
  });
});

describe('extractFigures: counts, units and odd values', () => {
  it('keeps counts with their units as written', () => {
    const cases: Array<[string, string, number, string]> = [
      ['新增国家高新技术企业161家', '新增国家高新技术企业', 161, '家'],
      ['新招引35周岁以下大学生3.4万名', '新招引35周岁以下大学生', 3.4, '万名'],
      ['完成回迁安置1876户', '回迁安置', 1876, '户'],
      ['制造业利用外资45.4亿美元', '制造业利用外资', 45.4, '亿美元'],
      ['人均生产总值达到16万元', '人均生产总值', 16, '万元'],
      ['批复用能15.44万吨标煤', '批复用能', 15.44, '万吨标煤'],
      ['新增城市绿地822万平方米', '新增城市绿地', 822, '万平方米'],
    ];
    for (const [sentence, indicator, value, unit] of cases) {
      const fs = figures(fromCorpus(sentence));
      expect(fs, sentence).toHaveLength(1);
      expect(fs[0], sentence).toMatchObject({ indicator, value, unit });
    }
    expect(figures(fromCorpus('新招引35周岁以下大学生3.4万名')).some((f) => f.value === 35)).toBe(false);
  });

  it('names a count by the noun after it when nothing before does', () => {
    const fs = figures(fromCorpus('45个国家(地区)11830名运动员参加亚运会,44个国家(地区)3038名运动员参加亚残运会'));
    expect(only(fs, '运动员参加亚运会')).toMatchObject({ value: 11830, unit: '名' });
    expect(fs.filter((f) => f.indicator === '国家(地区)').map((f) => f.value)).toEqual([45, 44]);
  });

  it('reads concentrations, ratios and unitless levels', () => {
    const pm = figures(fromCorpus('PM2.5年均浓度控制在32微克/立方米以下'), { kind: 'plan' });
    expect(pm).toHaveLength(1);
    expect(pm[0]).toMatchObject({ indicator: 'PM2.5年均浓度', value: 32, unit: '微克/立方米', qualifier: '以下', kind: 'target' });
    const ratio = figures(fromCorpus('三次产业结构为0.9:57.7:41.4'));
    expect(ratio).toEqual([
      expect.objectContaining({ indicator: '三次产业结构', value: 0.9, unit: '比例', shape: 'structure', structure: [0.9, 57.7, 41.4] }),
      // Each sector's share beside it (sector-shares.ts).
      expect.objectContaining({ indicator: '第一产业比重', value: 0.9, unit: '%' }),
      expect.objectContaining({ indicator: '第二产业比重', value: 57.7, unit: '%' }),
      expect.objectContaining({ indicator: '第三产业比重', value: 41.4, unit: '%' }),
    ]);
    const gap = figures(fromCorpus('收入倍差缩小至1.42、全市第一'));
    expect(gap).toEqual([
      expect.objectContaining({ indicator: '收入倍差', value: 1.42, unit: '' }),
      // "全市第一" is the gap's rank.
      expect.objectContaining({ indicator: '收入倍差', value: 1, unit: '位', qualifier: '全市第' }),
    ]);
    expect(figures(fromCorpus('城乡居民收入倍差控制在1.8以内'))[0]).toMatchObject({ value: 1.8, unit: '', qualifier: '以内' });
  });

  it('reads Chinese-numeral percentages (written out: the corpus has none)', () => {
    expect(figures('居民人均可支配收入增长百分之三点二')[0]).toMatchObject({
      indicator: '居民人均可支配收入',
      value: 3.2,
      unit: '%',
      change: { direction: 'up', value: 3.2, unit: '%' },
    });
    expect(only(figures(fromCorpus('近六成规上工业企业无R&D活动')), '规上工业企业无R&D活动')).toMatchObject({
      value: 6,
      unit: '成',
      qualifier: '近',
    });
  });

  it('ignores years, ordinals, list numbers, plan names, dates, quoted names and road codes', () => {
    const none = [
      '1.经济运行稳中有进。',
      '2024年是新中国成立75周年,是实施“十四五”规划的关键一年,也是杭州持续放大亚运效应、阔步迈入超大城市新征程的再出发之年,机遇和挑战并存。',
      '凯大催化、利尔达科技分别于12月14日、23日通过北交所上市委会议审议。',
      '承接落实省、市“8+4”政策,发布稳岗促产“钱八条”',
      '谋划实施“55830”新型工业化行动计划',
      'S211竞潮快速路(头蓬快速路)、104国道等重大交通项目稳步推进',
      '累计数量连续三年保持全市第一',
      '发布日期:2025-06-19 15:04 信息来源:杭州市钱塘区发展和改革局',
    ];
    for (const s of none) expect(figures(fromCorpus(s)), s).toEqual([]);
  });
});

describe('extractFigures: kind, tables and indicators', () => {
  it('marks targets by the sentence kind and by target words', () => {
    const s = fromCorpus('社会消费品零售总额增长6%');
    expect(figures(s, { kind: 'plan' })[0].kind).toBe('target');
    expect(figures(s, { kind: 'result' })[0].kind).toBe('actual');
    const heading = figures(fromCorpus('建议2025年国民经济和社会发展主要目标为:地区生产总值增长5.6%左右,固定资产投资实现正增长、力争2%'), {
      kind: 'other',
    });
    expect(heading.map((f) => [f.indicator, f.value, f.kind, f.qualifier])).toEqual([
      ['地区生产总值', 5.6, 'target', '左右'],
      ['固定资产投资', 2, 'target', '力争'],
    ]);
    const push = figures(fromCorpus('力争R&D经费支出增长25%'), { kind: 'other' });
    expect(push[0]).toMatchObject({ indicator: 'R&D经费支出', kind: 'target' });
    const done = figures(fromCorpus('全年建设标准厂房1601万平方米,完成年度目标的160.1%'), { kind: 'other' });
    expect(done.map((f) => [f.indicator, f.kind])).toEqual([
      ['建设标准厂房', 'actual'],
      ['建设标准厂房完成年度目标', 'actual'],
    ]);
  });

  it('reads flattened table rows into actual, target and gap figures', () => {
    const gdp = figures(
      '地区生产总值增长：年度目标7%，2022年完成1.5%，低于目标5.5个百分点。备注：占比91%左右的服务业基本盘受疫情冲击较大',
      { source: 'table' },
    );
    expect(gdp).toEqual([
      expect.objectContaining({
        indicator: '地区生产总值',
        value: 1.5,
        unit: '%',
        kind: 'actual',
        target: '7%',
        change: { direction: 'up', value: 1.5, unit: '%' },
      }),
      expect.objectContaining({ indicator: '地区生产总值', value: 7, unit: '%', kind: 'target' }),
      expect.objectContaining({
        indicator: '地区生产总值增速与目标差距',
        value: 5.5,
        unit: '个百分点',
        change: { direction: 'down', value: 5.5, unit: '个百分点' },
      }),
    ]);
    const firms = figures('新增国家高新技术企业(家)：年度目标141，2022年完成161，完成率114.18%。', { source: 'table' });
    expect(firms.map((f) => [f.indicator, f.value, f.unit, f.kind, f.target])).toEqual([
      ['新增国家高新技术企业', 161, '家', 'actual', '141'],
      ['新增国家高新技术企业', 141, '家', 'target', undefined],
      ['新增国家高新技术企业完成率', 114.18, '%', 'actual', undefined],
    ]);
    const fdi = figures('实际利用外资(亿美元)：年度目标6以上，2022年完成3.7，完成率62.12%。', { source: 'table' });
    expect(fdi[0]).toMatchObject({ value: 3.7, unit: '亿美元', valueInBaseUnit: 370000000, target: '6以上' });
    expect(fdi[1]).toMatchObject({ value: 6, qualifier: '以上', kind: 'target' });
    const sync = figures('地方一般公共预算收入：年度目标与经济增长同步，2022年完成13.6%，完成目标。', { source: 'table' });
    expect(sync).toEqual([expect.objectContaining({ value: 13.6, target: '与经济增长同步', kind: 'actual' })]);
  });

  it('trims indicators of verbs and fillers but keeps 新增', () => {
    const fs = figures(fromCorpus('全市地区生产总值实现20059亿元,增长5.6%,增速高于全国0.4个百分点'));
    expect(fs.map((f) => f.indicator)).toEqual(['地区生产总值', '地区生产总值增速与全国差距']);
    expect(
      figures(fromCorpus('全年累计签约亿元以上项目101个;落地亿元以上项目67个,其中10亿元以上项目16个。')).map((f) => [f.indicator, f.value]),
    ).toEqual([
      ['签约亿元以上项目', 101],
      ['落地亿元以上项目', 67],
      ['10亿元以上项目', 16],
    ]);
  });

  it('holds for every sentence of the corpus: valid figures, short non-empty indicators, values in the text', () => {
    const sentences = CORPUS.split(/(?<=[。；])|\n+/)
      .map((s) => s.trim())
      .filter(Boolean);
    let count = 0;
    for (const sentence of sentences) {
      for (const kind of ['result', 'plan'] as const) {
        for (const f of figures(sentence, { kind })) {
          count++;
          expect(FigureSchema.safeParse(f).success, sentence).toBe(true);
          expect(f.indicator.length, sentence).toBeGreaterThan(0);
          expect(f.indicator.length, f.indicator).toBeLessThanOrEqual(20);
          // A first ("全省首家") is written without its 1: the rank as written must appear instead.
          const writtenFirst = (f.qualifier ?? '').endsWith('首') && sentence.normalize('NFKC').includes(valueText(f));
          expect(valueAppears(f.value, sentence) || writtenFirst, `${f.value} in ${sentence}`).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe('rankFiguresForQuestion', () => {
  const fs = figures(
    fromCorpus(
      '全年地区生产总值达1416亿元,增长5.1%,高于全市0.4个百分点;三次产业结构为0.9:57.7:41.4,其中规上工业增加值增长3.5%,服务业增加值增长6.1%、占比较上年提高7.3个百分点,提前完成“十四五”规划目标;实现社会消费品零售总额361亿元、增长6.2%;货物贸易出口总额729亿元、增长14%;一般公共预算收入134亿元、增长6.1%;城镇和农村居民人均可支配收入分别增长3.8%和4.9%,收入倍差缩小至1.42、全市第一。',
    ),
  );

  it('puts the asked indicator first and keeps at most 8', () => {
    expect(fs.length).toBeGreaterThan(8);
    const ranked = rankFiguresForQuestion(fs, ['一般公共预算收入']);
    expect(ranked).toHaveLength(8);
    expect(ranked[0]).toMatchObject({ indicator: '一般公共预算收入', value: 134 });
  });

  it('understands GDP and keeps sentence order among equals', () => {
    const ranked = rankFiguresForQuestion(fs, ['GDP']);
    expect(ranked.slice(0, 2).map((f) => f.indicator)).toEqual(['地区生产总值', '地区生产总值增速与全市差距']);
    expect(rankFiguresForQuestion(fs, [])).toEqual(fs.slice(0, 8));
  });
});

describe('extractFigures fuzz', () => {
  const fragments = [
    '地区生产总值',
    '增长',
    '下降',
    '分别',
    '、',
    '和',
    ',',
    '，',
    '。',
    ';',
    ':',
    '：',
    '达',
    '突破',
    '超',
    '力争',
    '左右',
    '以上',
    '以下',
    '亿元',
    '万元',
    '万',
    '亿',
    '家',
    '个',
    '名',
    '户',
    '%',
    '％',
    '个百分点',
    '低于目标',
    '高于全市',
    '年',
    '第',
    '“',
    '”',
    '(',
    ')',
    '-',
    '—',
    '至',
    '百分之',
    '千分之',
    '三分之一',
    '负',
    '点',
    '一',
    '两',
    '十',
    '百',
    '千',
    '零',
    '成',
    '折',
    '万吨标煤',
    '微克/立方米',
    'PM2.5',
    'GDP',
    'S211',
    '2024年',
    '1.',
    ' ',
    '**',
    '·',
    '年度目标',
    '2022年完成',
    '完成率',
    '备注：',
  ];
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...fragments) },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.nat(100000).map(String),
        fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)),
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    {
      weight: 1,
      arbitrary: fc.string({
        maxLength: 3,
        unit: fc.constantFrom(...'０１２３４５６７８９，．－％万亿一二三四五六七八九十百千零两点'.split('')),
      }),
    },
  );
  const sentence = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const input = fc.record({
    sentence,
    kind: fc.constantFrom('result' as const, 'plan' as const, 'other' as const),
    source: fc.constantFrom('text' as const, 'table' as const),
  });

  /** 10 000 runs in the suite; FUZZ_RUNS=100000 (or more) for a longer search. */
  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  it(`never throws, and every value is in its sentence (${runs} runs)`, () => {
    fc.assert(
      fc.property(input, ({ sentence: s, kind, source }) => {
        const fs = extractFigures({ sentence: s, citationId: 'c', period: 'p', district: 'd', kind, source });
        for (const f of fs) {
          if (!FigureSchema.safeParse(f).success) return false;
          if (f.indicator.length === 0 || f.indicator.length > 20) return false;
          // "伍万元" is 5 万元: the sentence writes the value in its unit ("伍万" = 50 000), not alone.
          if (!valueAppears(f.value, s) && !(f.valueInBaseUnit !== undefined && valueAppears(f.valueInBaseUnit, s))) return false;
        }
        return true;
      }),
      // A fixed seed keeps CI deterministic; FUZZ_SEED=… explores others.
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
  });
});
