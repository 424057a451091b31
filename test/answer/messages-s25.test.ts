import { describe, expect, it } from 'vitest';
import { message } from '../../src/answer/messages.js';

describe('a period the reports do not hold, said in English', () => {
  it('names the place in English, not in its Chinese name (found in the terminal trial)', () => {
    expect(message('noPeriod', 'en', { places: ['湖南省'], years: [2022] })).toBe('The reports have nothing on Hunan 2022.');
    expect(message('noPeriod', 'zh', { places: ['湖南省'], years: [2022] })).toContain('湖南省2022年');
  });
});
