import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govCorpusEngine, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 23's classes through the engine, on the seed corpus and the 20 work reports (found on the tune halves of
 * fresh-m … fresh-q). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const ask = async (q: string, history: string[] = []) => (await govCorpusEngine()).ask(q, { today, history });
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('shorthands the reports write in full', () => {
  it('reads 轨交 as 轨道交通 and names a totalled list by the noun after its number', async () => {
    expect(await lead('上海24年建成的轨交新线一共多少公里')).toMatch(/上海市2024年轨道交通线.*67公里/);
  });
});

describe('medals asked by their word, written as a tally', () => {
  it('answers a silver count from "12金8银4铜"', async () => {
    const answer = await ask('广东残奥会银牌拿了几块');
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toMatch(/残奥会银牌.*8枚/);
  });

  it('answers 金银铜各几块 with each medal of the games asked, not another tally’s', async () => {
    const first = await lead('山东巴黎奥运会加残奥会 金银铜各几块');
    expect(first).toMatch(/金牌.*8枚.*银牌.*9枚.*铜牌.*6枚/);
    expect(first).not.toMatch(/三大球/);
  });
});

describe('a five-year review opened by 五年来 inside the year’s section', () => {
  it('labels what was added in the five years as the plan’s', async () => {
    const answer = await ask('福建十四五期间新增多少个国家中小企业特色产业集群');
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toMatch(/福建省“十四五”时期.*19个/);
  });

  it('answers 新增了几个 over five years with the five years’ count, not a year-by-year trend', async () => {
    const first = await lead('福建过去五年新增了几个国家先进制造业集群');
    expect(first).toMatch(/“十四五”时期.*2个/);
    expect(first).not.toMatch(/逐年/);
  });
});

describe('a class of cities named in the question', () => {
  it('names no district without a report for 地级及以上城市', async () => {
    expect(await lead('地级及以上城市空气优良天数比例是多少')).not.toMatch(/上城区/);
  });
});

describe('two places’ plans of a thing written in other words', () => {
  it('compares 新改建农村公路 with 新建改造农村公路, not a count of another rural thing', async () => {
    const first = await lead('安徽和山东25年农村公路新改建目标 哪个多');
    expect(first).toMatch(/安徽省2025年新改建农村公路.*2600公里.*山东省2025年新建改造农村公路.*5000公里/);
    expect(first).not.toMatch(/幸福院/);
  });
});

describe('what was added over five years is not the last year’s', () => {
  it('answers "last year" with the five years’ count as the nearest held, labelled', async () => {
    const answer = await ask('江苏去年新增了多少家二级及以上老年医院');
    expect(answer.notFound).toBe(true);
    expect(answer.text).toMatch(/最接近的内容：江苏省“十四五”时期二级及以上老年医院数量新增（实绩）：76家/);
    expect(await lead('江苏二级及以上老年医院新增了多少家')).toMatch(/“十四五”时期.*76家/);
  });

  it('answers "那十四五期间呢" after the year asked with the five years’ count', async () => {
    expect(await lead('那十四五期间呢', ['江苏去年新建了几个老年医院'])).toMatch(
      /江苏省“十四五”时期二级及以上老年医院数量新增（实绩）：76家/,
    );
  });
});

describe('two things each asked in its own words', () => {
  it('answers both, each its own figure', async () => {
    expect(await lead('北京今年滨水空间开放几处 绿道新建多少公里')).toMatch(/滨水空间.*40处.*新建绿道.*1000公里/);
  });
});

describe('English asks in the reports’ own wording', () => {
  it('answers gold medals at the WorldSkills Competition, not the Olympics', async () => {
    expect(await lead('How many gold medals did Guangdong win at the 47th WorldSkills Competition?')).toMatch(/勇夺金牌.*13块/);
    expect(await lead('广东巴黎奥运会金牌多少')).toMatch(/巴黎奥运会金牌.*8枚/);
  });

  it('answers a fragment that ends on its unit (塑胶跑道 2000公里)', async () => {
    expect(await lead('guangdong plastic running tracks to build in 2026, km?')).toMatch(/Guangdong 2026 .*塑胶跑道.*2000公里/);
  });

  it('answers a share of river sections with good water (优良水质 written the other way round)', async () => {
    expect(await lead('Fujian: share of state-monitored river sections with good water, 2024?')).toMatch(
      /Fujian .*国控断面优良水质比例.*100%/,
    );
  });

  it('answers what Beijing was going to build with the plan’s figure', async () => {
    expect(await lead('How many EV super-charging stations was Beijing going to build in 2025?')).toMatch(
      /Beijing 2025 .*超充站 \(target\): 1000座/,
    );
  });
});

