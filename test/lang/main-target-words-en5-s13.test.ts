import { describe, expect, it } from 'vitest';
import { asksMainTargets } from '../../src/lang/zh/main-target-words.js';
import { asksQuantityInEnglish } from '../../src/lang/zh/english-indicator-verbs.js';

// English asks for a plan's targets in general, written as requests ("tell me about …", "give me …").
describe('asksMainTargets: English requests', () => {
  it.each([
    ["Tell me about Shanghai's 2026 targets", ['shanghai']],
    ['Can you give me the main targets of Zhejiang for 2026?', ['zhejiang']],
    ["What's Guangdong's 2026 targets?", ['guangdong']],
  ])('%s', (q, places) => {
    expect(asksMainTargets(q, places)).toBe(true);
  });
  it('an indicator named beside the targets is not a general ask', () => {
    expect(asksMainTargets("Tell me about Shanghai's 2026 GDP growth target", ['shanghai'])).toBe(false);
  });
});

describe('asksQuantityInEnglish: "the X one" stands for a figure', () => {
  it.each(['and the unemployment one?', 'What about the GDP growth one?'])('%s asks a number', (q) => {
    expect(asksQuantityInEnglish(q)).toBe(true);
  });
  it.each(['and the other one?', 'the first one of them', 'which one is bigger'])('%s does not', (q) => {
    expect(asksQuantityInEnglish(q)).toBe(false);
  });
});
