import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { placeLabel } from '../../src/lang/zh/place-words.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/** Questions as people ask them, answered over the corpus plus the work reports, today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 120_000);

const ask = (question: string, history?: string[]): Promise<Answer> => engine.ask(question, history ? { today, history } : { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0];
/** The numbers a text writes, read the same way in the answer and in its sources. */
const numbersIn = (text: string): string[] =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .match(/\d+(?:\.\d+)?/g) ?? [];

describe('help', () => {
  it('"你能做什么" says what can be asked, with examples that name covered places', async () => {
    const answer = await ask('你能做什么');
    expect(answer.notFound).toBe(false);
    expect(answer.citations).toEqual([]);
    const covered = (answer.coverage ?? []).map((c) => c.district);
    expect(covered).toEqual(expect.arrayContaining(['国务院', '浙江省', '杭州市', '钱塘区', '拱墅区']));
    const examples = answer.text.split('\n').filter((line) => line.startsWith('• '));
    // The country is named as readers name it (全国), every other place by its issuer.
    const naming = examples.filter((line) => covered.some((place) => line.includes(placeLabel(place))));
    expect(examples.some((line) => line.includes('国务院'))).toBe(false);
    expect(examples.length).toBe(5);
    expect(naming.length).toBe(4);
    expect(examples.filter((line) => !naming.includes(line))).toEqual(['• （接着上一问）那2023年呢？']);
    expect(answer.text).toContain('目前收录25份报告');
  });

  it('"help" answers in English with examples', async () => {
    const answer = await ask('help');
    expect(answer.notFound).toBe(false);
    const examples = answer.text.split('\n').filter((line) => line.startsWith('• '));
    expect(examples.length).toBe(5);
    expect(answer.text).toContain('The corpus holds 25 reports');
    expect(answer.text).toMatch(/Zhejiang/);
  });
});

describe('reading notes', () => {
  it('a relative year is stated in the first line', async () => {
    const answer = await ask('杭州去年GDP是多少');
    expect(firstLine(answer).startsWith('（去年 = 2025年）')).toBe(true);
    expect(answer.understood).toEqual({ places: ['杭州市'], years: [2025], intent: 'result' });
  });

  it('a place written with a typo is read as the known place, and said so', async () => {
    const answer = await ask('拱树区2024年GDP是多少');
    expect(answer.text).toContain('按拱墅区理解');
    expect(firstLine(answer).startsWith('（“拱树区”按拱墅区理解）')).toBe(true);
    expect(answer.understood?.places).toEqual(['拱墅区']);
  });

  it('a region the reports cover in part answers for the part, and names the members they lack', async () => {
    const answer = await ask('京津冀2025年GDP是多少');
    expect(firstLine(answer)).toBe(
      '（京津冀：报告只覆盖北京市，天津市、河北省不在报告中）北京市2025年地区生产总值（实绩）：5.2万亿元，增长5.4% [1]',
    );
    const english = await ask('Jing-Jin-Ji GDP in 2025?');
    expect(firstLine(english).startsWith('(Jing-Jin-Ji: the reports cover Beijing only, not Tianjin, Hebei) ')).toBe(true);
    // A region the reports cover whole needs no note.
    expect(firstLine(await ask('长三角2025年GDP增速分别是多少'))).not.toContain('不在报告中');
  });
});

describe('a year whose results the reports do not hold', () => {
  it('"浙江2026年GDP是多少？" is not found, says there is only a target, and cites the 2026 target', async () => {
    const answer = await ask('浙江2026年GDP是多少？');
    expect(answer.notFound).toBe(true);
    // One first line: no result, then the target it holds, labelled so (session 24).
    expect(firstLine(answer)).toMatch(
      /^报告没有浙江省2026年地区生产总值的实际完成情况，只有目标。报告中最接近的内容：浙江省2026年.*（目标）/,
    );
    const target = answer.citations[0];
    expect(target.district).toBe('浙江省');
    expect(target.year).toBe(2026);
    expect(target.kind).toBe('plan');
    expect(target.sentence).toContain('全省生产总值增长5%—5.5%');
    expect(answer.figures.filter((f) => f.kind === 'actual')).toEqual([]);
  });
});

describe('several indicators in one question', () => {
  it('"福建2025年GDP和财政收入分别是多少" gives both figures in the first line, in the order asked', async () => {
    const answer = await ask('福建2025年GDP和财政收入分别是多少');
    expect(answer.notFound).toBe(false);
    const lead = firstLine(answer);
    expect(lead).toContain('60199.45');
    expect(lead).toContain('3723.35');
    expect(lead.indexOf('60199.45')).toBeLessThan(lead.indexOf('3723.35'));
    const [gdp, revenue] = answer.figures;
    expect([gdp.indicator, gdp.value, gdp.unit, gdp.kind, gdp.period]).toEqual(['地区生产总值', 60199.45, '亿元', 'actual', '2025']);
    expect([revenue.indicator, revenue.value, revenue.unit, revenue.kind]).toEqual(['地方一般公共预算收入', 3723.35, '亿元', 'actual']);
  });
  // "经济总量连跨5万亿元、6万亿元两个台阶" passes thresholds over five years: no 2025 figure of 经济总量.
  it("gives no milestone crossed as the year's actual figure", async () => {
    const answer = await ask('福建2025年GDP和财政收入分别是多少');
    expect(answer.figures.filter((f) => f.indicator === '经济总量')).toEqual([]);
  });
});

describe('superlatives', () => {
  it('"哪个省2026年GDP增长目标最高" ranks the covered places, each number from a cited sentence', async () => {
    const answer = await ask('哪个省2026年GDP增长目标最高');
    expect(answer.notFound).toBe(false);
    // Every province with the target is ranked and cited (the figure table's one row each, year 2026).
    expect(firstLine(answer)).toBe(
      // At one number, "5%以上" before "5%左右" and a range reaching lower ("4.5–5%") last; the tie said (session 9 trips).
      '2026年目标最高：安徽省 5–5.5% [1]、浙江省 5–5.5% [2]（并列）；其后：山东省 5%以上 [3]，上海市 5%左右 [4]、北京市 5%左右 [5]、江苏省 5% [6]、福建省 5%左右 [7]（并列），广东省 4.5–5% [8]',
    );
    const ranked = ['安徽省', '浙江省', '山东省', '上海市', '北京市', '江苏省', '福建省', '广东省'];
    expect(answer.citations.map((c) => c.district)).toEqual(ranked);
    expect(answer.figures.map((f) => f.district)).toEqual(ranked);
    expect(answer.figures.every((f) => f.kind === 'target' && f.period === '2026')).toBe(true);
    // Every number the answer writes, outside its [n] markers and the reports' titles, is in a cited sentence.
    const cited = new Set(answer.citations.flatMap((c) => numbersIn(c.sentence)));
    // Years are the answer's labels ("2026年目标最高"), not figures.
    const written = numbersIn(
      answer.text
        .replace(/\[\d+\]/g, '')
        .replace(/《[^》]*》/g, '')
        .replace(/(?:19|20)\d{2}年/g, ''),
    );
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((n) => !cited.has(n))).toEqual([]);
    const titles = new Set(answer.citations.map((c) => c.title));
    for (const [, title] of answer.text.matchAll(/《([^》]*)》/g)) expect(titles.has(title)).toBe(true);
  });
});

