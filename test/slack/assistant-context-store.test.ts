import { describe, expect, it } from 'vitest';
import { MemoryThreadContextStore } from '../../src/slack/assistant-context-store.js';

type SaveArgs = Parameters<MemoryThreadContextStore['save']>[0];
type GetArgs = Parameters<MemoryThreadContextStore['get']>[0];

/** The store reads only the event payload; these are the payload shapes Slack sends. */
const started = (channel_id: string, thread_ts: string, context?: Record<string, unknown>) =>
  ({ payload: { assistant_thread: { channel_id, thread_ts, context } } }) as unknown as SaveArgs;
const message = (channel: string, thread_ts: string) => ({ payload: { channel, thread_ts } }) as unknown as GetArgs;

describe('the Assistant thread context store', () => {
  it('keeps the context of each thread apart, read back by the thread event or a message in it', async () => {
    const store = new MemoryThreadContextStore();
    await store.save(started('D1', '1.1', { channel_id: 'C-news', team_id: 'T1' }));
    await store.save(started('D1', '2.2', { channel_id: 'C-econ', team_id: 'T1', enterprise_id: null }));
    expect(await store.get(message('D1', '1.1'))).toEqual({ channel_id: 'C-news', team_id: 'T1' });
    expect(await store.get(message('D1', '2.2'))).toEqual({ channel_id: 'C-econ', team_id: 'T1', enterprise_id: null });
    expect(await store.get(started('D1', '2.2') as unknown as GetArgs)).toEqual({
      channel_id: 'C-econ',
      team_id: 'T1',
      enterprise_id: null,
    });
    // A context change in one thread replaces that thread's only.
    await store.save(started('D1', '1.1', { channel_id: 'C-other' }));
    expect(await store.get(message('D1', '1.1'))).toEqual({ channel_id: 'C-other' });
    expect((await store.get(message('D1', '2.2'))).channel_id).toBe('C-econ');
  });

  it('gives an empty context for a thread it has not seen or a payload that names none', async () => {
    const store = new MemoryThreadContextStore();
    await store.save(started('D1', '1.1', { channel_id: 'C1' }));
    expect(await store.get(message('D1', '9.9'))).toEqual({});
    expect(await store.get(message('D2', '1.1'))).toEqual({});
    expect(await store.get({ payload: { text: 'no thread' } } as unknown as GetArgs)).toEqual({});
  });

  it('saves only an assistant thread event, and only the fields a context has', async () => {
    const store = new MemoryThreadContextStore();
    await store.save({ payload: { channel: 'D1', thread_ts: '1.1' } } as unknown as SaveArgs);
    expect(await store.get(message('D1', '1.1'))).toEqual({});
    await store.save(started('D1', '1.1', { channel_id: 'C1', secret: 'x' }));
    expect(await store.get(message('D1', '1.1'))).toEqual({ channel_id: 'C1' });
    // A malformed context is stored as empty rather than passed on.
    await store.save(started('D1', '1.1', { channel_id: 42 }));
    expect(await store.get(message('D1', '1.1'))).toEqual({});
    await store.save(started('D1', '3.3'));
    expect(await store.get(message('D1', '3.3'))).toEqual({});
  });

  it('holds at most maxThreads threads, forgetting the one saved longest ago', async () => {
    const store = new MemoryThreadContextStore(2);
    await store.save(started('D', '1', { channel_id: 'C1' }));
    await store.save(started('D', '2', { channel_id: 'C2' }));
    await store.save(started('D', '1', { channel_id: 'C1b' })); // saved again: now the newest
    await store.save(started('D', '3', { channel_id: 'C3' }));
    expect(await store.get(message('D', '2'))).toEqual({});
    expect(await store.get(message('D', '1'))).toEqual({ channel_id: 'C1b' });
    expect(await store.get(message('D', '3'))).toEqual({ channel_id: 'C3' });
  });
});
