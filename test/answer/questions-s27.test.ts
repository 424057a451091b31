import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 27's classes through the engine, on the seed corpus, the 20 work reports and the 2025 reports of 云南, 湖南 and
 * 吉林 (found on the tune halves of fresh-t, fresh-u and fresh-v). Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('"the past five years" asked in English', () => {
  it('of the country, whose reports review no 2021–2025 yet, is its latest five-year review, said so', async () => {
    expect(await lead('past five years — how many key counties for rural revitalisation got concentrated support?')).toMatch(
      /^\(past five years = 2018–2022\) China .*160个/,
    );
  });

  it('of a place whose reports review 2021–2025, stays that plan’s', async () => {
    expect(await lead('Zhejiang GDP growth per year over the past five years?')).toMatch(/^\(past five years = 2021–2025\).*5\.9%/);
  });
});

describe('an English phrase holding a glossary word', () => {
  it('is read whole: "tech leading talents" is 领军人才, not 龙头 (of 龙头企业) as well', async () => {
    expect(await lead('anhui — how many tech leading talents to recruit in 2026?')).toMatch(/引进科技领军人才 \(target\): over 200名/);
  });

  it('still names a subject: "strategic emerging industries grow" asks no GDP', async () => {
    expect(await lead('How fast did Anhui’s strategic emerging industries grow last year?')).toMatch(/战略性新兴产业.*11\.5%/);
  });
});

describe('a measure word counting the same things', () => {
  it('is the unit asked: "talents" (人) is answered in 名', async () => {
    expect(await lead('anhui — how many tech leading talents to recruit in 2026?')).not.toMatch(/高技能人才/);
  });
});

describe('a year asked of its plan beside a year asked of its result', () => {
  it('is that year’s target, said to be one, and not set against the other year’s result', async () => {
    const first = await lead('福建嵌入式养老服务机构 24年新建的和25年计划建的各多少');
    expect(first).toMatch(/2024年 52个 \[1\]；2025年 20个（目标） \[2\]/);
    expect(first).toContain('不作比较');
    expect(first).not.toContain('低于');
  });
});

describe('an English term whose only figure in a year of results is the year’s plan', () => {
  it('is answered by the plan’s figure, labelled a target, after saying no result of it is given', async () => {
    expect(await lead('2022 central budget investment — how much?')).toMatch(
      /^The reports give no actual result for 2022 中央预算内投资, only a target\. China 2022 中央预算内投资安排 \(target\): 6400亿元/,
    );
  });
});

describe('a record or a duration asked', () => {
  it('is answered by its count of years', async () => {
    expect(await lead('太湖湖体水质 多少年来头一回到III类')).toMatch(/30年来首次达Ⅲ类/);
    expect(await lead('2022年全球通胀冲到了多少年来的新高')).toMatch(/40多年来新高/);
    expect(await lead('北京中轴线申遗用了几年')).toMatch(/历时12年成功申遗/);
  });
});

describe('"national" opening a title, in a conversation about a place', () => {
  let word: Engine;
  beforeAll(async () => {
    word = await wordReportsEngine('s27-national-title-');
  });

  it('asks that place’s titles, and the conversation stays with the place', async () => {
    const earlier = ["Jilin 2025: how many 'beautiful countryside' demo counties to build?"];
    const ask = (q: string, history: string[]) => firstLineOf(word, q, today, history);
    expect(await ask('and how many national new-urbanisation pilots?', earlier)).toMatch(/Jilin 2025 .*国家新型城镇化试点 \(target\): 5个/);
    expect(await ask('受污染耕地安全利用率要保持在多少', [...earlier, 'and how many national new-urbanisation pilots?'])).toMatch(
      /^吉林省2025年受污染耕地安全利用率（目标）：95%以上/,
    );
  });

  it('asked alone is the country’s; "national GDP" is no title', () => {
    const places = knownPlaces(['吉林省', '国务院']);
    const alone = understandQuery('how many national new-urbanisation pilots in 2025?', places, { today });
    expect(alone.places).toEqual(['国务院']);
    expect(alone.nationalAsTitle).toBe(true);
    expect(understandQuery('national GDP growth in 2024', places, { today }).nationalAsTitle).toBeUndefined();
  });
});

describe('two things asked one after the other, the ask inside the first', () => {
  it('answers both: "建了几个国家公园 自然保护地有多少处"', async () => {
    expect(await lead('五年里全国建了几个国家公园 自然保护地有多少处')).toMatch(
      /国家公园（实绩）：5个 \[1\]；.*自然保护地（实绩）：9000多处/,
    );
  });
});

