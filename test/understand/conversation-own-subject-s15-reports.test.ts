import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * conversation-own-subject-s15.test.ts's question asked of the real reports (an engine from the suite's global
 * setup): a file of its own, so the hand-built cases there stay in the mutation set (vitest.mutation.config.ts).
 */
const today = new Date('2026-12-03');

describe('read in the conversation', () => {
  it('on the reports, the new question is answered as it is asked alone', async () => {
    const line = await govFirstLine('浙江这两年和美乡村覆盖率分别多少', today, ['广东深圳的地铁客流最高到多少了']);
    expect(line).toContain('和美乡村覆盖率');
    expect(line).toContain('51.7%');
  });
});
