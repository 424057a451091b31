import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

const today = new Date('2026-12-01');

describe('how much more, between a milestone and an amount', () => {
  it('names both years but subtracts no milestone ("跨上5万亿元" is no amount)', async () => {
    const line = await govFirstLine('比前年多了多少', today, ['安徽去年GDP多少']);
    expect(line).toContain('5.3万亿元');
    expect(line).not.toContain('两数相减');
  });
});
