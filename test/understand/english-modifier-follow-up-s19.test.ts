import { describe, expect, it } from 'vitest';
import { englishModifier, modifierOnlyFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { modifiedIndicatorQuestion } from '../../src/understand/conversation.js';

/**
 * "How about per capita?" after an English figure question asks the per-head indicator, in English, as "人均呢" does in
 * Chinese (src/lang/zh/follow-up-words.ts, src/understand/conversation.ts). Found in session 19's terminal trial.
 */
const read = (q: string) => understandQuery(q, knownPlaces(['山东省', '浙江省']), { today: new Date('2026-12-03') });

describe('a modifier alone as an English follow-up', () => {
  it('reads "per capita" / "per head" as 人均, with or without an opener', () => {
    expect(modifierOnlyFollowUp('How about per capita?')).toBe('人均');
    expect(modifierOnlyFollowUp('and per head')).toBe('人均');
    expect(modifierOnlyFollowUp('What about the per capita figure?')).toBe('人均');
    expect(modifierOnlyFollowUp('人均呢？')).toBe('人均');
    expect(modifierOnlyFollowUp('How about per capita income in Zhejiang?')).toBeNull();
    expect(englishModifier('人均')).toBe('per capita');
    expect(englishModifier('规上')).toBeNull();
  });

  it('asks the earlier English question of the per-head indicator, in English', () => {
    const spelled = modifiedIndicatorQuestion('How about per capita?', read("What was Zhejiang's GDP last year?"));
    expect(spelled).toBe("What was Zhejiang's GDP per capita last year?");
    expect(read(spelled ?? '').indicators.map((i) => i.name)).toContain('人均生产总值');
    expect(modifiedIndicatorQuestion('人均呢', read('浙江去年GDP多少'))).toBe('浙江去年人均GDP多少');
  });
});
