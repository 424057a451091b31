import { describe, expect, it } from 'vitest';
import { BurstHold } from '../../src/slack/burst-hold.js';

describe('Bolt work held during a burst', () => {
  it('waits while events keep arriving, then runs them oldest first once the burst is quiet', () => {
    const hold = new BurstHold(15, 250);
    const ran: number[] = [];
    for (let i = 0; i < 5; i++) hold.arrive(() => ran.push(i), i * 2);
    // 8 ms after the first, 0 ms after the last: nothing runs yet, and the wait is until quiet.
    expect(hold.next(8)).toEqual({ waitMs: 15 });
    const first = hold.next(23);
    expect('work' in first).toBe(true);
    if ('work' in first) first.work();
    for (let n = hold.next(23); 'work' in n; n = hold.next(23)) n.work();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(hold.next(23)).toEqual({ waitMs: Number.POSITIVE_INFINITY });
  });

  it('never holds an event past the longest hold, even while events keep coming', () => {
    const hold = new BurstHold(15, 250);
    let ran = 0;
    // An event every 10 ms: never quiet for 15 ms.
    for (let t = 0; t <= 240; t += 10) hold.arrive(() => ran++, t);
    expect('waitMs' in hold.next(245)).toBe(true);
    hold.arrive(() => ran++, 250);
    const due = hold.next(250);
    expect('work' in due).toBe(true);
    if ('work' in due) due.work();
    expect(ran).toBe(1);
    // The next oldest (at 10 ms) is due at 260 ms.
    expect(hold.next(251)).toEqual({ waitMs: 9 });
  });
});
