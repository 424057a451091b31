import { describe, expect, it } from 'vitest';
import { figureLead, writtenAsCumulative } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '上海市']);
const ask = (q: string) => understandQuery(q, PLACES);
const citation = (id: string, sentence: string) => resultCitation(id, sentence);
const figure = (indicator: string, value: number, unit: string, citationId: string) => resultFigure(indicator, value, unit, citationId);

describe('a running total asked ("累计多少")', () => {
  it('reads a value written after 累计 in its clause as a running total, and no other', () => {
    expect(writtenAsCumulative({ value: 120.5 }, '建成高标准农田8.9万亩、累计达到120.5万亩')).toBe(true);
    expect(writtenAsCumulative({ value: 8.9 }, '建成高标准农田8.9万亩、累计达到120.5万亩')).toBe(false);
    expect(writtenAsCumulative({ value: 204 }, '分别新增11个和27项，累计分别达到52个和204项')).toBe(true);
    expect(writtenAsCumulative({ value: 832 }, '“港车北上”累计832万辆次')).toBe(true);
    // another clause's number is no running total
    expect(writtenAsCumulative({ value: 30 }, '累计建成绿道2000公里，新增30公里')).toBe(false);
  });

  it('leads with the running total over the increment beside it, even of the same name', () => {
    const s = '建成高标准农田8.9万亩、累计达到120.5万亩';
    const figures = [figure('建成高标准农田', 8.9, '万亩', 'c1'), figure('建成高标准农田', 120.5, '万亩', 'c1')];
    expect(figureLead(ask('浙江高标准农田累计多少万亩'), figures, [citation('c1', s)])).toContain('120.5万亩');
    expect(figureLead(ask('浙江去年建成高标准农田多少万亩'), figures, [citation('c1', s)])).toContain('8.9万亩');
  });

  it('leads with the running total of a sentence cited second over a level of the sentence cited first', () => {
    const first = citation('c1', '849座公园实现24小时开放');
    const second = citation('c2', '新增公园141座、累计达到973座');
    const figures = [figure('公园', 849, '座', 'c1'), figure('新增公园', 141, '座', 'c2'), figure('公园', 973, '座', 'c2')];
    expect(figureLead(ask('浙江公园累计达到多少座'), figures, [first, second])).toContain('973座');
  });
});
