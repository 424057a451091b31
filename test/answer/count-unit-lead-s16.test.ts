import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';
import { govFirstLine } from '../support/engine.js';

const PLACES = knownPlaces(['浙江省', '上海市']);
const ask = (q: string) => understandQuery(q, PLACES);

describe('a count asked in its unit leads with a figure in that unit, whichever citation gives it', () => {
  // Money of the same subject cited first ("为经营主体减负2500亿元"), the count cited second.
  const citations = [resultCitation('c1', '为经营主体减负2500亿元以上'), resultCitation('c2', '全省经营主体达1163.7万户、增长6.3%')];
  const figures = [resultFigure('为经营主体减负', 2500, '亿元', 'c1'), resultFigure('经营主体', 1163.7, '万户', 'c2')];

  it('English: "How many market entities…" is the count in 户', () => {
    expect(figureLead(ask('How many market entities does Zhejiang have?'), figures, citations)).toContain('1163.7万户');
  });

  it('Chinese: "有多少户" too', () => {
    expect(figureLead(ask('浙江经营主体有多少户'), figures, citations)).toContain('1163.7万户');
  });

  it('no unit asked: the citation order stands', () => {
    expect(figureLead(ask('浙江经营主体减负多少'), figures, citations)).toContain('2500');
  });
});

describe('on the work reports', () => {
  it('"How many market entities does Zhejiang have?" leads with 1163.7万户', async () => {
    expect(await govFirstLine('How many market entities does Zhejiang have?', new Date('2026-12-01'))).toContain('1163.7万户');
  }, 180_000);
});
