/**
 * A sentence whose figures the figure table reads as the asked indicator, though its words name it only apart
 * ("顶住经济下行压力，…全年增长4.8%、总量达5.3万亿元"): src/retrieve/table-indicators.ts and its use in
 * src/retrieve/scoring/context.ts (`sentenceFacts`), on hand-built rows and sentences.
 */
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/figure-table/index.js';
import { questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { statedIndicators } from '../../src/retrieve/table-indicators.js';
import { asked, indicator } from '../support/hand-built-query.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

const row = (citationId: string, indicatorId: string, measure: FigureRow['measure'], inGlossary = true) =>
  ({ citationId, indicatorId, measure, inGlossary }) as FigureRow;

describe('the glossary indicators the table reads from each sentence', () => {
  it('keeps levels, rates and averages of glossary indicators, once each', () => {
    const stated = statedIndicators({
      rows: [
        row('s1', '地区生产总值', 'level'),
        row('s1', '地区生产总值', 'rate'),
        row('s1', '粮食产量', 'average'),
        row('s2', '地区生产总值', 'share'),
        row('s2', '进出口总额', 'rank'),
        row('s3', '园区产值', 'level', false),
        row('s4', '出口', 'gap'),
        row('s4', '出口', 'points'),
      ],
    });
    expect([...(stated.get('s1') ?? [])]).toEqual(['地区生产总值', '粮食产量']);
    expect(stated.has('s2')).toBe(false);
    expect(stated.has('s3')).toBe(false);
    expect(stated.has('s4')).toBe(false);
  });
});

const sentence = (norm: string) => resultSentenceOf(norm);

describe('a sentence the table reads as the asked indicator', () => {
  const text = '顶住经济下行压力，全年增长4.8%、总量达5.3万亿元';
  const gdp = asked('湖南24年经济增长多少', { indicators: [indicator('地区生产总值')], wantsQuantity: true });
  const facts = (query = gdp, tableIndicators?: ReadonlySet<string>) =>
    sentenceFacts(questionFacts(query, true), { sentence: sentence(text), lexical: 0.5, chunkScore: 0.5, age: 0, tableIndicators });

  it('names the indicator as a partial name does and gives its number', () => {
    expect(facts(gdp, new Set(['地区生产总值']))).toMatchObject({ mention: 0.6, givesQuantity: true });
  });

  it('is no evidence without the table’s reading, or of another indicator', () => {
    expect(facts(gdp)).toMatchObject({ mention: 0, givesQuantity: false });
    expect(facts(gdp, new Set(['粮食产量']))).toMatchObject({ mention: 0, givesQuantity: false });
  });

  it('gives no number where no quantity is asked', () => {
    expect(facts({ ...gdp, wantsQuantity: false }, new Set(['地区生产总值']))).toMatchObject({ mention: 0.6, givesQuantity: false });
  });

  it('never lowers a full name written in the sentence', () => {
    const written = sentenceFacts(questionFacts(gdp, true), {
      sentence: sentence('地区生产总值增长4.8%'),
      lexical: 1,
      chunkScore: 1,
      age: 0,
      tableIndicators: new Set(['地区生产总值']),
    });
    expect(written.mention).toBe(1);
  });
});
