/**
 * Session 29's English readings on hand-built wording: a hyphenated count noun ("person-times"), a count asked with the
 * infinitive of a doing verb ("how many households to retrofit"), and a target named by more of the question's readings
 * than any result.
 */
import { describe, expect, it } from 'vitest';
import { termNamingTarget } from '../../src/answer/figure-lead.js';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';
import { handFigure } from '../support/hand-built-evidence.js';

describe('an English count noun written with a hyphen', () => {
  it('is one noun: "person-times" asks 人次, not the 人 of "person"', () => {
    expect(englishCountUnit('vocational skills + startup training, how many person-times?')).toBe('人次');
    expect(englishCountUnit('how many person-time?')).toBe('人次');
    expect(englishCountUnit('how many high-tech firms?')).toBe('家');
    expect(englishCountUnit('how many people?')).toBe('人');
  });
});

describe('a count asked with the infinitive of a doing verb', () => {
  it('asks what is to be done, a plan', () => {
    expect(asksInFutureTense('shandong 2025: residential compounds off direct power supply — how many households to retrofit?')).toBe(true);
    expect(asksInFutureTense('anhui — how many tech leading talents to recruit in 2026?')).toBe(true);
    expect(asksInFutureTense('how much land to restore?')).toBe(true);
  });

  it('not a count with "to" before something else, nor a doing verb in the past', () => {
    expect(asksInFutureTense('how many people moved to the city in 2025?')).toBe(false);
    expect(asksInFutureTense('how many households were retrofitted in 2025?')).toBe(false);
    expect(asksInFutureTense('how many tourists came to build ties?')).toBe(false);
  });
});

describe('a target named by more of an English question’s readings than any result', () => {
  const searchText = '医生 医师 首席 专家 吸纳 聘任 how many retired doctors did guangdong hire as chief experts';
  const target = handFigure('副高级以上职称的退休医生担任首席专家', 100, '名', { kind: 'target', period: '2025' });
  const drive = handFigure('“百万英才汇南粤”行动吸纳', 110, '万名', { period: '2025' });

  it('is the thing asked about: its name, when it writes two readings more than any result', () => {
    expect(termNamingTarget({ searchText }, [target, drive])).toBe('副高级以上职称的退休医生担任首席专家');
  });

  it('not when a result writes nearly as many', () => {
    const doctors = handFigure('聘任医生', 90, '名', { period: '2025' });
    expect(termNamingTarget({ searchText }, [target, drive, doctors])).toBeNull();
  });

  it('a whole term the target writes still comes first', () => {
    const pipes = handFigure('新建改造地下管网', 2000, '公里', { kind: 'target' });
    expect(termNamingTarget({ searchText: '地下管网 管道 how long were the underground pipelines' }, [pipes])).toBe('地下管网');
  });
});

describe('the thing counted before the infinitive', () => {
  it('may hold an adjective in -ed', () => {
    expect(asksInFutureTense('how many advanced manufacturing clusters to build?')).toBe(true);
  });
});

describe('the reports’ senses of everyday English words', () => {
  it('"track" is 赛道, "specialty" 特色, "cluster" also 集聚区, "startup" 创业', async () => {
    const { translateContentWords } = await import('../../src/lang/en/english-lexicon.js');
    const zh = (en: string) => translateContentWords(en).flatMap((t) => t.chinese);
    expect(zh('track')).toContain('赛道');
    expect(zh('specialty')).toContain('特色');
    expect(zh('clusters')).toContain('集聚区');
    expect(zh('startup')).toContain('创业');
  });
});

describe('English shorthand', () => {
  it('"approx" asks a number and names nothing', async () => {
    const { asksForQuantity } = await import('../../src/lang/zh/question-words.js');
    const { ENGLISH_STOP_WORDS } = await import('../../src/lang/en/stop-words.js');
    expect(asksForQuantity('shandong 2025 — new provincial modern service clusters, approx')).toBe(true);
    expect(ENGLISH_STOP_WORDS.has('approx')).toBe(true);
  });

  it('"demo" is the reports’ 示范, "market approval" their 获批上市', async () => {
    const { translateContentWords } = await import('../../src/lang/en/english-lexicon.js');
    expect(translateContentWords('demo projects').flatMap((t) => t.chinese)).toContain('示范项目');
    expect(translateContentWords('market approval').flatMap((t) => t.chinese)).toContain('获批上市');
  });
});

describe('how far apart the two talked about are', () => {
  it('is asked of the two: "两家…有差别没", "这俩…差几个百分点", "二者相差多少"', async () => {
    const { asksWhichOfThem } = await import('../../src/lang/zh/comparison-follow-up-words.js');
    expect(asksWhichOfThem('两家条数有差别没')).toBe(true);
    expect(asksWhichOfThem('这俩目标差几个百分点')).toBe(true);
    expect(asksWhichOfThem('二者相差多少')).toBe(true);
    expect(asksWhichOfThem('两家企业新增多少')).toBe(false);
  });
});

describe('a fragment asking the count of things to be done (session 30)', () => {
  it('"new key projects to break ground, number" asks the plan', () => {
    expect(asksInFutureTense('anhui 2025: new 100m-yuan-plus key projects to break ground, number')).toBe(true);
    expect(asksInFutureTense('jiangsu 2025: major projects to start construction — count?')).toBe(true);
  });

  it('not with no count asked, nor with a verb in the past', () => {
    expect(asksInFutureTense('anhui 2025: new key projects to break ground')).toBe(false);
    expect(asksInFutureTense('how many projects did anhui want to break ground, number')).toBe(false);
  });
});
