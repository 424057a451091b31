import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';
import { asked } from '../support/hand-built-query.js';

/** Session 57's survivors: a follow-up's side in its own year; a count of times asked beside a count in its measure. */

const today = new Date('2026-12-07');

describe("a follow-up's side in its own year", () => {
  const earlier = asked('钱塘25年新建成中小学、幼儿园几所', { places: ['钱塘区'], years: [2025], wantsQuantity: true });
  const withNote = { ...earlier, yearNotes: [{ phrase: '25年', year: 2025 }] };

  it("an earlier year after the follow-up's: the years in order, each side its own, both notes kept", () => {
    const out = readInConversation(
      asked('跟杭州24年比呢', { places: ['杭州市'], years: [2024], yearNotes: [{ phrase: '24年', year: 2024 }] }),
      withNote,
    );
    expect(out.years).toEqual([2024, 2025]);
    expect(out.sideYears).toEqual([[2025], [2024]]);
    expect(out.yearNotes.map((n) => n.phrase)).toEqual(['25年', '24年']);
  });

  it('two years talked of before, or two asked now, set no side apart', () => {
    const two = { ...earlier, years: [2024, 2025] };
    expect(readInConversation(asked('跟杭州23年比呢', { places: ['杭州市'], years: [2023] }), two).sideYears).toBeUndefined();
    expect(
      readInConversation(asked('跟杭州23年和24年比呢', { places: ['杭州市'], years: [2023, 2024] }), earlier).sideYears,
    ).toBeUndefined();
  });

  it('a follow-up naming a place talked of beside a new one sets no side apart', () => {
    const out = readInConversation(asked('跟钱塘和杭州24年比呢', { places: ['钱塘区', '杭州市'], years: [2024] }), earlier);
    expect(out.sideYears).toBeUndefined();
  });
});

describe('a count of times asked, and a count in a magnitude', () => {
  const places = knownPlaces(['钱塘区']);
  const citations = [resultCitation('c1', '开展招聘活动40场', '钱塘区'), resultCitation('c2', '举办系列活动20场次', '钱塘区')];
  const figures = [
    handFigure('活动', 40, '场', { citationId: 'c1' }, '钱塘区'),
    handFigure('活动', 20, '场次', { citationId: 'c2' }, '钱塘区'),
  ];
  const lead = (q: string) => figureLead(understandQuery(q, places, { today }), figures, citations);

  it('"几场次" is the count written with 次; "几场" the first cited', () => {
    expect(lead('钱塘2024年活动办了几场次')).toBe('钱塘区2024年活动（实绩）：20场次 [2]');
    expect(lead('钱塘2024年活动办了几场')).toBe('钱塘区2024年活动（实绩）：40场 [1]');
  });
});

describe('an English name before a kind of place', () => {
  const places = knownPlaces(['浙江省']);
  const read = (q: string) => understandQuery(q, places, { today });

  it('a word of the dictionary before city is no place ("sponge city"), asked alone too', () => {
    expect(read('sponge city pilots 2025, how many').unknownPlaces).toEqual([]);
    expect(read('capital city gdp 2025').unknownPlaces).toEqual([]);
  });

  it('beside a place found or an unknown place read already, no second unknown place', () => {
    expect(read('zhejiang and gyantse county: tourists in 2025').unknownPlaces).toEqual([]);
    expect(read('shenzhen city gdp 2025').unknownPlaces).toEqual(['深圳市']);
  });

  it('a Chinese question is not read so', () => {
    expect(read('玉门 yumen city 2025年风电装机多少').unknownPlaces).not.toContain('Yumen City');
  });
});
