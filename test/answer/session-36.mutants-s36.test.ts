import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { withConversionsNamed } from '../../src/figures/currency-conversions.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { withSectorShares } from '../../src/figures/sector-shares.js';
import { placeNamesInLatin } from '../../src/lang/zh/place-abbreviations.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 36's lines, each decision pinned without the engine (the mutation run of stryker.s36.json; the engine's answers:
 * test/answer/questions-s36.test.ts).
 */
const PLACES = knownPlaces(['上海市', '拱墅区', '钱塘区', '江苏省', '浙江省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-05') });

describe('an amount in two currencies', () => {
  const dollars = handFigure('实际使用外资', 160.6, '亿美元', {}, '上海市');
  const yuan = handFigure('实际使用外资', 1148, '亿元', { qualifier: '折合' }, '上海市');
  const citations = [resultCitation('c1', '实际使用外资达到160.6亿美元、折合1148亿元人民币', '上海市')];

  it('leads with the currency asked, and with the first written when none is', () => {
    expect(figureLead(ask('上海实际使用外资折合人民币多少'), [dollars, yuan], citations)).toContain('折合1148亿元');
    expect(figureLead(ask('上海实际使用外资多少'), [dollars, yuan], citations)).toContain('160.6亿美元');
    expect(figureLead(ask('上海实际使用外资多少亿美元'), [yuan, dollars], citations)).toContain('160.6亿美元');
  });

  const figure = (indicator: string, value: number, unit: string, over: Partial<Figure> = {}) =>
    handFigure(indicator, value, unit, over, '上海市');

  it('names the conversion after the amount it converts, its verb kept as a qualifier', () => {
    const [, converted] = withConversionsNamed([figure('实际使用外资', 160.6, '亿美元'), figure('约合人民币', 1243, '亿元')]);
    expect(converted).toMatchObject({ indicator: '实际使用外资', qualifier: '约合' });
    const [, withBound] = withConversionsNamed([figure('出口', 10, '亿美元'), figure('折合', 70, '亿元', { qualifier: '以上' })]);
    expect(withBound).toMatchObject({ indicator: '出口', qualifier: '折合…以上' });
  });

  it('only after an amount in the other currency, of the same sentence', () => {
    const alone = figure('折合人民币', 1148, '亿元');
    expect(withConversionsNamed([alone])).toEqual([alone]);
    const sameCurrency = [figure('投资', 100, '亿元'), figure('折合', 50, '万元')];
    expect(withConversionsNamed(sameCurrency)).toEqual(sameCurrency);
    const count = [figure('项目', 12, '个'), figure('折合', 50, '亿元')];
    expect(withConversionsNamed(count)).toEqual(count);
    const otherSentence = [figure('实际使用外资', 160.6, '亿美元'), figure('折合人民币', 1148, '亿元', { citationId: 'c2' })];
    expect(withConversionsNamed(otherSentence)).toEqual(otherSentence);
    const notConversion = [figure('实际使用外资', 160.6, '亿美元'), figure('利润总额', 1148, '亿元')];
    expect(withConversionsNamed(notConversion)).toEqual(notConversion);
  });
});

describe('the currency asked, in a conversation', () => {
  it('is carried by an elliptical follow-up, not by one asking its own indicator, nor made up', () => {
    const first = ask('去年上海实际使用外资折合人民币多少');
    expect(first.currency).toBe('yuan');
    expect(conversationState([first, ask('那前年的数呢')])?.currency).toBe('yuan');
    expect(conversationState([first, ask('那前年出口多少')])?.currency).toBeUndefined();
    expect(conversationState([ask('去年上海实际使用外资多少'), ask('那前年的数呢')])?.currency).toBeUndefined();
    expect(conversationState([first, ask('那前年多少美元')])?.currency).toBe('dollars');
  });
});

