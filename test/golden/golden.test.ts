import { describe, it } from 'vitest';
import { checkGolden } from './helpers.js';
import { seedQuestions } from './questions.js';

describe('golden answers', () => {
  it('answers the seed questions as recorded', async () => {
    await checkGolden('seed', seedQuestions);
  }, 300_000);
});
