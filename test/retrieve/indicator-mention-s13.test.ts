import { describe, expect, it } from 'vitest';
import { quantityMention } from '../../src/retrieve/indicator-mention.js';

describe('quantityMention, session 13', () => {
  it('a number counted right before the name gives it ("新增5000张家庭养老床位")', () => {
    expect(quantityMention('新建20个区域养老服务中心，新增5000张家庭养老床位', ['养老床位', '家庭养老床位'])).toBe(true);
    expect(quantityMention('建成3个国家级养老床位示范基地', ['家庭养老床位'])).toBe(false);
  });

  it('not a short name counted as something else ("扩展至8个投资领域", "11个人口小县")', () => {
    expect(quantityMention('新设政府投资基金扩展至8个投资领域、带动社会投资', ['固定资产投资', '投资'])).toBe(false);
    expect(quantityMention('11个人口小县机构改革顺利完成', ['常住人口', '人口'])).toBe(false);
    expect(quantityMention('东莞长安成为全省第13个地区生产总值超千亿元镇', ['地区生产总值'])).toBe(false);
  });
});
