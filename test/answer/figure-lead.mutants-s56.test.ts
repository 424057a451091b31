import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation, resultFigure } from '../support/hand-built-evidence.js';

/** Session 56: a count of times asked in its unit ("几场次", "多少万辆次"), on hand-built evidence. */

const PLACES = knownPlaces(['浙江省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-07') });

describe('a count of times asked in its unit', () => {
  // The job fairs' count in 场 cited first, the events' count in 场次 second.
  const citations = [resultCitation('c1', '开展各类招聘服务活动不少于40场'), resultCitation('c2', '全年举办消费季系列活动20场次以上')];
  const figures = [resultFigure('开展各类招聘服务活动', 40, '场', 'c1'), resultFigure('举办消费季系列活动', 20, '场次', 'c2')];

  it('"几场次" leads with the figure in 场次, not the one in 场 cited first', () => {
    expect(figureLead(ask('浙江活动办几场次'), figures, citations)).toContain('20场次');
  });

  it('"几场" leads with the figure in 场', () => {
    expect(figureLead(ask('浙江活动办几场'), figures, citations)).toContain('40场');
  });

  // The vehicles' count written without 次 ("2813.8万辆"), a count of the same thing in 架 cited first.
  const vehicleCitations = [resultCitation('c1', '抵离口岸的交通工具达50万架'), resultCitation('c2', '抵离口岸的交通工具达2813.8万辆')];
  const vehicleFigures = [resultFigure('抵离口岸的交通工具', 50, '万架', 'c1'), resultFigure('抵离口岸的交通工具', 2813.8, '万辆', 'c2')];

  it('"多少万辆次" is answered by the count the report writes in 万辆, not the 万架 cited first', () => {
    expect(figureLead(ask('浙江口岸交通工具多少万辆次'), vehicleFigures, vehicleCitations)).toContain('2813.8万辆');
  });

  it('"多少万架次" by the one in 万架', () => {
    expect(figureLead(ask('浙江口岸交通工具多少万架次'), vehicleFigures, vehicleCitations)).toContain('50万架');
  });
});

describe('a count of times: only where none is written with 次', () => {
  // The events' count in 万场次 cited first this time, the job fairs' count in 场 second.
  const citations = [resultCitation('c1', '全年举办消费季系列活动2万场次'), resultCitation('c2', '开展各类招聘服务活动不少于40场')];
  const figures = [resultFigure('举办消费季系列活动', 2, '万场次', 'c1'), resultFigure('开展各类招聘服务活动', 40, '场', 'c2')];

  it('"几场" leads with the figure in 场, not the 万场次 cited first', () => {
    expect(figureLead(ask('浙江活动办几场'), figures, citations)).toContain('40场');
  });

  const reversed = [resultCitation('c1', '开展各类招聘服务活动不少于40场'), resultCitation('c2', '全年举办消费季系列活动2万场次')];
  const reversedFigures = [resultFigure('开展各类招聘服务活动', 40, '场', 'c1'), resultFigure('举办消费季系列活动', 2, '万场次', 'c2')];

  it('"几场次" leads with the 万场次 written with 次, not the 场 cited first', () => {
    expect(figureLead(ask('浙江活动办几场次'), reversedFigures, reversed)).toContain('2万场次');
  });
});

describe('the increment and the running total asked together', () => {
  const both = ask('浙江24年新增全国重点实验室几家 累计多少家');
  const citations = [resultCitation('c1', '新增全国重点实验室18家、累计38家'), resultCitation('c2', '全国重点实验室40家')];
  const increment = handFigure('新增全国重点实验室', 18, '家');

  it('both lead, the increment and the total its sentence gives the same thing, not the other figure beside them', () => {
    const figures = [increment, handFigure('全国重点实验室', 38, '家'), handFigure('新增重大科技成果', 110, '项')];
    const lead = figureLead(both, figures, citations) ?? '';
    expect(lead).toMatch(/新增全国重点实验室（实绩）：18家 \[1\]；浙江省2024年全国重点实验室（实绩）：38家 \[1\]/);
    expect(lead).not.toContain('110项');
  });

  it('only the increment asked: the increment alone', () => {
    const figures = [increment, handFigure('全国重点实验室', 38, '家')];
    expect(figureLead(ask('浙江24年新增全国重点实验室几家'), figures, citations)).not.toContain('38家');
  });

  it('no partner of another citation, unit, kind or thing, nor a second increment', () => {
    for (const [what, partner] of [
      ['citation', handFigure('全国重点实验室', 40, '家', { citationId: 'c2' })],
      ['unit', handFigure('全国重点实验室', 38, '个')],
      ['kind', handFigure('全国重点实验室', 38, '家', { kind: 'target' })],
      ['thing', handFigure('省重点实验室', 38, '家')],
      ['increment', handFigure('新建全国重点实验室', 38, '家')],
    ] as const) {
      expect(figureLead(both, [increment, partner], citations), what).not.toContain('；');
    }
  });
});

describe('the increment and the running total, asked of two places', () => {
  it("each place leads with its own figure: no partner of the first place takes the second place's turn", () => {
    const query = understandQuery('浙江和江苏24年新增全国重点实验室几家 累计多少家', knownPlaces(['浙江省', '江苏省']), {
      today: new Date('2026-12-07'),
    });
    const citations = [
      resultCitation('c1', '新增全国重点实验室18家、累计38家'),
      resultCitation('c2', '新增全国重点实验室10家、累计44家', '江苏省'),
    ];
    const figures = [
      handFigure('新增全国重点实验室', 18, '家'),
      handFigure('全国重点实验室', 38, '家'),
      handFigure('新增全国重点实验室', 10, '家', { citationId: 'c2' }, '江苏省'),
      handFigure('全国重点实验室', 44, '家', { citationId: 'c2' }, '江苏省'),
    ];
    expect(figureLead(query, figures, citations)).toBe(
      '浙江省2024年全国重点实验室（实绩）：38家 [1]；江苏省2024年全国重点实验室（实绩）：44家 [2]',
    );
  });
});