describe('several things each built, asked 分别', () => {
  it('answers each of four counts by its own noun', async () => {
    expect(await lead('福建25年全民健身共享中心、多功能运动场、智慧体育公园、校园足球场 分别建多少个')).toMatch(
      /全民健身共享中心.*10个.*多功能运动场.*45个.*智慧体育公园.*4个.*校园足球场地.*100个/,
    );
  });
});

describe('the figure the question names at length', () => {
  it('answers a share of rural people covered', async () => {
    expect(await lead('安徽规模化供水工程覆盖了百分之多少的农村人口')).toMatch(/规模化供水工程覆盖农村人口.*94%/);
  });
});

describe('on the 2025 reports of 云南, 湖南 and 吉林 (Word and PDF)', () => {
  let threeReports: Engine;
  beforeAll(async () => {
    threeReports = await wordReportsEngine('questions-s23-');
  }, 120_000);
  const lead3 = (q: string, history: string[] = []) => firstLineOf(threeReports, q, today, history);

  it('answers the count a long name shares most with the question, not the shorter name written before it', async () => {
    const first = await lead3('云南惠民实事 2025年州市级儿童急诊或重症学科要建几个');
    expect(first).toMatch(/州\(市\)级儿童急诊或重症学科.*5个/);
    expect(await lead3('云南2025年惠民实事有几件')).toMatch(/惠民实事.*10件/);
  });

  it('reads the reports’ own words for English ones (report senses)', async () => {
    expect(await lead3('By how much did road traffic deaths fall in Hunan in 2024?')).toMatch(/道路交通事故亡人.*12\.7%/);
    expect(await lead3('How many provincial science and technology commissioners did Yunnan send out in 2024?')).toMatch(
      /科技特派员.*2621人/,
    );
  });

  it('counts the things after examples closed by 等 (等5个以上装备制造项目), in the plan asked before', async () => {
    expect(await lead3('那装备制造项目开工几个', ['吉林25年亿元以上项目打算到多少个'])).toMatch(
      /吉林省2025年装备制造项目（目标）：5个以上/,
    );
  });
});

describe('a figure asked of an outline just shown', () => {
  it('is the plan’s target, the words pointing at the item no subject', async () => {
    expect(await lead('第二项细说一下 科技领军企业培育几家', ['安徽25年重点工作分哪几块'])).toMatch(
      /安徽省2025年新培育科技领军企业（目标）：10家以上/,
    );
  });
});

describe('English words of the reports’ own things (report senses)', () => {
  it.each([
    ["How many 'get one thing done efficiently' items are now live in Anhui?", /高效办成一件事.*70个/],
    ['How many everyday services can people in Beijing now do at self-service kiosks across provinces?', /便民事项.*308个/],
    ['How many new public school places for basic education did Guangdong add in 2024?', /公办学位.*52万个/],
  ])('%s', async (question, expected) => {
    expect(await lead(question)).toMatch(expected);
  });
});

describe('a name the question writes in pieces', () => {
  it('leads the longer name written in two runs over a shorter one written whole', async () => {
    expect(await lead('福建省级区域医疗中心有几个在扩容建设')).toMatch(/省级区域医疗中心扩容建设.*9个/);
    expect(await lead('福建省级区域医疗中心有几个')).toMatch(/省级区域医疗中心（实绩）：13个/);
  });

  it('answers a proportion of a holder’s appointments', async () => {
    expect(await lead('北京25年其他三级公立医院拿出多少比例的门诊号源先给基层')).toMatch(/门诊预约号源提前向基层投放（目标）：50%/);
  });
});

describe('a scale class asked', () => {
  it('is no name without it: 千亿级产业集群 is not 重点消费品产业集群', async () => {
    const first = await lead('浙江有几个千亿级产业集群');
    expect(first).not.toMatch(/消费品产业集群/);
    expect(first).toMatch(/没有找到所问的具体数字/);
  });
});
