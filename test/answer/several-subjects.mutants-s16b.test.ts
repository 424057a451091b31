/**
 * Several things asked at once by name (src/answer/several-subjects.ts, new in session 16), on hand-built
 * figures and citations (no index): how a question is cut into the things asked, which thing a figure goes to,
 * and when no lead of several is given. Written from the code before its mutation run (session 16, lead's changes).
 */
import { describe, expect, it } from 'vitest';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const citation = resultCitation('c1', '建成过江通道4座、在建8座。');
const count = (indicator: string, value: number, unit = '座') => resultFigure(indicator, value, unit, 'c1');

describe('askedSubjects: the things asked', () => {
  it('are the parts between the joiners, each with the shared head noun after the last 的', () => {
    expect(askedSubjects('江苏建成和在建的过江通道各几座')).toEqual(['江苏建成过江通道', '在建过江通道']);
    expect(askedSubjects('江苏建成和在建的过江通道分别是多少')).toEqual(['江苏建成过江通道', '在建过江通道']);
  });

  it('keep every character of the last part when no 的 gives them a head noun', () => {
    expect(askedSubjects('新建学校、医院、养老院分别多少所')).toEqual(['新建学校', '医院', '养老院']);
    expect(askedSubjects('学校和医院各有几所')).toEqual(['学校', '医院']);
  });

  it('take the head noun after the last 的 of the last part, the earlier 的 staying in it', () => {
    expect(askedSubjects('建成和在建的大型的过江通道各几座')).toEqual(['建成过江通道', '在建的大型过江通道']);
  });

  it('leave out the empty parts of joiners written side by side or first', () => {
    expect(askedSubjects('学校和、医院各有几所')).toEqual(['学校', '医院']);
    expect(askedSubjects('和学校与医院各有几所')).toEqual(['学校', '医院']);
  });

  it('are none with one thing only, or no question of each', () => {
    expect(askedSubjects('和学校各有几所')).toEqual([]);
    expect(askedSubjects('学校各有几所')).toEqual([]);
    expect(askedSubjects('学校和医院有几所')).toEqual([]);
  });
});

describe('severalSubjectsLead: each thing its own figure', () => {
  const query = ask('浙江建成和在建的过江通道各几座');

  it('leads each thing’s figure in the order asked, joined by the separator', () => {
    expect(severalSubjectsLead(query, [count('在建', 8), count('建成过江通道', 4)], [citation])).toBe(
      '浙江省2024年建成过江通道（实绩）：4座 [1]；浙江省2024年在建（实绩）：8座 [1]',
    );
  });

  it('asks each thing as the question asks it: the unit asked chooses among a thing’s figures', () => {
    // Both of 在建's figures share all of 在建过江通道 with it; 多少个 puts the count before the length listed first.
    const lead = severalSubjectsLead(
      ask('浙江建成和在建的过江通道各有多少个'),
      [count('建成过江通道', 4, '个'), count('在建过江通道长度', 120, '公里'), count('在建过江通道数', 8, '个')],
      [citation],
    );
    expect(lead).toContain('在建过江通道数（实绩）：8个');
    expect(lead).not.toContain('公里');
  });

  it('takes a figure sharing two characters with a thing, not one sharing one', () => {
    const school = ask('浙江学校和医院各有多少');
    expect(severalSubjectsLead(school, [count('学校', 4, '所'), count('医院', 8, '家')], [citation])).toBe(
      '浙江省2024年学校（实绩）：4所 [1]；浙江省2024年医院（实绩）：8家 [1]',
    );
    // 小学生 shares only 学 with 学校: no figure of the schools, so no lead of several.
    expect(severalSubjectsLead(school, [count('小学生', 4, '人'), count('医院', 8, '家')], [citation])).toBeNull();
  });

  it('leads three things, each figure going to the one thing it shares most with', () => {
    const three = ask('浙江新建学校、医院、养老院分别多少所');
    expect(severalSubjectsLead(three, [count('新建学校', 20, '所'), count('医院', 8, '所'), count('养老院', 5, '所')], [citation])).toBe(
      '浙江省2024年新建学校（实绩）：20所 [1]；浙江省2024年医院（实绩）：8所 [1]；浙江省2024年养老院（实绩）：5所 [1]',
    );
  });

  it('gives a figure both things name alike to neither', () => {
    const school = ask('浙江学校和医院各有多少');
    expect(severalSubjectsLead(school, [count('学校医院', 4, '所'), count('医院', 8, '家')], [citation])).toBeNull();
  });

  it('is none when only one thing finds a figure', () => {
    expect(severalSubjectsLead(query, [count('建成过江通道', 4)], [citation])).toBeNull();
  });

  it('is none when the question names glossary indicators: those are answered part by part elsewhere', () => {
    const named = ask('浙江GDP和投资各有多少');
    expect(named.indicators.length).toBeGreaterThan(0);
    expect(severalSubjectsLead(named, [count('浙江GDP', 9, '万亿元'), count('投资额', 3, '万亿元')], [citation])).toBeNull();
  });

  it('is none when the question joins no things', () => {
    expect(severalSubjectsLead(ask('浙江过江通道各几座'), [count('过江通道', 4)], [citation])).toBeNull();
  });
});
