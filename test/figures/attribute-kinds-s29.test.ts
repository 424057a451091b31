import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';

/** Session 29's attribute kinds (a metro line's number, a wafer size, a ranking list's size) and the names they take. */
const input = (sentence: string, kind: 'result' | 'plan' = 'result') =>
  ({ sentence, citationId: 'c1', period: '2025', district: '福建省', kind, source: 'text' }) as const;
const read = (sentence: string, question: string) =>
  attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, f.unit]);

describe('the attribute kinds of session 29', () => {
  it('a metro line’s number, asked "几号线" or "which line"; one with no words of its own before it is not read', () => {
    expect(read('建成福州地铁4号线后通段、6号线', '是几号线')).toEqual([['福州地铁', 4, '号线']]);
    expect(attributesAsked('which metro line opened in 2024?').map((k) => k.unit)).toEqual(['号线']);
  });

  it('a size in inches, named by the words after it', () => {
    expect(read('华润微电子12英寸晶圆产线建成投产', '产线是几英寸的')).toEqual([['晶圆产线尺寸', 12, '英寸']]);
  });

  it('a ranking list’s size, each list named back to the one before it and without a joining word', () => {
    expect(read('入围中国民营企业500强和民营企业制造业500强、服务业100强', '服务业那张是多少强')).toEqual([
      ['入围中国民营企业', 500, '强'],
      ['民营企业制造业', 500, '强'],
      ['服务业', 100, '强'],
    ]);
  });

  it('an anniversary after a copula is named by the words after it', () => {
    expect(read('2026年是中国共产党成立105周年', '建党多少周年')).toEqual([['中国共产党成立', 105, '周年']]);
  });

  it('none of them read when no question asks', () => {
    expect(read('建成福州地铁4号线后通段', '福州地铁建成多少公里')).toEqual([]);
  });
});
