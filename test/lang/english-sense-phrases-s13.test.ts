import { describe, expect, it } from 'vitest';
import { reportSensePhrases, translateContentWords } from '../../src/lang/en/english-lexicon.js';

describe("the reports' wordings of English phrases the dictionary reading cannot read whole", () => {
  const phrases = reportSensePhrases(['school', 'cut', 'metro']).map((t) => t.en[0]);

  it('lists a phrase holding a stop word, a shorter glossary term, or longer than a dictionary key', () => {
    expect(phrases).toContain('processing time'); // "time" is a stop word
    expect(phrases).toContain('cut cost'); // "cut" is a glossary term (下降)
    expect(phrases).toContain('regular high school'); // three words
  });

  it('leaves a phrase of two content words to the dictionary reading', () => {
    expect(phrases).not.toContain('river section');
    expect(phrases).not.toContain('power generation');
  });
});

describe('a word the reports word their own way reads only as they do', () => {
  const lexicon = {
    get: (key: string) => (key === 'long' ? ['总长', '多头', '长度'] : undefined),
    reportSenses: (key: string) => (key === 'long' ? ['总长', '长度'] : []),
  };
  const written = (zh: string) => ({ 总长: 3, 多头: 9, 长度: 0 })[zh] ?? 0;

  it("takes the report senses the reports write, not the dictionary's other senses", () => {
    expect(translateContentWords('how long', { lexicon, timesWritten: written })[0].chinese).toEqual(['总长']);
  });

  it('falls back to the dictionary when the reports write none of its senses', () => {
    const none = (zh: string) => (zh === '多头' ? 2 : 0);
    expect(translateContentWords('how long', { lexicon, timesWritten: none })[0].chinese).toEqual(['多头']);
  });
});
