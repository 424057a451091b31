import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';
import { scanNumbers } from '../../src/lang/zh/numbers/index.js';
import { isKeywordQuestion, withKeywordQuantity } from '../../src/understand/keyword-question.js';
import { nationalTrendPlace } from '../../src/understand/national-trend.js';
import { govCorpusEngine } from '../support/engine.js';

/** How the questions a user tripped on in the terminal chat (session 9) are read; today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

describe('pinyin initials in an English question', () => {
  it('are a place in lowercase right before an indicator name or a colon', () => {
    expect(expandPinyinInitialsInEnglish('zj gdp 2024')).toBe('Zhejiang gdp 2024');
    expect(expandPinyinInitialsInEnglish('ah retail sales growth 2025')).toBe('Anhui retail sales growth 2025');
    expect(expandPinyinInitialsInEnglish('sd: life expectancy')).toBe('Shandong: life expectancy');
  });

  it('stay words before anything else', () => {
    expect(expandPinyinInitialsInEnglish('ah ok, what about gdp')).toBe('ah ok, what about gdp');
    expect(expandPinyinInitialsInEnglish('my sd card')).toBe('my sd card');
    expect(expandPinyinInitialsInEnglish('js gdpr rules')).toBe('js gdpr rules');
  });

  it('make the place and "last yr" the year', () => {
    const q = engine.understand('sh gdp last yr', { today });
    expect(q.places).toEqual(['上海市']);
    expect(q.years).toEqual([2025]);
  });
});

describe('a question of names only', () => {
  it('asks the figures it names, in English or Chinese', () => {
    for (const question of [
      'zj gdp 2024',
      'shandong: life expectancy and skilled workers?',
      'sh gdp last yr',
      '山东24年进出口总额',
      '浙江 GDP 2024',
      '拱墅区2025年一季度GDP',
      // A place name one slip off a known one stands for it (session 11).
      '江书2025年GDP',
      'zhejaing gdp 2024',
    ]) {
      const q = engine.understand(question, { today });
      expect(isKeywordQuestion(q), question).toBe(true);
      expect(withKeywordQuantity(q).wantsQuantity, question).toBe(true);
    }
  });

  it("with no year, asks the latest result, not the next plan's target", async () => {
    for (const question of ['江苏GDP', 'zhejiang gdp']) {
      expect(withKeywordQuantity(engine.understand(question, { today })).intent, question).toBe('result');
      const answer = await engine.ask(question, { today });
      expect(answer.figures[0]?.kind, question).toBe('actual');
      expect(answer.figures[0]?.period, question).toBe('2025');
    }
    // A year named keeps the question's own reading.
    expect(withKeywordQuantity(engine.understand('江苏2026年GDP', { today })).intent).toBe('any');
  });

  it('is not one with any other word, nor one naming no indicator', () => {
    for (const question of [
      'why did zhejiang gdp slow in 2024',
      'zhejiang priorities 2026',
      'zhejiang 2024',
      '浙江GDP为什么放缓',
      '拱墅区2025年',
    ]) {
      expect(isKeywordQuestion(engine.understand(question, { today })), question).toBe(false);
    }
  });
});

describe('the country read for a trend that names no place', () => {
  it('when only the national reports state the indicator and a trend or span is asked', () => {
    expect(nationalTrendPlace(engine.understand('超长期特别国债这两年各发多少', { today }), engine.figureTable)).toBe('国务院');
  });

  it('never when a place is named, no trend is asked, or provinces state the indicator too', () => {
    expect(nationalTrendPlace(engine.understand('超长期特别国债发了多少', { today }), engine.figureTable)).toBeNull();
    expect(nationalTrendPlace(engine.understand('浙江超长期特别国债这两年各发多少', { today }), engine.figureTable)).toBeNull();
    expect(nationalTrendPlace(engine.understand('GDP这几年的走势', { today }), engine.figureTable)).toBeNull();
  });

  it('answers year by year, as the engine did before the hook moved', async () => {
    const answer = await engine.ask('超长期特别国债这两年各发多少', { today });
    // "这两年" is read as 2024–2025 and said so; the two years' verdict follows them.
    expect(answer.text.split('\n')[0]).toBe(
      '（这两年 = 2024–2025年）全国超长期特别国债逐年（目标）：2024年 1万亿元 [1]；2025年 1.3万亿元 [2]。2025年高于2024年',
    );
  });
});

describe('numbers with a space between thousands groups', () => {
  it('are one number ("3 000万元" is 3000万元, not 3 and 0万元)', () => {
    expect(scanNumbers('投入3 000万元').map((m) => m.value)).toEqual([30_000_000]);
    expect(scanNumbers('共12\u2009345.6万元').map((m) => m.value)).toEqual([123_456_000]);
    expect(scanNumbers('新增1\u00a0200家').map((m) => m.value)).toEqual([1200]);
  });

  it('are not joined when they stand in columns or are no three-digit groups', () => {
    expect(scanNumbers('12 345 678 9').map((m) => m.value)).toEqual([12, 345, 678, 9]);
    expect(scanNumbers('2023 2024').map((m) => m.value)).toEqual([2023, 2024]);
    expect(scanNumbers('共 12 345 个').map((m) => m.value)).toEqual([12, 345]);
  });
});

describe('a comparison follow-up after a question about a size', () => {
  it('compares sizes, naming the side without one, not growth rates', async () => {
    const line = (await engine.ask('跟浙江比呢', { today, history: ['江苏去年经济总量多少'] })).text.split('\n')[0];
    expect(line).toContain('14.2万亿元');
    expect(line).toContain('没有浙江省');
    expect(line).not.toContain('5.3%');
  });

  it('still compares growth after a question about growth', async () => {
    const line = (await engine.ask('跟浙江比呢', { today, history: ['江苏去年GDP增长多少'] })).text.split('\n')[0];
    expect(line).toContain('5.3%');
    expect(line).toContain('5.5%');
  });
});
