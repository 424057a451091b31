import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '山东省']);
const today = new Date('2026-12-01');

describe('"the plan for" in English: a subject the glossary reads is asked, not the outline', () => {
  it('a subject (key projects) is no outline', () => {
    expect(understandQuery("What's the plan for Shandong's provincial key projects this year?", PLACES, { today }).wantsPriorities).toBe(
      false,
    );
  });

  it('a theme of the outline (innovation) still is', () => {
    expect(understandQuery("What's Zhejiang's plan for innovation this year?", PLACES, { today }).wantsPriorities).toBe(true);
  });

  it('no subject at all: the outline', () => {
    expect(understandQuery("What's Zhejiang's plan for this year?", PLACES, { today }).wantsPriorities).toBe(true);
  });
});
