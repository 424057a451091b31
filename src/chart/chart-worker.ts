import { parentPort } from 'node:worker_threads';
import { ChartSchema } from '../answer/schema.js';
import { renderChartPng } from './render-chart.js';
import { ChartJobSchema, type ChartWorkerReply } from './chart-worker-protocol.js';

/**
 * Entry of the chart worker thread: renders one chart per message, in order, and sends the PNG
 * back (its buffer transferred, not copied). A chart that fails to render is an error reply, never
 * a dead worker.
 */
const port = parentPort;
if (port === null) throw new Error('chart-worker runs only as a worker thread');
port.on('message', (raw: unknown) => {
  const job = ChartJobSchema.parse(raw);
  let reply: ChartWorkerReply;
  try {
    const png = renderChartPng(ChartSchema.parse(job.chart), job.size);
    // A copy in a buffer of its own, which can be transferred (resvg's may be external memory).
    const bytes = new Uint8Array(png);
    reply = { id: job.id, png: bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    port.postMessage(reply);
  }
});
