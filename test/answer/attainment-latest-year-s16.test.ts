import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/** "安徽粮食产量目标完成了吗" names no year: the latest year whose results the place's reports hold, target beside result. */
const today = new Date('2026-12-03');

describe('whether a target was met, no year named', () => {
  it('is answered for the latest year of results, with the target and the verdict', async () => {
    const line = await govFirstLine('安徽粮食产量目标完成了吗', today);
    expect(line).toContain('2025年');
    expect(line).toMatch(/实际838\.6亿斤.*目标825亿斤以上.*完成目标/);
  });

  it('is answered the same for a subject outside the glossary', async () => {
    expect(await govFirstLine('上海美丽街区目标完成了吗', today)).toMatch(/实际116个.*目标100个/);
  });
});
