import { describe, expect, it } from 'vitest';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';

const LEXICON = new Map<string, string[]>([
  ['afforestation', ['植树造林']],
  ['coffee', ['咖啡']],
  ['renovate', ['修缮', '重新装修']],
]);
const REPORTS = '全年完成造林绿化19万亩，老旧小区修缮完工1225个，装修';
const timesWritten = (zh: string) => REPORTS.split(zh).length - 1;

describe('a dictionary compound the reports write only in part', () => {
  it('is read as its written halves when no whole headword is written', () => {
    expect(translateContentWords('jiangsu afforestation last year', { lexicon: LEXICON, timesWritten })).toEqual([
      { english: 'afforestation', chinese: ['造林'] },
    ]);
  });

  it('is not split when a whole headword is written', () => {
    expect(translateContentWords('renovate', { lexicon: LEXICON, timesWritten })).toEqual([{ english: 'renovate', chinese: ['修缮'] }]);
  });

  it('leaves a word none of whose headwords or halves the reports write untranslated', () => {
    expect(translateContentWords('coffee', { lexicon: LEXICON, timesWritten })).toEqual([{ english: 'coffee', chinese: [] }]);
  });
});
