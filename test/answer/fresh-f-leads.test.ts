import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { latestFirst } from '../../src/answer/figure-lead.js';
import type { Answer, Figure } from '../../src/answer/schema.js';
import { askedAmount, isIncrementName } from '../../src/lang/zh/level-question-words.js';
import { asksOverSpan } from '../../src/lang/zh/span-question-words.js';
import { govCorpusEngine } from '../support/engine.js';

const figure = (indicator: string, value: number, period: string, extra: Partial<Figure> = {}): Figure =>
  ({ indicator, value, unit: '%', period, kind: 'actual', district: '某省', citationId: `c${period}`, ...extra }) as Figure;

describe('fresh-f: which figure of the asked indicator leads', () => {
  it('reads whether a question asks the level reached or the increment', () => {
    expect(askedAmount('上海公园累计达到多少座')).toBe('level');
    expect(askedAmount('How many general aviation airports does Shandong have now?')).toBe('level');
    expect(askedAmount('北京去年新增多少托位')).toBe('increment');
    expect(askedAmount('how many new listed companies did Jiangsu add')).toBe('increment');
    expect(askedAmount('江苏森林覆盖率是多少')).toBeNull();
    expect(isIncrementName('新增公园')).toBe(true);
    expect(isIncrementName('通用机场增加')).toBe(true);
    expect(isIncrementName('公园')).toBe(false);
  });

  it('reads whether a question asks over several years', () => {
    expect(asksOverSpan('广东这五年居民人均可支配收入涨了多少')).toBe(true);
    expect(asksOverSpan('十四五期间安徽技改投资年均增长多少')).toBe(true);
    expect(asksOverSpan('average annual growth over the past five years')).toBe(true);
    expect(asksOverSpan('广东去年居民人均可支配收入增长多少')).toBe(false);
  });

  it('with no year asked, puts the latest year of the leading indicator first, never a change over a span', () => {
    const older = figure('工业机器人产量', 81.4, '2024');
    const latest = figure('工业机器人产量', 35.3, '2025');
    const other = figure('集成电路产量', 47.4, '2025');
    expect(latestFirst([older, other, latest]).map((f) => f.value)).toEqual([35.3, 81.4, 47.4]);
    // the level reached at the end of a reviewed plan is that year's level; a change over the plan is not
    const spanLevel = figure('高新技术产业产值占比', 55.7, '2021-2025');
    const spanChange = figure('高新技术产业产值占比', 10.6, '2021-2025', { qualifier: '5年', unit: '个百分点' });
    const year = figure('高新技术产业产值占比', 1.5, '2024', { unit: '个百分点' });
    expect(latestFirst([year, spanChange, spanLevel])[0].value).toBe(55.7);
    // another place's later figure, an amount for a rate, or a from–to start never moves ahead
    expect(latestFirst([older, figure('工业机器人产量', 20, '2025', { district: '另一省' })])[0].value).toBe(81.4);
    expect(latestFirst([older, figure('工业机器人产量', 20, '2025', { unit: '万台' })])[0].value).toBe(81.4);
    expect(latestFirst([older, figure('工业机器人产量', 20, '2025', { qualifier: '从' })])[0].value).toBe(81.4);
    // a target does not move ahead of an actual
    expect(latestFirst([older, figure('工业机器人产量', 10, '2026', { kind: 'target' })])[0].value).toBe(81.4);
  });
});

/** On the real reports (eval/fresh-f's tune half); today pinned. */
const today = new Date('2026-12-01');
let engine: Engine;
beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);
const firstLine = (answer: Answer): string => answer.text.split('\n')[0].normalize('NFKC');

describe('fresh-f: the figure asked leads on the reports', () => {
  it.each([
    ['上海品牌累计多少项', '288'],
    ['How many regional headquarters of multinationals did Shanghai have in total by 2024?', '1016'],
    ['广东这五年居民人均可支配收入涨了多少', '30.8'],
    ['安徽工业机器人产量增长多少', '35.3'],
    ['十四五末安徽城市低保人均保障标准是多少', '842'],
    ['江苏今年水利领域投资目标', '450'],
    ["Shandong's water conservancy investment in 2024", '748'],
  ])('%s leads with %s', async (question, value) => {
    const answer = await engine.ask(question, { today });
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer)).toContain(value);
  });
});
