import { describe, expect, it } from 'vitest';
import { coversEnglishTopic, TOPIC_SHARE, topicCoverage, type TopicUnit } from '../../src/retrieve/english-topic-coverage.js';

// Hand-built IDF: rare report words weigh more.
const IDF: Record<string, number> = { 高频: 6, 政务服务: 4, 申请材料: 6, 需要: 3, 企业: 2, 国际: 9 };
const idf = (t: string) => IDF[t] ?? 0;
const word = (...zh: string[]): TopicUnit => ({ chinese: zh, tokens: zh, source: 'word' });

describe('the share of an English question’s topic a passage must cover', () => {
  it('is two fifths: a long question whose rarest words the passage writes is answered', () => {
    expect(TOPIC_SHARE).toBe(0.4);
    // "How many high-frequency business services … dropped the need to submit application documents": the passage writes
    // 高频, 政务服务 and 申请材料 but not the dictionary's 需要 / 提交 / 企业 readings of the other words.
    const input = {
      units: [word('高频'), word('申请材料'), word('政务服务'), word('需要'), word('企业'), word('国际')],
      absentWords: [],
      question: 'How many high-frequency international services dropped the need for application documents in 2024?',
      sentence: '329个高频事项实现申请材料免交',
      section: '',
      idf,
    };
    // 12 of 30: below the half the check asked before session 28, at the two fifths it asks now.
    expect(topicCoverage(input)).toBeCloseTo(0.4);
    expect(coversEnglishTopic(input)).toBe(true);
  });

  it('still refuses a passage that writes only the common words', () => {
    const input = {
      units: [word('高频'), word('政务服务'), word('申请材料'), word('企业')],
      absentWords: [],
      question: 'How many high-frequency business services dropped application documents?',
      sentence: '企业数量增长',
      section: '',
      idf,
    };
    expect(topicCoverage(input)).toBeLessThan(TOPIC_SHARE);
    expect(coversEnglishTopic(input)).toBe(false);
  });
});

describe('a word of the topic the reports never write', () => {
  it('keeps the half the check asked before: the rest must carry more of the topic', () => {
    const input = {
      units: [
        { chinese: ['高频'], tokens: ['高频'], source: 'subject' as const },
        word('申请材料'),
        word('政务服务'),
        word('需要'),
        word('企业'),
        word('国际'),
      ],
      absentWords: ['caviar'],
      question: 'How many high-frequency caviar services dropped the need for application documents in 2024?',
      sentence: '329个高频事项实现申请材料免交',
      section: '',
      idf,
    };
    expect(topicCoverage(input)).toBeCloseTo(0.4);
    expect(coversEnglishTopic(input)).toBe(false);
    // Without the absent word, the same coverage answers.
    expect(coversEnglishTopic({ ...input, absentWords: [] })).toBe(true);
  });
});
