/**
 * Session 41's lead choices on hand-built figures and citations (no index): what a thing is numbered, of the asked year; a
 * thing set aside by its number; a rank named by a whole phrase an English question was read as; a whole name its words
 * make together; where a figure started, asked with a year. Mutation run of session 41 (stryker.s41.json); the engine
 * cases are in test/answer/questions-s41.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['福建省', '北京市', '安徽省', '湖南省', '上海市']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-06') });
const at =
  (district: string) =>
  (indicator: string, value: number, unit: string, over: Partial<Figure> = {}) =>
    handFigure(indicator, value, unit, over, district);

describe('what a thing is numbered, of the asked year', () => {
  const fig = at('福建省');
  const unit = (value: number, period: string, citationId: string) =>
    fig('宁德核电', value, '号机组', { period, citationId, shape: 'attribute', kind: period === '2025' ? 'target' : 'actual' });
  const figures = [unit(6, '2024', 'c1'), unit(5, '2025', 'c2')];
  const citations = [
    resultCitation('c1', '宁德核电6号机组开工建设。', '福建省'),
    resultCitation('c2', '推进宁德核电5号机组建设。', '福建省'),
  ];

  it('"25年…是几号机组": the 2025 plan’s 5号机组, not the result cited first', () => {
    expect(figureLead(ask('福建25年推进建设的宁德核电 是几号机组'), figures, citations)).toMatch(/宁德核电：5号机组 \[2\]$/);
  });

  it('no year asked: the first cited (6号机组)', () => {
    expect(figureLead(ask('福建宁德核电是几号机组'), figures, citations)).toMatch(/宁德核电：6号机组 \[1\]$/);
  });

  it('an attribute not asked (a measure word carried) is no answer of the year: the named count leads', () => {
    const carried: UnderstoodQuery = { ...ask('钱塘24年落地的高层次人才创业项目多少条'), unitCarried: '条' };
    const lead = figureLead(
      carried,
      [
        handFigure('人才新政', 30, '条', { shape: 'attribute', citationId: 'c1' }, '钱塘区'),
        handFigure('落地高层次人才创业项目', 61, '个', { citationId: 'c1' }, '钱塘区'),
      ],
      [resultCitation('c1', '迭代出台“人才新政30条”,落地高层次人才创业项目61个。', '钱塘区')],
    );
    expect(lead).toMatch(/61个/);
  });
});

describe('a thing set aside by its number', () => {
  const fig = at('北京市');
  const figures = [fig('一期', 3, '号线', { shape: 'attribute' }), fig('开通', 12, '号线', { shape: 'attribute' })];
  const citations = [resultCitation('c1', '开通3号线一期、12号线、昌平线南延一期等3条轨道新线。', '北京市')];

  it('"跟3号线一期一块儿开通的 还有哪条": 12号线', () => {
    expect(figureLead(ask('北京24年跟3号线一期一块儿开通的 还有哪条整线 几号线'), figures, citations)).toMatch(/：12号线 \[1\]$/);
  });

  it('asked without setting it aside: the first (3号线)', () => {
    expect(figureLead(ask('北京24年的新线是几号线'), figures, citations)).toMatch(/：3号线 \[1\]$/);
  });
});

describe('English: a whole phrase or a whole name', () => {
  const fig = at('安徽省');
  const ranks = [
    fig('光储产业综合竞争力评价', 3, '位', { qualifier: '全国第', citationId: 'c1' }),
    fig('平安中国建设考评', 4, '位', { qualifier: '全国第', citationId: 'c2' }),
  ];
  const citations = [
    resultCitation('c1', '光储产业综合竞争力评价居全国第3位。', '安徽省'),
    resultCitation('c2', '平安中国建设考评居全国第4位。', '安徽省'),
  ];

  it('a rank named by the phrase read whole ("Peaceful China") leads, whatever is cited first', () => {
    expect(figureLead(ask('Where did Anhui rank in the Peaceful China assessment?'), ranks, citations)).toMatch(
      /平安中国建设考评.*第4位 \[2\]$/,
    );
  });

  it('asked no rank, the phrase sets no figure before the citations’ order', () => {
    const counts = [fig('光储产业', 300, '家', { citationId: 'c1' }), fig('平安中国示范县', 12, '个', { citationId: 'c2' })];
    const lead = figureLead(ask('How many Peaceful China model counties does Anhui have?'), counts, citations);
    expect(lead ?? '').not.toMatch(/300家/);
  });

  it('"supercomputing capacity": 超算算力, the name its words make together, over 智能算力 sharing as much', () => {
    const hunan = at('湖南省');
    const figures = [
      hunan('总算力', 7000, 'PF', { citationId: 'c1' }),
      hunan('智能算力', 2000, 'PF', { citationId: 'c1' }),
      hunan('超算算力', 223, 'PF', { citationId: 'c1' }),
    ];
    // Its readings word by word, 超算 and 算力, share as much with each name.
    const query: UnderstoodQuery = {
      ...ask("hunan's supercomputing capacity in 2024, PF?"),
      searchText: "超算 算力 hunan's supercomputing capacity in 2024, pf?",
      englishCompounds: ['超算算力'],
    };
    const cited = [resultCitation('c1', '总算力突破7000PF，智能算力达2000PF，超算算力达223PF。', '湖南省')];
    expect(figureLead(query, figures, cited)).toMatch(/超算算力 \(actual\): 223PF/);
    // Without the whole name (or one of two characters, too short to set a name apart), the readings word by word decide.
    expect(figureLead({ ...query, englishCompounds: [] }, figures, cited)).not.toMatch(/223PF/);
    expect(figureLead({ ...query, englishCompounds: ['算力'] }, figures, cited)).not.toMatch(/223PF/);
  });
});

describe('where a figure started, asked with a year', () => {
  const fig = at('上海市');
  const figures = [
    fig('跨部门综合监管事项', 91, '个', { period: '2025' }),
    fig('跨部门综合监管事项', 39, '个', { period: '2025', qualifier: '从' }),
  ];
  const citations = [resultCitation('c1', '跨部门综合监管事项从39个拓展到91个。', '上海市')];

  it('"从几个扩到了几个": from 39 to 91', () => {
    expect(figureLead(ask('上海去年跨部门综合监管事项从几个扩到了几个'), figures, citations)).toMatch(/从39个到91个 \[1\]$/);
  });

  it('asked how many now: 91 alone', () => {
    expect(figureLead(ask('上海去年跨部门综合监管事项有多少个'), figures, citations)).toMatch(/：91个 \[1\]$/);
  });

  it('a start led alone is never its own start ("从10位到从10位")', () => {
    const start = [fig('全社会研发投入强度', 10, '位', { qualifier: '从', period: '2021-2025' })];
    const lead = figureLead(ask('安徽十四五时期研发投入强度排名怎么变的'), start, citations) ?? '';
    expect(lead).not.toMatch(/从.*到从/);
  });
});

describe('session 41, the second run’s survivors', () => {
  it('a thing set aside by its number only: the name beside it shares nothing ("跟3号线一期一块儿投用的")', () => {
    const fig = at('北京市');
    const figures = [fig('一期', 3, '号线', { shape: 'attribute' }), fig('开通', 12, '号线', { shape: 'attribute' })];
    const citations = [resultCitation('c1', '开通3号线一期、12号线、昌平线南延一期等3条轨道新线。', '北京市')];
    expect(figureLead(ask('北京24年跟3号线一期一块儿投用的 还有哪条整线 几号线'), figures, citations)).toMatch(/：12号线 \[1\]$/);
  });

  it('a whole name of three characters counts, as MIN_WHOLE_NAME says', () => {
    const hunan = at('湖南省');
    const figures = [hunan('智能算力', 2000, 'PF'), hunan('超算力规模', 223, 'PF')];
    const query: UnderstoodQuery = {
      ...ask("hunan's supercomputing capacity in 2024, PF?"),
      searchText: '算力 hunan capacity',
      englishCompounds: ['超算力'],
    };
    const cited = [resultCitation('c1', '智能算力达2000PF，超算力规模达223PF。', '湖南省')];
    expect(figureLead(query, figures, cited)).toMatch(/223PF/);
    // One of two characters sets no name apart: the readings word by word decide (a tie: the first).
    expect(figureLead({ ...query, englishCompounds: ['超算'] }, figures, cited)).toMatch(/2000PF/);
  });

  it('asked no rank, a rank pair keeps neither its value reached nor its start', () => {
    const fig = at('安徽省');
    const pair = [
      fig('全社会研发投入强度', 7, '位', { qualifier: '全国第', period: '2021-2025' }),
      fig('全社会研发投入强度', 10, '位', { qualifier: '从', period: '2021-2025' }),
    ];
    const cited = [resultCitation('c1', '全社会研发投入强度从全国第10位升至第7位。', '安徽省')];
    expect(figureLead(ask('安徽十四五时期研发投入强度多少'), pair, cited)).toBeNull();
  });

  it('where it started is the pair’s own start, not the first other figure of the sentence', () => {
    const fig = at('上海市');
    const figures = [
      fig('信用修复', 12, '个', { period: '2025' }),
      fig('跨部门综合监管事项', 91, '个', { period: '2025' }),
      fig('跨部门综合监管事项', 39, '个', { period: '2025', qualifier: '从' }),
    ];
    const citations = [resultCitation('c1', '信用修复12个，跨部门综合监管事项从39个拓展到91个。', '上海市')];
    expect(figureLead(ask('上海去年跨部门综合监管事项从几个扩到了几个'), figures, citations)).toMatch(
      /跨部门综合监管事项（实绩）：从39个到91个/,
    );
  });

  it('a start with no value reached beside it is said once, never as its own start', () => {
    const fig = at('上海市');
    const lead = figureLead(
      ask('上海去年跨部门综合监管事项从几个扩到了几个'),
      [fig('跨部门综合监管事项', 39, '个', { period: '2025', qualifier: '从' })],
      [resultCitation('c1', '跨部门综合监管事项从39个拓展。', '上海市')],
    );
    expect(lead ?? '').not.toMatch(/到/);
  });

  it('an attribute of the asked year leads only when an attribute is asked: a carried measure word asks none', () => {
    const carried: UnderstoodQuery = { ...ask('钱塘24年落地的高层次人才创业项目多少条'), unitCarried: '条' };
    const lead = figureLead(
      carried,
      [
        handFigure('人才新政', 30, '条', { shape: 'attribute', citationId: 'c1', period: '2024' }, '钱塘区'),
        handFigure('落地高层次人才创业项目', 61, '个', { citationId: 'c1', period: '2023' }, '钱塘区'),
      ],
      [resultCitation('c1', '迭代出台“人才新政30条”,落地高层次人才创业项目61个。', '钱塘区')],
    );
    expect(lead).toMatch(/61个/);
  });

  it('an English question that asks no rank: the phrase read whole leads no figure over the citations’ order', () => {
    const fig = at('安徽省');
    const figures = [fig('平安建设投入', 50, '亿元', { citationId: 'c1' }), fig('平安中国示范县', 12, '个', { citationId: 'c2' })];
    const citations = [resultCitation('c1', '平安建设投入50亿元。', '安徽省'), resultCitation('c2', '创建平安中国示范县12个。', '安徽省')];
    expect(figureLead(ask('How much did Anhui put into Peaceful China work?'), figures, citations)).not.toMatch(/12个/);
  });
});
