import { childExecArgv, siblingEntry } from '../runtime/typescript-entry.js';
import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EngineBusyError } from './engine-busy.js';
import { type Answer, AnswerSchema, type AskContext, type AskEngine } from './schema.js';
import {
  type EngineJob,
  type EngineJobRequest,
  type EngineProcessData,
  EngineProcessMessageSchema,
  PassagesSchema,
} from './worker-protocol.js';

/** How much lower than the receiving process an engine process runs (nice value, 0–19). */
const ENGINE_NICENESS = 10;
export interface WorkerEngineOptions {
  /** Module the processes open the engine with (see EngineModule in engine-process.ts). */
  engineModule: URL;
  /** Passed to the module's openEngine; must survive structured cloning. */
  engineOptions?: unknown;
  /** Engine processes; default: one per core but one, at least one (the bot's own process keeps a core). */
  processes?: number;
  /** Questions that may wait for a free process; one more is refused with EngineBusyError. */
  maxQueued?: number;
  /** An answer running longer is abandoned and its process replaced; default 60 s. */
  answerTimeoutMs?: number;
  /** Where engine process trouble is reported (crashes, timeouts, restarts). */
  log?: (message: string) => void;
}

export const DEFAULT_MAX_QUEUED = 500;
export const DEFAULT_ANSWER_TIMEOUT_MS = 60_000;

interface Job {
  request: EngineJobRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: ChildProcess;
  ready: boolean;
  timedOut?: boolean;
  job?: Job & { id: number; timer: NodeJS.Timeout };
}

export function defaultProcessCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * An AskEngine whose answers are computed in engine processes (workers), so that however long an answer takes
 * (figure extraction over a huge sentence, say) the bot's event loop keeps acknowledging Slack events.
 * Each process opens the engine itself and answers one question at a time; questions wait in a
 * bounded queue in front of them, and a full queue refuses at once rather than letting waits grow.
 */
