import { describe, expect, it } from 'vitest';
import { namesNothingNew } from '../../src/lang/zh/follow-up-words.js';
import { govFirstLine } from '../support/engine.js';

/** "累计多少家" after "…新入选国家5G工厂多少家" asks the running total of the same thing: no subject of its own. */
const today = new Date('2026-12-03');

describe('a follow-up asking another measure of the same thing', () => {
  it('names nothing new', () => {
    expect(namesNothingNew('累计多少家', '江苏24年新入选国家5G工厂多少家', [], [])).toBe(true);
    expect(namesNothingNew('一共多少', '上海去年新增公园多少座', [], [])).toBe(true);
    expect(namesNothingNew('绿道呢', '上海去年新增公园多少座', [], [])).toBe(false);
  });

  it('on the reports: the running total leads, of the earlier subject', async () => {
    const line = await govFirstLine('累计多少家', today, ['江苏24年新入选国家5G工厂多少家']);
    expect(line).toContain('210家');
  });
});
