import { describe, it } from 'vitest';
import { checkGolden } from './helpers.js';
import { govQuestions } from './questions.js';

describe('golden answers', () => {
  it('answers the work-report questions as recorded', async () => {
    await checkGolden('gov', govQuestions);
  }, 300_000);
});
