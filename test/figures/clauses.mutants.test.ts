/**
 * Clause splitting (src/figures/clauses.ts): a sentence cut at its clause marks, except marks
 * inside a number, with parentheses that hold a figure made clauses of their own (issue #15: the
 * mutants of this file that changed a cut and no test noticed).
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans } from '../../src/figures/candidates.js';
import { clausesOf } from '../../src/figures/clauses.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

function clauses(sentence: string): string[] {
  const w = toHalfWidth(sentence);
  const cands = candidatesOf(w, scanNumbers(w), quoteSpans(w));
  return clausesOf(w, cands).map(([a, b]) => w.slice(a, b));
}

describe('clauses', () => {
  it('cuts at every clause mark and drops empty clauses', () => {
    expect(clauses('增长5%;投资增长6%!消费增长7%?')).toEqual(['增长5%', '投资增长6%', '消费增长7%']);
    expect(clauses('，，增长5%。')).toEqual(['增长5%']);
    expect(clauses('增长5%,')).toEqual(['增长5%']);
  });

  it("does not cut inside a number: a thousands comma or a ratio's colon", () => {
    expect(clauses('1,234亿元')).toEqual(['1,234亿元']);
    expect(clauses('比例为2:3')).toEqual(['比例为2:3']);
    expect(clauses('时间:15:30')).toEqual(['时间', '15:30']);
    expect(clauses('x:5')).toEqual(['x', '5']);
    expect(clauses('5:x')).toEqual(['5', 'x']);
  });

  it('makes each parenthesis holding a figure a clause, and keeps one without a figure in its clause', () => {
    expect(clauses('地区生产总值增长5%(确保6%以上),三次产业结构为2:38:60')).toEqual([
      '地区生产总值增长5%',
      '确保6%以上',
      '三次产业结构为2:38:60',
    ]);
    expect(clauses('地区生产总值增长5%(确保6%)和(力争7%)')).toEqual(['地区生产总值增长5%', '确保6%', '和', '力争7%']);
    expect(clauses('(确保6%以上)')).toEqual(['确保6%以上']);
    expect(clauses('出口国家(地区)增加,达到5个')).toEqual(['出口国家(地区)增加', '达到5个']);
    expect(clauses('a(b)c(5个)')).toEqual(['a(b)c', '5个']);
  });

  it('leaves a parenthesis that never closes in its clause', () => {
    expect(clauses('增长5%(确保')).toEqual(['增长5%(确保']);
    expect(clauses('增长5%(上年4%')).toEqual(['增长5%(上年4%']);
  });
});
