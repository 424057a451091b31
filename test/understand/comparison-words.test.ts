import { describe, expect, it } from 'vitest';
import { askedResidentQualifier, namesResidentQualifier } from '../../src/lang/zh/resident-qualifiers.js';
import { asksWhichYear } from '../../src/lang/zh/superlative-words.js';
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
