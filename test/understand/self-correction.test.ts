import { describe, expect, it } from 'vitest';
import { withSelfCorrection } from '../../src/understand/self-correction.js';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';
import { conversationReader } from '../support/conversation.js';

const places = ['浙江省', '浙江', '江苏省', '江苏', 'zhejiang', 'jiangsu', '吉林省', '吉林', 'jilin'];

describe('withSelfCorrection', () => {
  it('puts the year written after the correction in place of the one before it', () => {
    expect(withSelfCorrection('浙江2024年，不对，2023年GDP增长多少', places)).toBe('浙江2023年GDP增长多少');
    expect(withSelfCorrection('浙江去年GDP增长多少，我是说前年', places)).toBe('浙江前年GDP增长多少');
    expect(withSelfCorrection("What was Zhejiang's GDP growth in 2024, sorry, 2023?", places)).toBe(
      "What was Zhejiang's GDP growth in 2023?",
    );
    expect(withSelfCorrection("What share of Jilin's investment goes into industry this year — sorry, in 2025?", places)).toBe(
      "What share of Jilin's investment goes into industry in 2025?",
    );
  });

  it('puts the place written after the correction in place of the one before it', () => {
    expect(withSelfCorrection('江苏，哦不，浙江去年GDP增长多少', places)).toBe('浙江去年GDP增长多少');
    expect(withSelfCorrection('江苏省去年GDP增长多少，不对，是浙江', places)).toBe('浙江去年GDP增长多少');
    expect(withSelfCorrection('GDP of Jiangsu in 2025 - sorry, Zhejiang', places)).toBe('GDP of Zhejiang in 2025');
  });

  it('leaves a question with no correction, or one correcting something else, as it is', () => {
    for (const q of [
      '浙江GDP是不是全国第4',
      '是不是各省里最低的',
      '不是目标，是实际增长多少',
      '浙江GDP，不对，我问的是增速',
      '2024年，不对，浙江GDP多少',
      'Is Zhejiang growing faster, or rather slower?',
    ])
      expect(withSelfCorrection(q, places), q).toBe(q);
  });
});

describe('a question that corrects itself, read', () => {
  const { read } = conversationReader(['浙江省', '江苏省'], new Date('2026-12-03'));
  it('asks the corrected year and place only', () => {
    const q = read('江苏，哦不，浙江2024年，不对，2023年GDP增长多少');
    expect(q.places).toEqual(['浙江省']);
    expect(q.years).toEqual([2023]);
  });
});

describe('a plan asked by what is intended', () => {
  it('reads "is meant to", "expected to", "aims to" as the plan', () => {
    for (const q of [
      'What share is meant to go into industry?',
      'How many flats is Shanghai expected to renovate?',
      'Jiangsu aims to create how many jobs?',
    ])
      expect(asksInFutureTense(q), q).toBe(true);
    for (const q of ['What was meant by new quality productive forces?', 'How many flats were renovated?'])
      expect(asksInFutureTense(q), q).toBe(false);
  });
});

describe('found by the mutation run of session 22', () => {
  it('reads a correction after a question mark', () => {
    expect(withSelfCorrection('浙江去年GDP增长多少？不对，是江苏', places)).toBe('江苏去年GDP增长多少');
  });
  it('drops the "in" before an English year said as a phrase', () => {
    expect(withSelfCorrection('Zhejiang growth in 2024 — sorry, last year?', places)).toBe('Zhejiang growth last year?');
  });
  it('reads "were meant to be renovated" as told afterwards, not a plan', () => {
    expect(asksInFutureTense('How many flats were meant to be renovated?')).toBe(false);
    expect(asksInFutureTense('How many flats are to be renovated?')).toBe(true);
  });
});
