/**
 * Session 23's English lines (english-lexicon.ts' generic headword, english-topic-coverage.ts' swapped wording;
 * stryker.s23.json), on the dictionary the bot ships and hand-written passages.
 */
import { describe, expect, it } from 'vitest';
import { englishLexicon } from '../../src/lang/en/english-lexicon.js';
import { writes } from '../../src/retrieve/english-topic-coverage.js';

describe('a phrase’s generic headword is no reading of it', () => {
  it('drops the generic part of a two-word phrase with only two readings (chemical reaction: 化学反应, not 反应)', () => {
    const readings = englishLexicon().get('chemical reaction');
    expect(readings).toContain('化学反应');
    expect(readings).not.toContain('反应');
  });

  it('keeps every reading of a single word, even one inside another (classmate: 同学 beside 同班同学)', () => {
    expect(englishLexicon().get('classmate')).toEqual(expect.arrayContaining(['同学', '同班', '同班同学']));
    expect(englishLexicon().get('condescend')).toEqual(expect.arrayContaining(['屈尊', '俯就']));
  });

  it('keeps readings of a phrase that sit inside no other (account number: 账号 and 帐号)', () => {
    expect(englishLexicon().get('account number')).toEqual(expect.arrayContaining(['账号', '帐号']));
    expect(englishLexicon().get('at least')).toEqual(expect.arrayContaining(['至少', '最少']));
  });

  it('keeps a reading inside another when what the other adds reads no word of the phrase (略字 in 缩略字)', () => {
    expect(englishLexicon().get('abbreviated character')).toEqual(expect.arrayContaining(['略字', '缩略字']));
  });
});

describe('only a four-character Chinese wording is read with its two words swapped', () => {
  it('reads no three-character wording turned round (新能源 in 资源新能力)', () => {
    expect(writes('盘活资源新能力', '新能源')).toBe(false);
  });

  it('reads no wording with a letter or digit turned round (5G网络 in 网络5G)', () => {
    expect(writes('建成网络5G基站', '5G网络')).toBe(false);
  });
});
