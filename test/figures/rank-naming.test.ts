import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { rankNamedInQuestion } from '../../src/figures/rank-figures.js';
import { resultSentence } from '../support/hand-built-figures.js';

const input = resultSentence;
const ranks = (sentence: string) =>
  extractFigures(input(sentence))
    .filter((f) => f.qualifier?.endsWith('第'))
    .map((f) => [f.indicator, f.value, f.unit]);

describe('which rank a question names', () => {
  it('names a rank by the head of its name and words the rest of the name holds', () => {
    expect(rankNamedInQuestion('储能产业综合竞争力评价', '某省储能产业竞争力全国第几')).toBe(true);
    expect(rankNamedInQuestion('“数实”融合发展水平', '某省数实融合全国排第几')).toBe(true);
    expect(rankNamedInQuestion('机器人产业发展评价', '某省24年机器人产业全国第几')).toBe(true);
    expect(rankNamedInQuestion('外贸进出口总额', '某省外贸进出口总额全国第几')).toBe(true);
  });

  it('does not name a rank whose name lacks a word the question asks, nor one sharing only a short head', () => {
    expect(rankNamedInQuestion('机器人产业发展评价', '某省机器人产业营收全国第几')).toBe(false);
    expect(rankNamedInQuestion('储能产业综合竞争力评价', '某省储能装机全国第几')).toBe(false);
  });
});

describe('counted ranks of a described thing', () => {
  it('ranks the subject named by the head noun after 的 ("…成为全省第4个吞吐量超千万人次的机场")', () => {
    expect(ranks('某某国际机场成为全省第3个吞吐量超千万人次的机场，全省机场旅客吞吐量达1.2亿人次。')).toEqual([['某某国际机场', 3, '个']]);
  });

  it('keeps the thing itself when the sentence names no subject with its head noun', () => {
    expect(ranks('建成全国第5个国家级数据交易所。')).toEqual([['国家级数据交易所', 5, '个']]);
  });
});
