import { describe, expect, it } from 'vitest';
import { speaksOfEconomy } from '../../src/lang/zh/economy-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { realCorpusEngine } from '../support/engine.js';

const PLACES = knownPlaces(['浙江省', '山东省', '国务院', '钱塘区']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });

describe('the country as a subject', () => {
  it('reads 国家/中国/我国 at the head of a question, before its year, as the national reports', () => {
    expect(read('国家2025年粮食产量要达到多少').places).toEqual(['国务院']);
    expect(read('中国去年GDP增长多少').places).toEqual(['国务院']);
  });

  it('never reads 国家 inside a name as the country', () => {
    expect(read('钱塘区国家高新技术企业有多少家').places).toEqual(['钱塘区']);
    expect(read('国家高新技术企业有多少家').places).toEqual([]);
  });

  it('reads 全国 in a rank as the field, not a second place', () => {
    expect(read('浙江一般公共预算收入全国排第几').places).toEqual(['浙江省']);
    expect(read('浙江和全国2025年GDP增速谁快').places).toEqual(['浙江省', '国务院']);
  });
});

describe('the economy as a whole', () => {
  it('is 经济 at the head, after a place, a year or 的, and the English economy', () => {
    expect(speaksOfEconomy('山东去年经济咋样')).toBe(true);
    expect(speaksOfEconomy('经济增长多少')).toBe(true);
    expect(speaksOfEconomy("How fast did Zhejiang's economy grow")).toBe(true);
  });

  it('is not a part of it: 民营经济, 数字经济, 海洋经济', () => {
    expect(speaksOfEconomy('民营经济增加值是多少')).toBe(false);
    expect(speaksOfEconomy('数字经济核心产业增加值')).toBe(false);
    expect(speaksOfEconomy('海洋经济规模')).toBe(false);
  });

  it('asks GDP when a question about the economy names no indicator', () => {
    expect(read('山东去年经济咋样').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(read('民营经济增加值是多少').indicators).toEqual([]);
  });
});

describe('a figure leads only when the question names its subject', () => {
  it('does not answer 民营经济增加值 with the 数字经济 figure of the same report', async () => {
    const engine = await realCorpusEngine();
    const answer = await engine.ask('拱墅区2022年民营经济增加值是多少');
    expect(answer.text.split('\n')[0]).not.toContain('数字经济核心产业增加值（实绩）');
  });

  it('still leads with a figure the question names outside the glossary', async () => {
    const engine = await realCorpusEngine();
    const answer = await engine.ask('杭州亚运会有多少名运动员参加？');
    expect(answer.text.split('\n')[0]).toContain('11830');
  });
});

describe('a short word that is also an indicator name', () => {
  const shanghai = knownPlaces(['上海市']);
  const readIn = (q: string) => understandQuery(q, shanghai, { today: new Date('2026-12-01') }).indicators.map((i) => i.name);

  it('names the indicator on its own: after the place, the year or a neutral word', () => {
    expect(readIn('上海2025年投资增长多少')).toEqual(['固定资产投资']);
    expect(readIn('上海投资增长多少')).toEqual(['固定资产投资']);
  });

  it('does not inside a compound: 房地产开发投资 is not 固定资产投资', () => {
    expect(readIn('上海2025年房地产开发投资增长多少')).toEqual([]);
  });
});

describe('evidence without the asked number', () => {
  it('says first that no figure was found, then quotes the evidence', async () => {
    const engine = await realCorpusEngine();
    const answer = await engine.ask('拱墅区2022年民营经济增加值是多少');
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toBe('报告中没有找到所问的具体数字，相关原文如下。');
  });
});

describe('a run of years', () => {
  it('keeps the span a question asks ("近三年", "2021到2024") and notes it as one range', () => {
    const q = read('浙江近三年GDP');
    expect(q.yearSpan).toEqual({ from: 2023, to: 2025 });
    expect(read('浙江2021到2024年GDP').yearSpan).toEqual({ from: 2021, to: 2024 });
    expect(read('浙江2024年GDP').yearSpan).toBeNull();
  });
});