describe('follow-ups', () => {
  it('"钱塘区的呢？" after an outline question gives 钱塘区’s priorities', async () => {
    const answer = await ask('钱塘区的呢？', ['拱墅区2025年工作重点有哪些']);
    expect(answer.notFound).toBe(false);
    expect(answer.priorities.length).toBeGreaterThanOrEqual(5);
    expect(answer.priorities[0].title).toBe('(一)聚焦创新驱动,厚植内生发展新优势');
    expect(answer.priorities.every((p) => p.citationId.startsWith('qiantang-2025-plan-report:'))).toBe(true);
    expect(firstLine(answer).startsWith('钱塘区工作重点')).toBe(true);
    expect(answer.understood).toEqual({ places: ['钱塘区'], years: [2025], intent: 'any' });
  });
});

describe('a blank question', () => {
  it('gets an answer, not found, that says what the corpus covers', async () => {
    for (const question of ['', '   ']) {
      const answer = await ask(question);
      expect(answer.notFound).toBe(true);
      expect(answer.citations).toEqual([]);
      expect(answer.text.length).toBeGreaterThan(0);
      expect(answer.coverage?.length).toBe(12);
    }
  });
});

describe('a place without a report of its own', () => {
  it('answers from what other reports say of it, and still says it is not covered', async () => {
    const answer = await engine.ask('成都大运会是哪年举办的', { today: new Date('2026-12-01') });
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toBe('这些报告不涉及成都市。');
    expect(answer.citations[0].sentence).toContain('成都大运会');
    expect(answer.citations[0].district).toBe('国务院');
  });

  it('does not offer a mention that is not about what was asked', async () => {
    const answer = await engine.ask('成都2025年GDP是多少', { today: new Date('2026-12-01') });
    expect(answer.notFound).toBe(true);
    expect(answer.citations).toEqual([]);
  });
});

