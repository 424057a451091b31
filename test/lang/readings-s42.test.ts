import { describe, expect, it } from 'vitest';
import { qualifiedHeadwords, qualifiersBefore } from '../../src/lang/en/english-lexicon.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { extractFigures } from '../../src/figures/extract.js';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { onlyInGloss } from '../../src/lang/en/english-topic-words.js';
import { countedNounAsked } from '../../src/lang/zh/asked-shape-words.js';
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
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';
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
    expect(toReportWording('安徽省属企业前年往新兴产业投了多少钱')).toContain('新兴产业投资多少钱');
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

describe('several things sharing the measure the last one ends with ("家电和新能源汽车零售额各涨了多少")', () => {
  const sentence = '家电、新能源汽车零售额分别增长23.9%、35.8%。';
  const growth = (indicator: string, value: number) => ({
    ...handFigure(indicator, value, '%', { citationId: 'c1', period: '2024' }),
    change: { direction: 'up' as const, value, unit: '%' },
  });
  const figures = [growth('家电零售额', 23.9), growth('新能源汽车零售额', 35.8)];
  const citations = [resultCitation('c1', sentence, '浙江省')];

  it('each thing’s figure, in the order asked: 家电 by its own word, not by the 零售额 every thing shares', () => {
    const lead = severalSubjectsLead(understood('浙江前年家电和新能源汽车零售额各涨了多少'), figures, citations) ?? '';
    expect(lead).toMatch(/家电零售额.*23\.9%.*新能源汽车零售额.*35\.8%/);
  });
});

describe('the thing counted after 多少 with no measure word ("接待了多少观众")', () => {
  it.each([
    ['沪去年博物馆美术馆接待了多少观众', '观众'],
    ['给县域重点产业链出了几条举措', '举措'],
    ['去年吸引了多少游客呢', '游客'],
  ])('"%s" counts %s', (question, noun) => {
    expect(countedNounAsked(question)).toBe(noun);
  });

  it.each(['接待了多少万人次', '投了多少钱', '增长了多少'])('"%s" names no thing counted', (question) => {
    expect(countedNounAsked(question)).toBeNull();
  });

  it('the figure named by the thing counted leads, not the one sharing the longer subject', () => {
    const sentence = '全市博物馆、美术馆举办文化展览1565场、接待海内外观众4900万人次。';
    const figures = [
      handFigure('博物馆、美术馆举办文化展览', 1565, '场', { citationId: 'c1', period: '2025' }, '上海市'),
      handFigure('接待海内外观众', 4900, '万人次', { citationId: 'c1', period: '2025' }, '上海市'),
    ];
    const lead = figureLead(understood('沪去年博物馆美术馆接待了多少观众'), figures, [resultCitation('c1', sentence, '上海市')]);
    expect(lead).toMatch(/接待海内外观众（实绩）：4900万人次/);
  });
});

describe('several places compared: each place’s own best-named figure ("“保交房”交付率" beside 保交房交付率)', () => {
  it('each place’s figure leads a comparison, the quoted name among them', () => {
    const PLACES2 = knownPlaces(['福建省', '广东省']);
    const figures = [
      handFigure('“保交房”交付率', 96.4, '%', { citationId: 'c1', period: '2024' }, '福建省'),
      handFigure('保交房交付率', 94.7, '%', { citationId: 'c2', period: '2024' }, '广东省'),
    ];
    const citations = [resultCitation('c1', '“保交房”交付率96.4%。', '福建省'), resultCitation('c2', '保交房交付率94.7%。', '广东省')];
    const q = { ...understandQuery('前年保交房交付率 福建和广东哪个高', PLACES2, { today }), wantsQuantity: true };
    const lead = figureLead(q, figures, citations) ?? '';
    expect(lead).toMatch(/96\.4%/);
    expect(lead).toMatch(/94\.7%/);
  });
});

describe('a quoted name in the question or the figure, and the thing a count asks of', () => {
  const lead = (question: string, figures: ReturnType<typeof handFigure>[], sentence: string, place = '湖南省') =>
    figureLead(understandQuery(question, knownPlaces([place]), { today }), figures, [resultCitation('c1', sentence, place)]);

  it('"“十大产业项目”完成投资多少": the question’s quoted name is the figure’s, not another project group’s', () => {
    const figures = [
      handFigure('“四个十大”项目完成投资', 1515.8, '亿元', { citationId: 'c1', period: '2024' }, '湖南省'),
      handFigure('“十大产业项目”完成投资', 363.9, '亿元', { citationId: 'c1', period: '2024' }, '湖南省'),
    ];
    expect(
      lead('湖南24年“十大产业项目”完成投资多少', figures, '“四个十大”项目完成投资1515.8亿元，其中“十大产业项目”完成投资363.9亿元。'),
    ).toMatch(/363\.9亿元/);
  });

  it('"…三年行动 …还管其他多少个县级以上城市": the cities counted, by their head noun, beside the actions named whole', () => {
    const figures = [
      handFigure('治理“三年行动”', 3, '个', { citationId: 'c1', period: '2025', kind: 'target' }, '云南省'),
      handFigure('县级及以上城市', 22, '个', { citationId: 'c1', period: '2025', kind: 'target' }, '云南省'),
    ];
    expect(
      lead(
        '云南污水治理三年行动 湖泊流域那7个城市之外 还管其他多少个县级以上城市',
        figures,
        '实施污水治理“三年行动”，对7个城市及其他22个县级及以上城市。',
        '云南省',
      ),
    ).toMatch(/22个/);
  });
});

describe('a year’s end said before a figure ("去年底企业数量超过5200万户")', () => {
  const names = (sentence: string) =>
    extractFigures({ sentence, kind: 'result', period: '2022', district: '国务院', citationId: 'c', source: 'text' }).map(
      (f) => f.indicator,
    );

  it.each([
    ['去年底企业数量超过5200万户', '企业数量'],
    ['年末全市常住人口1262.4万人', '常住人口'],
    ['上年末城镇调查失业率5.5%', '城镇调查失业率'],
  ])('"%s" names %s, no 底 or 末 left at its start', (sentence, name) => {
    expect(names(sentence)).toEqual([name]);
  });
});

describe('money asked of a thing no indicator names ("往新兴产业投了多少钱")', () => {
  const PLACES3 = knownPlaces(['安徽省']);
  const question = understandQuery('安徽省属企业去年往新兴产业投了多少钱', PLACES3, { today });
  const rate = handFigure('战略性新兴产业产值', 11.5, '%', { citationId: 'c1', period: '2025' }, '安徽省');
  const money = handFigure('省属企业投资新兴产业', 500, '亿元', { citationId: 'c2', period: '2025' }, '安徽省');
  const citations = [
    resultCitation('c1', '战略性新兴产业产值增长11.5%。', '安徽省'),
    resultCitation('c2', '省属企业投资新兴产业超过500亿元。', '安徽省'),
  ];

  it('is never answered by a rate: no lead when no figure gives money', () => {
    expect(figureLead(question, [rate], citations.slice(0, 1))).toBeNull();
  });

  it('is answered by the money when a figure gives it', () => {
    expect(figureLead(question, [rate, money], citations)).toMatch(/500亿元/);
  });

  it('a rate still answers a rate asked of the thing', () => {
    const growth = understandQuery('安徽去年新兴产业产值增长多少', PLACES3, { today });
    expect(figureLead(growth, [rate], citations.slice(0, 1))).toMatch(/11\.5%/);
  });
});
