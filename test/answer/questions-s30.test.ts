import { describe, expect, it } from 'vitest';
import { nameShapeAsked } from '../../src/lang/zh/attribute-words.js';
import { isNameLike } from '../../src/lang/zh/place-words.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Session 30: "报告里有没有" asks whether the reports hold what the question names: with a year, no help text; the
 * reports are no place. On the seed corpus and the 20 work reports (today pinned).
 */
const today = new Date('2026-12-04');

describe('"报告里有没有" with a year', () => {
  it('is refused for a year the reports do not hold, not answered with the help text', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('1984年那届呢 报告里有没有', { today, history: ['浙江这五年办的亚残运会是第几届'] });
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toContain('1984年');
    expect(answer.text).not.toMatch(/可以问/);
  });

  it('"你能做什么" is still the help text', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('你能做什么', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text).toMatch(/可以问/);
  });
});

describe('words that name no place', () => {
  it('the reports and "有没有"', () => {
    expect(isNameLike('报告里有没有')).toBe(false);
    expect(isNameLike('有没有')).toBe(false);
    expect(isNameLike('钱塘')).toBe(true);
  });

  it('a question with no shape of a name asks none', () => {
    expect(nameShapeAsked('报告里有没有2030年的数据')).toBeNull();
  });
});

describe('lower-case pinyin initials before a year', () => {
  it('name the place ("gd 2026: …"); not before another word', async () => {
    const { expandPinyinInitialsInEnglish } = await import('../../src/lang/zh/place-abbreviations.js');
    expect(expandPinyinInitialsInEnglish('gd 2026: minimum daily physical activity time for school kids?')).toMatch(/^Guangdong 2026/);
    expect(expandPinyinInitialsInEnglish('js 24 retail sales')).toMatch(/^Jiangsu 24/);
    expect(expandPinyinInitialsInEnglish('js frameworks in 2026')).toMatch(/^js frameworks/);
  });
});

describe('an elliptical follow-up after an attribute asked', () => {
  it('asks the same attribute of its own thing: "那晶圆呢" after "碳化硅衬底是几英寸的"', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('广东那年产能上来的晶圆呢', { today, history: ['山东24年全球首发的碳化硅衬底 是几英寸的'] });
    expect(answer.text.split('\n')[0]).toMatch(/广东省2024年.*12英寸 \[1\]/);
  });
});
