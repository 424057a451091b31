import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { outlineFocus } from '../../src/answer/priorities/focus.js';
import type { PriorityItem } from '../../src/answer/priorities/outline.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { govCorpusEngine } from '../support/engine.js';

/** "广东打算怎么稳外贸", "浙江准备采取哪些措施扩大消费": what a plan will do, asked in the words of asking. */
const today = new Date('2026-12-01');

const HEADINGS = ['（一）着力扩大有效投资', '（四）着力推动消费转型升级', '（六）着力全面深化改革扩大高水平对外开放'];
const items: PriorityItem[] = HEADINGS.map((text, i) => ({
  heading: { id: `h${i}`, text, depth: 2, path: [text], period: '2026', kind: 'plan', paragraph: i, ordinal: i + 1, style: '（一）' },
  headingSentence: null,
  details: [],
}));

describe('the words a question asks for plans with', () => {
  it('are no content a cited sentence must hold', () => {
    for (const word of ['打算', '准备', '怎么', '举措', '措施']) expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });

  it('never narrow an outline: the subject is what the measures are for (消费), not their verb (扩大)', () => {
    const f = outlineFocus('浙江准备采取哪些措施扩大消费', items, ['浙江省', '浙江']);
    expect(f?.subject).toBe('消费');
    expect(f?.items.map((i) => i.heading.id)).toEqual(['h1']);
  });
});

describe('on the reports', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  }, 180_000);

  it('"广东打算怎么稳外贸" answers with the plan’s sentence on foreign trade, not a refusal', async () => {
    const answer = await engine.ask('广东打算怎么稳外贸', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toContain('外贸');
  });
});
