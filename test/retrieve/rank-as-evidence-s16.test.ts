import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * A count asked of something a report ranks but does not count ("北京有多少家独角兽企业": "独角兽企业数量均居全国各
 * 城市首位"): the reports do hold it, so the answer says the number is not given and quotes the rank — no refusal,
 * and no number of its own.
 */
const today = new Date('2026-12-03');

describe('a rank as the evidence for a count asked', () => {
  it('answers with no number of its own, the rank quoted', async () => {
    const engine = (await import('../support/engine.js')).govCorpusEngine;
    const answer = await (await engine()).ask('北京有多少家独角兽企业', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toBe('报告中没有找到所问的具体数字，相关原文如下。');
    expect(answer.text).toContain('独角兽企业数量均居全国各城市首位');
  });

  it('is no evidence for a subject the reports do not write', async () => {
    expect(await govFirstLine('北京有多少家咖啡店', today)).toBe('这些报告没有涉及这个问题。');
  });
});
