/**
 * Session 12 (issue 12): with no glossary indicator asked, a figure whose whole name the question writes leads over
 * one of an earlier citation that shares only a word of it.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['广东省']);
const ask = (q: string) => understandQuery(q, PLACES);
const citation = (id: string, sentence: string) => resultCitation(id, sentence, '广东省');

describe('a name the question writes whole', () => {
  it('leads over an earlier citation sharing one word of it', () => {
    const citations = [citation('c1', '新建森林城镇38个、森林乡村159个'), citation('c2', '累计完成林分优化1105万亩、森林抚育1111万亩')];
    const figures = [
      resultFigure('森林乡村', 159, '个', 'c1', '广东省'),
      resultFigure('林分优化', 1105, '万亩', 'c2', '广东省'),
      resultFigure('森林抚育', 1111, '万亩', 'c2', '广东省'),
    ];
    expect(figureLead(ask('广东森林抚育累计多少万亩'), figures, citations)).toContain('1111万亩');
  });

  it('leaves the citations their order when no name of three characters is written whole', () => {
    const citations = [citation('c1', '新建森林城镇38个、森林乡村159个'), citation('c2', '森林覆盖率53.4%')];
    const figures = [resultFigure('森林乡村', 159, '个', 'c1', '广东省'), resultFigure('森林覆盖率', 53.4, '%', 'c2', '广东省')];
    expect(figureLead(ask('广东森林建设怎么样，有多少'), figures, citations)).toContain('159个');
  });
});
