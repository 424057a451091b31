import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 29: a question's everyday word and the report's word for the same thing ("运动场地" asked, "体育场地"
 * written) — searched together, and either covers the question. On the seed corpus, the 20 work reports and the 2025
 * reports of 云南, 湖南 and 吉林. Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a question in everyday words', () => {
  it('is answered by the passage that writes the report’s word (运动场地 asked, 体育场地 written)', async () => {
    expect(await lead('浙江25年新建和更新群众身边的运动场地计划多少个')).toMatch(/浙江省2025年.*体育场地.*1万个/);
  });

  it('after a conversation that named it in the everyday word', async () => {
    const first = await lead('浙江同一年定了多少个', ['北京25年新建和更新群众身边的运动场地多少处']);
    expect(first).toMatch(/浙江省2025年.*体育场地.*1万个/);
  });
});
