/**
 * The answer service on its own, with a fake engine and recording surfaces: what a user is told,
 * in which way (answer, notice, ephemeral), and what is remembered, for each path from question to
 * reply. No Bolt app and no index: each case runs in milliseconds.
 */
import type { Logger } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { EngineBusyError } from '../../src/answer/engine-busy.js';
import type { Answer, AskContext, AskEngine } from '../../src/answer/schema.js';
import { AnswerGate } from '../../src/slack/answer-gate.js';
import { AnswerService, type QuestionRequest, type ReplyKind } from '../../src/slack/answer-service.js';
import type { SlackMessage } from '../../src/slack/block-kit.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { notice } from '../../src/slack/notices.js';
import { renderAnswerBlocks } from '../../src/slack/render-answer.js';
import { ThreadMemory } from '../../src/slack/thread-memory.js';
import { TokenBuckets } from '../../src/slack/token-bucket.js';
import { TtlSet } from '../../src/slack/ttl-set.js';
import { FakeEngine } from './fake-engine.js';

interface Logged {
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string;
}

function recordingLogger(logged: Logged[]): Logger {
  const at =
    (level: Logged['level']) =>
    (...parts: unknown[]) => {
      logged.push({ level, text: parts.map(String).join(' ') });
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => 'debug',
    setName: () => {},
  } as unknown as Logger;
}

interface Harness {
  service: AnswerService;
  engine: AskEngine & { calls: Array<{ question: string; context: AskContext | undefined }> };
  memory: ThreadMemory;
  inFlight: InFlight;
  logged: Logged[];
}

function harness(over: { engine?: Harness['engine']; perMinute?: number; gate?: AnswerGate; rateLimitNoticed?: TtlSet } = {}): Harness {
  const logged: Logged[] = [];
  const engine = over.engine ?? new FakeEngine();
  const memory = new ThreadMemory();
  const inFlight = new InFlight();
  const service = new AnswerService({
    engine,
    logger: recordingLogger(logged),
    limiter: new TokenBuckets(over.perMinute ?? 0),
    memory,
    inFlight,
    answeredMessages: new TtlSet(60_000, 100),
    gate: over.gate,
    rateLimitNoticed: over.rateLimitNoticed,
  });
  return { service, engine, memory, inFlight, logged };
}

interface Sent {
  message: SlackMessage;
  kind: ReplyKind;
}

function request(question: string, over: Partial<QuestionRequest> = {}) {
  const sent: Sent[] = [];
  const progress: string[] = [];
  const attached: Answer[] = [];
  const req: QuestionRequest = {
    question,
    user: 'U1',
    channel: 'C1',
    reply: async (message, kind) => {
      sent.push({ message, kind });
    },
    progress: {
      start: async () => {
        progress.push('start');
      },
      done: async (outcome) => {
        progress.push(outcome);
      },
    },
    attachFiles: async (answer) => {
      attached.push(answer);
    },
    ...over,
  };
  return { req, sent, progress, attached };
}

