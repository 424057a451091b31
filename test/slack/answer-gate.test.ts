import { describe, expect, it } from 'vitest';
import { AnswerGate } from '../../src/slack/answer-gate.js';

describe('AnswerGate', () => {
  it('lets `concurrency` in, queues up to `maxWaiting` in order, refuses one more, and hands slots over on release', async () => {
    const gate = new AnswerGate(2, 2);
    const a = await gate.enter();
    const b = await gate.enter();
    const order: string[] = [];
    const c = gate.enter().then((r) => {
      order.push('c');
      return r;
    });
    const d = gate.enter().then((r) => {
      order.push('d');
      return r;
    });
    expect(gate.queued).toBe(2);
    expect(await gate.enter()).toBeNull();

    a?.();
    a?.(); // releasing twice frees one slot only
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(gate.queued).toBe(1);
    b?.();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC?.();
    releaseD?.();
    // Both slots free again: two enter at once, the third waits.
    expect(await gate.enter()).not.toBeNull();
    expect(await gate.enter()).not.toBeNull();
    let third = false;
    void gate.enter().then(() => (third = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(third).toBe(false);
  });
});
