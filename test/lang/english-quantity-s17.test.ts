import { describe, expect, it } from 'vitest';
import { asksQuantityInEnglish } from '../../src/lang/zh/english-indicator-verbs.js';
import { englishLexicon } from '../../src/lang/en/english-lexicon.js';

describe('English asks a length or a distance as a number (s17)', () => {
  it.each(['How long is Shanghai’s metro network?', 'How far does the new expressway reach?', 'how wide is the river channel now'])(
    '%s asks a number',
    (question) => {
      expect(asksQuantityInEnglish(question)).toBe(true);
    },
  );

  it('a question with no such word asks none this way', () => {
    expect(asksQuantityInEnglish('What did Beijing say about the metro?')).toBe(false);
    // "belong" holds "long" but is no "how long".
    expect(asksQuantityInEnglish('Which park does it belong to?')).toBe(false);
  });
});

describe('report senses of common English words (s17)', () => {
  it('"world" reads 全球 first (全球首个), "pass" 突破 (a threshold passed), "park" the reports’ 科技园 too', () => {
    const lexicon = englishLexicon();
    expect(lexicon.reportSenses?.('world')[0]).toBe('全球');
    expect(lexicon.reportSenses?.('pass')).toContain('突破');
    expect(lexicon.reportSenses?.('park')).toContain('科技园');
  });
});