/** An engine whose answers wait until released, or that throws what it is given. */
class ControlledEngine implements AskEngine {
  readonly calls: Array<{ question: string; context: AskContext | undefined }> = [];
  private readonly inner = new FakeEngine();
  private waiters: Array<() => void> = [];
  constructor(private readonly behaviour: 'hold' | Error) {}
  async ask(question: string, context?: AskContext): Promise<Answer> {
    this.calls.push({ question, context });
    if (this.behaviour instanceof Error) throw this.behaviour;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.inner.ask(question, context);
  }
  async passages() {
    return [];
  }
  releaseAll(): void {
    for (const w of this.waiters.splice(0)) w();
  }
  get waiting(): number {
    return this.waiters.length;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('AnswerService', () => {
  it('answers with the rendered answer, shows progress, then attaches files', async () => {
    const h = harness();
    const r = request('  钱塘区2024年GDP是多少？  ');
    await h.service.handle(r.req);
    expect(h.engine.calls.map((c) => c.question)).toEqual(['钱塘区2024年GDP是多少？']);
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0].kind).toBe('answer');
    expect(r.attached).toHaveLength(1);
    expect(r.sent[0].message).toEqual(renderAnswerBlocks(r.attached[0]));
    expect(r.progress).toEqual(['start', 'answered']);
    const info = h.logged.filter((l) => l.level === 'info').map((l) => l.text);
    expect(info).toHaveLength(1);
    expect(info[0]).toMatch(/^answered \S+ for U1 in C1: \d+ citations, \d+ figures, \d+ ms$/);
  });

  it('says "not found" in the log of a refusal', async () => {
    const h = harness();
    await h.service.handle(request('火星2024年GDP是多少').req);
    expect(h.logged.some((l) => l.level === 'info' && /: not found, \d+ ms$/.test(l.text))).toBe(true);
  });

  it('renders with the surface’s options', async () => {
    const h = harness();
    const renderOptions = { echoQuestion: true };
    const r = request('钱塘区2024年GDP是多少？', { renderOptions });
    await h.service.handle(r.req);
    expect(r.sent[0].message).toEqual(renderAnswerBlocks(r.attached[0], renderOptions));
  });

  it('answers one message once, however many times it is delivered', async () => {
    const h = harness();
    const first = request('钱塘区2024年GDP是多少？', { messageKey: 'C1:1' });
    const again = request('钱塘区2024年GDP是多少？', { messageKey: 'C1:1' });
    const other = request('钱塘区2024年GDP是多少？', { messageKey: 'C1:2' });
    await h.service.handle(first.req);
    await h.service.handle(again.req);
    await h.service.handle(other.req);
    expect(first.sent).toHaveLength(1);
    expect(again.sent).toHaveLength(0);
    expect(other.sent).toHaveLength(1);
    expect(h.engine.calls).toHaveLength(2);
    expect(h.logged.some((l) => l.level === 'debug' && l.text.includes('C1:1'))).toBe(true);
  });

  it('asks the engine with the conversation so far, and remembers the question under every key', async () => {
    const h = harness();
    h.memory.remember('T1', '钱塘区2024年GDP是多少？');
    const r = request('拱墅区呢？', { historyKey: 'T1', alsoRememberUnder: ['D1'] });
    await h.service.handle(r.req);
    expect(h.engine.calls[0].context).toEqual({ history: ['钱塘区2024年GDP是多少？'] });
    expect(h.memory.history('T1')).toEqual(['钱塘区2024年GDP是多少？', '拱墅区呢？']);
    expect(h.memory.history('D1')).toEqual(['拱墅区呢？']);
  });

  it('reads the thread’s earlier questions from Slack only when memory has none', async () => {
    const h = harness();
    let asked = 0;
    const earlierQuestions = async () => {
      asked++;
      return ['钱塘区2024年GDP是多少？'];
    };
    await h.service.handle(request('拱墅区呢？', { historyKey: 'T2', earlierQuestions }).req);
    expect(asked).toBe(1);
    expect(h.engine.calls[0].context).toEqual({ history: ['钱塘区2024年GDP是多少？'] });
    await h.service.handle(request('2023年呢？', { historyKey: 'T2', earlierQuestions }).req);
    expect(asked).toBe(1);
    expect(h.engine.calls[1].context).toEqual({ history: ['钱塘区2024年GDP是多少？', '拱墅区呢？'] });
  });

  it('asks a one-off question without history and remembers it nowhere', async () => {
    const h = harness();
    let asked = 0;
    await h.service.handle(
      request('钱塘区2024年GDP是多少？', {
        earlierQuestions: async () => {
          asked++;
          return ['x'];
        },
      }).req,
    );
    expect(asked).toBe(0);
    expect(h.engine.calls[0].context).toEqual({ history: [] });
  });

  it('tells an empty question so, in the question’s language, without asking the engine', async () => {
    const h = harness();
    const zh = request('   ');
    await h.service.handle(zh.req);
    expect(zh.sent).toEqual([{ message: notice('empty', 'zh'), kind: 'notice' }]);
    const en = request('???');
    await h.service.handle(en.req);
    expect(en.sent[0].kind).toBe('notice');
    expect(h.engine.calls).toHaveLength(0);
    expect(zh.progress).toEqual([]);
  });

  it('tells a user over the rate limit once per window, and does not answer', async () => {
    const h = harness({ perMinute: 1 });
    const first = request('钱塘区2024年GDP是多少？');
    const second = request('钱塘区2023年GDP是多少？');
    const third = request('What was GDP in 2023?');
    await h.service.handle(first.req);
    await h.service.handle(second.req);
    await h.service.handle(third.req);
    expect(first.sent[0].kind).toBe('answer');
    expect(second.sent).toEqual([{ message: notice('rateLimited', 'zh'), kind: 'ephemeral' }]);
    expect(third.sent).toEqual([]);
    expect(h.engine.calls).toHaveLength(1);
    const info = h.logged.filter((l) => l.text.startsWith('rate limit')).map((l) => l.text);
    expect(info).toEqual(['rate limit: user U1 in C1', 'rate limit: user U1 in C1 (already told)']);
  });

  it('tells the rate-limit notice in English to an English question', async () => {
    const h = harness({ perMinute: 1 });
    await h.service.handle(request('What was GDP in 2024?').req);
    const second = request('What was GDP in 2023?');
    await h.service.handle(second.req);
    expect(second.sent).toEqual([{ message: notice('rateLimited', 'en'), kind: 'ephemeral' }]);
  });

  it('says it is restarting once shutting down, in the question’s language', async () => {
    const h = harness();
    h.inFlight.close();
    const zh = request('钱塘区2024年GDP是多少？');
    const en = request('What was GDP in 2024?');
    await h.service.handle(zh.req);
    await h.service.handle(en.req);
    expect(zh.sent).toEqual([{ message: notice('shuttingDown', 'zh'), kind: 'notice' }]);
    expect(en.sent).toEqual([{ message: notice('shuttingDown', 'en'), kind: 'notice' }]);
    expect(h.engine.calls).toHaveLength(0);
  });

  it('turns a question away, to the asker alone, when the gate is full, and frees its slot after an answer', async () => {
    const engine = new ControlledEngine('hold');
    const h = harness({ engine, gate: new AnswerGate(1, 0) });
    const first = request('钱塘区2024年GDP是多少？');
    const second = request('钱塘区2023年GDP是多少？');
    const running = h.service.handle(first.req);
    await settle();
    expect(engine.waiting).toBe(1);
    await h.service.handle(second.req);
    expect(second.sent).toEqual([{ message: notice('busy', 'zh'), kind: 'ephemeral' }]);
    expect(h.logged.some((l) => l.level === 'warn' && l.text.includes('U1') && l.text.includes('C1'))).toBe(true);
    engine.releaseAll();
    await running;
    expect(first.sent[0].kind).toBe('answer');
    const third = request('钱塘区2022年GDP是多少？');
    const later = h.service.handle(third.req);
    await settle();
    engine.releaseAll();
    await later;
    expect(third.sent[0].kind).toBe('answer');
  });

  it('says the bot is busy when the engine’s own queue is full', async () => {
    const h = harness({ engine: new ControlledEngine(new EngineBusyError(3)) });
    const r = request('What was GDP in 2024?');
    await h.service.handle(r.req);
    expect(r.sent).toEqual([{ message: notice('busy', 'en'), kind: 'ephemeral' }]);
    expect(r.progress).toEqual(['start', 'failed']);
    expect(r.attached).toEqual([]);
    expect(h.logged.filter((l) => l.level === 'warn').map((l) => l.text)).toEqual([expect.stringMatching(/queue is full.*U1.*C1/)]);
    expect(h.logged.filter((l) => l.level === 'error')).toHaveLength(0);
  });

  it('replies politely when the engine fails, logs why, and frees the gate', async () => {
    const gate = new AnswerGate(1, 0);
    const h = harness({ engine: new ControlledEngine(new Error('disk gone')), gate });
    const r = request('钱塘区2024年GDP是多少？', { historyKey: 'T3' });
    await h.service.handle(r.req);
    expect(r.sent).toEqual([{ message: notice('failed', 'zh'), kind: 'notice' }]);
    expect(r.progress).toEqual(['start', 'failed']);
    expect(r.attached).toEqual([]);
    expect(h.memory.history('T3')).toEqual([]);
    expect(h.logged.filter((l) => l.level === 'error').map((l) => l.text)).toEqual([expect.stringContaining('disk gone')]);
    const again = request('钱塘区2024年GDP是多少？');
    await h.service.handle(again.req);
    expect(again.sent[0].kind).toBe('notice');
  });

  it('logs a reply that fails instead of throwing', async () => {
    const h = harness();
    h.inFlight.close();
    const r = request('钱塘区2024年GDP是多少？', {
      reply: async () => {
        throw new Error('channel_not_found');
      },
    });
    await expect(h.service.handle(r.req)).resolves.toBeUndefined();
    expect(h.logged.filter((l) => l.level === 'error').map((l) => l.text)).toEqual([expect.stringMatching(/C1.*channel_not_found/)]);
  });

  it('answers without attachments when the surface has none', async () => {
    const h = harness();
    const r = request('钱塘区2024年GDP是多少？', { attachFiles: undefined });
    await h.service.handle(r.req);
    expect(r.sent[0].kind).toBe('answer');
  });
});
