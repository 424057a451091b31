import { describe, expect, it } from 'vitest';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { countOf } from '../../src/figures/streak-lengths.js';
import { withElidedPerHeadSubject } from '../../src/figures/elided-measure.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { scanNumbers } from '../../src/lang/zh/numbers/scan.js';

/**
 * Session 35's mutation survivors (docs/mutation-survivors.md, "Session 35"): several things asked at once read on
 * hand-built figures and citations, without the engine; the per-head name, a streak's count, a run of years written short.
 */
const today = new Date('2026-12-05');
const read = (q: string) => understandQuery(q, knownPlaces(['杭州市', '钱塘区', '浙江省', '拱墅区']), { today });
const cite = (id: string, sentence: string, kind: Citation['kind'] = 'plan'): Citation => ({
  id,
  docId: 'd',
  title: '报告',
  district: '杭州市',
  year: 2024,
  period: '2024',
  kind,
  section: '',
  paragraph: 0,
  sentence,
  source: 'text',
  score: 1,
});
const fig = (citationId: string, indicator: string, value: number, unit: string, kind: Figure['kind'] = 'target'): Figure => ({
  indicator,
  value,
  unit,
  kind,
  period: '2024',
  district: '杭州市',
  citationId,
});

const fields = [
  cite('c1', '(4)清洁能源保供领域:加快推进抽水蓄能电站等共计7个实施项目,年度计划投资14.8亿元,投资占比0.7%。'),
  cite('c2', '(8)文化旅游融合领域:加快推进城市文化公园等共计24个实施项目,年度计划投资42.2亿元,投资占比2%。'),
];
const fieldFigures = [
  fig('c1', '实施项目', 7, '个'),
  fig('c1', '年度计划投资', 14.8, '亿元'),
  fig('c1', '投资占比', 0.7, '%'),
  fig('c2', '实施项目', 24, '个'),
  fig('c2', '年度计划投资', 42.2, '亿元'),
  fig('c2', '投资占比', 2, '%'),
];

describe('two things whose figures share one name', () => {
  it('are told apart by their sentences, measured by the words after the last space, and named by the question', () => {
    const lead = severalSubjectsLead(read('杭州24年重点建设项目里 清洁能源保供跟文化旅游融合 投资计划差多少'), fieldFigures, fields);
    expect(lead).toBe(
      '杭州市清洁能源保供年度计划投资（目标）：14.8亿元 [1]；杭州市文化旅游融合年度计划投资（目标）：42.2亿元 [2]。后者多27.4亿元',
    );
  });

  it('the ask after 各 chooses among a sentence’s figures', () => {
    const lead = severalSubjectsLead(read('杭州24年 清洁能源保供跟文化旅游融合领域 各有几个实施项目'), fieldFigures, fields);
    expect(lead).toMatch(/^杭州市清洁能源保供实施项目（目标）：7个 \[1\]；杭州市文化旅游融合领域实施项目（目标）：24个 \[2\]$/);
  });

  it('a sentence writing both things’ words sets its figures to neither', () => {
    const both = [cite('c1', '清洁能源保供和文化旅游融合两个领域年度计划投资57亿元。')];
    expect(
      severalSubjectsLead(read('杭州24年 清洁能源保供跟文化旅游融合 各计划投资多少'), [fig('c1', '年度计划投资', 57, '亿元')], both),
    ).toBeNull();
  });

  it('a thing’s own words written shorter than four characters in the sentence do not set a figure to it', () => {
    const short = [cite('c1', '能源领域年度计划投资14.8亿元。'), cite('c2', '文旅领域年度计划投资42.2亿元。')];
    const figures = [fig('c1', '年度计划投资', 14.8, '亿元'), fig('c2', '年度计划投资', 42.2, '亿元')];
    expect(severalSubjectsLead(read('杭州24年 能源保供跟文旅融合 各计划投资多少'), figures, short)).toBeNull();
  });
});

describe('the first thing set apart by a space', () => {
  const signed = [cite('c1', '确保签约50亿元以上项目2个、10亿元以上项目20个、亿元以上项目100个。')];
  const figures = [fig('c1', '签约50亿元以上项目', 2, '个'), fig('c1', '10亿元以上项目', 20, '个'), fig('c1', '亿元以上项目', 100, '个')];

  it('"签约那头 10亿元以上和亿元以上的": 10亿元以上 is the first thing, however short the last', () => {
    const lead = severalSubjectsLead(read('钱塘24年签约那头 10亿元以上和亿元以上的 各定了几个'), figures, signed);
    expect(lead).toMatch(/^杭州市10亿元以上项目（目标）：20个 \[1\]；杭州市亿元以上项目（目标）：100个 \[1\]$/);
  });

  it('with no space, the first part keeps its words as long as the last thing is', () => {
    const lead = severalSubjectsLead(read('钱塘24年新签约10亿元以上和亿元以上的 各定了几个'), figures, signed);
    expect(lead).not.toBeNull();
  });
});

