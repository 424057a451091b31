/**
 * The English evidence check's measure, rule by rule on hand-built units and IDFs (mutation run of
 * session 13; the cases of english-topic-coverage-s12.test.ts are not repeated).
 */
import { describe, expect, it } from 'vitest';
import { coversEnglishTopic, topicCoverage, type TopicCoverageInput, type TopicUnit } from '../../src/retrieve/english-topic-coverage.js';

const IDF: Record<string, number> = { 养老: 2, 养老保险: 8, 医院: 6, 床位: 3, 覆盖: 4, 增长: 5, 医疗: 2, 人: 0 };
const idf = (t: string) => IDF[t] ?? 0;
const subject = (chinese: string[], tokens = chinese): TopicUnit => ({ chinese, tokens, source: 'subject' });
const word = (chinese: string[], tokens = chinese): TopicUnit => ({ chinese, tokens, source: 'word' });
const input = (units: TopicUnit[], sentence: string, more: Partial<TopicCoverageInput> = {}): TopicCoverageInput => ({
  units,
  absentWords: [],
  question: 'x',
  sentence,
  section: '',
  idf,
  ...more,
});

describe('topicCoverage', () => {
  it('is whole when the question has no unit, or none with a weight', () => {
    expect(topicCoverage(input([], '无关'))).toBe(1);
    expect(topicCoverage(input([word(['人'])], '无关'))).toBe(1);
  });

  it('weighs a glossary unit by its rarest token, a dictionary word by its commonest', () => {
    // 医院 (6) and 床位 (3): a subject weighs 6, a word 3; the other unit (覆盖, 4) is covered.
    expect(topicCoverage(input([subject(['医院床位'], ['医院', '床位']), word(['覆盖'])], '覆盖'))).toBeCloseTo(4 / 10);
    expect(topicCoverage(input([word(['医院床位'], ['医院', '床位']), word(['覆盖'])], '覆盖'))).toBeCloseTo(4 / 7);
  });

  it('leaves a token with no weight out of a dictionary word', () => {
    // 人 weighs nothing: the word weighs its commonest written token, 床位 (3), not 0.
    expect(topicCoverage(input([word(['床位', '人'], ['床位', '人']), word(['覆盖'])], '覆盖'))).toBeCloseTo(4 / 7);
  });

  it('counts a unit covered by the section headings as well as by the sentence', () => {
    expect(topicCoverage(input([subject(['医院']), word(['覆盖'])], '覆盖', { section: '医院建设' }))).toBe(1);
    expect(topicCoverage(input([subject(['医院']), word(['覆盖'])], '覆盖', { section: '学校建设' }))).toBeCloseTo(4 / 10);
  });

  it('counts a unit covered by any of its wordings', () => {
    expect(topicCoverage(input([subject(['医院', '床位']), word(['覆盖'])], '新增床位'))).toBeCloseTo(6 / 10);
  });

  it('drops a glossary part only inside another glossary word, never a dictionary word or a unit of several wordings', () => {
    // 养老 is a part of 养老保险: one unit (8), covered.
    expect(topicCoverage(input([subject(['养老']), subject(['养老保险']), word(['覆盖'])], '养老保险覆盖'))).toBe(1);
    expect(topicCoverage(input([subject(['养老']), subject(['养老保险']), word(['覆盖'])], '养老服务覆盖'))).toBeCloseTo(4 / 12);
    // A dictionary word 养老 stays (2).
    expect(topicCoverage(input([word(['养老']), subject(['养老保险'])], '养老服务'))).toBeCloseTo(2 / 10);
    // A glossary unit of two wordings stays, though one of them is a part of another glossary word.
    expect(topicCoverage(input([subject(['养老', '医疗']), subject(['养老保险'])], '医疗服务'))).toBeCloseTo(2 / 10);
    // Only a glossary word takes its parts: a dictionary reading holding the word (医院床位) does not.
    expect(topicCoverage(input([subject(['医院']), word(['医院床位'], ['床位'])], '医院'))).toBeCloseTo(6 / 9);
    // Two glossary units with the same single word are both counted.
    expect(topicCoverage(input([subject(['医院']), subject(['医院']), word(['覆盖'])], '覆盖'))).toBeCloseTo(4 / 16);
  });

  it('weighs nothing for a unit of measure words only, and weighs a unit with one other wording', () => {
    expect(topicCoverage(input([subject(['增长']), subject(['医院'])], '医院'))).toBe(1);
    expect(topicCoverage(input([subject(['增长', '覆盖']), subject(['医院'])], '医院'))).toBeCloseTo(6 / 11);
  });
});

describe('coversEnglishTopic', () => {
  it('answers at exactly half the weight, not below', () => {
    expect(coversEnglishTopic(input([subject(['医院']), subject(['医院'])], '无关', { idf: () => 1 }))).toBe(false);
    expect(coversEnglishTopic(input([subject(['医院']), word(['床位'])], '医院', { idf: () => 1 }))).toBe(true);
  });

  it('refuses for an absent word that carries the topic only when no glossary subject is asked', () => {
    const shops = { absentWords: ['coffee'], question: 'How many coffee shops are in Shanghai?' };
    expect(coversEnglishTopic(input([word(['医院'])], '医院', shops))).toBe(false);
    expect(coversEnglishTopic(input([subject(['医院'])], '医院', shops))).toBe(true);
    // A glossary subject beside a dictionary word is a subject asked; so is one of a measure word and another.
    expect(coversEnglishTopic(input([subject(['医院']), word(['床位'])], '医院', shops))).toBe(true);
    expect(coversEnglishTopic(input([subject(['增长', '医院'])], '医院', shops))).toBe(true);
    // A subject of measure words only is no subject.
    expect(coversEnglishTopic(input([subject(['增长']), word(['医院'])], '医院', shops))).toBe(false);
    // An absent word that carries no topic (a verb) refuses nothing.
    expect(
      coversEnglishTopic(input([word(['医院'])], '医院', { absentWords: ['scrap'], question: 'How many trucks did Shanghai scrap?' })),
    ).toBe(true);
  });
});
