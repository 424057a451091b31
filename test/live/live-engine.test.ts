import { describe, expect, it } from 'vitest';
import type { Answer, AskEngine } from '../../src/answer/schema.js';
import { LiveEngine, type OpenNextEngine, type ServingEngine } from '../../src/serve/live-engine.js';

/** A promise with its resolver, for answers and builds the test releases when it chooses. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** An engine that answers with its own name; a question containing "hold" waits for release(). */
class NamedEngine implements AskEngine {
  closed = false;
  answersAfterClose = 0;
  private readonly held: Array<() => void> = [];
  constructor(readonly name: string) {}

  async ask(question: string): Promise<Answer> {
    if (question.includes('hold')) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.closed) this.answersAfterClose++;
    return { id: question, question, notFound: false, text: this.name, citations: [], figures: [], priorities: [] };
  }

  async passages(): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    return [{ citationId: 'c', title: this.name, section: '', text: '' }];
  }

  get holding(): number {
    return this.held.length;
  }

  release(): void {
    for (const resolve of this.held.splice(0)) resolve();
  }

  serving(documents = 1): ServingEngine {
    return {
      engine: this,
      documents,
      close: async () => {
        this.closed = true;
      },
    };
  }
}

/** An open() whose every call waits for the test to settle it, recording the reasons it was given. */
function controlledOpen(): {
  open: OpenNextEngine;
  calls: Array<{ reason: string; result: ReturnType<typeof deferred<ServingEngine | null>> }>;
} {
  const calls: Array<{ reason: string; result: ReturnType<typeof deferred<ServingEngine | null>> }> = [];
  const open: OpenNextEngine = (reason) => {
    const result = deferred<ServingEngine | null>();
    calls.push({ reason, result });
    return result.promise;
  };
  return { open, calls };
}

/** Lets pending promise callbacks run (the fakes settle in microtasks). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('LiveEngine', () => {
  it('answers from the old engine while the next one builds, then from the new one; the old closes only after its held answer', async () => {
    const old = new NamedEngine('old');
    const next = new NamedEngine('new');
    const { open, calls } = controlledOpen();
    const live = new LiveEngine(old.serving(5), open, () => {});

    const held = live.ask('hold me');
    const refreshed = live.refresh('changed: a.txt');
    await settle();
    expect(calls.map((c) => c.reason)).toEqual(['changed: a.txt']);
    expect((await live.ask('during the build')).text).toBe('old');

    calls[0]?.result.resolve(next.serving(6));
    expect(await refreshed).toEqual({ status: 'updated', documents: 6, reasons: ['changed: a.txt'] });
    expect((await live.ask('after the swap')).text).toBe('new');
    expect(live.documents).toBe(6);
    // The question asked before the swap is still on the old engine, which stays open for it.
    expect(old.holding).toBe(1);
    expect(old.closed).toBe(false);
    old.release();
    expect((await held).text).toBe('old');
    await settle();
    expect(old.closed).toBe(true);
    expect(old.answersAfterClose).toBe(0);
    expect(next.closed).toBe(false);
    await live.close();
    expect(next.closed).toBe(true);
  });

  it('keeps the old engine serving when a build fails, and logs it', async () => {
    const old = new NamedEngine('old');
    const logs: string[] = [];
    const live = new LiveEngine(
      old.serving(5),
      async () => {
        throw new Error('disk full');
      },
      (m) => logs.push(m),
    );
    const outcome = await live.refresh('changed: bad.pdf');
    expect(outcome).toEqual({ status: 'failed', error: 'disk full', documents: 5, reasons: ['changed: bad.pdf'] });
    expect(logs.join('\n')).toMatch(/rebuild failed \(disk full\); the previous index keeps serving/);
    expect((await live.ask('still there?')).text).toBe('old');
    expect(old.closed).toBe(false);
  });

  it('runs one build at a time: refreshes during a build make exactly one more, and each caller gets the build that covers it', async () => {
    const { open, calls } = controlledOpen();
    const live = new LiveEngine(new NamedEngine('v0').serving(), open, () => {});
    const first = live.refresh('a');
    await settle();
    const second = live.refresh('b');
    const third = live.refresh('c');
    await settle();
    expect(calls).toHaveLength(1);

    calls[0]?.result.resolve(new NamedEngine('v1').serving(1));
    expect(await first).toMatchObject({ status: 'updated', reasons: ['a'] });
    await settle();
    expect(calls.map((c) => c.reason)).toEqual(['a', 'b; c']);

    calls[1]?.result.resolve(new NamedEngine('v2').serving(2));
    const outcomes = await Promise.all([second, third]);
    expect(outcomes).toEqual([
      { status: 'updated', documents: 2, reasons: ['b', 'c'] },
      { status: 'updated', documents: 2, reasons: ['b', 'c'] },
    ]);
    expect(calls).toHaveLength(2);
    expect((await live.ask('which?')).text).toBe('v2');
  });

  it('keeps serving the same engine when the corpus did not change', async () => {
    const old = new NamedEngine('old');
    const live = new LiveEngine(
      old.serving(3),
      async () => null,
      () => {},
    );
    expect(await live.refresh('touched')).toEqual({ status: 'unchanged', documents: 3, reasons: ['touched'] });
    expect(old.closed).toBe(false);
    expect((await live.passages(['c']))[0]?.title).toBe('old');
  });

  it('once closed, aborts the build under way, closes what it built, and refuses to refresh', async () => {
    const old = new NamedEngine('old');
    const late = new NamedEngine('late');
    let aborted = false;
    const build = deferred<ServingEngine | null>();
    const live = new LiveEngine(
      old.serving(),
      (_reason, signal) => {
        signal.addEventListener('abort', () => {
          aborted = true;
        });
        return build.promise;
      },
      () => {},
    );
    const refreshed = live.refresh('a');
    await settle();
    const closing = live.close();
    expect(aborted).toBe(true);
    // A factory that finishes anyway: its engine is closed, never served.
    build.resolve(late.serving());
    await closing;
    expect(await refreshed).toEqual({ status: 'stopped', reasons: ['a'] });
    expect(late.closed).toBe(true);
    expect(old.closed).toBe(true);
    expect(await live.refresh('b')).toEqual({ status: 'stopped', reasons: ['b'] });
  });
});
