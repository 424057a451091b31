import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/** Indicators the reports state in their own words, asked as people ask; the corpus plus the 20 work reports, today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0].normalize('NFKC');

describe('answered from what the reports state, not refused', () => {
  it.each([
    ['想了解下浙江去年实际用了多少外资', '115.6亿美元'],
    ['Fujian grain harvest 2024, in tonnes', '514.4'],
    ['how many NEVs are on the road in beijing now', '130'],
    ["How many new 'little giant' firms did Guangdong add last year?", '688'],
    ['沪人均GDP多少美元', '3.2万美元'],
    ['江苏25年能耗强度下降目标', '2%'],
    ['山东民生支出占比多少', '80%'],
  ])('%s leads with %s', async (question, figure) => {
    const answer = await ask(question);
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer)).toContain(figure);
  });

  it('the asked indicator leads, not another in the same report (高技术制造业, not 制造业投资)', async () => {
    const line = firstLine(await ask("China's high-tech manufacturing value-added growth in '24"));
    expect(line).toContain('8.9');
    expect(line).not.toContain('9.2');
  });

  it('沪 is 上海, never another province', async () => {
    const answer = await ask('沪人均GDP多少美元');
    expect(answer.citations[0].district).toBe('上海市');
    expect(firstLine(answer)).not.toContain('山东');
  });

  it('two indicators lead in the order asked', async () => {
    const line = firstLine(await ask('北京去年优良天数比例和PM2.5浓度分别是多少'));
    expect(line.indexOf('80')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('80')).toBeLessThan(line.indexOf('27'));
  });

  it('a port named after an uncovered city is looked up where a report names it', async () => {
    const answer = await ask('宁波舟山港今年集装箱要干到多少');
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer)).toContain('4500');
    expect(answer.citations[0].district).toBe('浙江省');
  });

  it('the target of a year is checked against its result', async () => {
    const answer = await ask('Did China meet its 2024 energy-intensity target?');
    expect(answer.notFound).toBe(false);
    expect(answer.citations.map((c) => c.sentence).join('')).toContain('2.5%');
  });
});

describe('the figure asked leads', () => {
  it('a count asked in its unit leads with that count, not the growth beside it', async () => {
    const line = firstLine(await ask('皖24年新能源车造了多少辆'));
    expect(line).toContain('168.4万辆');
    expect(line).not.toContain('94.5');
  });

  it('whether a target was met: the result first, the target the plan set like for like beside it', async () => {
    const answer = await ask('安徽25年进出口目标完成了没');
    const line = firstLine(answer);
    expect(line.indexOf('17.3%')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('17.3%')).toBeLessThan(line.indexOf('5.5%'));
    expect(answer.citations.some((c) => c.sentence.includes('进出口总额增长5.5%左右'))).toBe(true);
  });

  it('"控制住了吗" is answered with the result before the target', async () => {
    const line = firstLine(await ask('全国23年物价涨幅控制住了吗，目标是多少'));
    expect(line.indexOf('0.2%')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('0.2%')).toBeLessThan(line.indexOf('3%'));
  });
});

describe('still refused when the reports do not state it', () => {
  it.each(['宁波市2025年GDP多少', '深圳机场旅客吞吐量多少', '浙江去年房价涨了多少'])('%s', async (question) => {
    expect((await ask(question)).notFound).toBe(true);
  });

  it('a ratio asked is not answered with another ratio (碳排放强度 is not 研发投入强度)', async () => {
    const line = firstLine(await ask('江苏去年碳排放强度下降多少'));
    expect(line).not.toContain('研发');
  });
});
