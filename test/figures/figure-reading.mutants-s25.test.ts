/**
 * Session 25's figure readings (stryker.s25.json), on hand-built sentences: a count after 和 opens an item of its own; names
 * listed before a count; the verb a list of examples opens with; a counted unit of work that is the sentence subject's; a
 * count named only by what its people gained; an amount after a change verb that says only how it changed.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) => extractFigures(resultSentence(sentence));
const names = (sentence: string) => read(sentence).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a count right after 和', () => {
  it('opens an item of its own near the sentence’s start too', () => {
    expect(names('机构改革和11个人口小县机构改革顺利完成。')).toEqual(['人口小县机构改革:11个']);
  });
});

describe('names listed before a count', () => {
  it('of four characters at most are examples of the noun counted', () => {
    expect(names('广州、深圳前海5个片区。')).toEqual(['片区:5个']);
    expect(names('A、B等3个城市。')).toEqual(['城市:3个']);
  });

  it('but one count of one thing after a verb is no list: the verb names it', () => {
    expect(names('获批1个省级平台。')).toEqual(['获批省级平台:1个']);
  });
});

describe('a bare unit of work counted after examples', () => {
  it('that open with no verb is named by the noun alone', () => {
    expect(names('济南至宁津、青岛至兰州等5个项目建成通车。')).toEqual(['项目建成通车:5个']);
    expect(names('济南至宁津、青岛至兰州等5个项目。')).toEqual(['项目:5个']);
  });

  it('a share of work done keeps its verb', () => {
    expect(names('建成投产60%的项目。')).toEqual(['建成投产项目:60%']);
  });
});

describe('a counted unit of work after the first clause, and the sentence’s subject', () => {
  it('takes a subject of two to six characters ending in the noun’s first word', () => {
    expect(names('旧村改造加速，启动26个改造项目。')).toEqual(['启动旧村改造项目:26个']);
    expect(names('全省老旧小区改造加速，启动26个改造项目。')).toEqual(['启动全省老旧小区改造项目:26个']);
  });

  it('not one of one character, or of more than six', () => {
    expect(names('村改造加速，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
    expect(names('全省城镇老旧小区改造加速，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
  });

  it('not a first clause that does not write the word, nor a subject in quotation marks', () => {
    expect(names('面貌改善，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
    expect(names('“城中村改造”跑出加速度，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
    expect(names('城中村“改造”加速，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
  });

  it('in the first clause itself the count names its own noun', () => {
    expect(names('城中村改造启动26个改造项目。')).toEqual(['启动改造项目:26个']);
  });
});

describe('a count of people named only by what they gained', () => {
  it('takes the clause right before it, not one after it or further back', () => {
    expect(names('发放价格补贴，约6700万人受益，人均200元。')[0]).toBe('发放价格补贴受益:6700万人');
    expect(names('全面落实政策，向低收入群众发放价格补贴，约6700万人受益。')).toEqual(['向低收入群众发放价格补贴受益:6700万人']);
    expect(names('落实政策，发放补贴，约6700万人受益。')).toEqual(['发放补贴受益:6700万人']);
  });

  it('after a semicolon too', () => {
    expect(names('发放价格补贴；约6700万人受益。')).toEqual(['发放价格补贴受益:6700万人']);
    expect(names('发放价格补贴;约6700万人受益。')).toEqual(['发放价格补贴受益:6700万人']);
  });
});

describe('an amount after a change verb said only how it changed', () => {
  it('is the change of the noun right after it, of two characters too, with no qualifier', () => {
    const [f] = read('一次性增加6万亿元限额。');
    expect(f).toMatchObject({ indicator: '限额', value: 6, unit: '万亿元', change: { direction: 'up', value: 6, unit: '万亿元' } });
    expect(f.qualifier).toBeUndefined();
  });

  it('the first noun after it, not a longer one in the next clause', () => {
    expect(read('一次性增加6万亿元限额，用于置换存量隐性债务。')[0].indicator).toBe('限额');
  });

  it('keeps a name with no noun after the amount (never an empty name)', () => {
    const [f] = read('一次性增加6万亿元。');
    expect(f.indicator).toBe('一次性');
    expect(f.change).toEqual({ direction: 'up', value: 6, unit: '万亿元' });
  });

  it('a range after a change verb is no amount’s change', () => {
    const [f] = read('一般公共预算收入增加100-200亿元。');
    expect(f.range).toEqual({ low: 100, high: 200 });
    expect(f.change).toBeUndefined();
  });
});
