import { describe, expect, it } from 'vitest';
import { askedResidentQualifier, namesResidentQualifier } from '../../src/lang/zh/resident-qualifiers.js';
import { asksWhichPlace, asksWhichYear } from '../../src/lang/zh/superlative-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { SECTOR_SHORTHANDS, withSectorIndicators } from '../../src/lang/zh/sector-shorthands.js';
import { comparesWithYearBefore } from '../../src/lang/zh/year-comparison-words.js';

describe('comparesWithYearBefore', () => {
  it.each([
    '上海居民收入2025年比上年高多少',
    '2025年GDP较去年快还是慢',
    '2025年比上年多了多少',
    '社零2025年比去年多吗',
    '2025年与上年相比高还是低',
  ])('%s sets a year against the one before', (q) => expect(comparesWithYearBefore(q)).toBe(true));

  it.each(['上海2025年GDP比上年增长多少', '2025年GDP是多少', '2025年比2024年高多少'])('%s does not', (q) =>
    expect(comparesWithYearBefore(q)).toBe(false),
  );
});

describe('resident qualifiers', () => {
  it('a question naming one kind of residents asks that kind only', () => {
    expect(askedResidentQualifier('浙江农村居民收入增速2025年比2024年快还是慢')?.word).toBe('农村');
    expect(askedResidentQualifier('杭州城镇居民人均可支配收入')?.word).toBe('城镇');
  });

  it('both kinds, or none, ask no one kind', () => {
    expect(askedResidentQualifier('城镇和农村居民收入各是多少')).toBeNull();
    expect(askedResidentQualifier('城乡居民收入')).toBeNull();
    expect(askedResidentQualifier('居民人均可支配收入')).toBeNull();
    // 城镇 of another indicator is no resident qualifier.
    expect(askedResidentQualifier('城镇调查失业率是多少')).toBeNull();
  });

  it('a figure is of the asked residents only when its name says so', () => {
    const rural = askedResidentQualifier('农村居民收入')!;
    expect(namesResidentQualifier('农村居民人均可支配收入', rural)).toBe(true);
    expect(namesResidentQualifier('城镇居民人均可支配收入', rural)).toBe(false);
    expect(namesResidentQualifier('居民人均可支配收入', rural)).toBe(false);
  });
});

describe('asksWhichYear', () => {
  it.each(['近几年全国GDP增速哪一年最高', '哪年增长最快', 'Which year had the highest growth?'])('%s ranks years', (q) =>
    expect(asksWhichYear(q)).toBe(true),
  );
  it.each(['哪个省GDP最高', '2025年哪个区增长最快'])('%s does not', (q) => expect(asksWhichYear(q)).toBe(false));
});

describe('sector shorthands', () => {
  it.each(SECTOR_SHORTHANDS.map((row) => [row.example, row] as const))('rewrites its example %s', (example, row) => {
    expect(withSectorIndicators(example)).toContain(row.indicator);
  });

  it('names each sector of a list with a shared growth word, in order', () => {
    expect(withSectorIndicators('山东2025年工业、服务业、社零增速分别是多少')).toBe(
      '山东2025年规上工业增加值、服务业增加值、社零增速分别是多少',
    );
  });

  it('leaves compounds and narrower sectors alone', () => {
    for (const q of ['工业投资增长多少', '现代服务业增长多少', '工业增加值增长多少', '工业和信息化发展', '规上工业增加值增速'])
      expect(withSectorIndicators(q)).toBe(q);
  });
});

describe('全国 in a question that asks which place', () => {
  const PLACES = knownPlaces(['国务院', '山东省', '上海市']);
  const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });

  it('is the field the place ranks in, not the country asked about', () => {
    expect(read('哪个省是全国第三个GDP超10万亿的').places).toEqual([]);
    expect(read('进出口总额连续39年全国第一的是哪').places).toEqual([]);
    expect(asksWhichPlace('全国第一个经济总量破5万亿的城市是哪个')).toBe(true);
  });

  it('is still the country when no place is asked for, or no rank', () => {
    expect(read('全国GDP排第几').places).toEqual(['国务院']);
    expect(read('全国2025年GDP是多少').places).toEqual(['国务院']);
    expect(read('哪个省GDP增速高于全国').places).toEqual(['国务院']);
  });
});
