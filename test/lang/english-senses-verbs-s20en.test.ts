import { describe, expect, it } from 'vitest';
import { reportSensePhrases, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { isQuestionVerb } from '../../src/lang/en/english-topic-words.js';
import { coversEnglishTopic, type TopicUnit, writes } from '../../src/retrieve/english-topic-coverage.js';

/**
 * Session 20 (English helper): classes of English refusals of answerable questions (fresh-n's tune half): the reports'
 * words for English compounds the dictionary reads word by word ("retention rate" 巩固率, "pilot-scale test" 中试,
 * "general aviation" 通用机场, "degree programmes" 学位授权点, "pension insurance" 养老保险, "first-tier" 一级); a wording
 * the reports write with its characters apart (高铁 as 高速铁路, 博士学位 as 博士硕士学位); the rest of the question's verb
 * after one that chains ("keep RUNNING", "get APPROVED") and a verb of two words ("set up").
 */
const written = (words: readonly string[]) => {
  const set = new Set(words);
  return (zh: string) => (set.has(zh) ? 1 : 0);
};
const word = (english: string, chinese: string[]): TopicUnit => ({ english, chinese, tokens: chinese, source: 'word' });
const subject = (chinese: string[]): TopicUnit => ({ chinese, tokens: chinese, source: 'subject' });
const idf = () => 1;

describe("English compounds in the reports' words (s20en)", () => {
  it('reads compounds the dictionary reads word by word as the reports write them', () => {
    const cases: [string, string[], string][] = [
      ['pilot-scale test bases', ['中试', '基地', '试验'], '中试'],
      ['degree programmes', ['学位授权点', '项目'], '学位授权点'],
      ['pension insurance', ['养老保险', '养老金'], '养老保险'],
      ['first-tier subsidiaries', ['一级', '附属'], '一级'],
      ['master degree', ['硕士', '学位'], '硕士'],
    ];
    for (const [english, reportWords, expected] of cases) {
      const found = translateContentWords(english, { timesWritten: written(reportWords) });
      expect(found.flatMap((t) => t.chinese)).toContain(expected);
    }
  });

  it('reads a compound holding a word that says little alone ("rate", "general") whole, before its words', () => {
    const zhOf = (en: string) => reportSensePhrases([]).find((t) => t.en.includes(en))?.zh;
    expect(zhOf('retention rate')).toEqual(['巩固率']);
    expect(zhOf('general aviation')).toContain('通用机场');
  });

  it('reads frequent report words the dictionary misses (zone 示范区, chain 产业链, urban renewal 城市更新)', () => {
    const cases: [string, string[], string][] = [
      ['demonstration zone', ['示范区', '地带'], '示范区'],
      ['zone', ['试验区', '地带'], '试验区'],
      ['industrial chain', ['产业链', '链条'], '产业链'],
      ['urban renewal', ['城市更新'], '城市更新'],
      ['inbound', ['入境'], '入境'],
      ['veteran', ['退役军人', '老将'], '退役军人'],
    ];
    for (const [english, reportWords, expected] of cases) {
      const found = translateContentWords(english, { timesWritten: written(reportWords) });
      expect(found.flatMap((t) => t.chinese)).toContain(expected);
    }
    // The report senses come first; the dictionary's own (地带) is kept after them.
    expect(translateContentWords('zone', { timesWritten: written(['试验区', '地带']) })[0].chinese[0]).toBe('试验区');
    // "chain stores": the dictionary's 连锁 is kept beside the reports' 产业链.
    expect(translateContentWords('chain', { timesWritten: written(['连锁']) })[0].chinese).toEqual(['连锁']);
  });

  it('keeps the everyday sense where the reports write it (enrolment is 招生 at school, 参保 in insurance)', () => {
    expect(translateContentWords('enrolment', { timesWritten: written(['招生']) })[0].chinese).toEqual(['招生']);
    expect(translateContentWords('insurance enrolment', { timesWritten: written(['参保', '招生']) })[0].chinese).toEqual(['参保']);
  });
});

describe('a wording written with its characters apart (s20en)', () => {
  it('is written when its characters come in order with few between', () => {
    expect(writes('高速铁路运营里程从2.5万公里增加到4.2万公里', '高铁')).toBe(true);
    expect(writes('新增3个硕士授予单位和62个博士硕士学位授权点', '博士学位')).toBe(true);
    expect(writes('建成通用机场8座', '通用机场')).toBe(true);
  });

  it('is not written when they are far apart or out of order', () => {
    // A two-character wording allows one character between, no more.
    expect(writes('开展试点经验交流', '试验')).toBe(false);
    expect(writes('加强保障防范风险', '保险')).toBe(false);
    expect(writes('铁路高速发展', '高铁')).toBe(false);
    // Five characters and more are written whole or not at all.
    expect(writes('城镇居民的人均可支配收入', '居民人均可支配收入')).toBe(false);
  });

  it('covers the topic in the English evidence check', () => {
    const question = 'How did the length of China’s high-speed rail network change over the five years to 2022?';
    const units = [subject(['高铁', '高速铁路']), word('length', ['里程']), word('network', ['路网'])];
    const sentence = '高速铁路运营里程从2.5万公里增加到4.2万公里';
    expect(coversEnglishTopic({ units, absentWords: [], question, sentence, section: '', idf })).toBe(true);
    expect(
      coversEnglishTopic({ units: [subject(['高铁']), word('network', ['路网'])], absentWords: [], question, sentence, section: '', idf }),
    ).toBe(true);
    expect(
      coversEnglishTopic({ units, absentWords: [], question, sentence: '高速公路里程从13.6万公里增加到17.7万公里', section: '', idf }),
    ).toBe(false);
  });
});

describe("the rest of the question's verb (s20en)", () => {
  it('is a participle after a verb that chains, or the second word of a two-word verb', () => {
    expect(isQuestionVerb('running', 'How many key projects will Shandong keep running in 2025?')).toBe(true);
    expect(isQuestionVerb('approved', 'How many new degree programmes did Yunnan get approved?')).toBe(true);
    expect(isQuestionVerb('set up', 'How many pilot-scale test bases did Hunan set up in 2024?')).toBe(true);
  });

  it('is not a participle that names the subject, nor one after a verb that does not chain', () => {
    expect(isQuestionVerb('running', 'How many running tracks did Shandong build?')).toBe(false);
    expect(isQuestionVerb('registered', 'How many did Shanghai add registered companies?')).toBe(false);
    expect(isQuestionVerb('set up', 'How many bases were set up in Hunan?')).toBe(false);
  });
});

describe('a reading of a phrase of several words names a subject (s20en)', () => {
  it('so a word the reports never write beside it does not refuse on its own', () => {
    const question = "What was Fujian's compulsory education retention rate in 2024?";
    const units = [word('compulsory education', ['义务教育'])];
    const input = { units, absentWords: ['retention'], question, sentence: '九年义务教育巩固率99.6%', section: '', idf };
    expect(coversEnglishTopic(input)).toBe(true);
  });

  it('while a question read only word by word still refuses for its absent topic word ("coffee shops")', () => {
    const question = 'How many coffee shops did Shanghai open in 2024?';
    const units = [word('shops', ['商店'])];
    expect(coversEnglishTopic({ units, absentWords: ['coffee'], question, sentence: '新增商店100家', section: '', idf })).toBe(false);
  });
});
