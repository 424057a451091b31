import { parentPort } from 'node:worker_threads';
import { AddRefused, addToCorpus } from '../ingest/add-to-corpus.js';
import { problemOfRefusal } from './add-report-refusal.js';
import { AddJobSchema, type AddWorkerReply } from './add-report-protocol.js';

/**
 * The worker thread behind ReportAdder: reads one report (PDF layout, Word, web page: seconds of
 * CPU for a long PDF), copies it into the corpus and says what it understood, away from the event
 * loop that receives Slack's events.
 */
async function run(raw: unknown): Promise<AddWorkerReply> {
  const job = AddJobSchema.parse(raw);
  try {
    const source = 'url' in job.source ? job.source.url : job.source;
    const added = await addToCorpus({ source, corpusDir: job.corpusDir, maxBytes: job.maxBytes });
    return { added };
  } catch (error) {
    if (error instanceof AddRefused) return { problem: problemOfRefusal(error.message, job.maxBytes) };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (raw: unknown) => {
  void run(raw).then((reply) => parentPort?.postMessage(reply));
});
