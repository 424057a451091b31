import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { yearsDifference } from '../../src/answer/kinds/verdicts.js';
import { comparesWithYear } from '../../src/lang/zh/comparison-follow-up-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { asksHowMuchBetween } from '../../src/lang/zh/year-comparison-words.js';
import { govCorpusEngine } from '../support/engine.js';

/** Questions the lead tripped on in the terminal chat of session 11, on the real reports; today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const firstLine = async (question: string, history: string[] = []) => (await engine.ask(question, { today, history })).text.split('\n')[0];

describe('an item listed under its measure', () => {
  it('answers the measure of the item: "高新技术产品产量…，新能源汽车超过110万辆" states NEV output', async () => {
    const line = await firstLine('山东去年新能源车产量多少');
    expect(line).toContain('110万辆');
    expect(line).not.toContain('没有');
  });
});

describe('"help" typed in a Chinese conversation', () => {
  it('is answered in Chinese, the country named 全国 in the examples', async () => {
    const text = (await engine.ask('help', { today, history: ['浙江去年GDP多少'] })).text;
    expect(text).toMatch(/^我根据/);
    expect(text).not.toContain('国务院2');
    // On its own it is English, as typed.
    expect((await engine.ask('help', { today })).text).toMatch(/^I answer/);
  });
});

describe('a follow-up on a main-targets list', () => {
  it('"第二条呢" gives that item alone, numbered against the list', async () => {
    const answer = await engine.ask('第二条呢', { today, history: ['广东2026年有啥目标'] });
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('广东省2026年主要预期目标第2条（共3条）：');
    expect(lines[1]).toContain('地方一般公共预算收入增长3%左右');
    expect(answer.citations).toHaveLength(1);
    expect(answer.notFound).toBe(false);
  });

  it("an item past the list's end gives the whole list, not one item numbered past the end", async () => {
    const answer = await engine.ask('第五条呢', { today, history: ['广东2026年有啥目标'] });
    expect(answer.text.split('\n')[0]).toMatch(/^广东省2026年主要预期目标（按报告原文/);
    expect(answer.citations).toHaveLength(3);
  });

  it('"最后一条" is the last item; "那江苏呢" is the other place\'s whole list', async () => {
    expect(await firstLine('最后一条', ['What are Zhejiang targets for 2026?'])).toMatch(/第(\d+)条（共\1条）/);
    const other = await engine.ask('那江苏呢', { today, history: ['广东2026年有啥目标'] });
    expect(other.text.split('\n')[0]).toMatch(/^江苏省2026年主要预期目标/);
    expect(other.citations.length).toBeGreaterThan(5);
  });
});

describe("a five-year plan's main targets", () => {
  it("are the plan's own list for its span, named by the plan, in Chinese and English", async () => {
    const zh = await engine.ask('广东省十五五规划的主要目标', { today });
    expect(zh.text.split('\n')[0]).toMatch(/^广东省“十五五”时期（2026-2030年）主要目标/);
    expect(zh.text).toContain('地区生产总值年均增长5%左右');
    expect(await firstLine("What are Zhejiang's 15th five-year plan targets?")).toMatch(/15th Five-Year Plan \(2026-2030\)/);
  });

  it("are not the answer when no plan is named: the latest year's list", async () => {
    expect(await firstLine('广东有啥目标')).toMatch(/^广东省2026年主要预期目标/);
  });
});

describe('how much one year is above another', () => {
  it('states the subtraction of the two cited levels, said to be one', async () => {
    expect(await firstLine('江苏2025年GDP比2024年多了多少')).toContain('多0.5万亿元（两数相减）');
    expect(await firstLine('比上年多了多少', ['江苏2025年GDP多少'])).toContain('多0.5万亿元');
    // Both years relative: "去年…比前年" sets 2025 against 2024.
    expect(await firstLine('江苏去年GDP比前年多多少')).toContain('2025年高于2024年，多0.5万亿元');
  });

  it('in percentage points for rates, and in English follow-ups', async () => {
    expect(await firstLine('江苏2025年GDP增速比2024年低了多少')).toContain('低0.5个百分点');
    expect(await firstLine('how much more than in 2024?', ['Jiangsu GDP 2025'])).toContain('0.5 trillion yuan more');
  });

  it('is not added when only which year is higher is asked', async () => {
    const line = await firstLine('江苏2024年和2025年GDP哪年高');
    expect(line).toContain('2025年高于2024年');
    expect(line).not.toContain('两数相减');
  });
});

describe('a comparison verdict between the country and a province', () => {
  it('names the country 全国, as the rest of the lead does', async () => {
    const line = await firstLine('全国和安徽省2024年GDP分别是多少？');
    expect(line).not.toContain('国务院');
  });
});

describe('a ranking asked with 排名 after the indicator', () => {
  it('"各省2024年GDP排名" ranks GDP, a value printed in another unit shown in the leader\'s too', async () => {
    const line = await firstLine('各省2024年GDP排名');
    expect(line).toMatch(/^2024年实绩最高：广东省/);
    expect(line).toContain('福建省 57761亿元（约5.78万亿元）');
    expect(line).not.toContain('江苏省 13.7万亿元（');
  });

  it('"浙江GDP排名" reads GDP as the indicator ranked', () => {
    expect(engine.understand('浙江GDP排名', { today }).indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});

describe('an unknown place before a relative year', () => {
  it('"火星今年GDP" is refused as uncovered, also after a conversation about covered places', async () => {
    const alone = await engine.ask('火星今年GDP', { today });
    expect(alone.notFound).toBe(true);
    expect(alone.text).toContain('火星');
    const after = await engine.ask('火星今年GDP', {
      today,
      history: ["What was Beijing's GDP growth last year?", 'compared with Shanghai?'],
    });
    expect(after.notFound).toBe(true);
    expect(after.text).not.toContain('北京市2026年');
  });

  it('the country is 全国 when its year is not covered', async () => {
    expect(await firstLine('国家2030年的赤字率定了多少')).not.toContain('国务院');
  });
});

describe('a figure "定了多少" for the year', () => {
  it('asks the target, not 稳定在 (a level held)', () => {
    for (const q of ['国家今年的赤字率定了多少', '今年目标定在多少', 'GDP增长定的多少']) expect(asksForPlan(q), q).toBe(true);
    expect(asksForPlan('粮食产量稳定在多少')).toBe(false);
  });

  it("past the latest plan, shows the latest plan's target, said so", async () => {
    const line = await firstLine('国家今年的赤字率定了多少');
    expect(line).toContain('最新的是2025年');
    expect(line).toContain('4%左右');
  });
});

describe('a ranking of every place with its own subject, mid-conversation', () => {
  it('is a new question: it ranks results, not the plan the conversation was about', async () => {
    const line = await firstLine('各省2025年GDP增速排名', ['浙江十五五的主要目标', '第一条']);
    expect(line).toMatch(/^2025年实绩最高/);
    // With no subject of its own it still ranks what the conversation measured.
    expect(await firstLine('哪个省最高', ['浙江2026年GDP增长目标'])).toMatch(/^2026年目标最高/);
  });
});

describe('yearsDifference (hand-built)', () => {
  it('subtracts in the unit written, to the places written, and says which way', () => {
    expect(yearsDifference({ value: 13.7, unit: '万亿元' }, { value: 14.2, unit: '万亿元' }, 'zh')).toBe('，多0.5万亿元（两数相减）');
    expect(yearsDifference({ value: 5.8, unit: '%' }, { value: 5.3, unit: '%' }, 'zh')).toBe('，低0.5个百分点（两数相减）');
    expect(yearsDifference({ value: 120, unit: '万人' }, { value: 100, unit: '万人' }, 'en')).toBe(
      ', 200,000 people less (the difference of the two)',
    );
  });

  it('says nothing for equal values or different units', () => {
    expect(yearsDifference({ value: 5, unit: '%' }, { value: 5, unit: '%' }, 'zh')).toBe('');
    expect(yearsDifference({ value: 5, unit: '亿元' }, { value: 6, unit: '万亿元' }, 'zh')).toBe('');
  });
});

describe('words of the amount between two years', () => {
  it('are "多了多少", "相差多少", "how much more", not "增长多少"', () => {
    for (const q of ['2025年比2024年多了多少', '两年相差多少', '增加了多少', 'how much more than 2024', 'what is the difference'])
      expect(asksHowMuchBetween(q), q).toBe(true);
    for (const q of ['2025年比2024年增长多少', 'GDP多少', '哪年高']) expect(asksHowMuchBetween(q), q).toBe(false);
  });

  it('an English follow-up setting the figure against a year compares years', () => {
    for (const q of ['how much more than in 2024?', 'higher than 2024?', 'was it lower than last year?'])
      expect(comparesWithYear(q), q).toBe(true);
    expect(comparesWithYear('higher than Jiangsu?')).toBe(false);
  });
});