describe('like for like', () => {
  it('when every thing has a target, a result beside one of them does not answer it', () => {
    const cited = [
      cite('c1', '实施城中村雨污分流及纳厂治理项目300个。'),
      cite('c2', '单村水站让偏远农村居民喝上干净水242万。', 'result'),
      cite('c3', '改造提升单村水站300座以上。'),
    ];
    const figures = [
      fig('c1', '实施城中村雨污分流及纳厂治理项目', 300, '个'),
      fig('c2', '单村水站让偏远农村居民喝上干净水', 242, '万', 'actual'),
      fig('c3', '改造提升单村水站', 300, '座'),
    ];
    const lead = severalSubjectsLead(read('杭州24年城中村雨污分流项目跟单村水站 各多少'), figures, cited);
    expect(lead).toMatch(/；杭州市改造提升单村水站（目标）：300座 \[3\]$/);
    expect(lead).not.toMatch(/242/);
  });
});

describe('what a thing is numbered, asked as a result in English', () => {
  it('is answered by the attribute whatever its kind', () => {
    const query = read('gs 2023: demolition and relocation for which metro line of phase IV?');
    const cited = [cite('c1', '全力做好地铁四期工程15号线各站点的征迁任务。')];
    const line = { ...fig('c1', '全力做好地铁四期工程', 15, '号线'), shape: 'attribute' as const };
    expect(figureLead({ ...query, intent: 'result' }, [line], cited)).toMatch(/15号线 \[1\]/);
    expect(figureLead({ ...query, intent: 'result' }, [{ ...line, shape: undefined }], cited)).toBeNull();
  });
});

describe('small readings', () => {
  it('a streak’s count is a whole numeral, digits or words', () => {
    expect(countOf('第12')).toBe(0);
    expect(countOf('12个')).toBe(0);
    expect(countOf('两')).toBe(2);
  });

  it('a per-head measure of two characters still takes the subject the names before share', () => {
    expect(withElidedPerHeadSubject([{ indicator: '居民收入', unit: '元' }], '元', '人均收入')).toBe('人均居民收入');
    expect(withElidedPerHeadSubject([{ indicator: '居民收', unit: '元' }], '元', '人均收')).toBe('人均收');
  });

  it('a run of years written backwards or short is put in order', () => {
    expect(resolveYears('2025到2021年', { today }).span).toEqual({ from: 2021, to: 2025 });
    expect(resolveYears('2025–21年', { today }).span).toEqual({ from: 2021, to: 2025 });
  });

  it('two years written leave "前一年" read against today', () => {
    expect(resolveYears('2022年和2024年比 前一年的', { today }).years).toEqual([2022, 2024, 2025]);
  });

  it('a number after a decimal point and a digit is no amount of its own ("PM2.5")', () => {
    expect(scanNumbers('PM2.5浓度')).toEqual([]);
    expect(scanNumbers('1.5GW').map((m) => m.value)).toEqual([1.5]);
  });
});

describe('a thing named by its verb alone', () => {
  const cited = [cite('c1', '其中:前期项目195个,新开工项目118个,续建项目183个,决算项目38个。'), cite('c2', '全年计划新开工项目131个。')];
  const figures = [
    fig('c1', '前期项目', 195, '个'),
    fig('c1', '新开工项目', 118, '个'),
    fig('c1', '续建项目', 183, '个'),
    fig('c1', '决算项目', 38, '个'),
    fig('c2', '计划新开工项目', 131, '个'),
  ];

  it('is the figure whose name it opens (新开工项目), not one that only writes it (计划新开工项目)', () => {
    const lead = severalSubjectsLead(read('杭州24年市本级政府投资 前期、新开工、续建、决算四类 挨个报数'), figures, cited);
    expect(lead).toBe(
      '杭州市前期项目（目标）：195个 [1]；杭州市新开工项目（目标）：118个 [1]；杭州市续建项目（目标）：183个 [1]；杭州市决算项目（目标）：38个 [1]',
    );
  });

  it('with only a figure that writes it inside its name, it finds none of its own', () => {
    const lead = severalSubjectsLead(read('杭州24年市本级政府投资 前期、新开工 各几个'), [figures[0], figures[4]], cited);
    expect(lead).toBeNull();
  });
});
