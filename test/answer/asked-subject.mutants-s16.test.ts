import { describe, expect, it } from 'vitest';
import type { AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import {
  countedApart,
  isAskedSubject,
  markedForms,
  sharedSubject,
  subjectLabel,
  wholeSubject,
  withAskedSubject,
} from '../../src/answer/kinds/asked-subject.js';
import { longestCommonRun, RUN_BREAK } from '../../src/answer/longest-common-run.js';
import { FigureTable } from '../../src/figure-table/figure-table.js';
import type { FigureRow } from '../../src/figure-table/figure-row.js';
import type { IndicatorEntry } from '../../src/lang/zh/glossary.js';
import type { UnderstoodQuery } from '../../src/retrieve/query.js';

/**
 * The subject a question shares with the names of figures the reports state (session 16's mutation run of
 * src/answer/kinds/asked-subject.ts and src/answer/longest-common-run.ts): hand-built names, sentences and a
 * figure table of a few rows, so every mutant is judged without an index.
 */

type RowSeed = Pick<FigureRow, 'indicator' | 'sentence'> & Partial<FigureRow>;

/** A figure-table row as the table files a figure outside the glossary: an actual level of 2025 by default. */
function row(seed: RowSeed): FigureRow {
  return {
    indicatorId: seed.indicator,
    inGlossary: false,
    place: '上海市',
    period: '2025',
    year: 2025,
    kind: 'actual',
    measure: 'level',
    value: 1,
    unit: '个',
    citationId: 'c',
    docId: 'd',
    title: 't',
    ...seed,
  } as FigureRow;
}

function tools(rows: FigureRow[]): AnswerTools {
  return { figureTable: new FigureTable(rows) } as unknown as AnswerTools;
}

function query(question: string, place: string, yearPhrases: string[] = [], extra: Partial<UnderstoodQuery> = {}): UnderstoodQuery {
  return {
    question,
    places: [place],
    indicators: [],
    language: 'zh',
    yearNotes: yearPhrases.map((phrase) => ({ phrase, year: 2025 })),
    ...extra,
  } as unknown as UnderstoodQuery;
}

const BEAUTIFUL_STREETS = [
  row({ indicator: '建成“美丽街区”', sentence: '建成116个“美丽街区”' }),
  row({ indicator: '美丽街区', sentence: '新建美丽街区20个' }),
];

describe('withAskedSubject: a subject outside the glossary read as the indicator', () => {
  it('names the shared run, with the marked form a report writes as its synonym, and keeps the rest of the query', () => {
    const asked = query('上海去年美丽街区目标完成了吗', '上海市', ['去年']);
    const read = withAskedSubject(tools(BEAUTIFUL_STREETS), asked);
    expect(read?.indicators).toHaveLength(1);
    expect(read?.indicators[0]).toEqual({ name: '美丽街区', synonyms: ['“美丽街区”'], en: [] });
    expect(read?.question).toBe(asked.question);
    expect(read?.places).toEqual(['上海市']);
    expect(isAskedSubject(read?.indicators[0])).toBe(true);
  });

  it('reads only actual levels and rates of one year of the place asked, outside the glossary', () => {
    // Each distractor shares a longer run with the question than 美丽街区; only the last row may be read.
    const distractors = [
      row({ indicator: '美丽街区目标完成', sentence: 's', place: '北京市' }),
      row({ indicator: '美丽街区目标完成', sentence: 's', kind: 'target' }),
      row({ indicator: '美丽街区目标完成', sentence: 's', measure: 'share' }),
      row({ indicator: '美丽街区目标完成', sentence: 's', year: null, period: '2021-2025' }),
      row({ indicator: '美丽街区目标完成', sentence: 's', inGlossary: true }),
    ];
    const read = withAskedSubject(tools([...distractors, ...BEAUTIFUL_STREETS]), query('上海去年美丽街区目标完成了吗', '上海市', ['去年']));
    expect(read?.indicators[0].name).toBe('美丽街区');
  });

  it('reads a rate as well as a level', () => {
    const rates = [row({ indicator: '城乡居民收入倍差', sentence: '城乡居民收入倍差缩小到1.8', measure: 'rate' })];
    expect(withAskedSubject(tools(rates), query('上海去年城乡居民收入倍差多少', '上海市', ['去年']))?.indicators[0].name).toBe(
      '城乡居民收入倍差',
    );
  });

  it('takes the place out of the question, by every name the place goes by', () => {
    // Without it, 上海美丽街区 would be the run the question shares with the second name.
    const rows = [...BEAUTIFUL_STREETS, row({ indicator: '上海美丽街区', sentence: '上海美丽街区建成116个' })];
    expect(withAskedSubject(tools(rows), query('去年上海美丽街区目标完成了吗', '上海市', ['去年']))?.indicators[0].name).toBe('美丽街区');
  });

  it('takes the year phrases out of the question', () => {
    const rows = [...BEAUTIFUL_STREETS, row({ indicator: '这两年美丽街区', sentence: '这两年美丽街区116个' })];
    expect(withAskedSubject(tools(rows), query('上海这两年美丽街区建了多少', '上海市', ['这两年']))?.indicators[0].name).toBe('美丽街区');
  });

  it('names the subject as long as the question and a sentence write it, the shorter name its synonym', () => {
    const rows = [row({ indicator: '美乡村覆盖率', sentence: '和美乡村覆盖率达73%', place: '浙江省', unit: '%', measure: 'rate' })];
    const read = withAskedSubject(tools(rows), query('浙江这两年和美乡村覆盖率分别多少', '浙江省', ['这两年']));
    expect(read?.indicators[0]).toEqual({ name: '和美乡村覆盖率', synonyms: ['美乡村覆盖率'], en: [] });
    // The lead names it as the question does; a figure of another name keeps its own.
    expect(subjectLabel(read as UnderstoodQuery, '美乡村覆盖率')).toBe('和美乡村覆盖率');
    expect(subjectLabel(read as UnderstoodQuery, '“美乡村覆盖率”')).toBe('和美乡村覆盖率');
    expect(subjectLabel(read as UnderstoodQuery, '森林覆盖率')).toBe('森林覆盖率');
  });

  it('adds the object a sentence of the subject counts apart from its verb', () => {
    const rows = [
      row({ indicator: '打通断头路', sentence: '打通53条断头路，东四环大修顺利完工', place: '北京市', unit: '条' }),
      row({ indicator: '打通断头路', sentence: '打通断头路53条', place: '北京市', unit: '条' }),
      // Filed under another name: its sentence is never read for the subject's forms.
      row({ indicator: '修缮老楼', sentence: '修缮老楼12栋，通断头路8条', place: '北京市', unit: '栋' }),
    ];
    const read = withAskedSubject(tools(rows), query('北京去年打通断头路目标完成了吗', '北京市', ['去年']));
    expect(read?.indicators[0]).toEqual({ name: '打通断头路', synonyms: ['断头路'], en: [] });
  });

  it('reads the sentences of a name that marks a part of the subject', () => {
    // The name "打通“断头”路" is the subject 打通断头路 once its quotes go: its sentence counts 断头路 apart.
    const rows = [row({ indicator: '打通“断头”路', sentence: '打通53条断头路', place: '北京市', unit: '条' })];
    const read = withAskedSubject(tools(rows), query('北京去年打通断头路多少', '北京市', ['去年']));
    expect(read?.indicators[0]).toEqual({ name: '打通断头路', synonyms: ['打通“断头”路', '断头路'], en: [] });
  });

  it('is null for a glossary indicator, several places or none, an English question, or no shared name', () => {
    const t = tools(BEAUTIFUL_STREETS);
    const gdp = { name: '地区生产总值', synonyms: ['GDP'], en: ['GDP'] } as IndicatorEntry;
    expect(withAskedSubject(t, query('上海去年美丽街区多少', '上海市', ['去年'], { indicators: [gdp] }))).toBeNull();
    expect(withAskedSubject(t, query('上海去年美丽街区多少', '上海市', ['去年'], { places: ['上海市', '北京市'] }))).toBeNull();
    expect(withAskedSubject(t, query('去年美丽街区多少', '上海市', ['去年'], { places: [] }))).toBeNull();
    expect(withAskedSubject(t, query('上海去年美丽街区多少', '上海市', ['去年'], { language: 'en' }))).toBeNull();
    expect(withAskedSubject(t, query('上海这两年怎么样', '上海市', ['这两年']))).toBeNull();
  });
});

describe('isAskedSubject and subjectLabel of a glossary indicator', () => {
  it('tells a subject read from the question from a glossary indicator', () => {
    const gdp = { name: '地区生产总值', synonyms: [], en: [] } as IndicatorEntry;
    expect(isAskedSubject(undefined)).toBe(false);
    expect(isAskedSubject(gdp)).toBe(false);
    expect(subjectLabel({ indicators: [gdp] }, '生产总值')).toBe('生产总值');
    expect(subjectLabel({ indicators: [] }, '生产总值')).toBe('生产总值');
  });

  it('keeps the figure name when the subject is no longer than it', () => {
    const read = withAskedSubject(tools(BEAUTIFUL_STREETS), query('上海去年美丽街区多少', '上海市', ['去年']));
    // 美丽街区 is as long as the figure's name without its quotes: the figure's name as written stays.
    expect(subjectLabel(read as UnderstoodQuery, '“美丽街区”')).toBe('“美丽街区”');
  });
});

describe('sharedSubject', () => {
  it('takes the first name of the longest runs when they are written as often', () => {
    expect(sharedSubject('人工造林绿化植树', ['人工造林', '绿化植树'])).toBe('人工造林');
    expect(sharedSubject('绿化植树人工造林', ['绿化植树', '人工造林'])).toBe('绿化植树');
  });

  it('counts a name written with and without quotes as one name', () => {
    expect(sharedSubject('绿化植树人工造林', ['绿化植树', '“人工造林”', '人工造林'])).toBe('人工造林');
  });

  it('prefers a longer run to a name written more often, and keeps it over a shorter run read after it', () => {
    expect(sharedSubject('人工造林面积多少', ['人工造林', '人工造林', '人工造林面积'])).toBe('人工造林面积');
    expect(sharedSubject('人工造林面积多少', ['人工造林面积', '造林面'])).toBe('人工造林面积');
    // Written more often counts only between runs as long: a shorter run never wins by it.
    expect(sharedSubject('人工造林面积多少', ['人工造林面积', '造林面', '造林面'])).toBe('人工造林面积');
  });

  it('is null when the only runs shared are shorter than three characters', () => {
    // "上海市目标" shares 目标 (two characters) once 上海 is taken out: a word in common, no subject.
    expect(sharedSubject('上海去年目标完成了吗', ['上海市目标', '目标'], ['上海', '去年'])).toBeNull();
  });

  it('accepts a run of three characters', () => {
    expect(sharedSubject('北京去年断头路多少', ['打通断头路'], ['北京', '去年'])).toBe('断头路');
  });

  it('reads the names without their quotes', () => {
    expect(sharedSubject('建成美丽街区多少个', ['建成“美丽街区”'])).toBe('建成美丽街区');
  });

  it('cuts the question at the longer of two place names first, at numbers and at punctuation', () => {
    // 上海 first would leave 市美丽街区, the run the name shares.
    expect(sharedSubject('上海市美丽街区多少', ['市美丽街区'], ['上海', '上海市'])).toBe('美丽街区');
    expect(sharedSubject('上海2025年美丽街区多少', ['2025年美丽街区'])).toBe('年美丽街区');
    expect(sharedSubject('美丽街区，新建多少', ['美丽街区，新建'])).toBe('美丽街区');
    expect(sharedSubject('美丽街区 新建多少', ['美丽街区 新建'])).toBe('美丽街区');
  });

  it('ignores an empty word among those taken out', () => {
    expect(sharedSubject('上海美丽街区多少', ['美丽街区'], ['', '上海'])).toBe('美丽街区');
  });
});

describe('markedForms', () => {
  it('finds the subject with marks around or inside it, each form once', () => {
    expect(markedForms('美丽街区', ['建成“美丽街区”', '新建“美丽街区”', '美丽街区'])).toEqual(['“美丽街区”']);
    expect(markedForms('美丽街区', ['《美丽》街区建设'])).toEqual(['《美丽》街区']);
  });

  it('reads the characters of the subject literally', () => {
    expect(markedForms('5G+', ['5GG应用'])).toEqual([]);
    expect(markedForms('a.b', ['axb'])).toEqual([]);
  });
});

describe('countedApart', () => {
  it('keeps the longest ending a sentence writes apart from the subject, one per sentence', () => {
    expect(countedApart('打通城市断头路', ['打通53条城市断头路'])).toEqual(['城市断头路']);
  });

  it('finds no ending shorter than three characters', () => {
    // "加装电梯" leaves no ending of three characters in "加装了869台电梯".
    expect(countedApart('加装电梯', ['加装了869台电梯'])).toEqual([]);
  });

  it('reads a sentence without its quotes', () => {
    expect(countedApart('打通断头路', ['打通“断头路”53条'])).toEqual([]);
    expect(countedApart('打通断头路', ['打通53条“断头路”'])).toEqual(['断头路']);
  });
});

describe('wholeSubject', () => {
  it('reads sentences without their quotes, and keeps the subject when no run holding it is longer', () => {
    expect(wholeSubject('美乡村覆盖率', '|和美乡村覆盖率|', ['和美“乡村”覆盖率达73%'])).toBe('和美乡村覆盖率');
    expect(wholeSubject('美丽街区', '|美丽街区|', ['美丽街区建成'])).toBe('美丽街区');
  });

  it('keeps the longest run holding the subject over a shorter one after it, and never takes a run without it', () => {
    expect(wholeSubject('美乡村覆盖率', '|和美乡村覆盖率|', ['和美乡村覆盖率达73%', '美乡村'])).toBe('和美乡村覆盖率');
    expect(wholeSubject('美丽街区', '|美丽街区|建成多少个', ['美丽街区建设', '建成多少个'])).toBe('美丽街区');
  });
});

describe('longestCommonRun', () => {
  it('never runs across a cut', () => {
    expect(longestCommonRun(`ab${RUN_BREAK}cd`, `b${RUN_BREAK}c`)).toBe('b');
  });

  it('takes the first of runs as long', () => {
    expect(longestCommonRun('abcd', 'cdab')).toBe('ab');
    expect(longestCommonRun('xcd', 'abcd')).toBe('cd');
  });

  it('is empty when nothing is shared', () => {
    expect(longestCommonRun('abc', 'xyz')).toBe('');
    expect(longestCommonRun('', 'xyz')).toBe('');
  });
});
