import { describe, expect, it } from 'vitest';
import { periodScore } from '../../src/retrieve/period-match.js';
import { clip } from '../../src/figures/indicator-naming.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { writesOwnSubject } from '../../src/understand/side-years.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { extractFigures } from '../../src/figures/extract.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { currentAgainstLast } from '../../src/answer/kinds/last-two-compared.js';
import type { Answer, Citation, Figure } from '../../src/answer/schema.js';

/**
 * Session 34's mutation survivors (stryker.s34.json), each given a hand-built input that tells the mutant from the code
 * (docs/mutation-survivors.md, "Session 34, the session's changes").
 */
const today = new Date('2026-12-05');
const read = (q: string) => understandQuery(q, knownPlaces(['杭州市', '福建省', '钱塘区', '国务院']), { today });

describe('a five-year plan answering one of its years', () => {
  const plan = (norm = '') => ({ period: '2026-2030', kind: 'plan' as const, norm });
  const asked = (year: number, intent: 'plan' | 'any' | 'result') => ({ years: [year], planPeriod: null, part: null, intent });
  it('asked as a plan: its last year 0.4, its first 0.15, a year between 0', () => {
    expect(periodScore(plan(), asked(2030, 'plan'))).toBe(0.4);
    expect(periodScore(plan(), asked(2026, 'plan'))).toBe(0.15);
    expect(periodScore(plan(), asked(2028, 'plan'))).toBe(0);
  });
  it('asked with no intent: its first year only', () => {
    expect(periodScore(plan(), asked(2030, 'any'))).toBe(0);
    expect(periodScore(plan(), asked(2028, 'any'))).toBe(0);
  });
  it('a year outside the plan, a single year, a review: nothing', () => {
    expect(periodScore(plan(), asked(2025, 'plan'))).toBe(0);
    expect(periodScore(plan(), asked(2031, 'plan'))).toBe(0);
    expect(periodScore({ period: '2026', kind: 'plan', norm: '' }, asked(2027, 'plan'))).toBe(0);
    expect(periodScore({ period: '2026-2030', kind: 'result', norm: '' }, asked(2026, 'plan'))).toBe(0);
  });
});

describe('a long name cut inside quotes', () => {
  const tail19 = '补充地铁口非机动车泊位资源供给能力提升';
  it('a closing quote first in the kept tail: the words after it', () => {
    expect(clip(`“甲乙丙”${tail19}`)).toBe(tail19);
  });
  it('a quoted name whole inside the tail is kept with its quotes', () => {
    expect(clip(`甲乙丙丁戊己“地铁口50米共停”补充泊位资源供给能力`)).toBe('丙丁戊己“地铁口50米共停”补充泊位资源供给能力'.slice(-20));
    expect(clip('甲乙“地铁口50米共停共享”补充泊位资源供给')).toBe('“地铁口50米共停共享”补充泊位资源供给');
  });
  it('two characters after the quote are a name; one is not', () => {
    expect(clip('“甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未”资源')).toBe('资源');
    expect(clip('“甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申”源')).toBe('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申”源'.slice(-20));
  });
});

describe('全国 as a word of a list’s name, beside 全国 as the place', () => {
  it('the country named again outside the list is still asked', () => {
    expect(read('全国文化企业30强 全国一共有多少家').places).toEqual(['国务院']);
    expect(read('全国文化企业30强 杭州有几家').places).toEqual(['杭州市']);
  });
});

describe('a side’s own subject', () => {
  it('four characters of subject are enough; three and an asking particle are not', () => {
    expect(writesOwnSubject('上海绿道网络呢', ['上海'])).toBe(true);
    expect(writesOwnSubject('上海绿道网呢', ['上海'])).toBe(false);
    expect(writesOwnSubject('上海绿道网吗', ['上海'])).toBe(false);
  });
  it('only Chinese characters count', () => {
    expect(writesOwnSubject('山东123个项', ['山东'])).toBe(false);
  });
});

