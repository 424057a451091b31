/**
 * Session 26's conversation and place readings on hand-built questions, for the mutation run of the session's lines
 * (stryker.s26.json): an intent taken from an earlier year being over, a river named after a place romanised alike to
 * another.
 */
import { describe, expect, it } from 'vitest';
import { readInConversation } from '../../src/understand/conversation.js';
import { placesInsideRomanisedNames } from '../../src/understand/entity-named-after-place.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['安徽省', '浙江省', '国务院']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-04') });

describe('an intent taken only from the earlier year being over', () => {
  const earlier = ask('安徽25年新培育省级工业互联网平台几家');
  it('is the earlier year’s: a follow-up naming this year reads as its own', () => {
    expect(earlier.intent).toBe('result');
    expect(readInConversation(ask('那26年呢'), earlier).intent).not.toBe('result');
  });

  it('a follow-up naming another year that is over keeps asking the result', () => {
    expect(readInConversation(ask('那24年呢'), earlier).intent).toBe('result');
  });

  it('an intent the earlier question wrote (目标) still carries to a follow-up of this year', () => {
    const planned = ask('安徽25年新培育省级工业互联网平台目标是几家');
    expect(readInConversation(ask('那26年呢'), planned).intent).toBe('plan');
  });
});

describe('a place’s English name starting a longer name', () => {
  const readings = new Map<string, readonly string[]>([['creek', ['河']]]);
  it('takes every place romanised alike with it ("Suzhou Creek": 苏州河, for 苏州 and 宿州)', () => {
    const found = placesInsideRomanisedNames('along the Suzhou Creek', ['苏州市', '宿州市'], readings, (n) => n === '苏州河');
    expect([...found.entries()]).toEqual([
      ['苏州市', '苏州河'],
      ['宿州市', '苏州河'],
    ]);
  });

  it('none when the reports write no such name, and not another place', () => {
    expect(placesInsideRomanisedNames('along the Suzhou Creek', ['苏州市', '宿州市'], readings, () => false).size).toBe(0);
    const other = placesInsideRomanisedNames('Suzhou Creek and Wuxi', ['苏州市', '无锡市'], readings, (n) => n === '苏州河');
    expect([...other.keys()]).toEqual(['苏州市']);
  });
});
