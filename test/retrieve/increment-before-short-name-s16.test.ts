import { describe, expect, it } from 'vitest';
import { quantityMention } from '../../src/retrieve/indicator-mention.js';
import { govFirstLine } from '../support/engine.js';

/** "新增托位1.7万个": a short name after 新增 is the indicator's own things added, a quantity of it. */
describe('a short name after an increment word', () => {
  const names = ['托位', '普惠托位', '千人口托位数'];

  it('gives the indicator a quantity', () => {
    expect(quantityMention('示范性长者食堂405个，新增托位1.7万个。', names)).toBe(true);
    expect(quantityMention('全年净增托位3000个。', names)).toBe(true);
    // Not before other words: "新增能耗支持民间投资项目比重" is no energy intensity.
    expect(quantityMention('新增能耗支持民间投资项目比重不低于70%', ['能耗', '单位GDP能耗'])).toBe(false);
  });

  it('still needs a number in its clause, and no other word before it', () => {
    expect(quantityMention('新增托位，扩大供给。', names)).toBe(false);
    expect(quantityMention('建设托位服务中心5个。', names)).toBe(false);
  });

  it('on the reports: answers the year asked', async () => {
    expect(await govFirstLine('闽24年托位新增了多少个', new Date('2026-12-03'))).toContain('1.7万个');
  });
});
