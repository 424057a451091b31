/**
 * Session 23's several things asked at once (answer/several-subjects.ts; stryker.s23.json), on hand-built figures and
 * citations, no engine: the words every thing shares before the things (山东巴黎奥运会加残奥会) choose each thing's own
 * figure, the place and the year aside; two parts each asking their own figure split even with a closing comma.
 */
import { describe, expect, it } from 'vitest';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const ask = (q: string, place: string) => understandQuery(q, knownPlaces([place]), { today });
const fig = (indicator: string, value: number, unit: string, citationId: string, district: string): Figure =>
  ({ indicator, value, unit, period: '2024', kind: 'actual', district, citationId }) as Figure;

describe('the words every thing shares choose each thing’s own figure', () => {
  const place = '山东省';
  const citations = [
    resultCitation('c1', '三大球比赛获得金牌3块、银牌5块、铜牌7块', place),
    resultCitation('c2', '巴黎奥运会山东健儿勇夺金牌8块、银牌9块、铜牌6块', place),
  ];
  const figures = [
    fig('三大球比赛金牌', 3, '块', 'c1', place),
    fig('三大球比赛银牌', 5, '块', 'c1', place),
    fig('三大球比赛铜牌', 7, '块', 'c1', place),
    fig('巴黎奥运会金牌', 8, '块', 'c2', place),
    fig('巴黎奥运会银牌', 9, '块', 'c2', place),
    fig('巴黎奥运会铜牌', 6, '块', 'c2', place),
  ];

  it('leads the Paris Games’ medals, each its own, though the other games’ are cited first', () => {
    const lead = severalSubjectsLead(ask('山东巴黎奥运会加残奥会 金牌、银牌、铜牌各几块', place), figures, citations) ?? '';
    expect(lead).toMatch(/8块.*9块.*6块/);
    for (const other of ['3块', '5块', '7块']) expect(lead).not.toContain(other);
  });
});

describe('the place written in the shared words is every figure’s, no word of the things', () => {
  const place = '上海市';
  const citations = [
    resultCitation('a', '上海市森林公园达到10个', place),
    resultCitation('b', '新增森林3.1万亩，建成高标准农田8.8万亩', place),
  ];

  it('leads 新增森林, not a figure that shares only the place with the words before the things', () => {
    const lead =
      severalSubjectsLead(
        ask('上海24年新增森林和高标准农田分别多少亩', place),
        [
          fig('上海市森林公园', 10, '个', 'a', place),
          fig('新增森林', 3.1, '万亩', 'b', place),
          fig('建成高标准农田', 8.8, '万亩', 'b', place),
        ],
        citations,
      ) ?? '';
    expect(lead).toMatch(/新增森林.*3\.1万亩.*高标准农田.*8\.8万亩/);
    expect(lead).not.toContain('10个');
  });
});

describe('a run of two characters with the shared words is enough, one is not', () => {
  it('leads 奥运银牌 over the other games’ silver cited first: the two shared characters 奥运 choose it', () => {
    const place = '山东省';
    const citations = [resultCitation('c1', '三大球比赛获得金牌3块、银牌5块', place), resultCitation('c2', '奥运金牌8块、银牌9块', place)];
    const lead =
      severalSubjectsLead(
        ask('山东奥运 金牌和银牌各几块', place),
        [
          fig('三大球比赛金牌', 3, '块', 'c1', place),
          fig('三大球比赛银牌', 5, '块', 'c1', place),
          fig('奥运金牌', 8, '块', 'c2', place),
          fig('奥运银牌', 9, '块', 'c2', place),
        ],
        citations,
      ) ?? '';
    expect(lead).toMatch(/8块.*9块/);
    expect(lead).not.toMatch(/3块|5块/);
  });

  it('leaves a thing’s figures as they were when none shares two characters with the shared words', () => {
    const place = '江苏省';
    const citations = [resultCitation('c1', '城市公园达到120个，绿道总长500公里', place), resultCitation('c2', '新增口袋公园30个', place)];
    const lead =
      severalSubjectsLead(
        ask('江苏今年新建公园和绿道各多少', place),
        [fig('城市公园', 120, '个', 'c1', place), fig('绿道', 500, '公里', 'c1', place), fig('新增口袋公园', 30, '个', 'c2', place)],
        citations,
      ) ?? '';
    expect(lead).toMatch(/120个.*500公里/);
    expect(lead).not.toContain('30个');
  });
});

describe('two things each asked with its own ask word', () => {
  it('splits though the question ends on a comma', () => {
    expect(askedSubjects('北京今年滨水空间开放几处，绿道新建多少公里，')).toEqual(['北京今年滨水空间开放几处', '绿道新建多少公里']);
  });
});