describe('a summary asked of an indicator', () => {
  it('is how it went, not the plan’s outline; a summary of the work still is the outline', async () => {
    expect(await lead('guangdong economy last year, quick summary pls')).toContain('3.9%');
    expect(await lead('summarize Gongshu’s plan for 2025')).toMatch(/priorities, in the plan's own order/);
  });
});

describe('one report’s name quoting what is done with the things the next report names', () => {
  it('is the same figure: "now" is answered by the latest (198项, not 2024’s 187项)', async () => {
    expect(await lead('How many high-frequency government services can be handled cross-border in Guangdong now?')).toContain('198项');
  });
});

describe('English report senses', () => {
  it('"mother fund", "R&D super-deduction", "at home & abroad"', async () => {
    expect(await lead('How big is Jiangsu’s provincial strategic emerging industries mother fund?')).toContain('500亿元');
    expect(await lead('Estimated R&D super-deduction claimed by Guangdong firms in 2024?')).toContain('6900亿元');
    expect(await lead('shandong firms sent to trade fairs at home & abroad in 2024?')).toContain('9800');
    // "dementia care beds" are 认知障碍照护床位, not the 养老床位 that "care beds" names.
    expect(
      await lead('ok, and dementia care beds that year?', [
        'How many community-embedded elderly care facilities was Shandong going to add in 2025?',
        'and the year after?',
      ]),
    ).toMatch(/Shandong 2026 新增认知障碍照护床位 \(target\): 3000张/);
  });
});

describe('a figure "准备" to add', () => {
  it('is the plan’s, though its year is over', async () => {
    expect(await lead('福建25年专精特新中小企业准备新增多少家')).toMatch(/福建省2025年新增专精特新中小企业（目标）：1000家以上/);
  });
});

describe('"同一年" in a follow-up naming another place', () => {
  it('is the conversation’s year, and the question asks its subject of that place', async () => {
    const first = await lead('浙江同一年定了多少个', ['北京25年新建和更新群众身边的运动场地多少处']);
    expect(first).toMatch(/^（25年 = 2025年）/);
    expect(first).not.toMatch(/这些报告没有涉及/);
  });
});

describe('"那年" before a subject of the follow-up’s own', () => {
  it('is the conversation’s year only: the subject asked is the follow-up’s', async () => {
    expect(await lead('那年新增造林绿化多少', ['北京25年要新建几个紧密型城市医疗集团', '说错了 我要的是24年已经建成的'])).toMatch(
      /北京市2024年新增造林绿化（实绩）：1万亩/,
    );
  });
});

describe('several things asked one after the other, then "一块儿说"', () => {
  it('answers each; the words asking them together are no thing asked', async () => {
    expect(await lead('北京25年城乡供水提升工程几处 美丽乡村路建多少公里 一块儿说')).toMatch(
      /城乡供水提升工程（目标）：50处 \[1\]；.*美丽乡村路（目标）：300公里/,
    );
  });
});

describe('found in the terminal trial', () => {
  it('"第一次到三类": the first time and the water class as the reports write them (首次, Ⅲ类)', async () => {
    expect(await lead('江苏太湖水质是多少年来第一次到三类')).toMatch(/30年来首次达Ⅲ类/);
  });

  it('"增速跟全国比怎么样" after a place’s GDP: a comparison with the country, the measure written first', async () => {
    expect(await lead('增速跟全国比怎么样', ['江苏去年GDP多少', '那前年呢'])).toMatch(/江苏省2024年.*5\.8%.*全国2024年.*5%.*江苏省更高/);
  });

  it('"24年和25年的增长目标各是多少" after two places’ GDP: the same indicator, of the years asked only', async () => {
    const first = await lead('24年和25年的增长目标各是多少', ['浙江2025年GDP多少', '比江苏高还是低']);
    expect(first).toMatch(/浙江省2025年生产总值（目标）：增长5\.5%左右/);
    expect(first).not.toMatch(/2026年|不打烊/);
  });
});

describe('"比全国高还是低" without asking how much', () => {
  it('compares the place with the country, no longer reading 全国 only as the field of a gap', async () => {
    expect(await lead('江苏2024年GDP增速比全国高还是低')).toMatch(/江苏省2024年.*5\.8%.*全国2024年.*5%.*江苏省更高：5\.8% 对 5%/);
  });
});
