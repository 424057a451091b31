import { describe, expect, it } from 'vitest';
import { englishLexicon, singular, translateContentWords } from '../../src/lang/en/english-lexicon.js';

/** A small lexicon in the file's shape, so the rules are tested apart from the dictionary's data. */
const LEXICON = new Map<string, string[]>([
  ['retail', ['零售']],
  ['sale', ['销售', '营收']],
  ['retail sale', ['门市']],
  ['loan', ['贷款', '借款']],
  ['service trade', ['服务贸易']],
  ['service', ['服务', '业务']],
  ['trade', ['行业', '商业', '贸易']],
  ['coffee', ['咖啡']],
  ['shop', ['商店']],
  ['guangdong', ['广东']],
]);

describe('English lexicon made from CC-CEDICT', () => {
  it('holds the report nouns a reader asks in English, the common sense first', () => {
    const lexicon = englishLexicon();
    expect(lexicon.get('loan')?.[0]).toBe('贷款');
    expect(lexicon.get('retail')).toContain('零售');
    expect(lexicon.get('tourist')?.[0]).toBe('游客');
    expect(lexicon.get('smartphone')).toContain('智能手机');
    expect(lexicon.get('service')?.[0]).toBe('服务');
    // A verb's sense comes after the nouns': "host" is 主人 before it is 接待.
    expect(lexicon.get('host')?.[0]).toBe('主人');
    // No proper names: places are the glossary's.
    expect(lexicon.get('guangdong')).toBeUndefined();
    // Headwords of 2-6 Chinese characters, at most 10 a key (the reports' rarer senses: "track" keeps 跑道 beside 轨道).
    for (const key of ['loan', 'service', 'trade', 'host', 'tourist', 'sale', 'export', 'industry']) {
      const chinese = lexicon.get(key) ?? [];
      expect(chinese.length).toBeLessThanOrEqual(10);
      for (const zh of chinese) expect(zh).toMatch(/^[\u4e00-\u9fff]{2,6}$/);
    }
  });

  it('makes plurals singular the simple way', () => {
    expect(singular('loans')).toBe('loan');
    expect(singular('industries')).toBe('industry');
    expect(singular('businesses')).toBe('business');
    expect(singular('branches')).toBe('branch');
    expect(singular('logistics')).toBe('logistics');
    expect(singular('status')).toBe('status');
    expect(singular('gas')).toBe('gas');
  });

  it('translates content words, phrases before their words, never stop words or excluded places', () => {
    const found = translateContentWords('What were the Guangdong loans and services trade in 2024?', {
      lexicon: LEXICON,
      exclude: new Set(['guangdong']),
    });
    expect(found).toEqual([
      { english: 'loans', chinese: ['贷款', '借款'] },
      { english: 'services trade', chinese: ['服务贸易'] },
    ]);
  });

  it('keeps the headwords the reports write, the most written first, and drops a phrase whose Chinese they never write', () => {
    const written: Record<string, number> = { 零售: 40, 销售: 12, 营收: 3, 行业: 30, 贸易: 80, 商店: 2 };
    const timesWritten = (zh: string) => written[zh] ?? 0;
    expect(translateContentWords('retail sales', { lexicon: LEXICON, timesWritten })).toEqual([
      { english: 'retail', chinese: ['零售'] },
      { english: 'sales', chinese: ['销售', '营收'] },
    ]);
    expect(translateContentWords('trade', { lexicon: LEXICON, timesWritten })[0].chinese).toEqual(['贸易', '行业']);
    // A word the dictionary knows whose Chinese the reports never write stays, untranslated.
    expect(translateContentWords('coffee shops', { lexicon: LEXICON, timesWritten })).toEqual([
      { english: 'coffee', chinese: [] },
      { english: 'shops', chinese: ['商店'] },
    ]);
  });

  it('reads nothing from a question of stop words only', () => {
    expect(translateContentWords('How much was it last year?', { lexicon: LEXICON })).toEqual([]);
  });
});
