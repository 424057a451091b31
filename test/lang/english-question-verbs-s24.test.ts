import { describe, expect, it } from 'vitest';
import { isQuestionVerb } from '../../src/lang/en/english-topic-words.js';
import { asksQuantityInEnglish } from '../../src/lang/zh/english-indicator-verbs.js';

describe('the question’s verb', () => {
  it('is the verb after an intention’s "to"', () => {
    expect(isQuestionVerb('cultivate', 'How many unicorn firms does Fujian want to cultivate this year?')).toBe(true);
    expect(isQuestionVerb('build', 'How many parks did Anhui plan to build?')).toBe(true);
    expect(isQuestionVerb('want', 'How many unicorn firms does Fujian want to cultivate this year?')).toBe(true);
  });

  it('is found after the auxiliary when a conversation took the place out of the earlier question', () => {
    expect(isQuestionVerb('cultivate', 'How many unicorn firms does  want to cultivate ? and for 2025 — what was the goal?')).toBe(true);
    expect(isQuestionVerb('upgrade', 'How many machines did  upgrade in ?')).toBe(true);
  });

  it('is no noun of the topic', () => {
    expect(isQuestionVerb('firms', 'How many unicorn firms does Fujian want to cultivate this year?')).toBe(false);
    expect(isQuestionVerb('cultivate', 'What is the plan to cultivate firms?')).toBe(false);
  });
});

describe('a number asked by a word after a dash or comma', () => {
  it('reads "— count?", ", number?" as asking the figure', () => {
    expect(asksQuantityInEnglish('shanghai policy items with no-application auto benefits — count?')).toBe(true);
    expect(asksQuantityInEnglish('Beijing new parks, number?')).toBe(true);
    expect(asksQuantityInEnglish('What is the number of parks in Beijing?')).toBe(false);
    expect(asksQuantityInEnglish('count the parks')).toBe(false);
  });
});
