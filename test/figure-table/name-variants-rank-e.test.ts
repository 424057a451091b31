import { describe, expect, it } from 'vitest';
import { buildFigureRows, canonicalIndicator, FigureTable } from '../../src/figure-table/index.js';
import { canonicalInSentence } from '../../src/figure-table/canonical-indicator.js';
import { unwrapUnits } from '../../src/lang/zh/wrapped-units.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { asksForGrowth } from '../../src/lang/zh/change-words.js';
import { asksForLowest, asksForRanking, asksWhichIsMost } from '../../src/lang/zh/superlative-words.js';
import { asksTrend } from '../../src/lang/zh/trend-words.js';
import { askedIndicators } from '../../src/answer/kinds/table-points.js';

describe('indicator names as reports vary them', () => {
  it.each([
    ['PM2.5平均浓度', 'PM2.5'],
    ['设区城市PM2.5年平均浓度', 'PM2.5'],
    ['以上城市细颗粒物(PM2.5)平均浓度', 'PM2.5'],
    ['细颗粒物年均浓度', 'PM2.5'],
    ['PM_2.5平均浓度', 'PM2.5'],
    ['PM2.5平均浓度降', 'PM2.5'],
    ['专精特新“小巨人”企业', '专精特新小巨人企业'],
    ['国家级专精特新“小巨人”企业', '专精特新小巨人企业'],
    ['上海港集装箱吞吐量', '港口集装箱吞吐量'],
    ['宁波舟山港集装箱吞吐量', '港口集装箱吞吐量'],
    ['杭州萧山国际机场旅客吞吐量', '机场旅客吞吐量'],
    ['沿海港口货物吞吐量', '港口货物吞吐量'],
    ['建设筹集保障性租赁住房', '保障性租赁住房'],
    ['粮食总产', '粮食产量'],
    ['粮食年产量', '粮食产量'],
    ['国家级高新技术企业数量', '国家高新技术企业'],
    ['拟发行超长期特别国债', '超长期特别国债'],
  ])('files %s under %s', (name, id) => {
    expect(canonicalIndicator(name)).toMatchObject({ id, inGlossary: true });
  });

  it('files the year’s additions apart from the stock, and leaves names the glossary does not hold alone', () => {
    expect(canonicalIndicator('新增高新技术企业')).toMatchObject({ id: '新增国家高新技术企业', additions: true });
    expect(canonicalIndicator('国家专精特新“小巨人”企业新增')).toMatchObject({ id: '新增专精特新小巨人企业', additions: true });
    // A glossary name that starts with 新增 is the indicator itself.
    expect(canonicalIndicator('新增就业')).toMatchObject({ id: '城镇新增就业', inGlossary: true });
    expect(canonicalIndicator('民间投资')).toMatchObject({ id: '民间投资', inGlossary: false });
    expect(canonicalIndicator('PM2.5浓度改善').inGlossary).toBe(false);
  });
});

