import { describe, expect, it } from 'vitest';
import { carriesTopic } from '../../src/lang/en/english-topic-words.js';
import { coversEnglishTopic, topicCoverage, type TopicUnit } from '../../src/retrieve/english-topic-coverage.js';

// Hand-built IDF: rare report words weigh more.
const IDF: Record<string, number> = {
  长期护理保险: 9,
  盖子: 9,
  覆盖: 4,
  悠长: 9,
  长度: 5,
  人民: 3,
  人口: 3,
  下降: 2,
  检查: 4,
  企业: 2,
  商店: 6,
  金融机构: 5,
};
const idf = (t: string) => IDF[t] ?? 0;
const subject = (...zh: string[]): TopicUnit => ({ chinese: zh, tokens: zh, source: 'subject' });
const word = (...zh: string[]): TopicUnit => ({ chinese: zh, tokens: zh, source: 'word' });

describe('the English evidence check weighs the topic, not every dictionary word', () => {
  it('answers from the subject and the written sense of a dictionary word', () => {
    // "How many people does Shandong's long-term care insurance cover?": cover is 覆盖 in the reports
    // (english-report-senses.json), the dictionary's 盖子 (a lid) is another sense.
    const input = {
      units: [subject('长期护理保险'), word('覆盖', '盖子'), word('人民', '人口')],
      absentWords: [],
      question: "How many people does Shandong's long-term care insurance cover?",
      sentence: '长期护理保险覆盖5634万人',
      section: '',
      idf,
    };
    expect(topicCoverage(input)).toBeCloseTo(13 / 16);
    expect(coversEnglishTopic(input)).toBe(true);
  });

  it('weighs a dictionary word by its commonest headword, not its rarest sense', () => {
    // "long" read as 长度 and 悠长: weighs 5 (长度), not 9 (悠长).
    const input = {
      units: [subject('长期护理保险'), word('长度', '悠长')],
      absentWords: [],
      question: 'x',
      sentence: '长期护理保险',
      section: '',
      idf,
    };
    expect(topicCoverage(input)).toBeCloseTo(9 / 14);
  });

  it('counts a change word as no part of the topic', () => {
    // "By how much did Zhejiang reduce inspections of companies": 下降 is how the number moved, not what.
    const input = {
      units: [subject('下降'), word('检查')],
      absentWords: [],
      question: 'reduce inspections',
      sentence: '全省涉企检查事项精简26.8%',
      section: '',
      idf,
    };
    expect(coversEnglishTopic(input)).toBe(true);
  });

  it('still refuses a subject the reports never write', () => {
    // "How many coffee shops are in Shanghai?": 商店 is written, 咖啡 is not.
    const input = {
      units: [word('商店')],
      absentWords: ['coffee'],
      question: 'How many coffee shops are in Shanghai?',
      sentence: '离境退税商店100家',
      section: '',
      idf,
    };
    expect(coversEnglishTopic(input)).toBe(false);
  });

  it('does not refuse for a participle or a verb the reports word otherwise', () => {
    const licensed = {
      units: [word('金融机构')],
      absentWords: ['licensed'],
      question: 'How many licensed financial institutions are there in Shanghai?',
      sentence: '持牌金融机构增加到1813家',
      section: '',
      idf,
    };
    expect(coversEnglishTopic(licensed)).toBe(true);
    expect(carriesTopic('scrap', 'How many old diesel trucks did Shanghai scrap last year?')).toBe(false);
    expect(carriesTopic('coffee', 'How many coffee shops are in Shanghai?')).toBe(true);
    expect(carriesTopic('marathons', 'How many marathons did Jiangsu host?')).toBe(true);
    expect(carriesTopic('coffee', 'What does Beijing plan for coffee shops?')).toBe(true);
    expect(carriesTopic('comes', "What share of Shandong's power generation comes from non-fossil sources?")).toBe(false);
  });

  it('refuses a passage that covers less than half the topic weight', () => {
    const input = { units: [subject('长期护理保险'), word('检查')], absentWords: [], question: 'x', sentence: '检查1次', section: '', idf };
    expect(coversEnglishTopic(input)).toBe(false);
  });
});

describe("a glossary word's parts and the reports' other wordings", () => {
  it('count a glossary word once, not once per segmenter part', () => {
    // 大学生 cut into 大学, 学生, 大学生: one unit, so its parts do not outweigh the passage's other words.
    const units = [subject('大学'), subject('学生'), subject('大学生', '高校毕业生'), word('吸纳')];
    const input = {
      units,
      absentWords: [],
      question: 'How many college graduates does Guangdong hope to employ?',
      sentence: '吸纳超100万名高校毕业生在粤就业创业',
      section: '',
      idf: () => 3,
    };
    expect(topicCoverage(input)).toBe(1);
  });
});
