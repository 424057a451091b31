import { describe, expect, it } from 'vitest';
import { englishLexicon, translateContentWords } from '../../src/lang/en/english-lexicon.js';

// Homes, flats and apartments are counted in the reports as 套 of 住房 / 安置房, not 家园 or 平板.
describe('housing words read in their report sense', () => {
  it.each(['home', 'flat', 'apartment'])('%s is housing first', (word) => {
    expect(englishLexicon().get(word)?.slice(0, 3)).toEqual(['住房', '安置房', '套']);
  });

  it('a plural reads as its singular, the dictionary sense dropped', () => {
    const written = new Set(['住房', '套', '家园']);
    const found = translateContentWords('redevelopment homes', {
      timesWritten: (zh) => (written.has(zh) ? 1 : 0),
      lexicon: englishLexicon(),
    });
    const homes = found.find((f) => f.english === 'homes');
    expect(homes?.chinese).toContain('住房');
    expect(homes?.chinese).not.toContain('家园');
  });

  it('"handed over" is 交付', () => {
    expect(englishLexicon().get('handed over')?.[0]).toBe('交付');
  });
});
