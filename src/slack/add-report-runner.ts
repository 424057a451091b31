import { siblingEntry, startWorkerThread } from '../runtime/typescript-entry.js';
import type { Worker } from 'node:worker_threads';
import { MAX_REPORT_BYTES } from '../ingest/decode.js';
import { AddProblemError } from './add-report-problem.js';
import { type Added, type AddJobSource, AddWorkerReplySchema } from './add-report-protocol.js';

export interface ReportAdderOptions {
  corpusDir: string;
  /** Largest report accepted; default the folder's limit (MAX_REPORT_BYTES). */
  maxBytes?: number;
  /** A report taking longer is abandoned and its worker stopped; default 5 minutes. */
  timeoutMs?: number;
  /** Reports waiting behind the one being read; one more is refused at once. Default 20. */
  maxWaiting?: number;
}

/**
 * Adds reports to the corpus one at a time, each in a worker thread of its own that ends with it:
 * reading a long PDF is seconds of CPU, which must not hold up the event loop receiving Slack's
 * events, and one at a time because every add may rewrite the corpus's manifest.json.
 */
export class ReportAdder {
  readonly corpusDir: string;
  readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private readonly workers = new Set<Worker>();

  constructor(options: ReportAdderOptions) {
    this.corpusDir = options.corpusDir;
    this.maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
    this.timeoutMs = options.timeoutMs ?? 5 * 60_000;
    this.maxWaiting = options.maxWaiting ?? 20;
  }

  /** Reads a report (bytes or a URL to fetch) into the corpus; throws AddProblemError saying why not. */
  add(source: AddJobSource): Promise<Added> {
    if (this.waiting >= this.maxWaiting)
      return Promise.reject(new AddProblemError({ kind: 'failed', detail: `${this.waiting} reports are already waiting` }));
    this.waiting += 1;
    const job = { corpusDir: this.corpusDir, maxBytes: this.maxBytes, source };
    const result = this.tail.then(() => this.runInWorker(job));
    this.tail = result
      .catch(() => undefined)
      .finally(() => {
        this.waiting -= 1;
      });
    return result;
  }

  /** Stops any report being read (it is refused). */
  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private runInWorker(job: { corpusDir: string; maxBytes: number; source: AddJobSource }): Promise<Added> {
    return new Promise<Added>((resolve, reject) => {
      const worker = startAddWorker();
      this.workers.add(worker);
      worker.unref();
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.workers.delete(worker);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () =>
          finish(() => reject(new AddProblemError({ kind: 'failed', detail: `not read within ${Math.round(this.timeoutMs / 1000)} s` }))),
        this.timeoutMs,
      );
      worker.on('message', (raw: unknown) => {
        const reply = AddWorkerReplySchema.safeParse(raw);
        if (!reply.success)
          finish(() => reject(new AddProblemError({ kind: 'failed', detail: 'unreadable reply from the reading thread' })));
        else if ('added' in reply.data) {
          const added = reply.data.added;
          finish(() => resolve(added));
        } else if ('problem' in reply.data) {
          const problem = reply.data.problem;
          finish(() => reject(new AddProblemError(problem)));
        } else {
          const detail = reply.data.error;
          finish(() => reject(new AddProblemError({ kind: 'failed', detail })));
        }
      });
      worker.on('error', (error) => finish(() => reject(new AddProblemError({ kind: 'failed', detail: error.message }))));
      worker.on('exit', (code) =>
        finish(() => reject(new AddProblemError({ kind: 'failed', detail: `the reading thread stopped (code ${code})` }))),
      );
      // Bytes that own their whole buffer move to the worker instead of being copied.
      const bytes = 'bytes' in job.source ? job.source.bytes : undefined;
      const transfer =
        bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
          ? [bytes.buffer]
          : [];
      worker.postMessage(job, transfer);
    });
  }
}

/** The add-report worker, loaded as TypeScript or compiled as this module is. */
function startAddWorker(): Worker {
  return startWorkerThread(siblingEntry(import.meta.url, 'add-report-worker'));
}
