import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/** The lead of answers to questions as people ask them (eval/fresh-e's tune half and the trips reported); today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0].normalize('NFKC');

describe('the figure asked leads', () => {
  it.each([
    ['福建森林覆盖率多少', '65.85%'],
    ['广冻核电装机占全国多少', '25.8%'],
    ['闽去年人均预期寿命多少岁', '79.5'],
    ['广东城乡居民收入比缩小到多少了', '2.27'],
    ['皖高速通车里程破7000公里了吗', '7000'],
    ["how much did zhejiang's r&d spending grow last year", '15.6%'],
    ['ZJ integrated circuit output growth last year', '11.9%'],
    ["What's Shanghai's new energy storage goal for 2026?", '50'],
  ])('%s leads with %s', async (question, figure) => {
    const answer = await ask(question);
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer)).toContain(figure);
  });

  it('a growth asked is not answered by a share (研发投入强度) in the first citation', async () => {
    expect(firstLine(await ask("how much did zhejiang's r&d spending grow last year"))).not.toContain('3.3%');
  });
});

describe('what the lead says around the figure', () => {
  it('gives no verdict on levels when one side states only its growth', async () => {
    const answer = await ask('Shanghai vs Beijing per capita income');
    expect(firstLine(answer)).toContain('9.2');
    expect(firstLine(answer)).not.toMatch(/is higher/);
  });

  it('still compares growths when growth is asked', async () => {
    expect(firstLine(await ask('上海和北京居民收入增速谁高'))).toContain('更高');
  });

  it('names the country 全国 / China in the no-plan-yet line, not the issuing 国务院', async () => {
    const zh = firstLine(await ask('国家今年GDP目标'));
    expect(zh).toContain('全国2026年');
    expect(zh).not.toContain('国务院');
    expect(firstLine(await ask("what's the national GDP target this year"))).toContain('for China');
  });

  it('reads English "national" as the country, not the first province retrieved', async () => {
    expect(firstLine(await ask('national GDP growth in 2024'))).toMatch(/^China 2024/);
  });

  it('names the side of a comparison whose report states no such figure (浙江 gives no 2025 进出口总额)', async () => {
    const line = firstLine(await ask('浙江和江苏2025年进出口总额谁多'));
    expect(line).toContain('5.95万亿元');
    expect(line).toContain('没有浙江省的该项数据');
  });

  it('"比江苏快吗" after a growth question compares the two, with a verdict', async () => {
    const answer = await engine.ask('比江苏快吗', { today, history: ['浙江2025年GDP增速多少'] });
    expect(firstLine(answer)).toContain('浙江省更高:5.5% 对 5.3%');
  });

  it('a priorities question on a subject leads with the outline item on it, the whole outline after', async () => {
    const answer = await ask('安徽今年打算在科技创新上干点啥');
    expect(firstLine(answer)).toContain('关于“科技创新”:(二)全面增强科技创新策源功能');
    expect(answer.priorities.length).toBeGreaterThanOrEqual(10);
  });

  it('names the side that lacks the figure in English too', async () => {
    const answer = await engine.ask('compared with beijing?', { today, history: ["how much did shanghai's exports grow last year"] });
    expect(firstLine(answer)).toContain('(no such figure in the reports for Beijing)');
  });
});