describe('an overview of the economy', () => {
  it('leads with the level and the growth the same sentence gives', async () => {
    const answer = await engine.ask('山东去年经济咋样', { today: new Date('2026-12-01') });
    expect(answer.text.split('\n')[0]).toBe('（去年 = 2025年）山东省2025年地区生产总值（实绩）：10.3万亿元，增长5.5% [1]');
  });
});

describe('a comparison that does not say 多少', () => {
  it('still leads with both places’ figures, like for like', async () => {
    const answer = await engine.ask('浙江和江苏去年GDP哪个高', { today: new Date('2026-12-01') });
    const first = answer.text.split('\n')[0];
    expect(first).toContain('浙江省2025年生产总值（实绩）：增长5.5% [1]');
    expect(first).toContain('江苏省2025年地区生产总值（实绩）：增长5.3% [2]');
  });
});

describe('a result follow-up to a target question', () => {
  it('answers the year’s actual result, not the target sentence that says 在实际工作中', async () => {
    const answer = await engine.ask('那去年实际呢', { history: ['安徽今年GDP目标定了多少'], today: new Date('2026-12-01') });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toBe('（去年 = 2025年）安徽省2025年地区生产总值（实绩）：5.3万亿元，增长5.5% [1]');
  });
});

describe('found in a second session as a new user', () => {
  const today = new Date('2026-12-01');

  it('ranks a "which … lowest" question even when the classifier is unsure, by the low end of a range', async () => {
    const answer = await engine.ask('哪个省今年GDP目标最低', { today });
    expect(answer.text.split('\n')[0]).toMatch(/^（今年 = 2026年）2026年目标最低：广东省 4\.5–5% \[1\]；其后：/);
  });

  it('does not lead an income question with a figure whose name merely shares 百姓', async () => {
    const answer = await engine.ask('福建老百姓去年收入多少', { today });
    expect(answer.text.split('\n')[0]).toContain('居民人均可支配收入');
    expect(answer.text.split('\n')[0]).not.toContain('群众文化活动');
  });

  it('reads "GDP咋样" as the figure, and a question with its own place and subject as no follow-up', async () => {
    const answer = await engine.ask('上海去年GDP咋样', { today });
    expect(answer.text.split('\n')[0]).toBe('（去年 = 2025年）上海市2025年生产总值（实绩）：5.67万亿元，增长5.4% [1]');
    const alone = await engine.ask('杭州房价多少', { history: ['拱墅区2025年一季度GDP增长多少'], today });
    expect(alone.understood?.years).toEqual([]);
  });
});
