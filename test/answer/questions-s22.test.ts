import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govCorpusEngine, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 22's classes through the engine, on the seed corpus and the 20 work reports, and on the three 2025 reports of
 * 云南, 湖南 and 吉林 as Word files (found on the tune halves of fresh-m … fresh-p). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const ask = async (q: string, history: string[] = []) => (await govCorpusEngine()).ask(q, { today, history });
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

let threeReports: Engine;
beforeAll(async () => {
  threeReports = await wordReportsEngine('questions-s22-');
}, 120_000);
const lead3 = (q: string, history: string[] = []) => firstLineOf(threeReports, q, today, history);

describe('a rank in a named table', () => {
  it('leads the medal-table rank for a question that names the table', async () => {
    expect(await lead3('吉林冬运会金牌榜排第几')).toMatch(/吉林省.*金牌榜第2位/);
  });

  it('leads the rank of what the conversation asked for a bare "排第几"', async () => {
    expect(await lead3('排第几', ['吉林冬运会拿了多少金牌'])).toMatch(/吉林省.*金牌榜第2位/);
    // The count asked before is still the count.
    expect(await lead3('吉林冬运会拿了多少金牌')).toMatch(/62枚/);
  });
});

describe('a span carried into a question of its own', () => {
  it('answers the amount the span’s review states, not its years one by one', async () => {
    const answer = await ask('基本养老保险覆盖多少人', ['过去五年全国货物进出口年均增长多少']);
    expect(answer.text.split('\n')[0]).toMatch(/覆盖.*10\.5亿人/);
    expect(answer.text.split('\n')[0]).not.toMatch(/逐年/);
  });

  it('still answers an elliptical follow-up of a trend year by year', async () => {
    expect(await lead('那江苏呢', ['浙江过去五年GDP走势'])).toMatch(/江苏省.*逐年/);
  });
});

describe('a comparison follow-up of a subject no indicator names', () => {
  it('compares the subject of the turn before, each place its own figure', async () => {
    const first = await lead('跟广东比呢', ['福建24年国家级制造业单项冠军企业几家']);
    expect(first).toMatch(/福建省.*11家.*广东省.*60家/);
    // Three turns: the subject named by "单项冠军呢" in the second, asked the way the first asked.
    expect(await lead('跟广东比呢', ['福建24年新增专精特新小巨人企业几家', '单项冠军呢'])).toMatch(/福建省.*单项冠军.*11家.*广东省.*60家/);
  });

  it('never leads a figure that shares only the verb with the question, and names the side that has none', async () => {
    const alone = await lead('浙江去年新增公园多少座');
    expect(alone).not.toMatch(/75名|非遗/);
    const compared = await lead('和江苏比呢', ['浙江去年新增公园多少座']);
    expect(compared).not.toMatch(/75名|非遗/);
    expect(compared).toContain('报告中没有浙江省的该项数据');
    expect(compared.split('报告中没有浙江省').length).toBe(2);
  });
});

describe('the head of a name', () => {
  it('leads the figure whose name ends in the thing counted, when two share as much with the question', async () => {
    expect(await lead('上海去年配合出台的浦东新区管理措施有几部')).toMatch(/管理措施.*6部/);
    expect(await lead('上海去年配合制定修改的浦东新区法规有几部')).toMatch(/法规.*4部/);
  });
});

describe('a share of things done, through a conversation', () => {
  const first = '北京去年村卫生室和乡镇卫生院一体化管理的比例是多少';
  it('leads the share each year, and the plan’s rate for this year', async () => {
    expect(await lead(first)).toMatch(/北京市2025年.*70%/);
    expect(await lead('再往前一年呢', [first])).toMatch(/北京市2024年.*50%以上/);
    expect(await lead('今年目标是多少', [first, '再往前一年呢'])).toMatch(/北京市2026年.*一体化管理率.*90%/);
  });
});

