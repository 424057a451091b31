import { describe, expect, it } from 'vitest';
import { asksOfLastTwo } from '../../src/answer/kinds/last-two-compared.js';
import { asksWhichOfThem } from '../../src/lang/zh/comparison-follow-up-words.js';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 30: "这俩谁大", "两家条数有差别没", "俩尺寸一样不" after two questions about different things: the last two answers
 * side by side in the first line, each cited, then which is higher, like for like. On the seed corpus and the 20 work
 * reports (today pinned).
 */
const today = new Date('2026-12-04');
const none = { places: [], years: [], indicators: [] };

describe('a follow-up about the two things talked about', () => {
  it('is read by its words, naming no place, year or indicator of its own', () => {
    expect(asksWhichOfThem('俩尺寸一样不')).toBe(true);
    expect(asksWhichOfThem('两者一样多吗')).toBe(true);
    expect(asksOfLastTwo('这俩谁大', none)).toBe(true);
    expect(asksOfLastTwo('两家条数有差别没', none)).toBe(true);
    expect(asksOfLastTwo('这俩谁大', { ...none, years: [2024] })).toBe(false);
    expect(asksOfLastTwo('一样不', none)).toBe(false);
  });

  it('states both answers, each cited, when the answer found states one ("报告中没有福建省的该项数据")', async () => {
    const line = await govFirstLine('两家条数有差别没', today, [
      '福建25年丝路海运要新开几条国际航线',
      '同样是航线 安徽那年打算开几条一带一路沿线国家的',
    ]);
    expect(line).toMatch(/^福建省2025年.*5条 \[1\]；安徽省2025年.*5条左右 \[2\]。数值相同，提法不同/);
  });

  it('of two targets of different indicators, says which is higher', async () => {
    const line = await govFirstLine('这俩目标差几个百分点', today, ['浙江25年战略性新兴产业增加值目标增长多少', '服务业增加值那个目标呢']);
    expect(line).toMatch(/7\.5% \[1\]；.*5\.5%左右 \[2\]。前者更高：7\.5% 对 5\.5%左右/);
  });

  it('leaves a comparison of two places that states both as it was', async () => {
    const line = await govFirstLine('哪个更高', today, ['浙江2024年GDP增长多少', '江苏呢']);
    expect(line).toMatch(/江苏省更高：5\.8% 对 5\.5%/);
  });
});

describe('a thread of such follow-ups', () => {
  it('answers each earlier question once: "这俩谁大" after "这俩谁高" does not compare again inside', async () => {
    const { govCorpusEngine } = await import('../support/engine.js');
    const { vi } = await import('vitest');
    const engine = await govCorpusEngine();
    const spy = vi.spyOn(engine as never as { askInConversation: () => Promise<unknown> }, 'askInConversation');
    try {
      const history = ['浙江25年战略性新兴产业增加值目标增长多少', '服务业增加值那个目标呢', '这俩谁高'];
      await engine.ask('这俩谁大', { today, history });
      // The question itself, then the last two once each; the inner "这俩谁高" asks nothing more.
      expect(spy.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['这俩谁大', '服务业增加值那个目标呢', '这俩谁高']);
    } finally {
      spy.mockRestore();
    }
  });
});
