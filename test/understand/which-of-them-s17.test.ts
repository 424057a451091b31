import { describe, expect, it } from 'vitest';
import { asksWhichOfThem } from '../../src/lang/zh/comparison-follow-up-words.js';
import { govFirstLine } from '../support/engine.js';

describe('"哪个最高" after several places talked about', () => {
  it('reads as which of them', () => {
    for (const q of ['哪个最高', '谁最多', 'Which is the highest?', 'which one is the biggest']) expect(asksWhichOfThem(q), q).toBe(true);
    expect(asksWhichOfThem('最高的是多少')).toBe(false);
  });

  it('ranks the places of the conversation, in Chinese and in English, not every place', async () => {
    const today = new Date('2026-12-03');
    const zh = await govFirstLine('哪个最高', today, ['浙江和安徽2024年粮食产量各多少']);
    expect(zh).toMatch(/安徽省 836\.9亿斤.*浙江省 130亿斤/);
    expect(zh).not.toContain('山东');
    const en = await govFirstLine('Which is the highest?', today, ['Grain output of Zhejiang and Anhui in 2024']);
    expect(en).toMatch(/Anhui 836\.9亿斤.*Zhejiang 130亿斤/);
    expect(en).not.toContain('Shandong');
  });
});
