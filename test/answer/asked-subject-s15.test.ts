import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { countedApart, markedForms, sharedSubject, wholeSubject } from '../../src/answer/kinds/asked-subject.js';
import { longestCommonRun } from '../../src/answer/longest-common-run.js';
import { countedAs } from '../../src/lang/zh/counter-equivalents.js';
import { trendAnswer } from '../../src/answer/kinds/trend.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Subjects outside the glossary: the words a question shares with the name of figures the reports
 * state are read like an indicator, so a target sits beside its result and each year asked gets its
 * own cited figure.
 */
describe('the subject a question shares with a figure name', () => {
  it('is the longest run of characters both write, quotes aside', () => {
    expect(sharedSubject('上海去年美丽街区目标完成了吗', ['建成“美丽街区”', '架空线入地'], ['上海', '去年'])).toBe('美丽街区');
    expect(sharedSubject('山东去年新开外贸航线目标完成了没', ['新开辟外贸航线', '外贸'], ['山东', '去年'])).toBe('外贸航线');
  });

  it('is never a place or a year phrase, and never a word of two characters', () => {
    // "上海市" shares 上海 and 市 with a name; "目标" two characters: no subject.
    expect(sharedSubject('上海去年目标完成了吗', ['上海市目标', '目标'], ['上海', '去年'])).toBeNull();
    expect(sharedSubject('上海这两年建了多少', ['这两年建成'], ['上海', '这两年'])).toBeNull();
  });

  it('prefers the name written most often when two runs are as long', () => {
    expect(sharedSubject('人工造林绿化植树', ['绿化植树', '人工造林', '人工造林'])).toBe('人工造林');
  });

  it('finds the longest common run, stopping at cuts', () => {
    expect(longestCommonRun('abc|defg', 'xdefgy')).toBe('defg');
    expect(longestCommonRun('ab|cd', 'bc')).toBe('b');
  });

  it('is as long as the question and a sentence of the figure write it together', () => {
    // The figure reading cut 和 off as "and"; the question and the sentence both write 和美乡村覆盖率.
    expect(wholeSubject('美乡村覆盖率', '|和美乡村覆盖率|', ['和美乡村覆盖率达73%'])).toBe('和美乡村覆盖率');
    // A longer run that leaves the subject out is no longer subject.
    expect(wholeSubject('美丽街区', '|美丽街区建成多少|', ['建成116个“美丽街区”，完成多少'])).toBe('美丽街区');
  });

  it('reads the object a sentence counts apart from its verb', () => {
    expect(countedApart('打通断头路', ['打通53条断头路，东四环大修顺利完工', '打通断头路53条'])).toEqual(['断头路']);
    // Never shorter than a subject may be: "加装电梯" leaves no ending of three characters in "加装了电梯".
    expect(countedApart('加装电梯', ['加装了869台电梯'])).toEqual([]);
  });

  it('counts machines in 台 and 部 alike, and keeps other measures apart', () => {
    expect(countedAs('部')).toBe(countedAs('台'));
    expect(countedAs('座')).toBe(countedAs('个'));
    expect(countedAs('条')).toBe('条');
    expect(countedAs('台')).not.toBe(countedAs('个'));
  });

  it('keeps the forms a report marks the subject with', () => {
    expect(markedForms('美丽街区', ['建成“美丽街区”', '美丽街区'])).toEqual(['“美丽街区”']);
    expect(markedForms('人工造林', ['人工造林'])).toEqual([]);
  });
});

describe('answers about a subject outside the glossary (real corpus)', () => {
  const today = new Date('2026-12-01');
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  });

  it("sets the year's result beside the target the plan set for it, with the verdict", async () => {
    const answer = await engine.ask('上海去年美丽街区目标完成了吗', { today });
    const first = answer.text.split('\n').find((l) => l.includes('目标')) ?? '';
    expect(first).toContain('116个');
    expect(first).toContain('100个');
    expect(first).toContain('完成目标');
    const cited = answer.citations.map((c) => c.sentence);
    expect(cited.some((s) => s.includes('建成116个“美丽街区”'))).toBe(true);
    expect(cited.some((s) => s.includes('建成100个“美丽街区”'))).toBe(true);
  });

  it('sets a count in 台 against a target in 部, and reads a count written inside the subject', async () => {
    const lift = (await engine.ask('北京去年老楼加装电梯目标完成了没有', { today })).text;
    expect(lift).toContain('实际869台');
    expect(lift).toContain('目标600部');
    const roads = (await engine.ask('北京去年打通断头路超额了吗', { today })).text;
    expect(roads).toContain('实际53条');
    expect(roads).toContain('目标20条');
  });

  it('names the side the reports give no figure for: the target not set, the result not yet reported', async () => {
    const planted = (await engine.ask('安徽去年人工造林目标完成了吗', { today })).text.split('\n');
    expect(planted[0]).toContain('21.7万亩');
    expect(planted[1]).toContain('没有找到安徽省2025年人工造林的数值目标');
    const roads = (await engine.ask('北京今年打通断头路目标完成了吗', { today })).text.split('\n');
    expect(roads[0]).toContain('（目标）：50条');
    expect(roads[1]).toContain('没有北京市2026年打通断头路的实际完成情况');
  });

  it('reads a target worded otherwise than the result when the subject is the same', async () => {
    const answer = await engine.ask('山东去年新开外贸航线目标完成了没', { today });
    const first = answer.text.split('\n').find((l) => l.includes('目标')) ?? '';
    expect(first).toContain('20条');
    expect(first).toContain('10条以上');
  });

  it('gives each year asked its own cited figure', async () => {
    const question = '上海美丽街区这两年各建了多少';
    const query = engine.retriever.understand(question, { today });
    const frame = { id: 't', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
    const answer = await trendAnswer(engine, frame);
    const first = answer?.text.split('\n')[0] ?? '';
    expect(first).toContain('2024年 102个');
    expect(first).toContain('2025年 116个');
    expect(answer?.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('names the year asked that has no figure of its own, never a span total read as that year', async () => {
    const question = '广东乡村绿化植树这两年分别多少株';
    const query = engine.retriever.understand(question, { today });
    const frame = { id: 't', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
    const text = (await trendAnswer(engine, frame))?.text ?? '';
    expect(text.split('\n')[0]).toContain('2024年 超1858万株');
    // 3900万株 is "累计" over 2021–2025 in the 2026 report: no 2025 figure.
    expect(text).toContain('报告中没有2025年的该项数据');
    expect(text.split('\n')[0]).not.toContain('3900');
  });

  it('is no trend when the question shares no figure name with the reports', async () => {
    const question = '上海这两年怎么样';
    const query = engine.retriever.understand(question, { today });
    const frame = { id: 't', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
    expect(await trendAnswer(engine, frame)).toBeNull();
  });
});
