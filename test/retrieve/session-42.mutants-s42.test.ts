/**
 * Survivors of session 42's mutation run (stryker.s42.json): a word put back across a segmenter's cut, a bracketed gloss
 * beside the names and subjects around it, and a count guessed from an English noun, on hand-built tokens, units and
 * figures (no index). The readings themselves: test/lang/readings-s42.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { onlyInGloss } from '../../src/lang/en/english-topic-words.js';
import { countsAsGuessedInEnglish } from '../../src/lang/zh/counter-equivalents.js';
import { coversEnglishTopic, type TopicUnit } from '../../src/retrieve/english-topic-coverage.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { withWordsAcrossCuts } from '../../src/retrieve/unseen-words.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

describe('a word across a cut: only where it runs across, from two unseen Chinese tokens', () => {
  it('a token past one already joined is not joined again (义新|欧比|赛场: 义新欧 stays)', () => {
    const known = (w: string) => w === '义新欧' || w === '比赛场';
    expect(withWordsAcrossCuts(['义新', '欧比', '赛场'], known)).toEqual(['义新欧', '赛场']);
  });

  it('a seen first token is a word of its own (上年 | 义新, though 年义新 were known)', () => {
    const known = (w: string) => w === '上年' || w === '年义新';
    expect(withWordsAcrossCuts(['上年', '义新'], known)).toEqual(['上年', '义新']);
  });

  it('a token of Latin letters or digits joins nothing', () => {
    const known = (w: string) => w === 'b义新' || w === '欧比c';
    expect(withWordsAcrossCuts(['ab', '义新'], known)).toEqual(['ab', '义新']);
    expect(withWordsAcrossCuts(['欧比', 'cd'], known)).toEqual(['欧比', 'cd']);
  });

  it('a word inside the second token alone, or inside the first alone, is not one across the cut', () => {
    expect(withWordsAcrossCuts(['义新', '欧比赛场'], (w) => w === '欧比赛')).toEqual(['义新', '欧比赛场']);
    expect(withWordsAcrossCuts(['甲义新欧', '比赛'], (w) => w === '义新欧')).toEqual(['甲义新欧', '比赛']);
  });
});

describe('a bracketed gloss, beside the rest of the topic', () => {
  const idf = (t: string) => ({ 造林: 8, 台湾: 8, 工厂: 5, 抚育: 9, 标准: 4 })[t] ?? 0;
  const subject = (zh: string, english?: string): TopicUnit => ({ chinese: [zh], tokens: [zh], source: 'subject', english });
  const word = (zh: string, english: string, name = false): TopicUnit => ({ chinese: [zh], tokens: [zh], source: 'word', english, name });
  const covers = (units: TopicUnit[], question: string, sentence: string) =>
    coversEnglishTopic({ units, absentWords: [], question, sentence, section: '', idf });

  it('a name in the brackets is still the topic ("(fujian/taiwan)": 台湾)', () => {
    const units = [subject('标准'), word('台湾', 'taiwan', true)];
    expect(covers(units, 'standards shared (fujian/taiwan)?', '出台326项两岸共通标准')).toBe(false);
    expect(covers(units, 'standards shared (fujian/taiwan)?', '台湾同胞共通标准')).toBe(true);
  });

  it('a subject read from the brackets is still the topic', () => {
    const units = [subject('造林', 'afforestation'), word('工厂', 'plant')];
    expect(covers(units, 'plant (afforestation), mu?', '新建工厂3家')).toBe(false);
  });

  it('words all in brackets are the whole topic', () => {
    const units = [word('工厂', 'plant'), word('抚育', 'tend')];
    expect(covers(units, 'yunnan 2024 (plant + tend)?', '完成营造林349.9万亩')).toBe(false);
  });

  it('a word is matched as itself, dots and all, and apart from the words next to the brackets', () => {
    expect(onlyInGloss('u.s.', 'trade deals (u.s.)')).toBe(true);
    expect(onlyInGloss('u.s.', 'trade deals (us)')).toBe(false);
    // The brackets set their words apart from the text on both sides: no word is made across them.
    expect(onlyInGloss('xy', 'x(xy)y')).toBe(true);
  });
});

describe('a count guessed from an English noun', () => {
  it('个 stands for 家 only: not for people', () => {
    expect(countsAsGuessedInEnglish('人', '个')).toBe(false);
  });

  const PLACES = knownPlaces(['江苏省']);
  const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-06') });
  const figures = [
    handFigure('培育认定首批省级零碳、近零碳工厂', 30, '家', { citationId: 'c1' }, '江苏省'),
    handFigure('首批省重点实验室重组', 63, '个', { citationId: 'c2' }, '江苏省'),
  ];
  // The labs cited first: only the unit asked sets the factories' 30家 before them.
  const citations = [
    resultCitation('c2', '首批63个省重点实验室重组完成。', '江苏省'),
    resultCitation('c1', '培育认定首批省级零碳、近零碳工厂30家。', '江苏省'),
  ];

  it('asked in English, a figure in 个 answers a count guessed 家', () => {
    expect(figureLead(ask('jiangsu 2024: number of province-level key labs reorganised in the first batch?'), figures, citations)).toMatch(
      /63个/,
    );
  });
});
