import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Engine } from '../src/answer/engine.js';
import { longLinesReport } from './long-lines-report.js';

/**
 * Time per character of a punctuation-free, line-broken report from 1 kB to 5 MB: ingest → chunk →
 * index (a fresh process's path, `Engine.open` on an empty index folder) and then questions asked
 * of it. Linear passes keep every per-character figure flat across the sizes; a quadratic one shows
 * as a column that grows with the size.
 */
export const LONG_LINES_SIZES = [1_000, 10_000, 100_000, 1_000_000, 5_000_000] as const;

const QUESTIONS = ['2024年国内生产总值增长多少？', '城镇新增就业多少？', '粮食产量是多少？', '居民消费价格涨幅目标是多少？'];

export interface LongLinesRow {
  bytes: number;
  chars: number;
  sentences: number;
  chunks: number;
  maxSentenceChars: number;
  maxChunkTokens: number;
  /** Engine.open on an empty index folder: ingest, chunk, fit, embed, write, open. */
  buildMs: number;
  /** The build's own stage times, as its log line reports them. */
  ingestMs: number;
  chunkMs: number;
  askP50Ms: number;
  askMaxMs: number;
}

/** A report of about `bytes` UTF-8 bytes (a Chinese character is 3). */
export async function runLongLinesBench(options: { sizes?: readonly number[]; log: (m: string) => void }): Promise<LongLinesRow[]> {
  const rows: LongLinesRow[] = [];
  for (const bytes of options.sizes ?? LONG_LINES_SIZES) {
    const root = mkdtempSync(path.join(tmpdir(), 'long-lines-'));
    try {
      const corpusDir = path.join(root, 'corpus');
      mkdirSync(corpusDir);
      const text = longLinesReport(Math.ceil(bytes / 3));
      writeFileSync(path.join(corpusDir, 'long-lines-2025.txt'), text);
      writeFileSync(
        path.join(corpusDir, 'manifest.json'),
        JSON.stringify({
          documents: [
            {
              file: 'long-lines-2025.txt',
              id: 'long-lines-2025',
              title: '2025年国务院政府工作报告',
              issuer: '国务院',
              level: 'national',
              kind: 'government-work-report',
              docYear: 2025,
              reportsOn: 2024,
              plansFor: 2025,
            },
          ],
        }),
      );
      const logs: string[] = [];
      const t0 = performance.now();
      const engine = await Engine.open({ corpusDir, indexDir: path.join(root, 'index'), log: (m) => logs.push(m) });
      const buildMs = performance.now() - t0;
      const stages = /ingest (\d+), chunk (\d+)/.exec(logs.find((l) => l.startsWith('index: built')) ?? '');
      const { corpus } = engine.retriever.data;
      const askMs: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const q of QUESTIONS) {
          const t = performance.now();
          await engine.ask(q);
          askMs.push(performance.now() - t);
        }
      }
      askMs.sort((a, b) => a - b);
      let maxSentenceChars = 0;
      for (const s of corpus.sentences) maxSentenceChars = Math.max(maxSentenceChars, s.text.length);
      let maxChunkTokens = 0;
      for (const c of corpus.chunks) maxChunkTokens = Math.max(maxChunkTokens, c.tokens);
      const row: LongLinesRow = {
        bytes: Buffer.byteLength(text),
        chars: text.length,
        sentences: corpus.sentences.length,
        chunks: corpus.chunks.length,
        maxSentenceChars,
        maxChunkTokens,
        buildMs: Math.round(buildMs),
        ingestMs: Number(stages?.[1] ?? Number.NaN),
        chunkMs: Number(stages?.[2] ?? Number.NaN),
        askP50Ms: askMs[Math.floor(askMs.length / 2)],
        askMaxMs: askMs[askMs.length - 1],
      };
      options.log(`long lines: ${row.bytes} bytes, ${row.chunks} chunks, build ${row.buildMs} ms, ask p50 ${row.askP50Ms.toFixed(1)} ms`);
      rows.push(row);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}