describe('a target and its bound', () => {
  const target = handFigure('服务业增加值', 6, '%', {
    kind: 'target',
    qualifier: '左右',
    change: { direction: 'up', value: 6, unit: '%' },
  });
  const floor = handFigure('服务业增加值', 5.5, '%', {
    kind: 'target',
    qualifier: '确保…以上',
    change: { direction: 'up', value: 5.5, unit: '%' },
  });
  const citations = [resultCitation('c1', '服务业增加值增长6%左右(确保5.5%以上)')];

  it('the floor asked leads, the aim before the verb; the target otherwise', () => {
    expect(figureLead(ask('浙江服务业增加值增长 确保多少'), [target, floor], citations)).toContain('确保增长5.5%以上');
    expect(figureLead(ask('浙江服务业增加值增长目标'), [target, floor], citations)).toContain('增长6%左右');
  });

  it('only an aim moves before the verb, only in Chinese, only for a growth', () => {
    const growth = (qualifier: string, value = 5) =>
      handFigure('地区生产总值', value, '%', { kind: 'target', qualifier, change: { direction: 'up', value, unit: '%' } });
    const gdp = [resultCitation('c1', '地区生产总值增长')];
    expect(figureLead(ask('浙江GDP增长目标'), [growth('力争')], gdp)).toContain('力争增长5%');
    expect(figureLead(ask('浙江GDP增长目标'), [growth('超')], gdp)).toContain('增长超5%');
    expect(figureLead(ask('浙江GDP增长目标'), [growth('年均')], gdp)).toContain('年均增长5%');
    expect(figureLead(ask("What is Zhejiang's GDP growth target?"), [growth('确保…以上')], gdp)).toContain('growth at least 5%');
    const level = handFigure('地区生产总值', 9, '万亿元', { kind: 'target', qualifier: '力争' });
    expect(figureLead(ask('浙江GDP目标'), [level], gdp)).toContain('力争9万亿元');
  });
});

describe('the three sectors’ shares', () => {
  const structure = (parts: number[]) => handFigure('三次产业结构', parts[0], '比例', { shape: 'structure', structure: parts }, '钱塘区');

  it('are read from parts adding up to 100 within rounding, and not otherwise', () => {
    expect(withSectorShares([structure([33.4, 33.3, 34.3])]).map((f) => f.indicator)).toEqual([
      '三次产业结构',
      '第一产业比重',
      '第二产业比重',
      '第三产业比重',
    ]);
    expect(withSectorShares([structure([33, 33, 35])])).toHaveLength(4);
    expect(withSectorShares([structure([33, 33, 35.5])])).toHaveLength(1);
    expect(withSectorShares([structure([33.4, 33.3, 34.4])])).toHaveLength(1);
    const unshaped = handFigure('三次产业结构', 4, '比例', { structure: [4, 37.7, 58.3] });
    expect(withSectorShares([unshaped])).toHaveLength(1);
    expect(withSectorShares([structure([50, 50])])).toHaveLength(1);
    const other = handFigure('用地结构', 5, '比例', { shape: 'structure', structure: [5, 20, 75] });
    expect(withSectorShares([other])).toHaveLength(1);
  });

  it('each share keeps the structure’s place, period and citation, in percent, a level of its own indicator (no shape, no parts)', () => {
    const [, first] = withSectorShares([structure([0.9, 57.7, 41.4])]);
    expect(first).toMatchObject({ indicator: '第一产业比重', value: 0.9, unit: '%', district: '钱塘区', citationId: 'c1' });
    expect(first.structure).toBeUndefined();
    expect(first.shape).toBeUndefined();
  });
});

describe('places written in characters inside an English question', () => {
  it('every place, spaced from letters and digits on either side, by its full name too', () => {
    expect(placeNamesInLatin('安徽和江苏 2025 gdp')).toBe('Anhui和Jiangsu 2025 gdp');
    expect(placeNamesInLatin('GDP钱塘新区2024')).toBe('GDP Qiantang 2024');
    expect(placeNamesInLatin('what about 广东省?')).toBe('what about Guangdong?');
    expect(placeNamesInLatin("临安's 2024 gdp")).toBe("Lin'an's 2024 gdp");
  });
});

describe('the review since founding in a conversation, and a share of the economy asked again', () => {
  it('is carried by a follow-up that names no year, not by one that does', () => {
    const first = ask('钱塘新区成立以来安置过渡拆迁户多少');
    expect(first.sinceFounding).toBe(true);
    expect(conversationState([first, ask('新增城镇就业人口多少万')])?.sinceFounding).toBe(true);
    expect(conversationState([first, ask('2024年新增城镇就业人口多少万')])?.sinceFounding).toBeUndefined();
  });

  it('is not given to a follow-up of a question that did not ask it', () => {
    expect(conversationState([ask('钱塘区安置过渡拆迁户多少'), ask('新增城镇就业人口多少万')])?.sinceFounding).toBeUndefined();
  });

  it('is not read beside a year asked', () => {
    expect(ask('钱塘新区成立以来2020年新增就业多少').sinceFounding).toBeUndefined();
    expect(ask('钱塘区新增就业多少').sinceFounding).toBeUndefined();
  });

  it('"那浙江呢" after a share of GDP asks the share of GDP again', () => {
    const followUp = conversationState([ask('上海研发投入占GDP比重多少'), ask('那浙江呢')]);
    expect(followUp?.question).toMatch(/^研发经费占地区生产总值比重/);
    expect(followUp?.places).toEqual(['浙江省']);
  });
});
