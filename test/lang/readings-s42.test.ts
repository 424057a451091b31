import { describe, expect, it } from 'vitest';
import { qualifiedHeadwords, qualifiersBefore } from '../../src/lang/en/english-lexicon.js';
import { onlyInGloss } from '../../src/lang/en/english-topic-words.js';
import { countedAs, countsAsGuessedInEnglish } from '../../src/lang/zh/counter-equivalents.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { askedRank, rankedSubjectWords, statesRank } from '../../src/lang/zh/rank-holder-words.js';
import { asksForQuantity, asksForValueOfIndicator } from '../../src/lang/zh/question-words.js';
import { namedReportPattern } from '../../src/lang/zh/relative-years.js';
import { coversEnglishTopic, type TopicUnit } from '../../src/retrieve/english-topic-coverage.js';
import { shareBeforeMention } from '../../src/retrieve/indicator-mention.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { withWordsAcrossCuts } from '../../src/retrieve/unseen-words.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

/** Session 42: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s42.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['国务院', '安徽省', '广东省', '云南省', '上海市', '浙江省']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const readings = (question: string) => (understood(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);
const alternatives = (question: string) => (understood(question).termAlternatives ?? []).flatMap((t) => t.chinese);

describe('a share written before the thing it is part of ("76.1%的财政支出用于民生")', () => {
  it.each([
    ['76.1%的财政支出用于民生', true],
    ['七成以上的财政支出用于民生', true],
    ['财政支出76.1%用于民生', false],
    ['6400亿元的财政支出', false],
    ['76.1%的资金用于民生', false],
  ])('"%s" gives a share of 财政支出: %s', (text, gives) => {
    expect(shareBeforeMention(text, ['财政支出'])).toBe(gives);
  });

  it('gives the quantity asked only when a share is asked', () => {
    const facts = (question: string) => {
      const q = questionFacts(understood(question), true);
      return sentenceFacts(q, { sentence: resultSentenceOf('76.1%的财政支出用于民生。'), lexical: 0, chunkScore: 0, age: 0 });
    };
    expect(facts('云南前年财政支出里用在民生上的占多少').givesQuantity).toBe(true);
    expect(facts('云南前年财政支出多少').givesQuantity).toBe(false);
  });
});

describe('money put into a thing, in everyday words ("往新兴产业投了多少钱")', () => {
  it('is asked as the thing’s investment', () => {
    expect(toReportWording('安徽省属企业前年往新兴产业投了多少钱')).toContain('新兴产业投资多少');
    expect(toReportWording('去年往科技上投入了多少')).toContain('科技投资多少');
  });

  it('leaves other questions as they are', () => {
    expect(toReportWording('新兴产业投资多少')).toBe('新兴产业投资多少');
  });
});

describe('a bracketed gloss of an English term ("afforestation (plant + tend)")', () => {
  const question = 'yunnan 2024 afforestation (plant + tend), mu?';

  it('is a word written only inside the brackets', () => {
    expect(onlyInGloss('plant', question)).toBe(true);
    expect(onlyInGloss('tend', question)).toBe(true);
    expect(onlyInGloss('afforestation', question)).toBe(false);
    expect(onlyInGloss('plant', 'new plant (plant + tend)')).toBe(false);
    expect(onlyInGloss('plant', 'how many plants did they build?')).toBe(false);
  });

  it('weighs nothing beside the term it glosses', () => {
    const idf = (t: string) => ({ 营造林: 8, 造林: 8, 工厂: 5, 植物: 6, 抚育: 9 })[t] ?? 0;
    const units: TopicUnit[] = [
      { chinese: ['造林', '营造林'], tokens: ['造林'], source: 'subject' },
      { chinese: ['工厂', '植物'], tokens: ['工厂', '植物'], source: 'word', english: 'plant' },
      { chinese: ['抚育'], tokens: ['抚育'], source: 'word', english: 'tend' },
    ];
    const input = { units, absentWords: [], sentence: '完成营造林349.9万亩', section: '', idf };
    expect(coversEnglishTopic({ ...input, question })).toBe(true);
    // Outside brackets the same words are the topic, and the sentence covers too little of it.
    expect(coversEnglishTopic({ ...input, question: 'yunnan 2024 afforestation plant tend, mu?' })).toBe(false);
  });

  it('the term is read in the reports’ words (营造林)', () => {
    expect(alternatives(question)).toContain('营造林');
  });
});

describe('a note’s shorthand counting new ones ("shanghai 2024: new zhuanjingtexin firms?")', () => {
  it.each(['shanghai 2024: new zhuanjingtexin (specialised, refined, niche) firms?', 'beijing 2025 — newly registered firms?'])(
    '"%s" asks a number',
    (question) => {
      expect(asksForQuantity(question)).toBe(true);
    },
  );

  it.each(['shanghai 2024: new firms — which ones?', 'Did Shanghai add new firms?', 'shanghai 2024: new firms'])(
    '"%s" does not',
    (question) => {
      expect(asksForQuantity(question)).toBe(false);
    },
  );
});

describe('a word the segmenter cut across ("义新欧比上年" → 义新 | 欧比)', () => {
  const known = (w: string) => ['义新欧', '上年', '增长'].includes(w);

  it('is put back in place of the unseen pieces', () => {
    expect(withWordsAcrossCuts(['义新', '欧比', '上年'], known)).toEqual(['义新欧', '上年']);
  });

  it('leaves a cut beside a seen word alone ("社零增长": 社零 | 增长, no 零增长)', () => {
    const seen = (w: string) => ['零增长', '增长', '上年'].includes(w);
    expect(withWordsAcrossCuts(['社零', '增长'], seen)).toEqual(['社零', '增长']);
    expect(withWordsAcrossCuts(['上年', '义新', '欧比'], known)).toEqual(['上年', '义新欧']);
  });

  it('joins no two-character word and nothing of seen tokens', () => {
    expect(withWordsAcrossCuts(['甲乙', '丙丁'], (w) => w === '乙丙')).toEqual(['甲乙', '丙丁']);
    expect(withWordsAcrossCuts(['上年', '增长'], (w) => known(w) || w === '年增长')).toEqual(['上年', '增长']);
  });
});

describe('"全国唯一…的是哪个省": the only one is the first, 全国 its field', () => {
  const question = '全国唯一一个出生人口连续好几年超百万的是哪个省';

  it('asks no country', () => {
    expect(understood(question).places).not.toContain('国务院');
  });

  it('asks the first place, stated by "全国唯一"', () => {
    const asked = askedRank(question);
    expect(asked?.rank).toBe(1);
    if (!asked) return;
    expect(statesRank('连续6年成为全国唯一出生人口超百万的省份', asked)).toBe(true);
    expect(statesRank('出生人口超百万', asked)).toBe(false);
  });

  it('the only one, and a run of years not counted, are no part of what is ranked', () => {
    expect(rankedSubjectWords(['唯一', '一个', '出生人口', '连续', '好几年', '百万'])).toEqual(['出生人口', '百万']);
  });
});

describe('English words for what the reports write', () => {
  it('"macao-funded firms" are 澳资 ones', () => {
    expect(readings('hengqin: # of macao-funded firms (2025 report)?')).toContain('澳资');
  });

  it('"young talent" is 青年人才, not college graduates', () => {
    const q = understood('shandong this yr: young talent it wants to draw in?');
    expect(q.searchText).toContain('青年人才');
    expect(q.searchText).not.toContain('大学生');
  });
});

describe('a count asked in English, its measure word guessed ("labs" → 家)', () => {
  it('counts institutions guessed 家 by 个 too, as the reports may write them (首批63个省重点实验室)', () => {
    expect(countsAsGuessedInEnglish('家', '个')).toBe(true);
    expect(countsAsGuessedInEnglish('家', '家')).toBe(true);
    expect(countsAsGuessedInEnglish('人', '名')).toBe(true);
  });

  it('only that way round, and not 个’s other words: 座 or 项 are no count of firms', () => {
    expect(countsAsGuessedInEnglish('个', '家')).toBe(false);
    expect(countsAsGuessedInEnglish('家', '座')).toBe(false);
    expect(countsAsGuessedInEnglish('家', '项')).toBe(false);
    expect(countsAsGuessedInEnglish('家', '人')).toBe(false);
  });

  it('a Chinese question’s own measure word keeps its group (几家 is not 个)', () => {
    expect(countedAs('家')).not.toBe(countedAs('个'));
  });

  it('"province-level key labs" are 省重点实验室', () => {
    const written = (zh: string) => ('首批63个省重点实验室重组。牵头建设44家全国重点实验室。'.includes(zh) ? 1 : 0);
    expect(qualifiersBefore('number of province-level key ')).toEqual(['province-level', 'key']);
    expect(qualifiedHeadwords(['province-level', 'key'], ['实验室'], written)).toEqual(['省重点实验室']);
  });
});

describe('English phrases read as the reports write them', () => {
  it('"grain yield per mu" is 亩产, no grain output', () => {
    const q = understood('china grain yield per mu in 2024 — up by how many jin?');
    expect(q.indicators.map((i) => i.name)).toEqual([]);
    expect(q.searchText).toContain('亩产');
  });

  it('"provincial-or-above archaeological site parks" are 省级以上考古遗址公园', () => {
    const read = readings('shandong 2025 — new provincial-or-above archaeological site parks?');
    expect(read).toContain('考古遗址公园');
    expect(read).toContain('省级以上');
  });
});

describe('a journalist’s notes, session 42 (continued)', () => {
  it('"home appliance units sold?": a count asked of what was sold', () => {
    expect(asksForQuantity('jiangsu 2024 trade-in scheme — home appliance units sold?')).toBe(true);
    expect(asksForQuantity('Were the home appliances sold?')).toBe(false);
    expect(understood('jiangsu 2024 trade-in scheme — home appliance units sold?').searchText).toContain('家电');
  });

  it('"…, end-2024?": an indicator’s level at a year’s end', () => {
    expect(asksForValueOfIndicator('shanghai: outstanding inclusive loans to micro & small firms, end-2024?')).toBe(true);
    expect(asksForValueOfIndicator('loans at the end of 2024')).toBe(true);
    expect(asksForValueOfIndicator('loans at the weekend')).toBe(false);
    expect(understood('shanghai: outstanding inclusive loans to micro & small firms, end-2024?').indicators.map((i) => i.name)).toEqual([
      '普惠小微贷款余额',
    ]);
  });

  it('"2022 govt work report": a named report, "government" shortened', () => {
    const named = namedReportPattern(['国务院']);
    expect(named.exec('2022 govt work report: jobless insurance fund')?.[1]).toBe('2022');
    expect(named.exec("the 2023 gov't report says")?.[1]).toBe('2023');
    expect(named.exec('2023 government work report')?.[1]).toBe('2023');
    expect(named.exec('2023 govt spending')).toBeNull();
  });

  it('"jobless insurance fund … job retention": 失业保险基金, 稳岗', () => {
    const read = readings('2022 govt work report: jobless insurance fund money set aside for job retention & training?');
    expect(read).toEqual(expect.arrayContaining(['失业保险基金', '稳岗']));
  });
});
