import type { Answer, AskContext, AskEngine } from '../answer/schema.js';

/** An engine in service, with what is said about it and how it is let go. */
export interface ServingEngine {
  engine: AskEngine;
  /** Documents its index holds, for "index updated: N documents". */
  documents: number;
  /** Releases it (engine processes, memory); called once, after its last answer. */
  close(): Promise<void>;
}

/**
 * Opens the engine of the corpus as it is now, or null when the engine serving already reflects it
 * (a save that changed no byte). The signal aborts a build when the bot stops.
 */
export type OpenNextEngine = (reason: string, signal: AbortSignal) => Promise<ServingEngine | null>;

/** How one refresh ended; every caller whose request a build covered gets that build's outcome. */
export type RefreshOutcome =
  /** A new engine serves: the corpus as it was when the refresh was asked is answered from. */
  | { status: 'updated'; documents: number; reasons: string[] }
  /** The engine serving already reflected the corpus. */
  | { status: 'unchanged'; documents: number; reasons: string[] }
  /** The build failed; the previous engine keeps serving (`documents` is its count). */
  | { status: 'failed'; error: string; documents: number; reasons: string[] }
  /** The bot is stopping; nothing was built. */
  | { status: 'stopped'; reasons: string[] };

/**
 * What a writer of corpus files (the watcher, the Slack add-a-report flow) calls afterwards. The
 * promise settles (never rejects) once a build begun after the call has finished, so an `updated`
 * or `unchanged` outcome means the file written before the call is what answers now come from.
 */
export interface CorpusRefresher {
  refresh(reason: string): Promise<RefreshOutcome>;
}

/** Reasons kept per build for the log; the rest are counted. */
const MAX_REASONS = 20;

interface Slot {
  serving: ServingEngine;
  inFlight: number;
  retired: boolean;
  closing?: Promise<void>;
}

interface PendingBuild {
  reasons: string[];
  moreReasons: number;
  waiters: Array<(outcome: RefreshOutcome) => void>;
}

/**
 * The engine a surface holds across index rebuilds. Every question goes to the engine serving
 * when it is asked and is answered there; a rebuild opens the next engine beside it and swaps it in
 * with one assignment, and the previous engine is closed once its last answer has settled. One
 * build runs at a time: refreshes asked during a build are coalesced into exactly one more.
 */
export class LiveEngine implements AskEngine, CorpusRefresher {
  private current: Slot;
  private pending: PendingBuild | null = null;
  private building: Promise<void> | null = null;
  private readonly retiring = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private stopped = false;

  constructor(
    initial: ServingEngine,
    private readonly openNext: OpenNextEngine,
    private readonly log: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
  ) {
    this.current = { serving: initial, inFlight: 0, retired: false };
  }

  /** Documents of the engine serving now. */
  get documents(): number {
    return this.current.serving.documents;
  }

  ask(question: string, context?: AskContext): Promise<Answer> {
    return this.onCurrent((engine) => engine.ask(question, context));
  }

  passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    return this.onCurrent((engine) => engine.passages(citationIds));
  }

  refresh(reason: string): Promise<RefreshOutcome> {
    if (this.stopped) return Promise.resolve({ status: 'stopped', reasons: [reason] });
    return new Promise((resolve) => {
      this.pending ??= { reasons: [], moreReasons: 0, waiters: [] };
      if (this.pending.reasons.length < MAX_REASONS) this.pending.reasons.push(reason);
      else this.pending.moreReasons++;
      this.pending.waiters.push(resolve);
      this.building ??= this.runBuilds();
    });
  }

  /**
   * Stops rebuilding (a build under way is aborted), waits for engines being retired, then closes
   * the engine serving. Answers in flight on it are the caller's to drain first (the Slack app's
   * stop() does, and WorkerEngine.close waits for its own).
   */
  async close(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.abort.abort();
    await this.building;
    await Promise.all(this.retiring);
    await this.closeSlot(this.current);
  }

  private async onCurrent<T>(use: (engine: AskEngine) => Promise<T>): Promise<T> {
    // Taken synchronously: a swap between here and the answer does not move this question.
    const slot = this.current;
    slot.inFlight++;
    try {
      return await use(slot.serving.engine);
    } finally {
      slot.inFlight--;
      if (slot.retired && slot.inFlight === 0) this.retire(slot);
    }
  }

  /** Builds while refreshes wait; each pass serves every request made before it began. */
  private async runBuilds(): Promise<void> {
    while (this.pending !== null) {
      const batch = this.pending;
      this.pending = null;
      const reasons = batch.moreReasons ? [...batch.reasons, `${batch.moreReasons} more`] : batch.reasons;
      const outcome = this.stopped ? ({ status: 'stopped', reasons } as const) : await this.buildOnce(reasons);
      for (const resolve of batch.waiters) resolve(outcome);
    }
    this.building = null;
  }

  private async buildOnce(reasons: string[]): Promise<RefreshOutcome> {
    const reason = reasons.join('; ');
    let next: ServingEngine | null;
    try {
      next = await this.openNext(reason, this.abort.signal);
    } catch (error) {
      if (this.stopped) return { status: 'stopped', reasons };
      const message = error instanceof Error ? error.message : String(error);
      this.log(`index: rebuild failed (${message}); the previous index keeps serving`);
      return { status: 'failed', error: message, documents: this.documents, reasons };
    }
    if (next === null) return { status: 'unchanged', documents: this.documents, reasons };
    if (this.stopped) {
      await next.close();
      return { status: 'stopped', reasons };
    }
    const previous = this.current;
    this.current = { serving: next, inFlight: 0, retired: false };
    previous.retired = true;
    if (previous.inFlight === 0) this.retire(previous);
    this.log(`index updated: ${next.documents} documents (${reason})`);
    return { status: 'updated', documents: next.documents, reasons };
  }

  private retire(slot: Slot): void {
    if (slot.closing) return;
    const closing = this.closeSlot(slot);
    this.retiring.add(closing);
    void closing.finally(() => this.retiring.delete(closing));
  }

  private closeSlot(slot: Slot): Promise<void> {
    slot.closing ??= slot.serving.close().catch((error: unknown) => {
      this.log(`index: closing the previous engine failed (${error instanceof Error ? error.message : String(error)})`);
    });
    return slot.closing;
  }
}
