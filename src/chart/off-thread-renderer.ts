import { siblingEntry, startWorkerThread } from '../runtime/typescript-entry.js';
import type { Worker } from 'node:worker_threads';
import type { Chart } from '../answer/schema.js';
import { type ChartSize, DEFAULT_CHART_SIZE } from './chart-option.js';
import { type ChartJob, ChartWorkerReplySchema } from './chart-worker-protocol.js';

/** Renders a chart to PNG bytes; the Slack surface takes any such function (tests pass a fake). */
export type ChartPngRenderer = (chart: Chart) => Promise<Buffer>;

export interface OffThreadChartRendererOptions {
  size?: ChartSize;
  /** A render taking longer is abandoned and the worker replaced; default 20 s. */
  timeoutMs?: number;
  /** Charts waiting or rendering; one more is refused at once. Default 50. */
  maxPending?: number;
}

interface Pending {
  resolve(png: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Renders charts in one worker thread, so that ECharts and resvg (tens to hundreds of ms of CPU a
 * chart) never hold up the Slack process's event loop. Why a thread and not the engine processes:
 * a chart is wanted after its answer is posted, and an engine process may by then be busy with the
 * next question for seconds; a thread of its own renders at once, and keeps answering (engine)
 * and drawing (surface) apart. The worker starts on the first chart, is unref'd so it never keeps
 * the process alive, and is replaced after a crash or a timeout.
 */
export class OffThreadChartRenderer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly size: ChartSize;
  private readonly timeoutMs: number;
  private readonly maxPending: number;

  constructor(options: OffThreadChartRendererOptions = {}) {
    this.size = options.size ?? DEFAULT_CHART_SIZE;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxPending = options.maxPending ?? 50;
  }

  /** As a ChartPngRenderer function. */
  readonly render: ChartPngRenderer = (chart) =>
    new Promise<Buffer>((resolve, reject) => {
      if (this.pending.size >= this.maxPending) {
        reject(new Error(`${this.pending.size} charts already waiting`));
        return;
      }
      const worker = this.ensureWorker();
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(new Error(`no chart within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const job: ChartJob = { id, chart, size: this.size };
      worker.postMessage(job);
    });

  /** Stops the worker; charts still waiting are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail(new Error('the chart renderer stopped'));
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (raw: unknown) => {
      const reply = ChartWorkerReplySchema.parse(raw);
      const job = this.pending.get(reply.id);
      if (job === undefined) return;
      this.pending.delete(reply.id);
      clearTimeout(job.timer);
      if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else job.reject(new Error(reply.error));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`the chart worker exited (code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /** Rejects every waiting chart and drops the worker; the next chart starts a fresh one. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, job] of this.pending) {
      clearTimeout(job.timer);
      this.pending.delete(id);
      job.reject(error);
    }
    void worker?.terminate();
  }
}

/** The chart worker, loaded as TypeScript or compiled as this module is. */
function startWorker(): Worker {
  return startWorkerThread(siblingEntry(import.meta.url, 'chart-worker'));
}