describe('the figure table of the external reports (2025 provincial)', () => {
  const corpus = loadCorpus('test/fixtures/gov-reports/provincial-2025');
  const rows = buildFigureRows({ documents: corpus.documents, sentences: corpus.documents.flatMap((d) => d.sentences) });
  const table = new FigureTable(rows);
  const places = (indicator: string) => new Set(table.select({ indicator, kind: 'actual', year: 2024 }).map((r) => r.place));

  it('holds the 2024 PM2.5 level of every province that states one, however it is named', () => {
    const pm = table.select({ indicator: 'PM2.5', kind: 'actual', year: 2024 }).filter((r) => r.unit === '微克/立方米');
    expect(new Set(pm.map((r) => r.place))).toEqual(new Set(['安徽省', '北京市', '福建省', '广东省', '江苏省']));
    expect(pm.find((r) => r.place === '安徽省')?.value).toBe(35.2);
    // "PM2.5平均浓度为每立方米20微克": the unit written around the number.
    expect(pm.find((r) => r.place === '福建省')?.value).toBe(20);
  });

  it('holds port, airport, rental-housing and little-giant figures under one indicator each', () => {
    expect(places('港口集装箱吞吐量').has('上海市')).toBe(true);
    expect([...places('机场旅客吞吐量')]).toEqual(expect.arrayContaining(['福建省', '上海市']));
    expect([...places('保障性租赁住房')]).toEqual(expect.arrayContaining(['北京市', '上海市', '江苏省', '浙江省']));
    expect([...places('专精特新小巨人企业')]).toEqual(expect.arrayContaining(['广东省', '浙江省', '安徽省']));
    expect([...places('粮食产量')]).toEqual(expect.arrayContaining(['安徽省', '山东省']));
  });

  it('files a 比例 that names no whole as the indicator’s level in %, beside the 比率 of other reports', () => {
    const air = table.select({ indicator: '空气质量优良天数', kind: 'actual', year: 2024 }).filter((r) => r.unit === '%');
    expect(air.find((r) => r.place === '福建省')).toMatchObject({ value: 98.3, measure: 'rate' });
    expect(air.find((r) => r.place === '江苏省')).toMatchObject({ value: 82.5, measure: 'rate' });
    // A part of a named whole stays a share.
    expect(rows.filter((r) => /占.*比例$/.test(r.indicator)).every((r) => r.measure === 'share')).toBe(true);
  });

  it('reads the year’s additions when a question asks them and the table holds them', () => {
    expect(askedIndicators(table, '专精特新小巨人企业', '2024年哪个省新增国家级专精特新小巨人最多')).toEqual([
      '新增专精特新小巨人企业',
      '专精特新小巨人企业',
    ]);
    expect(askedIndicators(table, '专精特新小巨人企业', '哪个省专精特新小巨人最多')).toEqual(['专精特新小巨人企业']);
    const added = table.select({ indicator: '新增专精特新小巨人企业', kind: 'actual', year: 2024 });
    expect(added.find((r) => r.place === '江苏省')?.value).toBe(711);
  });
});

describe('question words of trends and rankings', () => {
  it('reads English superlatives and growth words whole', () => {
    const q = 'Which province reported the fewest high-tech enterprises in 2024?';
    expect(asksForLowest(q) && asksForRanking(q) && asksWhichIsMost(q)).toBe(true);
    // "enterprises" holds "rise", but asks no growth.
    expect(asksForGrowth(q)).toBe(false);
    expect(asksForGrowth('Which province grew fastest in 2025?')).toBe(true);
  });

  it('reads "这两年", "是增是减", "lately" as a trend', () => {
    expect(asksTrend('广东高新技术企业数量这两年是增是减')).toBe(true);
    expect(asksTrend('How has the number of high-tech enterprises in Jiangsu grown lately?')).toBe(true);
    expect(asksTrend('广东2025年高新技术企业多少家')).toBe(false);
  });
});

describe('names read in their sentence', () => {
  it('reads a bare head with the subject the sentence names before it', () => {
    expect(canonicalInSentence('总产', '粮食面积、总产、单产实现“两增一稳”，总产762亿斤').id).toBe('粮食产量');
    expect(canonicalInSentence('总产量', '粮食播种面积1584.6万亩、总产量132.4亿斤').id).toBe('粮食产量');
    // A 分别 list's first item takes the head its last item ends with.
    expect(canonicalInSentence('上海机场航空旅客', '上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨').id).toBe('机场旅客吞吐量');
    // A name that is only the act is the indicator the sentence names.
    expect(canonicalInSentence('先发行', '从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元').id).toBe('超长期特别国债');
    // No subject the glossary knows: the name stays its own.
    expect(canonicalInSentence('总产', '工业总产值、总产5亿').inGlossary).toBe(false);
  });

  it('writes a unit wrapped around its number after it, keeping the length', () => {
    const text = 'PM2.5平均浓度为每立方米20微克，';
    expect(unwrapUnits(text)).toBe('PM2.5平均浓度为20微克/立方米，');
    expect(unwrapUnits(text)).toHaveLength(text.length);
  });
});
