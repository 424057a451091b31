import { describe, expect, it } from 'vitest';
import { isQuestionVerb } from '../../src/lang/en/english-topic-words.js';
import { coversEnglishTopic, type TopicUnit, topicCoverage } from '../../src/retrieve/english-topic-coverage.js';

/** Session 19 (English helper): the question's verb, read by the dictionary, weighs nothing in the English evidence check. */
const word = (english: string, chinese: string[]): TopicUnit => ({ english, chinese, tokens: chinese, source: 'word' });
const idf = () => 1;

describe("the question's verb in the English evidence check (s19en)", () => {
  it('is the word right after an auxiliary and its subject', () => {
    expect(isQuestionVerb('upgrade', 'How much industrial equipment did Jiangsu upgrade in 2024?')).toBe(true);
    expect(isQuestionVerb('build', 'How many meal points will the city build?')).toBe(true);
    expect(isQuestionVerb('equipment', 'How much industrial equipment did Jiangsu upgrade in 2024?')).toBe(false);
    expect(isQuestionVerb('upgrade', 'Jiangsu equipment upgrade 2024')).toBe(false);
    // A possessive's noun phrase runs on: "prices" is the subject's head noun, not a verb.
    expect(isQuestionVerb('prices', "How much did Zhejiang's housing prices fall?")).toBe(false);
    expect(isQuestionVerb('scrap', 'How many trucks did the city scrap?')).toBe(true);
  });

  it('weighs nothing: a passage about the subject that words the action otherwise covers the topic', () => {
    const question = 'How much industrial equipment did Jiangsu upgrade in 2024?';
    const units = [word('industrial', ['工业']), word('equipment', ['设备']), word('upgrade', ['升级', '改造'])];
    const input = { units, absentWords: [], question, sentence: '完成工业领域设备更新33.6万台套', section: '', idf };
    expect(topicCoverage(input)).toBe(1);
    expect(coversEnglishTopic(input)).toBe(true);
    // Without the verb weighed out, the same units in a keyword question still need the action.
    expect(topicCoverage({ ...input, question: 'jiangsu industrial equipment upgrade' })).toBeCloseTo(2 / 3);
  });

  it('still weighs when the verb is all the dictionary read', () => {
    const input = {
      units: [word('upgrade', ['升级'])],
      absentWords: [],
      question: 'How much did Jiangsu upgrade?',
      sentence: '完成设备更新',
      section: '',
      idf,
    };
    expect(topicCoverage(input)).toBe(0);
  });

  it('a subject passage still fails when it misses the subject', () => {
    const question = 'How much industrial equipment did Jiangsu upgrade in 2024?';
    const units = [word('industrial', ['工业']), word('equipment', ['设备']), word('upgrade', ['升级'])];
    expect(coversEnglishTopic({ units, absentWords: [], question, sentence: '推动产业升级', section: '', idf })).toBe(false);
  });
});
