/**
 * Asks many distinct questions of one engine and reports heap use after a warm-up and at the end,
 * each after a full collection (run with --expose-gc). Prints one JSON line.
 */
import { Engine } from '../../../src/answer/engine.js';
import { glossary } from '../../../src/lang/zh/glossary.js';

const [corpusDir, indexDir, countArg] = process.argv.slice(2);
const count = Number(countArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const engine = await Engine.open({ corpusDir, indexDir, log: () => {} });
// Mostly places the corpus covers (questions that reach retrieval), some it does not (refusals).
const covered = engine.retriever.coveredPlaces.flatMap((p) => p.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)));
const places = [
  ...new Set([
    ...covered,
    ...glossary()
      .places.map((p) => p.name)
      .slice(0, covered.length * 2),
  ]),
];
const indicators = glossary().indicators.map((i) => i.name);
const shapes = [
  (p: string, y: number, i: string) => `${p}${y}年${i}是多少？`,
  (p: string, y: number, i: string) => `${p}${y}年${i}增长目标是多少？`,
  (p: string, y: number, i: string) => `${y}年${p}的${i}增长了多少`,
  (p: string, y: number, i: string) => `${p}${y}年${i}方面的重点工作有哪些？`,
];
/** Question n of a long run of distinct questions: place, year, indicator and phrasing as digits of n. */
const question = (n: number) => {
  const p = places[n % places.length];
  const y = 2015 + (Math.floor(n / places.length) % 12);
  const i = indicators[Math.floor(n / (places.length * 12)) % indicators.length];
  return shapes[Math.floor(n / (places.length * 12 * indicators.length)) % shapes.length](p, y, i);
};

const warmup = 300;
for (let n = 0; n < warmup; n++) await engine.ask(question(n), n % 7 === 0 ? { history: [question(n + 1)] } : {});
gc();
gc();
const before = process.memoryUsage();
for (let n = warmup; n < warmup + count; n++) await engine.ask(question(n), n % 7 === 0 ? { history: [question(n + 1)] } : {});
gc();
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ asked: count, distinct: new Set(Array.from({ length: count }, (_, n) => question(n + warmup))).size, heapBefore: before.heapUsed, heapAfter: after.heapUsed, rssBefore: before.rss, rssAfter: after.rss })}\n`,
);
