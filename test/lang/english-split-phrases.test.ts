import { describe, expect, it } from 'vitest';
import { splitPhrasesIn } from '../../src/lang/en/english-split-phrases.js';

describe('English phrases whose words stand apart around their subject', () => {
  it("read 'average … per year' as 年均", () => {
    expect(splitPhrasesIn('shanghai average new jobs per year over five years')).toEqual(['年均']);
    expect(splitPhrasesIn('how many jobs a year on average in the 14th five-year plan')).toEqual(['年均']);
    expect(splitPhrasesIn('average disposable income in zhejiang')).toEqual([]);
  });

  it('read vehicles registered as 上牌, and no other registration', () => {
    expect(splitPhrasesIn('how many new nevs registered in shanghai in 2024')).toEqual(['上牌']);
    expect(splitPhrasesIn('How many NEVs were registered in Shanghai in 2024?')).toEqual(['上牌']);
    expect(splitPhrasesIn('new registrations of electric vehicles in beijing')).toEqual(['上牌']);
    expect(splitPhrasesIn('jiangsu registered unemployment rate')).toEqual([]);
    expect(splitPhrasesIn('how many new businesses registered in jiangsu')).toEqual([]);
  });
});
