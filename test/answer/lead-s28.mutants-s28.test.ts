/**
 * Session 28's lead choices and attribute readings on hand-built figures and queries (no index): an age, anniversary or
 * edition asked, an English count answered by the best passage's one count of the things asked, and where an attribute
 * stands in the figure table. Mutation run of session 28 (stryker.s28.json); the engine cases are in
 * test/answer/questions-s28.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { measureOf } from '../../src/figure-table/measure.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-04');
const PLACES = knownPlaces(['浙江省', '广东省', '福建省']);
const ask = (q: string) => understandQuery(q, PLACES, { today });
const fig = (indicator: string, value: number, unit: string, over: Partial<Figure> = {}): Figure =>
  handFigure(indicator, value, unit, over, '福建省');

describe('an attribute asked', () => {
  const citations = [resultCitation('c1', '为超2.5万名65岁及以上失能老年人免费提供健康管理。', '福建省')];
  const count = fig('失能老年人免费提供健康管理', 2.5, '万名', { qualifier: '超' });
  const age = fig('失能老年人年龄', 65, '岁', { qualifier: '及以上', shape: 'attribute' });

  it('is answered by the attribute figure, whatever else is named', () => {
    expect(figureLead(ask('福建失能老人年龄线是多少岁'), [count, age], citations)).toMatch(/失能老年人年龄：65岁及以上 \[1\]/);
  });

  it('leads over a count the question names more closely', () => {
    const namedCount = fig('免费提供健康管理', 2.5, '万名', { qualifier: '超' });
    const bareAge = fig('老年人年龄', 65, '岁', { qualifier: '及以上', shape: 'attribute' });
    expect(figureLead(ask('福建免费提供健康管理的是多少岁以上'), [namedCount, bareAge], citations)).toMatch(/65岁及以上/);
  });

  it('is answered by no other number when the passages write none', () => {
    expect(figureLead(ask('福建失能老人年龄线是多少岁'), [count], citations)).toBeNull();
  });

  it('is answered by a figure in its unit when none is read as an attribute ("人均预期寿命79.5岁")', () => {
    const life = fig('人均预期寿命', 79.5, '岁');
    expect(figureLead(ask('福建人均预期寿命多少岁'), [count, life], citations)).toMatch(/79\.5岁/);
  });

  it('makes the question one asking a number', () => {
    expect(ask('How old do elderly people in Fujian have to be for free checkups?').wantsQuantity).toBe(true);
    expect(ask('亚残运会是第几届').wantsQuantity).toBe(true);
    expect(ask('亚残运会在哪办').wantsQuantity).toBe(false);
  });

  it('stands in the figure table as a level, should it come', () => {
    expect(measureOf(age)).toBe('level');
    expect(measureOf({ ...age, shape: 'streak' })).toBe('streak');
  });
});

describe('an English count of things no figure is named by', () => {
  const sentence = '全面落实消费品以旧换新政策，享受补贴430多万人次、拉动消费近390亿元。';
  const citations = [resultCitation('c1', sentence, '福建省'), resultCitation('c2', '另一句，5人。', '福建省')];
  const subsidy = fig('享受补贴', 430, '万人次', { qualifier: '多' });
  const money = fig('拉动消费', 390, '亿元', { qualifier: '近' });
  const read = (question: string, searchText: string) => ({ ...ask(question), searchText });
  const people = 'How many people claimed trade-in subsidies in Fujian in 2024?';

  it('is the best passage’s one count in the unit asked (人次 counts people), when it writes a phrase of the question', () => {
    expect(figureLead(read(people, '以旧换新 how many people'), [subsidy, money], citations)).toMatch(/430/);
  });

  it('is none when the passage writes no phrase of three characters the question was read as', () => {
    expect(figureLead(read(people, '人民 how many people'), [subsidy, money], citations)).toBeNull();
  });

  it('is none for money asked, or for two counts of the things asked', () => {
    expect(
      figureLead(read('How much money did trade-in subsidies bring in Fujian in 2024?', '以旧换新 how much money'), [money], citations),
    ).toBeNull();
    const twice = [subsidy, fig('参与活动', 5, '万人', { citationId: 'c1' })];
    expect(figureLead(read(people, '以旧换新 how many people'), twice, citations)).toBeNull();
  });

  it('counts people in 名 too (a measure counting the same things, not only one starting with 人)', () => {
    const trained = fig('参训', 3, '万名', { qualifier: '' });
    expect(figureLead(read(people, '以旧换新 how many people'), [trained, money], citations)).toMatch(/3万名/);
  });

  it('is none when the count is another passage’s', () => {
    expect(figureLead(read(people, '以旧换新 how many people'), [{ ...subsidy, citationId: 'c2' }], citations)).toBeNull();
  });
});

describe('attribute numbers read from a sentence', () => {
  const input = (sentence: string, kind: 'result' | 'plan' = 'result') =>
    ({ sentence, citationId: 'c1', period: '2025', district: '浙江省', kind, source: 'text' }) as const;

  it('take the sentence’s kind: a plan’s is a target, a result’s an actual', () => {
    expect(attributeFigures(input('为65岁以上老人体检', 'plan'), attributesAsked('多少岁'))[0].kind).toBe('target');
    expect(attributeFigures(input('为65岁以上老人体检'), attributesAsked('多少岁'))[0].kind).toBe('actual');
  });

  it('carry no qualifier when neither a prefix nor a bound is written', () => {
    expect(attributeFigures(input('为80岁老人发放补贴'), attributesAsked('多少岁'))[0]).not.toHaveProperty('qualifier');
    expect(attributeFigures(input('为80岁以下老人发放补贴'), attributesAsked('多少岁'))[0].qualifier).toBe('以下');
  });

  it('name an anniversary from its clause’s start, at most ten characters', () => {
    const [f] = attributeFigures(input('深化改革，隆重庆祝浙江省杭州市钱塘区新区开发建设成立30周年'), attributesAsked('几周年'));
    expect(f.indicator).toBe('塘区新区开发建设成立');
    expect(f.indicator.length).toBe(10);
  });

  it('name an anniversary from the clause it stands in, without the verb that opens it', () => {
    expect(attributeFigures(input('深化改革开放，开发建设30周年'), attributesAsked('几周年'))[0].indicator).toBe('开发建设');
    expect(attributeFigures(input('举办建园30周年活动'), attributesAsked('几周年'))[0].indicator).toBe('建园');
  });

  it('name an age by the words after it, at most ten characters, and skip one with no name', () => {
    expect(attributeFigures(input('为65岁及以上失能失智半失能老年人家庭照护者提供培训'), attributesAsked('多少岁'))[0].indicator).toBe(
      '失能失智半失能老年人年龄',
    );
    expect(attributeFigures(input('年满65岁，'), attributesAsked('多少岁'))).toEqual([]);
  });

  it('never read a decimal’s last digits as an age or an anniversary', () => {
    expect(attributeFigures(input('人均预期寿命达到79.5岁居民'), attributesAsked('多少岁'))).toEqual([]);
    expect(attributeFigures(input('规模达12.30周年庆典'), attributesAsked('几周年'))).toEqual([]);
  });

  it('read an edition in Chinese numerals and skip one they cannot read', () => {
    expect(attributeFigures(input('举办第十二届亚运会'), attributesAsked('第几届'))[0].value).toBe(12);
    expect(attributeFigures(input('举办第十十届亚运会'), attributesAsked('第几届'))).toEqual([]);
  });
});
