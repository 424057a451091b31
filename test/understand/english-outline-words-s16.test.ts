import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** "beijing work plan for 2025 - main items?": words that ask an outline are no subject "the plan for" is about. */
const PLACES = knownPlaces(['北京市', '山东省']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-03') });

describe('an English outline question', () => {
  it('asks the outline when its only nouns ask for one', () => {
    expect(read('beijing work plan for 2025 - main items?').wantsPriorities).toBe(true);
    expect(read('What are Beijing’s key tasks for 2026?').wantsPriorities).toBe(true);
  });

  it('still asks about a subject of its own', () => {
    expect(read("What's the plan for Shandong's provincial key projects?").wantsPriorities).toBe(false);
  });
});
