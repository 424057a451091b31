import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { outlineFocus } from '../../src/answer/priorities/focus.js';
import type { PriorityItem } from '../../src/answer/priorities/outline.js';
import type { Answer } from '../../src/answer/schema.js';
import { othersWithTies, tiedAtTop, tieOrder } from '../../src/answer/kinds/verdicts.js';
import { isRateOnlyIndicator } from '../../src/lang/zh/level-words.js';
import { govCorpusEngine } from '../support/engine.js';

/** The leads of the questions a user tripped on in the terminal chat (session 9), each a class; today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const ask = (question: string, history?: string[]): Promise<Answer> => engine.ask(question, { today, ...(history ? { history } : {}) });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0];

describe('a level asked where the reports give only its growth', () => {
  it('says the level is not given before the growth', async () => {
    const line = firstLine(await ask('浙江2025年GDP多少'));
    expect(line).toMatch(/^报告未给出2025年总量，只有增速：浙江省2025年生产总值（实绩）：增长5\.5%/);
  });

  it('says nothing of the kind when a growth is asked, or for a price index', async () => {
    expect(firstLine(await ask('浙江2025年GDP增长多少'))).not.toContain('未给出');
    expect(firstLine(await ask('杭州2023年居民消费价格是多少'))).not.toContain('未给出');
    expect(isRateOnlyIndicator('单位GDP能耗')).toBe(true);
    expect(isRateOnlyIndicator('一般公共预算收入')).toBe(false);
  });

  it("leads with the level the figure table files under the year, a five-year review's end included", async () => {
    // "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元" reviews 2021-2025: the level reached is 2025's.
    for (const q of ['江苏2025年GDP多少', '江苏GDP多少', '江苏2025年GDP总量是多少']) {
      const line = firstLine(await ask(q));
      expect(line).toMatch(/^江苏省2025年地区生产总值（实绩）：14\.2万亿元 \[1\]，增长5\.3% \[2\]/);
    }
    // "经济怎么样" asks how big and how fast: both, each cited where the reports give it.
    expect(firstLine(await ask('广东2025年经济怎么样'))).toMatch(/14\.58万亿元 \[1\]，增长3\.9% \[2\]/);
  });

  it('keeps the level when the reports give one', async () => {
    const line = firstLine(await ask('上海2025年GDP多少'));
    expect(line).toContain('5.67万亿元');
    expect(line).not.toContain('未给出');
  });
});

describe('a growth asked where the reports give only the level', () => {
  it('says the growth is not given before the level', async () => {
    // Guangdong's 2025 report: "预计全省地区生产总值迈上14万亿元新台阶" and no 2024 growth.
    expect(firstLine(await ask('广东2024年GDP增速'))).toMatch(
      /^报告未给出2024年增速，只有总量：广东省2024年地区生产总值（实绩）：迈上14万亿元/,
    );
    expect(firstLine(await ask('How fast did Guangdong grow in 2024?'))).toMatch(/^The reports give no 2024 growth rate, only the level/);
  });

  it('says nothing of the kind when the growth is given', async () => {
    expect(firstLine(await ask('广东2025年GDP增速'))).toContain('增长3.9%');
    expect(firstLine(await ask('广东2025年GDP增速'))).not.toContain('未给出');
  });
});

describe('a trend asked where the reports hold one year', () => {
  it('answers that year and says no trend can be read', async () => {
    const line = firstLine(await ask('最近几年杭州的财政收入变化'));
    expect(line).toContain('2616.8亿元');
    expect(line).toContain('报告中只有2023年的数据');
  });

  it('answers every year held when there are several', async () => {
    const line = firstLine(await ask('近年来上海地方一般公共预算收入怎么变化'));
    expect(line).toContain('8374.2亿元');
    expect(line).toContain('8500亿元');
  });
});

describe('a comparison with a side the reports do not cover', () => {
  it('names the missing side in the lead, the covered side answered with its result', async () => {
    const line = firstLine(await ask('浙江和湖南GDP比较'));
    expect(line).toContain('浙江省2025年生产总值（实绩）');
    expect(line).toContain('报告中没有湖南省的数据');
  });

  it('does so for a follow-up and in English', async () => {
    expect(firstLine(await ask('跟湖南比呢', ['浙江去年GDP增长多少']))).toContain('报告中没有湖南省的数据');
    expect(firstLine(await ask('compare beijing and chongqing gdp growth last year'))).toContain('nothing on Chongqing');
  });
});

describe('a comparison or follow-up naming a year no report of the place writes', () => {
  it.each([
    ['比2015年呢', ['浙江去年GDP增长多少'], '浙江省2015年'],
    ['跟2017年比怎么样', ['北京去年一般公共预算收入增长多少'], '北京市2017年'],
  ])('"%s" is refused for that year', async (question, history, named) => {
    const answer = await ask(question, history);
    expect(answer.notFound).toBe(true);
    expect(firstLine(answer)).toContain(named);
  });

  it('a comparison with a year the reports hold is answered', async () => {
    const answer = await ask('比2024年呢', ['浙江去年GDP增长多少']);
    expect(answer.notFound).toBe(false);
  });
});

describe('level comparisons, ranks and rankings', () => {
  it('label a level reached at a plan end with its year, not the plan period', async () => {
    const line = firstLine(await ask('浙江和江苏人均GDP比较'));
    expect(line).toContain('16.7万元');
    expect(line).not.toContain('十四五');
  });

  it('lead a rank question with the rank a report states', async () => {
    expect(firstLine(await ask('浙江GDP全国排第几'))).toContain('全国第4位');
  });

  it('order places tied at one number by their wording, and say the tie after the leaders', () => {
    const at = (value: number, qualifier?: string, range?: { low: number; high: number }) => ({ value, qualifier, range });
    expect(tieOrder(at(5, '以上'), at(5, '左右'), false)).toBeLessThan(0);
    expect(tieOrder(at(5, '左右'), at(5, '以上'), true)).toBeLessThan(0);
    expect(tieOrder(at(5, undefined, { low: 4.5, high: 5 }), at(5, '左右'), false)).toBeGreaterThan(0);
    expect(tieOrder(at(5, '左右'), at(5), false)).toBe(0);
    const ranked = [{ value: 5.5 }, { value: 5 }, { value: 5 }, { value: 4.5 }];
    expect(othersWithTies(ranked, ['a', 'b', 'c', 'd'], 1, 'zh')).toEqual(['b、c（并列）', 'd']);
    expect(othersWithTies(ranked, ['a', 'b', 'c', 'd'], 1, 'en')).toEqual(['b, c (tied)', 'd']);
    // Ranked at one number but worded or ranged differently: in order, not tied.
    const worded = [at(5.5), at(5, '以上'), at(5, '左右'), at(5), at(5, undefined, { low: 4.5, high: 5 })];
    expect(othersWithTies(worded, ['a', 'b', 'c', 'd', 'e'], 1, 'zh')).toEqual(['b', 'c、d（并列）', 'e']);
    expect(tiedAtTop([at(5, undefined, { low: 5, high: 5.5 }), at(5, undefined, { low: 5, high: 5.5 }), at(5, '左右')])).toBe(2);
  });
});

describe('an outline question about 民生', () => {
  const items: PriorityItem[] = [
    '（一）着力提振市场信心增强社会预期',
    '（七）着力推动城乡区域协调发展',
    '（八）着力增强群众获得感幸福感安全感',
  ].map((text, i) => ({
    heading: { id: `h${i}`, text, depth: 2, path: [text], period: '2026', kind: 'plan', paragraph: i, ordinal: i + 1, style: '（一）' },
    headingSentence: null,
    details: [],
  }));

  it('focuses the item the headings name by 获得感/幸福感', () => {
    const f = outlineFocus('浙江今年民生方面有什么打算', items, ['浙江省', '浙江']);
    expect(f?.subject).toBe('民生');
    expect(f?.items.map((i) => i.heading.id)).toEqual(['h2']);
  });

  it('and does so in the answer', async () => {
    expect(firstLine(await ask('浙江今年民生方面有什么打算'))).toContain('获得感幸福感');
  });
});

describe('lowercase and abbreviated English places', () => {
  it('answer each indicator asked, in the order asked', async () => {
    const line = firstLine(await ask('shandong: life expectancy and skilled workers?'));
    expect(line.indexOf('80.5')).toBeGreaterThan(-1);
    expect(line.indexOf('485')).toBeGreaterThan(line.indexOf('80.5'));
  });

  it('read "zj" as Zhejiang', async () => {
    expect(firstLine(await ask('zj gdp 2024'))).toContain('Zhejiang 2024 GDP');
  });
});

describe('an English quantity question in words only the dictionary knows', () => {
  it('is refused when no passage gives a figure, as the Chinese question is', async () => {
    expect((await ask("What's the average wage in Zhejiang?")).notFound).toBe(true);
    expect((await ask('浙江平均工资多少')).notFound).toBe(true);
  });
});

describe('a result asked of a subject no indicator names', () => {
  it('is never answered by a target of something named alike', async () => {
    // Beijing's 2025 plan: "新增'漫步北京'旅游线路100条" is a target, and no count of tourists.
    const line = firstLine(await ask('How many tourists visited Beijing last year?'));
    expect(line).not.toContain('target');
    expect(line).not.toContain('100条');
  });
});