describe('a policy package named by the words before its quotes', () => {
  const named = (sentence: string) =>
    attributeFigures(
      { sentence, citationId: 'c1', period: '2024', district: '上海市', kind: 'result', source: 'text' },
      attributesAsked('多少条'),
    ).map((f) => f.indicator);
  it('two characters before the quotes name it; one does not', () => {
    expect(named('实施减负“20条”等政策。')).toEqual(['减负政策']);
    expect(named('实施甲“20条”等政策。')).toEqual(['政策']);
  });
  it('only a leading 等 is dropped', () => {
    expect(named('出台“20条”平等就业政策。')).toEqual(['平等就业政策']);
  });
});

describe('a name typed in two words', () => {
  it('"101个市重点项目 投资完成率" names the second completion rate of the sentence', () => {
    const figures = extractFigures({
      sentence: '15个省“千项万亿”工程项目投资完成率174.7%，101个市重点项目投资完成率超180%。',
      citationId: 'c1',
      period: '2024',
      district: '钱塘区',
      kind: 'result',
      source: 'text',
    });
    const citation = { id: 'c1', district: '钱塘区', year: 2025, period: '2024', kind: 'result', sentence: '' } as Citation;
    const lead = figureLead(read('钱塘24年那101个市重点项目 投资完成率超过多少'), figures, [citation]);
    expect(lead).toMatch(/市重点项目投资完成率.*180%/);
  });
});

describe('a question of its own place after a conversation', () => {
  it('takes no year of the conversation’s unless it points at it', () => {
    const earlier = read('福建24年开工改造的老旧小区有多少万户');
    expect(readInConversation(read('杭州新增停车位多少个'), earlier).years).toEqual([]);
  });
});

describe('the thing asked set against the answer just given', () => {
  const citation = (id: string, sentence: string) =>
    ({
      id,
      docId: 'd',
      title: 't',
      district: '杭州市',
      year: 2024,
      period: '2023',
      kind: 'result',
      section: '',
      paragraph: 1,
      sentence,
    }) as never as Citation;
  const figure = (value: number, indicator: string, citationId: string) =>
    ({ indicator, value, unit: '个', valueInBaseUnit: value, kind: 'actual', period: '2023', district: '杭州市', citationId }) as Figure;
  const answer = (line: string, c: Citation, f: Figure) =>
    ({
      question: '',
      notFound: false,
      text: `${line}\n报告原文：\n[1] ${c.sentence}`,
      citations: [c],
      figures: [f],
      priorities: [],
    }) as never as Answer;
  const c1 = citation('c1', '停车位18288个，补充泊位资源1700个。');
  const now = answer('杭州市2023年补充泊位资源（实绩）：1700个 [1]', c1, figure(1700, '补充泊位资源', 'c1'));
  const last = answer('杭州市2023年停车位（实绩）：18288个 [1]', c1, figure(18288, '停车位', 'c1'));
  const query = read('补的泊位比这少多少');
  it('both figures, and which is more', async () => {
    const compared = await currentAgainstLast(query, ['杭州23年停车位多少个'], now, async () => last);
    expect(compared?.text.split('\n')[0]).toMatch(/1700个 \[1\]；.*18288个 \[1\]。后者更多/);
  });
  it('the answer just given is asked again in its own place in the conversation', async () => {
    const asked: [string, readonly string[]][] = [];
    await currentAgainstLast(query, ['杭州23年停车位多少个', '停车位加了多少个'], now, async (q, h) => {
      asked.push([q, h]);
      return last;
    });
    expect(asked).toEqual([['停车位加了多少个', ['杭州23年停车位多少个']]]);
  });
  it('a side that states no figure: nothing to set against', async () => {
    const refused = { ...now, notFound: true } as Answer;
    expect(await currentAgainstLast(query, ['杭州23年停车位多少个'], refused, async () => last)).toBeNull();
    expect(await currentAgainstLast(query, ['杭州23年停车位多少个'], now, async () => refused)).toBeNull();
  });
  it('no answer before it, or the same figure again: nothing to set against', async () => {
    expect(await currentAgainstLast(query, [], now, async () => last)).toBeNull();
    expect(await currentAgainstLast(query, ['杭州23年泊位多少个'], now, async () => now)).toBeNull();
  });
});
