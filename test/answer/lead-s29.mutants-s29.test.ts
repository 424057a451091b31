/**
 * Session 29's mutation run (stryker.s29.json): the target named for a result asked in English, an English first line
 * without a kind, the count noun's dashes, the sense phrases' cache key and the interchangeable words of a question.
 */
import { describe, expect, it } from 'vitest';
import { termNamingTarget } from '../../src/answer/figure-lead.js';
import { message } from '../../src/answer/messages.js';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { reportSensePhrases } from '../../src/lang/en/english-lexicon.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure } from '../support/hand-built-evidence.js';

describe('the target named for a result asked in English', () => {
  it('is the longest whole term a target writes, whichever the search text reads first', () => {
    const pipes = handFigure('新建改造生活污水地下管网', 2000, '公里', { kind: 'target' });
    expect(termNamingTarget({ searchText: '地下管网 生活污水地下管网' }, [pipes])).toBe('生活污水地下管网');
  });

  it('is none when the search text holds no Chinese reading', () => {
    expect(termNamingTarget({ searchText: 'how many' }, [handFigure('新增公园', 10, '个', { kind: 'target' })])).toBeNull();
  });

  it('is the target writing the most readings, wherever it stands among the targets', () => {
    const other = handFigure('新增公园', 10, '个', { kind: 'target' });
    const doctors = handFigure('退休医生担任首席专家', 100, '名', { kind: 'target' });
    const drive = handFigure('人才吸纳', 110, '万名');
    expect(termNamingTarget({ searchText: '医生 首席 专家 吸纳' }, [other, doctors, drive])).toBe('退休医生担任首席专家');
  });
});

describe('an English first line of a figure with no kind (an attribute)', () => {
  const line = (english: string | null) =>
    message('leadLine', 'en', {
      place: 'Anhui',
      period: '2026',
      indicator: '中国共产党成立',
      english,
      kind: '',
      value: '105周年',
      amount: null,
      change: '',
      growthOnly: '',
      n: 1,
    });

  it('names the indicator alone in its parenthesis', () => {
    expect(line('Party founding')).toBe('Anhui 2026 Party founding (中国共产党成立): 105周年 [1]');
    expect(line(null)).toBe('Anhui 2026 中国共产党成立: 105周年 [1]');
  });

  it('a figure with a kind and no English name keeps its kind in the parenthesis', () => {
    const withKind = message('leadLine', 'en', {
      place: 'Anhui',
      period: '2026',
      indicator: '新增公园',
      english: null,
      kind: 'target',
      value: '10个',
      amount: null,
      change: '',
      growthOnly: '',
      n: 1,
    });
    expect(withKind).toBe('Anhui 2026 新增公园 (target): 10个 [1]');
  });
});

describe('dashes around an English count noun', () => {
  it('are no part of it', () => {
    expect(englishCountUnit('how many firms-- in 2025?')).toBe('家');
    expect(englishCountUnit('how many --firms in 2025?')).toBe('家');
  });
});

describe('the sense phrases of two term lists whose words run together alike', () => {
  it('are not mistaken for each other ("lead", "ing" is not "leading")', () => {
    expect(reportSensePhrases(['lead', 'ing']).flatMap((t) => t.en)).not.toContain('leading talent');
    expect(reportSensePhrases(['leading']).flatMap((t) => t.en)).toContain('leading talent');
  });
});

describe('a Chinese question’s interchangeable words', () => {
  const places = knownPlaces(['上海市']);
  const today = new Date('2026-12-04');

  it('are found at the question’s very start', async () => {
    const { interchangeableWordsIn } = await import('../../src/lang/zh/interchangeable-words.js');
    expect(interchangeableWordsIn('老人助餐点有多少').map((f) => f.written)).toEqual(['老人']);
  });

  it('are its alternatives, each with the word written', () => {
    const query = understandQuery('上海老人助餐点有多少', places, { today });
    expect(query.termAlternatives).toContainEqual({ english: '老人', chinese: ['老人', '老年人'] });
  });

  it('not an English question’s, whose readings are the reports’ words already ("elderly": 老人, 老年人)', () => {
    const query = understandQuery('How many meal points for the elderly does Shanghai have?', places, { today });
    expect(query.termAlternatives).toEqual([]);
  });
});
