import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 50: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s50.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('an alternative in parentheses is read either way', () => {
  it('"杭州23年去境外招商派了多少个组团" of "赴国(境)外招商组团51个": 51个', async () => {
    expect(await ask('杭州23年去境外招商派了多少个组团')).toMatch(
      /^（23年 = 2023年）杭州市2023年赴国\(境\)外招商组团（实绩）：51个 \[1\]$/,
    );
  });

  it('and asked with 国外', async () => {
    expect(await ask('杭州2023年去国外招商派了几个组团')).toMatch(/赴国\(境\)外招商组团（实绩）：51个/);
  });
});

describe('a word of place after a title', () => {
  it('"全国物流50强里杭州占了几家": the 4 firms of 全国物流50强', async () => {
    expect(await ask('全国物流50强里杭州占了几家')).toMatch(/^杭州市2023年入选2023年度全国物流50强企业（实绩）：4家 \[1\]$/);
  });
});

describe('a count asked in English of a thing the reports rank', () => {
  it('"How many unicorns does Beijing have?" says no count is given and quotes the rank, never a refusal', async () => {
    expect(await ask('How many unicorns does Beijing have?')).toBe('The reports give no figure for exactly that; here is what they say.');
  });

  it('a count of a thing the reports neither count nor rank is still refused', async () => {
    expect(await ask("What's the average wage in Zhejiang?")).toBe("The reports don't cover that.");
  });
});

describe('a population asked with its amount first', () => {
  it('"广东有多少人口" asks 常住人口, which the reports do not give: said so, never 每万人口发明专利拥有量', async () => {
    expect(await ask('广东有多少人口')).toBe('这些报告没有关于广东省常住人口的内容。');
  });
});

describe('English report senses', () => {
  it('"shandong 2024: how many \'traction\' integrated reforms" is 牵引性集成改革 10项', async () => {
    expect(await ask("shandong 2024: how many 'traction' integrated reforms (regrouping major S&T resources etc)?")).toMatch(
      /^Shandong 2024 牵引性集成改革 \(actual\): 10项 \[1\]$/,
    );
  });
});

describe('an increase of a year to come, in everyday words', () => {
  it('"普通高中学位今年能多出多少个" after 广东’s list asks the plan: 20万个以上, said a target, not "no result"', async () => {
    expect(await ask('普通高中学位今年能多出多少个', ['广东今年十件民生实事 普通高中和县中那条'])).toMatch(
      /^（今年 = 2026年）广东省2026年新增普通高中学位（目标）：20万个以上 \[1\]$/,
    );
  });
});

describe('a plan asked of no place, then of a place', () => {
  it('"浙江打算改造多少户" after "去年城中村改造的计划" is 浙江’s 6万户; "那安徽呢" 安徽’s', async () => {
    const history = ['去年城中村改造的计划'];
    expect(await ask('浙江打算改造多少户', history)).toMatch(/^（去年 = 2025年）浙江省2025年实施城中村改造（目标）：6万户 \[1\]$/);
    expect(await ask('那安徽呢', [...history, '浙江打算改造多少户'])).toMatch(
      /^（去年 = 2025年）安徽省2025年改造城中村和城市危旧房（目标）：6万户以上/,
    );
  });

  it('"上海打算改造多少公里" after "今年农村公路提档升级的计划": 150公里', async () => {
    expect(await ask('上海打算改造多少公里', ['今年农村公路提档升级的计划'])).toMatch(
      /^（今年 = 2026年）上海市2026年农村公路提档升级改造（目标）：150公里/,
    );
  });

  it('after a ranking of every place it takes no topic: the ranking’s GDP is no work 浙江 "打算改造"', async () => {
    expect(await ask('浙江打算改造多少户', ['哪个省2026年GDP增长目标最高'])).not.toMatch(/生产总值|GDP/);
  });

  it('a question with a subject of its own still stands alone', async () => {
    expect(await ask('上海2025年GDP增长多少', ['今年农村公路提档升级的计划'])).toMatch(/上海市2025年.*5\.4%/);
  });
});

describe('a title named with 全国', () => {
  it('"福建2024年有几个县评上全国村庄清洁行动先进县": 3个, 福建’s', async () => {
    expect(await ask('福建2024年有几个县评上全国村庄清洁行动先进县')).toMatch(/福建省.*入选全国村庄清洁行动先进县（实绩）：3个/);
  });
});
