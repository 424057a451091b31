import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';

/** Session 29's attribute kinds (a metro line's number, a wafer size, a ranking list's size) and the names they take. */
const input = (sentence: string, kind: 'result' | 'plan' = 'result') =>
  ({ sentence, citationId: 'c1', period: '2025', district: '福建省', kind, source: 'text' }) as const;
const read = (sentence: string, question: string) =>
  attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, f.unit]);

describe('the attribute kinds of session 29', () => {
  it('a metro line’s number, asked "几号线" or "which line"; one with no words of its own before it is named by its clause’s verb', () => {
    expect(read('建成福州地铁4号线后通段、6号线', '是几号线')).toEqual([
      ['福州地铁', 4, '号线'],
      ['建成', 6, '号线'],
    ]);
    expect(read('开通3号线一期、12号线、昌平线南延一期', '是几号线')).toEqual([
      ['一期', 3, '号线'],
      ['开通', 12, '号线'],
    ]);
    // A list of numbers sharing the unit: each is a line of its own, named by the words before the list.
    expect(read('地铁3、4、10、19号线沿线24个站点顺利开通', '几号线')).toEqual([
      ['地铁', 3, '号线'],
      ['地铁', 4, '号线'],
      ['地铁', 10, '号线'],
      ['地铁', 19, '号线'],
    ]);
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

describe('a service circle’s reach and the hours a service keeps', () => {
  it('"15分钟健身圈" asked "几分钟", named by the circle after it', () => {
    expect(read('城区15分钟健身圈基本建成', '健身圈是几分钟的')).toEqual([['健身圈', 15, '分钟']]);
    expect(read('车程缩至30分钟', '开车要几分钟')).toEqual([]);
  });

  it('"24小时开放" asked "多少小时", named back to a share before it', () => {
    expect(read('89.4%的公园实现24小时开放', '公园多少小时开放')).toEqual([['公园实现', 24, '小时']]);
    expect(read('全市89.4%公园实现24小时开放', '公园多少小时开放')).toEqual([['公园实现', 24, '小时']]);
    expect(read('提前6小时发布预警', '提前几个小时')).toEqual([]);
  });
});

describe('a policy package named by how many articles it has', () => {
  it('"出台“33条”增量政策" asked "多少条": the number inside the quotes, named by the words after them', () => {
    expect(read('提升服务效能，出台“33条”增量政策', '增量政策是多少条')).toEqual([['增量政策', 33, '条']]);
    expect(read('新开通5条国际航线', '几条国际航线')).toEqual([]);
  });
});

describe('an attribute named by the words before it, with none there', () => {
  it('is named by the words on the other ("…投入使用，20号线一期东段")', () => {
    expect(read('银都路越江隧道投入使用，20号线一期东段开工', '一期东段是几号线')).toEqual([['一期东段', 20, '号线']]);
  });
});
