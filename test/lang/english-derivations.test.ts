import { describe, expect, it } from 'vitest';
import { derivationBases } from '../../src/lang/en/english-derivations.js';
import { type LexiconLookup, translateContentWords } from '../../src/lang/en/english-lexicon.js';

describe('derivationBases', () => {
  it('gives the words a derived noun is made from, by its ending', () => {
    expect(derivationBases('consumption')).toContain('consume');
    expect(derivationBases('investment')).toContain('invest');
    expect(derivationBases('production')).toEqual(expect.arrayContaining(['product', 'produce']));
    expect(derivationBases('exporter')).toContain('export');
  });

  it('gives none for short or underived words', () => {
    expect(derivationBases('trade')).toEqual([]);
    expect(derivationBases('grain')).toEqual([]);
    expect(derivationBases('tourism')).toEqual([]);
  });
});

describe('a derived word read with its base', () => {
  const lexicon: LexiconLookup = new Map<string, string[]>([
    ['consumption', ['摄入', '结核']],
    ['consume', ['消费', '消耗']],
  ]);
  const written = new Map([
    ['消费', 120],
    ['结核', 1],
    ['消耗', 3],
  ]);

  it("takes the base's Chinese, the reports' commonest first", () => {
    const [t] = translateContentWords('consumption', { lexicon, timesWritten: (zh) => written.get(zh) ?? 0 });
    expect(t.chinese[0]).toBe('消费');
    expect(t.chinese).not.toContain('摄入');
  });

  it('leaves a word the dictionary does not know unread, whatever its base', () => {
    const withCompute: LexiconLookup = new Map<string, string[]>([['compute', ['计算']]]);
    expect(translateContentWords('computing', { lexicon: withCompute, timesWritten: () => 1 })).toEqual([]);
  });

  it('keeps a word with no base as it was', () => {
    const [t] = translateContentWords('consume', { lexicon, timesWritten: (zh) => written.get(zh) ?? 0 });
    expect(t.chinese).toEqual(['消费', '消耗']);
  });
});