describe('which of two places set more, in a conversation', () => {
  const history = ['安徽25年新增几个国家级临床重点专科', '山东呢'];
  it('compares the two places’ targets on the subject talked about', async () => {
    expect(await lead('哪个省定得多', history)).toMatch(/安徽省.*8个.*山东省.*12个.*山东省更多/);
  });
  it('then answers this year’s target of one of them', async () => {
    expect(await lead('山东今年的目标呢', [...history, '哪个省定得多'])).toMatch(/山东省2026年.*13个/);
  });
  it('reads 要降 as a plan', async () => {
    expect(await lead3('吉林2025年单位GDP能耗要降多少')).toMatch(/吉林省2025年单位GDP能耗（目标）：下降2%左右/);
  });
});

describe('五年里 in a conversation about the country', () => {
  it('reads the country’s latest five-year review, and carries it into a new subject', async () => {
    const history = ['过去五年全国建了多少高标准农田', '2021年新开工改造的城镇老旧小区多少个'];
    const five = await ask('五年里农村公路新建改建了多少', history);
    expect(five.text.split('\n')[0]).toContain('五年里 = 2018–2022年');
    expect(five.figures.map((f) => f.value)).toContain(125);
    expect(await lead('机场容量新增多少', [...history, '五年里农村公路新建改建了多少'])).toMatch(/新增机场容量.*4亿人次/);
  });
});

describe('a subject of the reports before a growth asked', () => {
  it('asks that subject’s growth, not the economy’s, and reads the question’s correction of its year', async () => {
    expect(await lead3('湖南园区亩均税收今年…不对 是25年 要增长多少')).toMatch(/湖南省2025年.*亩均税收.*10%/);
  });
  it('still reads a place’s bare growth target as its economy’s', async () => {
    expect(await lead('上海今年增长目标')).toMatch(/上海市2026年.*(生产总值|GDP)/);
  });
});

describe('a name written with a 的 inside', () => {
  it('leads the figure the question names across its 的', async () => {
    expect(await lead('山东乡村振兴片区覆盖的村庄有多少')).toMatch(/覆盖村庄.*1\.5万个/);
    // Asked the areas themselves: the areas' count (the latest, 2025's running total), not the villages they cover.
    expect(await lead('山东乡村振兴片区有多少个')).toMatch(/片区（实绩）：2070个/);
  });
});

describe('the latest asked, then a new subject', () => {
  it('answers the new subject’s latest year', async () => {
    expect(await lead('四好农村路新改建多少公里', ['江苏2012年建成了多少个特色田园乡村', '最近一年的呢 和美乡村建成多少'])).toMatch(
      /江苏省2024年.*2330公里/,
    );
  });
});

describe('two things each counted, through the engine', () => {
  it('leads both counts', async () => {
    expect(await lead('北京十四五培育出几个万亿级、几个千亿级产业集群')).toMatch(/万亿级.*3个.*千亿级产业集群.*7个/);
  });
});

describe('a span’s change of a subject no glossary indicator names', () => {
  it('leads the from–to pair the review states, not one year of a trend', async () => {
    for (const q of ['全国义务教育巩固率五年里是怎么变化的', '全国过去五年义务教育巩固率怎么变化的'])
      expect(await lead(q), q).toMatch(/义务教育巩固率（实绩）：从93\.8%到95\.5%/);
  });
});

describe('a span’s pair named by a word only', () => {
  it('is no answer to a question sharing only a word of its name', async () => {
    expect(await lead('粤十四五基础教育公办学位增加多少')).not.toContain('高等教育毛入学率');
  });
});

describe('a medal count asked in everyday words', () => {
  it('leads the games’ medal count, a 块 asked of medals counted in 枚', async () => {
    expect(await lead('广东巴黎奥运会拿了几块金牌')).toMatch(/广东省2024年巴黎奥运会金牌（实绩）：8枚/);
  });
});

describe('a year before any the reports hold', () => {
  it('shows the nearest results in time (the earliest year held), never a later year’s target', async () => {
    const answer = await ask('浙江2019年GDP增长多少');
    expect(answer.notFound).toBe(true);
    expect(answer.text).toMatch(/报告中最接近的内容：浙江省2024年生产总值（实绩）：增长5\.5%/);
    expect(answer.text.split('\n').slice(0, 2).join('\n')).not.toMatch(/目标/);
  });
  it('keeps the review’s from–to sentence among what it shows', async () => {
    const answer = await ask('山东2020年高铁里程多少');
    expect(answer.citations.some((c) => c.sentence.includes('由2110公里增至3055公里'))).toBe(true);
  });
});
