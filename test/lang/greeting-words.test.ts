import { describe, expect, it } from 'vitest';
import { isOnlyGreeting } from '../../src/lang/zh/greeting-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

describe('a message that only greets the bot', () => {
  it('is read as asking what the bot can do', () => {
    for (const g of ['你好', '您好！', '在吗？', '早上好呀', 'hi', 'Hello there!', 'good morning', '@bot 你好', '你好吗'])
      expect(isOnlyGreeting(g), g).toBe(true);
    const q = understandQuery('你好', knownPlaces(['浙江省']), { today: new Date('2026-12-01') });
    expect(q.ask).toBe('help');
    expect(q.askConfidence).toBe(1);
  });

  it('is not a greeting followed by a question, nor other chatter', () => {
    for (const m of ['你好，浙江去年GDP多少', 'hi, what is Zhejiang GDP?', '谢谢', 'history of Hangzhou', 'highest growth target'])
      expect(isOnlyGreeting(m), m).toBe(false);
    const q = understandQuery('你好，浙江去年GDP多少', knownPlaces(['浙江省']), { today: new Date('2026-12-01') });
    expect(q.ask).not.toBe('help');
  });
});
