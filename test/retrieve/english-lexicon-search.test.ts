import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { govCorpusEngine } from '../support/engine.js';

const PLACES = knownPlaces(['广东省', '上海市', '江苏省', '北京市', '国务院']);
const TODAY = { today: new Date('2026-12-02') };

describe("an English question's words the glossary does not know", () => {
  it('search in the Chinese the reports write, phrases before words', () => {
    const written = new Set(['冷链', '独角兽', '自行车']);
    const query = understandQuery('beijing unicorn companies cold chain bikes', PLACES, {
      ...TODAY,
      timesWritten: (zh) => (written.has(zh) ? 1 : 0),
    });
    expect(query.places).toEqual(['北京市']);
    expect(query.searchText).toContain('独角兽');
    expect(query.searchText).toContain('冷链');
    // The place is no content word; the glossary's words (companies → 企业) are not looked up again;
    // "cold chain" is one phrase, not "cold" and "chain".
    expect(query.lexiconTranslations).toEqual([
      { english: 'unicorn', chinese: ['独角兽'] },
      { english: 'cold chain', chinese: ['冷链'] },
      { english: 'bikes', chinese: ['自行车'] },
    ]);
  });

  it('leave a Chinese question alone', () => {
    const query = understandQuery('北京独角兽企业有多少家', PLACES, TODAY);
    expect(query.lexiconTranslations).toEqual([]);
  });
});

describe('English questions over the 20 work reports', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  }, 180_000);

  it('find the sentence that writes the translated word', async () => {
    // 独角兽 is no glossary word: the dictionary's Chinese for "unicorn" finds it.
    const answer = await engine.ask('beijing unicorn companies', TODAY);
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].sentence).toContain('独角兽企业');
  });

  it('refuse a subject whose Chinese the reports never write', async () => {
    // 商店 is written (离境退税商店), 咖啡 is not.
    expect((await engine.ask('How many coffee shops are in Shanghai?', TODAY)).notFound).toBe(true);
  });

  it('read a noun before a verb', async () => {
    // "host" read as 接待 answered with 接待游客人次.
    expect((await engine.ask('How many marathons did Jiangsu host?', TODAY)).notFound).toBe(true);
  });
});
