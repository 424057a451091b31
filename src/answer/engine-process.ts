import type { AskEngine } from './schema.js';
import { type EngineJob, EngineJobSchema, EngineProcessDataSchema, type EngineProcessMessage } from './worker-protocol.js';

/**
 * What a module named by `engineModule` exports: how to open the engine inside an engine process.
 * The index engine (src/slack/index-engine-module.ts) in production; tests swap in engines that block.
 */
export interface EngineModule {
  openEngine(options: unknown, role: 'first' | 'more'): Promise<AskEngine>;
}

/**
 * Entry point of one engine process: waits for its `init`, opens the engine, says `ready`, then
 * answers one job at a time (the pool never sends a second before the first is answered). A
 * synchronous, CPU-heavy answer blocks only this process, never the Slack receiver.
 */
function serve(): void {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('engine-process.ts runs only as a forked engine process');
  const post = (message: EngineProcessMessage) => send(message);
  // Signals are the parent's to handle: Ctrl-C reaches the whole process group, and the parent
  // finishes the answers in flight (through this process) before it ends it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => undefined);
  // The parent gone (even killed): nothing left to answer for.
  process.on('disconnect', () => process.exit(0));
  let engine: Promise<AskEngine> | undefined;
  process.on('message', (raw: unknown) => {
    if (engine === undefined) {
      const data = EngineProcessDataSchema.parse(raw);
      engine = open(data.engineModule, data.engineOptions, data.role);
      engine.then(
        () => post({ type: 'ready' }),
        (error: unknown) => {
          process.stderr.write(`engine process: ${describe(error)}\n`);
          process.exit(1);
        },
      );
      return;
    }
    const job = EngineJobSchema.parse(raw);
    void engine.then((e) => answer(e, job)).then(post);
  });
}

async function open(moduleUrl: string, options: unknown, role: 'first' | 'more'): Promise<AskEngine> {
  const module = (await import(moduleUrl)) as Partial<EngineModule>;
  if (typeof module.openEngine !== 'function') throw new Error(`${moduleUrl} exports no openEngine()`);
  return module.openEngine(options, role);
}

async function answer(engine: AskEngine, job: EngineJob): Promise<EngineProcessMessage> {
  try {
    const value = job.method === 'ask' ? await engine.ask(job.question, job.context) : await engine.passages(job.citationIds);
    return { type: 'result', id: job.id, value };
  } catch (error) {
    return { type: 'result', id: job.id, value: undefined, error: describe(error) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

serve();