export class WorkerEngine implements AskEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closing = false;
  private readonly maxQueued: number;
  private readonly answerTimeoutMs: number;
  private readonly log: (message: string) => void;

  private constructor(private readonly options: WorkerEngineOptions) {
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
    this.answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
    this.log = options.log ?? ((m) => process.stderr.write(`${m}\n`));
  }

  /**
   * Starts the processes and resolves once all have opened the engine. The first opens alone (it may
   * build the index); the others then read the built index side by side.
   */
  static async start(options: WorkerEngineOptions): Promise<WorkerEngine> {
    const engine = new WorkerEngine(options);
    const processes = Math.max(1, options.processes ?? defaultProcessCount());
    try {
      await engine.spawn('first');
      await Promise.all(Array.from({ length: processes - 1 }, () => engine.spawn('more')));
    } catch (error) {
      await engine.close(0);
      throw error;
    }
    return engine;
  }

  /** Questions waiting for a process (not counting those being answered). */
  get queued(): number {
    return this.queue.length;
  }

  /** Questions being answered right now. */
  get running(): number {
    return this.slots.filter((s) => s.job !== undefined).length;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const value = await this.submit({
      method: 'ask',
      question,
      context: { history: context.history ? [...context.history] : undefined, today: context.today },
    });
    return AnswerSchema.parse(value);
  }

  async passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    return PassagesSchema.parse(await this.submit({ method: 'passages', citationIds: [...citationIds] }));
  }

  /**
   * Refuses new questions, lets the queued and running ones finish for at most `timeoutMs`, then
   * terminates the processes. Resolves true when nothing was cut short.
   */
  async close(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    const deadline = Date.now() + timeoutMs;
    while ((this.queue.length > 0 || this.running > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, Math.max(1, deadline - Date.now()))));
    }
    const drained = this.queue.length === 0 && this.running === 0;
    for (const job of this.queue.splice(0)) job.reject(new Error('the engine stopped before answering'));
    await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.worker.exitCode !== null || s.worker.signalCode !== null) return resolve();
            s.worker.once('exit', () => resolve());
            s.worker.kill('SIGKILL');
          }),
      ),
    );
    return drained;
  }

  private submit(request: EngineJobRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.closing) {
        reject(new Error('the engine is stopping'));
        return;
      }
      if (this.slots.length === 0) {
        reject(new Error('no engine process is running'));
        return;
      }
      const job: Job = { request, resolve, reject };
      const idle = this.slots.find((s) => s.ready && s.job === undefined);
      if (idle) {
        this.dispatch(idle, job);
        return;
      }
      if (this.queue.length >= this.maxQueued) {
        reject(new EngineBusyError(this.queue.length));
        return;
      }
      this.queue.push(job);
    });
  }

  private dispatch(slot: Slot, job: Job): void {
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.log(`engine process: an answer took over ${this.answerTimeoutMs} ms; replacing the process`);
      slot.timedOut = true;
      slot.worker.kill('SIGKILL');
    }, this.answerTimeoutMs);
    slot.job = { ...job, id, timer };
    const message: EngineJob = { ...job.request, id } as EngineJob;
    slot.worker.send(message);
  }

  /** With every process gone (and none starting), waiting questions would wait forever. */
  private failWaitingIfNoThreads(): void {
    if (this.slots.length > 0) return;
    for (const job of this.queue.splice(0)) job.reject(new Error('no engine process is running'));
  }

  /** Gives a free process the oldest waiting question. */
  private pump(slot: Slot): void {
    const next = this.queue.shift();
    if (next) this.dispatch(slot, next);
  }

  private spawn(role: EngineProcessData['role']): Promise<void> {
    const data: EngineProcessData = { engineModule: this.options.engineModule.href, engineOptions: this.options.engineOptions, role };
    const worker = fork(fileURLToPath(processEntry()), [], {
      execArgv: childExecArgv(processEntry()),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // Answers are background work; acknowledging Slack's requests within 3 s is not. On a machine
    // with few cores the engine processes yield the CPU to the receiving process first.
    if (worker.pid !== undefined) {
      try {
        setPriority(worker.pid, ENGINE_NICENESS);
      } catch {
        // Not permitted here (some containers): the engines run at normal priority.
      }
    }
    worker.send(data);
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      let startError: Error | undefined;
      worker.on('message', (raw: unknown) => {
        const message = EngineProcessMessageSchema.parse(raw);
        if (message.type === 'ready') {
          slot.ready = true;
          resolve();
          this.pump(slot);
          return;
        }
        const job = slot.job;
        if (job === undefined || job.id !== message.id) return;
        clearTimeout(job.timer);
        slot.job = undefined;
        if (message.error === undefined) job.resolve(message.value);
        else job.reject(new Error(message.error));
        this.pump(slot);
      });
      worker.on('error', (error) => {
        startError = error;
        this.log(`engine process failed: ${error.name}: ${error.message}`);
      });
      worker.on('exit', (code) => {
        if (!this.slots.includes(slot)) return;
        this.slots.splice(this.slots.indexOf(slot), 1);
        const job = slot.job;
        if (job) {
          clearTimeout(job.timer);
          job.reject(
            new Error(slot.timedOut ? `no answer within ${this.answerTimeoutMs} ms` : 'the engine process stopped while answering'),
          );
        }
        if (!slot.ready) reject(startError ?? new Error(`the engine process exited (code ${code}) before the engine opened`));
        if (this.closing || !slot.ready) {
          this.failWaitingIfNoThreads();
          return;
        }
        // A crash or a timed-out answer: replace the process so the pool keeps its size.
        this.log(`engine process exited (code ${code}); starting another`);
        this.spawn('more').catch((error: unknown) => {
          this.log(`could not start another engine process: ${String(error)}`);
          this.failWaitingIfNoThreads();
        });
      });
    });
  }
}

/** The engine process's entry file, with the extension this module runs under (.ts via tsx, .js compiled). */
function processEntry(): URL {
  return siblingEntry(import.meta.url, 'engine-process');
}
