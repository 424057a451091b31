import { describe, expect, it } from 'vitest';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * Session 19 (English helper): a romanised name read as the reports spell it is what a passage must name; money asked by
 * its verb or its noun ("how much did … pay out", "how much spending") asks the amount in 元; medals are counted in 块.
 */
const PLACES = knownPlaces(['广东省', '浙江省']);
const today = new Date('2026-12-03');

describe('English names and money asked (s19en)', () => {
  it('a romanised name read as the reports write it is a named thing the passage must write', () => {
    const query = understandQuery('How many research staff has the Hetao zone drawn in?', PLACES, {
      today,
      timesWritten: () => 1,
      romanisedName: (name) => (name === 'hetao' ? ['河套'] : []),
    });
    expect(query.namedThings).toEqual(['河套']);
  });

  it('a question with no romanised name names no thing', () => {
    const query = understandQuery('How many hospitals in Zhejiang opened clinics?', PLACES, {
      today,
      timesWritten: () => 1,
      romanisedName: () => [],
    });
    expect(query.namedThings).toBeUndefined();
  });

  it('money asked by the verb that pays or spends it, or by a noun of money', () => {
    expect(englishCountUnit('How much did family pooling of medical accounts pay out in Zhejiang?')).toBe('元');
    expect(englishCountUnit('How much did Zhejiang spend on science and technology?')).toBe('元');
    expect(englishCountUnit('How much spending did Beijing cut?')).toBe('元');
    expect(englishCountUnit('How much did the new stadium cost?')).toBe('元');
    expect(englishCountUnit('How much did exports grow?')).toBeNull();
    expect(englishCountUnit('How much time did the reform save?')).toBeNull();
  });

  it('medals are counted in 块', () => {
    expect(englishCountUnit('How many gold medals did Guangdong win?')).toBe('块');
  });
});
