import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

/**
 * Session 19's mutation run (docs/mutation-survivors.md, "Session 19, lead's changes"): a partner's share beside the
 * whole's for a share or an English question (src/figures/asked-shape.ts), years as an amount only near the name of a
 * duration and single Chinese numerals (src/figures/candidates.ts), on hand-built figures and sentences.
 */
const fig = (indicator: string, unit = '%') => ({ indicator, value: 47.5, unit, qualifier: undefined });
const names = (q: string, figures: ReturnType<typeof fig>[]) => preferAskedShape(q, figures).map((f) => f.indicator);
const read = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a partner’s figure beside the whole’s', () => {
  const figures = [fig('对共建国家进出口占全省比重'), fig('民营企业进出口占全省比重')];
  it('gives way to the whole’s for a share or an English question naming no partner', () => {
    expect(names('进出口占全省比重多少', figures)).toEqual(['民营企业进出口占全省比重']);
    expect(names("What share of Jiangsu's trade?", figures)).toEqual(['民营企业进出口占全省比重']);
  });
});

describe('years as an amount', () => {
  it('only within reach of the duration’s name', () => {
    expect(read('平均受教育年限提高，其他各项工作稳步推进并取得成效持续3年')).toEqual([]);
  });
  it('no single Chinese numeral is an amount', () => {
    expect(read('引进百家企业')).toEqual([]);
    expect(read('培育千家企业')).toEqual([]);
  });
});
