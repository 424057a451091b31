import { describe, expect, it } from 'vitest';
import { englishIndicator } from '../../src/answer/english-names.js';

describe("a figure's English name in an English lead", () => {
  it("names an indicator by the glossary's English, as before", () => {
    expect(englishIndicator('地区生产总值')).toBe('GDP');
    expect(englishIndicator('外贸出口')).toBe('Exports');
  });

  it("names a report noun by the glossary's English terms", () => {
    expect(englishIndicator('民间投资')).toBe('Private Investment');
    expect(englishIndicator('发明专利授权量')).toBe('Invention Patent Grants');
  });

  it('names a noun with a measure word after it, the measure in English', () => {
    expect(englishIndicator('民间投资占比')).toBe('Private Investment Share');
  });

  it('gives no English for a measure alone or a name the glossary does not know', () => {
    expect(englishIndicator('增长')).toBeNull();
    expect(englishIndicator('占比')).toBeNull();
    expect(englishIndicator('持牌金融机构')).toBeNull();
  });
});
