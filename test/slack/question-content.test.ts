import { describe, expect, it } from 'vitest';
import { hasContentWords } from '../../src/slack/question-content.js';

describe('hasContentWords', () => {
  it.each(['', '？', '...!!!', ':smile:', '<@U123>', '@U123 :wave: 🙂', '<#C1|general> #general', '<https://example.com|link>', '2024？'])(
    '%j has nothing to ask',
    (q) => expect(hasContentWords(q)).toBe(false),
  );
  it.each(['钱塘区2024年GDP是多少？', 'GDP?', '@U123 拱墅区目标', ':smile: 税收'])('%j is a question', (q) =>
    expect(hasContentWords(q)).toBe(true),
  );
});
