import { describe, expect, it } from 'vitest';
import { englishLexicon, reportWordingsOf, translateContentWords } from '../../src/lang/en/english-lexicon.js';

describe("the reports' senses of dictionary words", () => {
  it('come before the dictionary headwords', () => {
    expect(englishLexicon().get('cover')?.[0]).toBe('覆盖');
    expect(englishLexicon().get('scrap')?.slice(0, 2)).toEqual(['淘汰', '报废']);
  });

  it('translate a word the dictionary gives only in another sense', () => {
    const written = new Set(['覆盖', '盖子']);
    const found = translateContentWords('insurance cover', {
      timesWritten: (zh) => (written.has(zh) ? 1 : 0),
      lexicon: { get: (k) => (k === 'cover' ? englishLexicon().get('cover') : undefined) },
    });
    expect(found).toEqual([{ english: 'cover', chinese: ['覆盖', '盖子'] }]);
  });

  it("give a glossary word's other report wordings", () => {
    expect(reportWordingsOf('college graduates')).toContain('高校毕业生');
    // "students" is the glossary's 学生 (not 大学生): students are no graduates.
    expect(reportWordingsOf('students')).toEqual([]);
  });
});
