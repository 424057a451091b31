import { describe, expect, it } from 'vitest';
import { parseJsonlQuestion } from '../../src/cli/jsonl-input.js';

describe('ask --jsonl input lines', () => {
  it('reads a plain line as the question', () => {
    expect(parseJsonlQuestion('  钱塘区2024年GDP是多少？ ')).toEqual({ question: '钱塘区2024年GDP是多少？', history: [] });
  });

  it('reads a conversation line with its history, oldest first', () => {
    const line = JSON.stringify({ q: '农村的呢？', history: ['杭州市2023年城镇居民人均可支配收入多少', '那2022年呢'] });
    expect(parseJsonlQuestion(line)).toEqual({ question: '农村的呢？', history: ['杭州市2023年城镇居民人均可支配收入多少', '那2022年呢'] });
  });

  it('keeps a blank line as an empty question, so every line gets an answer', () => {
    expect(parseJsonlQuestion('')).toEqual({ question: '', history: [] });
  });

  it('asks a line that only looks like JSON as written', () => {
    expect(parseJsonlQuestion('{not json')).toEqual({ question: '{not json', history: [] });
    expect(parseJsonlQuestion('{"question":"x"}')).toEqual({ question: '{"question":"x"}', history: [] });
  });
});
