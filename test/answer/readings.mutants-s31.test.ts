/**
 * Session 31's lines under mutation (docs/mutation-survivors.md, "Session 31, the session's changes"), on hand-built
 * figures and questions: the name that writes the size asked against a longer name shared, several things matched in the
 * question's shorthand, a share's change in points, a place's name written once.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';

const lead = (question: string, figures: ReturnType<typeof handFigure>[], ids: string[]) =>
  figureLead(
    asked(question, { wantsQuantity: true, years: [2024] }),
    figures,
    ids.map((id) => resultCitation(id, `${id}的句子`)),
  ) ?? '';

describe('a name writing the size asked, against a longer name shared', () => {
  it('the longer shared name leads, though the other writes 规模', () => {
    const figures = [
      handFigure('“金服云”服务实体融资', 1.58, '万亿元', { citationId: 'c1' }),
      handFigure('技改融资专项规模', 400, '亿元', { citationId: 'c3' }),
    ];
    expect(lead('福建金服云服务实体融资规模有多大', figures, ['c1', 'c2', 'c3'])).toContain('1.58万亿元');
  });

  it('the name writing the size leads when it shares as long a run, whatever is cited first', () => {
    const figures = [
      handFigure('设立基金', 20, '亿元', { citationId: 'c1' }),
      handFigure('省级母基金规模', 100, '亿元', { citationId: 'c2' }),
    ];
    expect(lead('省级母基金规模多大', figures, ['c1', 'c2'])).toContain('100亿元');
  });
});

describe('several things asked in the question’s shorthand', () => {
  const citations = [resultCitation('c1', '战略性新兴产业、高端装备制造业、高新技术产业增加值分别增长6.2%、5.7%和4.2%', '钱塘区')];
  const figures = [
    handFigure('高新技术产业增加值', 4.2, '%', { citationId: 'c1' }, '钱塘区'),
    handFigure('战略性新兴产业增加值', 6.2, '%', { citationId: 'c1' }, '钱塘区'),
    handFigure('高端装备制造业增加值', 5.7, '%', { citationId: 'c1' }, '钱塘区'),
  ];
  const led = (question: string) =>
    severalSubjectsLead(asked(question, { wantsQuantity: true, places: ['钱塘区'], years: [2024] }), figures, citations) ?? '';

  it('each in the order asked, 战新 read as 战略性新兴产业', () => {
    expect(led('钱塘24年战新 高端装备 高新技术这三块增加值 分别涨了多少')).toMatch(/6\.2%.*5\.7%.*4\.2%/);
  });

  it('the thing’s own word leads its line when no figure writes the shorthand', () => {
    expect(led('钱塘24年战新 高端装备 高新技术这三块增加值 分别涨了多少')).toMatch(/战略性新兴产业增加值/);
  });
});

describe('things listed with spaces, counted off', () => {
  it('only the spaces before the count divide them, and the span ends where the asking starts', () => {
    expect(askedSubjects('  甲项目 乙项目 丙项目这三类投资 各多少')).toEqual(['甲项目投资', '乙项目投资', '丙项目投资']);
    expect(askedSubjects('甲 乙这两个项目 分别多少')).toEqual(['甲项目', '乙项目']);
    // Joined things keep their joiners' reading, a count after them aside.
    expect(askedSubjects('甲、乙这两个项目 分别多少')).toEqual(['甲', '乙这两个项目']);
  });

  it('a shared head after 的 only when no earlier thing writes a 的 of its own', () => {
    expect(askedSubjects('建成和在建的过江通道各几座')).toEqual(['建成过江通道', '在建过江通道']);
    expect(askedSubjects('新建的学校和改建的医院各几所')).toEqual(['新建的学校', '改建的医院']);
  });
});

describe('a share’s change in points', () => {
  const figures = [
    handFigure('空气优良天数比例', 77.8, '%', { shape: 'share' }),
    handFigure('地表水优良水体比例', 4.6, '个百分点'),
    handFigure('出口额', 300, '亿元', { change: { direction: 'up', value: 0.5, unit: '个百分点' } }),
  ];
  const kept = (q: string) => preferAskedShape(q, figures).map((f) => f.indicator);

  it('keeps a figure in points and one whose change is in points, with the share', () => {
    expect(kept("How many points did Shandong's share of good water gain?")).toEqual(['地表水优良水体比例', '出口额']);
  });

  it('a share asked without points keeps the share only', () => {
    expect(kept("What is Shandong's share of good days?")).toEqual(['空气优良天数比例']);
  });
});

describe('a place’s name written once', () => {
  it('counts when any of its writings has the place word after it', () => {
    const names = new RomanisedNames(() => '蒙自在。蒙自市在发展蓝莓产业中。');
    expect(names.writtenAs('Mengzi')).toContain('蒙自');
  });

  it('not when the word after it is another', () => {
    expect(new RomanisedNames(() => '蒙自在发展蓝莓产业中。').writtenAs('Mengzi')).toEqual([]);
  });
});

describe('a result asked in English whose only figure in the unit asked is the plan’s', () => {
  const citations = [resultCitation('c1', '用好入境免签和240小时过境免签政策'), resultCitation('c3', '游客人数、旅游收入增长10%以上')];
  const figures = [
    handFigure('过境免签政策', 240, '小时', { citationId: 'c1', kind: 'target', period: '2025' }),
    handFigure('游客人数、旅游收入', 10, '%', { citationId: 'c3', period: '2025' }),
  ];
  const led = (question: string) =>
    figureLead(
      asked(question, {
        language: 'en',
        intent: 'result',
        wantsQuantity: true,
        years: [2025],
        searchText: `免签 过境 小时 旅游 ${question}`,
      }),
      figures,
      citations,
    ) ?? '';

  it('answers with the plan’s figure, labelled a target', () => {
    expect(led('shandong 2025: visa-free transit of how many hours is it leaning on for tourism?')).toMatch(/\(target\): 240小时/);
  });

  it('a result in the unit asked is still the answer', () => {
    const withResult = [...figures, handFigure('过境免签入境', 36, '小时', { citationId: 'c3', period: '2025' })];
    const line = figureLead(
      asked('visa-free transit of how many hours?', {
        language: 'en',
        intent: 'result',
        wantsQuantity: true,
        years: [2025],
        searchText: '免签 过境 小时',
      }),
      withResult,
      citations,
    );
    expect(line).toMatch(/36小时/);
  });
});

describe('a physical measure asked, no named figure in it', () => {
  const citations = [resultCitation('c1', '开通3条地铁新线、新增运营里程30公里，总里程达909公里', '北京市')];
  const figures = [
    handFigure('开通地铁新线', 3, '条', {}, '北京市'),
    handFigure('新增运营里程', 30, '公里', {}, '北京市'),
    handFigure('总里程', 909, '公里', {}, '北京市'),
  ];
  const led = (question: string) =>
    figureLead(asked(question, { wantsQuantity: true, years: [2024], places: ['北京市'] }), figures, citations) ?? '';

  it('the figure in that unit beside the named one answers it', () => {
    expect(led('北京24年新开通地铁多少公里')).toMatch(/新增运营里程（实绩）：30公里/);
  });

  it('a count asked keeps the named figure', () => {
    expect(led('北京24年新开通地铁多少条')).toMatch(/开通地铁新线（实绩）：3条/);
  });

  it('a named figure in the unit asked leads over the others in it', () => {
    expect(led('北京24年地铁总里程多少公里')).toMatch(/总里程（实绩）：909公里/);
  });
});

describe('output, of what it does not say', () => {
  it('a name sharing only 产量 with the question is not named by it', () => {
    const figures = [handFigure('无人机产量', 39, '%', { citationId: 'c1' })];
    const citations = [resultCitation('c1', '无人机产量增长39%')];
    expect(figureLead(asked('集成电路产量增长多少', { wantsQuantity: true, years: [2024] }), figures, citations) ?? '').not.toMatch(/39%/);
    expect(figureLead(asked('无人机产量增长多少', { wantsQuantity: true, years: [2024] }), figures, citations)).toMatch(/39%/);
  });
});

describe('a bare name whose sentence shares the question’s subject', () => {
  const citations = [
    resultCitation('c1', '推进星展银行等国际持牌金融机构落地，力争总量达到12家', '拱墅区'),
    resultCitation('c3', '新增托育机构6家', '拱墅区'),
  ];
  const figures = [
    handFigure('总量', 12, '家', { citationId: 'c1' }, '拱墅区'),
    handFigure('新增托育机构', 6, '家', { citationId: 'c3' }, '拱墅区'),
  ];
  const led = (question: string) => figureLead(asked(question, { wantsQuantity: true, years: [2024] }), figures, citations) ?? '';

  it('leads over a name sharing only a short word (机构)', () => {
    expect(led('持牌金融机构总量想做到几家')).toMatch(/总量（实绩）：12家/);
  });

  it('gives way to a name sharing the subject at length', () => {
    expect(led('新增托育机构总量几家')).toMatch(/新增托育机构（实绩）：6家/);
  });
});

describe('found in the final terminal trial', () => {
  it('one year asked: its own year’s target before the five-year plan’s that ends in it', () => {
    const figures = [
      handFigure('地区生产总值', 1600, '亿元', { citationId: 'c1', kind: 'target', period: '2021-2025' }, '钱塘区'),
      handFigure('地区生产总值', 5.6, '%', { citationId: 'c2', kind: 'target', period: '2025' }, '钱塘区'),
    ];
    const citations = [
      resultCitation('c1', '“十四五”时期地区生产总值突破1600亿元', '钱塘区'),
      resultCitation('c2', '地区生产总值增长5.6%左右', '钱塘区'),
    ];
    const led = (question: string, over: Parameters<typeof asked>[1]) =>
      figureLead(asked(question, { wantsQuantity: true, places: ['钱塘区'], intent: 'plan', ...over }), figures, citations) ?? '';
    expect(led('钱塘区2025年生产总值目标', { years: [2025] })).toMatch(/5\.6%/);
    expect(led('钱塘区2021到2025年生产总值目标', { years: [2021, 2025] })).toMatch(/1600亿元/);
  });

  it('things counted are not answered by money', () => {
    const figures = [handFigure('实际使用外资', 160.6, '亿美元')];
    const citations = [resultCitation('c1', '实际使用外资达到160.6亿美元')];
    expect(figureLead(asked('新增了多少家外资研发中心', { wantsQuantity: true, years: [2024] }), figures, citations)).toBeNull();
    expect(figureLead(asked('实际使用外资多少', { wantsQuantity: true, years: [2024] }), figures, citations)).toMatch(/160\.6亿美元/);
  });
});
