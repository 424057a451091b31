import { describe, expect, it } from 'vitest';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';

describe('English future tense asks a target', () => {
  it.each([
    'Shandong resettlement flats to be handed over this year',
    'How many jobs will Jiangsu create in 2026?',
    'What is Shanghai going to invest in major projects?',
    'homes to be built in Fujian this year',
  ])('%s', (q) => {
    expect(asksInFutureTense(q)).toBe(true);
  });
  it.each([
    'How many homes were handed over in 2025?',
    'What was to be completed in 2024?',
    'How much has been invested so far?',
    'What share of power is wind?',
  ])('%s does not', (q) => {
    expect(asksInFutureTense(q)).toBe(false);
  });
});
