import { describe, expect, it } from 'vitest';
import { indicatorMention } from '../../src/retrieve/indicator-mention.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const GDP = ['地区生产总值', '生产总值', 'gdp'];

describe('a ratio to GDP names no GDP figure', () => {
  it('is not a mention of GDP, in a sentence or a question', () => {
    expect(indicatorMention('社会物流总费用与gdp的比率从14.7%降至13%左右', GDP)).toBe(0);
    expect(indicatorMention('社会物流总费用与gdp比率现在多少', GDP)).toBe(0);
    expect(indicatorMention('地区生产总值增长5.5%', GDP)).toBe(1);
  });

  it('leaves an indicator\'s own ratio named by it ("优良天数比率" is 优良天数\'s)', () => {
    expect(indicatorMention('优良天数比率82.5%、提升4.6个百分点', ['优良天数比率', '优良天数'])).toBe(1);
    expect(indicatorMention('优良天数比率82.5%', ['优良天数'])).toBe(1);
  });

  it('leaves the question with no GDP asked, so its own words are searched', () => {
    const query = understandQuery('安徽社会物流总费用与GDP比率现在多少', knownPlaces(['安徽省']), { today: new Date('2026-12-01') });
    expect(query.indicators.map((i) => i.name)).not.toContain('地区生产总值');
  });
});
