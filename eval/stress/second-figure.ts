// Self-generated stress check of figure choice over a corpus's figure table (not an eval set): for sentences with >=2 actual
// figures of distinct names, ask for the non-first one by its own name, place and year; the first line must state its value. usage: npx tsx eval/stress/second-figure.ts [N] [seed]
import { Engine } from '../../src/answer/engine.js';
import { formatNumber } from '../../src/answer/figure-format.js';
const engine = await Engine.open({ corpusDir: process.env.C ?? '.cache/eval-corpus-l', indexDir: process.env.I ?? '.cache/eval-index-l', log: () => {} } as never);
const N = Number(process.argv[2] ?? 150);
let seed = Number(process.argv[3] ?? 7);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const byCitation = new Map<string, typeof engine.figureTable.rows[number][]>();
for (const r of engine.figureTable.rows) {
  if (r.kind !== 'actual' || r.year === null || r.partOfYear) continue;
  if (!['level', 'rate'].includes(r.measure)) continue;
  (byCitation.get(r.citationId) ?? byCitation.set(r.citationId, []).get(r.citationId)!).push(r);
}
const pool = [...byCitation.values()].filter((rows) => new Set(rows.map((r) => r.indicator)).size >= 2 && rows.length <= 6);
const short = (p: string) => p.replace(/(省|市|区)$/, '');
let asked = 0, hit = 0;
const misses: string[] = [];
while (asked < N && pool.length) {
  const rows = pool.splice(Math.floor(rand() * pool.length), 1)[0];
  const names = [...new Set(rows.map((r) => r.indicator))];
  const name = names[1 + Math.floor(rand() * (names.length - 1))];
  if (name.length < 4 || /[“”（）()]/.test(name)) continue;
  const target = rows.find((r) => r.indicator === name)!;
  const growth = target.measure === 'rate';
  const q = `${short(target.place)}${target.year}年${name}${growth ? '增长多少' : '是多少'}`;
  asked++;
  const a = await engine.ask(q, { today: new Date('2026-12-03') });
  const first = a.text.split('\n')[0];
  const v = formatNumber(target.value);
  if (first.includes(v)) hit++;
  else misses.push(`${q}\n   want ${v}${target.unit} | ${first.slice(0, 120)}\n   ${target.sentence.slice(0, 140)}`);
}
console.log(`asked ${asked}, lead hit ${hit} (${((100 * hit) / asked).toFixed(1)}%)`);
console.log(misses.join('\n'));
