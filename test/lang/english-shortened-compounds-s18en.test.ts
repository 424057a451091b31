/**
 * Session 18 (English helper): the reports shorten a two-character head noun to its first character after its
 * modifier (海外 + 仓库 → 海外仓); two English words side by side read that compound when the whole one is not
 * written. Report senses for common words whose dictionary headwords miss the reports' sense.
 */
import { describe, expect, it } from 'vitest';
import { composedHeadwords, englishLexicon, translateContentWords } from '../../src/lang/en/english-lexicon.js';

const LEXICON = new Map<string, string[]>([
  ['overseas', ['海外', '国外']],
  ['warehouse', ['仓库']],
  ['logistics', ['物流']],
  ['cost', ['成本']],
]);
const TIMES: Record<string, number> = { 海外: 9, 国外: 2, 仓库: 1, 海外仓: 3, 物流: 9, 成本: 20, 物流成本: 3, 物流成: 2 };
const written = (zh: string) => TIMES[zh] ?? 0;

describe('a head noun shortened after its modifier', () => {
  it('"overseas warehouses" reads 海外仓 when 海外仓库 is not written', () => {
    expect(composedHeadwords(['overseas', 'warehouses'], LEXICON, written)).toEqual(['海外仓']);
    expect(translateContentWords('overseas warehouses', { lexicon: LEXICON, timesWritten: written })[1].chinese[0]).toBe('海外仓');
  });

  it('the whole compound, when written, is read instead', () => {
    expect(composedHeadwords(['logistics', 'costs'], LEXICON, written)).toEqual(['物流成本']);
  });

  it('nothing when neither is written', () => {
    expect(composedHeadwords(['overseas', 'warehouses'], LEXICON, () => 0)).toEqual([]);
  });
});

describe('report senses of common words', () => {
  it('reads the reports’ sense first', () => {
    const lexicon = englishLexicon();
    expect(lexicon.get('plant')?.[0]).toBe('工厂');
    expect(lexicon.get('treatment')?.[0]).toBe('处理');
    expect(lexicon.get('venue')?.[0]).toBe('场馆');
    expect(lexicon.get('affordable')?.[0]).toBe('保障性');
    expect(lexicon.get('sample')?.[0]).toBe('抽检');
    expect(lexicon.get('divert')?.[0]).toBe('引调');
  });
});

describe('report senses of words the reports write their own way (s18en)', () => {
  it('volume, spend, science and technology, charger', () => {
    const lexicon = englishLexicon();
    expect(lexicon.get('volume')?.[0]).toBe('业务量');
    expect(lexicon.get('spend')?.[0]).toBe('投入');
    expect(lexicon.get('charger')?.[0]).toBe('充电设施');
  });
});

describe('a modifier joined to its head with 性 (s18en)', () => {
  it('"local regulations" reads 地方性法规 when the reports write it', () => {
    const lexicon = new Map<string, string[]>([
      ['affordable', ['保障']],
      ['housing', ['住房']],
    ]);
    const times: Record<string, number> = { 保障: 5, 住房: 9, 保障性住房: 4 };
    expect(composedHeadwords(['affordable', 'housing'], lexicon, (zh) => times[zh] ?? 0)).toEqual(['保障性住房']);
  });

  it('"local" is a qualifier of the name: 地方性 before its noun', () => {
    const read = translateContentWords('local regulations', {
      lexicon: new Map([['regulation', ['法规']]]),
      timesWritten: (zh) => ({ 法规: 9, 地方性法规: 3 })[zh] ?? 0,
    });
    expect(read[0].chinese[0]).toBe('地方性法规');
  });
});
