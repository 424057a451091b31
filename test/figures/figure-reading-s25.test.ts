/**
 * Session 25's figure naming on hand-built sentences shaped like the reports': a count named only by what its people
 * gained, and a counted noun that opens with the word the sentence's subject ends in.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a count of people named only by a verb of gaining or taking part', () => {
  it('is named by the clause before it with that verb', () => {
    expect(names('向更多低收入群众发放价格补贴，约6700万人受益。')).toEqual(['向更多低收入群众发放价格补贴受益:6700万人']);
    expect(names('举办职业技能大赛，3万人参加。')).toEqual(['举办职业技能大赛参加:3万人']);
  });

  it('so is a reach named by its verb alone with no figure before it', () => {
    expect(names('向困难群众发放一次性生活补助，惠及1100多万人。')).toEqual(['向困难群众发放一次性生活补助惠及:1100万人']);
  });

  it('keeps a name of its own, and the verb alone where no clause comes before', () => {
    expect(names('惠及困难群众6700万人。')).toEqual(['惠及困难群众:6700万人']);
    expect(names('约6700万人受益。')).toEqual(['受益:6700万人']);
  });
});

describe('a counted noun after the first clause', () => {
  it('opening with the word the sentence’s subject ends in, is that subject’s', () => {
    expect(names('城中村改造跑出“加速度”，启动26个改造项目。')).toEqual(['启动城中村改造项目:26个']);
  });

  it('is its own in the first clause, or when the subject does not end in its first word', () => {
    expect(names('启动26个改造项目。')).toEqual(['启动改造项目:26个']);
    expect(names('城中村面貌明显改善，启动26个改造项目。')).toEqual(['启动改造项目:26个']);
    // Only a unit of work (项目, 工程, 任务) right after the shared word: "制造业重大项目" is no 积极扩大's.
    expect(names('积极扩大制造业投资，734个制造业重大项目完成投资2831亿元。')[0]).toBe('制造业重大项目:734个');
  });
});

describe('names listed before a count of as many', () => {
  it('are examples of the noun counted after them', () => {
    expect(names('绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单。')).toEqual(['历史经典产业入围国家培育名单:3个']);
  });

  it('but a count of another number keeps the last name listed', () => {
    expect(names('绍兴黄酒、金华火腿、西湖龙井茶5个历史经典产业入围国家培育名单。')[0]).not.toMatch(/^历史经典产业/);
  });
});

describe('a bare unit of work counted after examples', () => {
  it('is named with the verb the examples open with', () => {
    expect(names('新开工晏城至表白寺等2个项目，建成通车济南至宁津等5个项目。')).toEqual(['新开工项目:2个', '建成通车项目:5个']);
  });

  it('but a noun of its own stands alone', () => {
    expect(names('引进A、B等53个重大产业项目。')).toEqual(['重大产业项目:53个']);
  });
});

describe('a count right after 和', () => {
  it('opens an item of its own, named after it (and 顺利 names nothing)', () => {
    expect(names('省市县政府机构改革和11个人口小县机构改革顺利完成。')).toEqual(['人口小县机构改革:11个']);
  });

  it('not after 及 or 与 ending a verb', () => {
    expect(names('“老老人”服务保障措施惠及80余万高龄和失能失智老年人。')[0]).toBe('“老老人”服务保障措施惠及:80万');
  });
});

describe('an amount after a change verb said only how it changed (一次性)', () => {
  it('is the change of the noun after the amount', () => {
    const [f] = extractFigures(resultSentence('一次性增加6万亿元地方专项债务限额置换存量隐性债务。'));
    expect(f).toMatchObject({ indicator: '地方专项债务限额置换存量隐性债务', value: 6, unit: '万亿元', change: { direction: 'up' } });
  });

  it('named by the start of a long phrase after it, never a cut end (found by the mutation run)', () => {
    const [f] = extractFigures(resultSentence('一次性增加6万亿元地方政府专项债务限额用于置换存量隐性债务和支持重大项目建设及其他。'));
    expect(f?.indicator.startsWith('地方政府专项债务限额')).toBe(true);
    expect(f?.indicator.length).toBeLessThanOrEqual(20);
  });
});

describe('working days', () => {
  it('are a unit of time, not a count of things', () => {
    const [f] = extractFigures(resultSentence('工程建设项目全流程审批时间压缩到不超过120个工作日。'));
    expect(f).toMatchObject({ value: 120, unit: '个工作日', qualifier: '不超过' });
  });
});

describe('a noun opened by 居 (居民, 居家)', () => {
  it('is the noun counted, not a rank', () => {
    expect(names('六松现代产业园率先建立跨省财税分成机制，113项居民服务事项长三角“一卡通办”。')).toEqual([
      '居民服务事项长三角“一卡通办”:113项',
    ]);
  });
});
