import { describe, expect, it } from 'vitest';
import { comparesInEnglish } from '../../src/lang/en/english-comparatives.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['广东省', '江苏省', '浙江省', '安徽省', '福建省', '山东省']);
const TODAY = { today: new Date('2026-12-02') };

describe('an English comparison of two economies', () => {
  it('compares their GDP', () => {
    for (const q of [
      "Is Guangdong's economy bigger than Jiangsu's?",
      "How does Anhui's economy compare with Fujian's?",
      'Which economy grew faster, Zhejiang or Jiangsu?',
      'zhejiang vs jiangsu economy 2025',
    ]) {
      const query = understandQuery(q, PLACES, TODAY);
      expect(
        query.indicators.map((i) => i.name),
        q,
      ).toEqual(['地区生产总值']);
      expect(query.places.length, q).toBe(2);
    }
  });

  it('keeps a named part of the economy', () => {
    const query = understandQuery('shandong digital economy vs zhejiang', PLACES, TODAY);
    expect(query.indicators.map((i) => i.name)).not.toContain('地区生产总值');
  });

  it('is read from comparative words, not from any adjective', () => {
    expect(comparesInEnglish('Is Guangdong bigger than Jiangsu?')).toBe(true);
    expect(comparesInEnglish('Jiangsu versus Zhejiang')).toBe(true);
    expect(comparesInEnglish('Which province grew fastest in 2025?')).toBe(false);
    expect(comparesInEnglish('How big is the economy of Anhui?')).toBe(false);
  });
});
