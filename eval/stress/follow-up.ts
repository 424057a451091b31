// Self-generated conversation stress: Q1 asks figure A (place, year, name), follow-up "<name B>呢" asks figure B of the
// same place and year (another sentence). The first line must state B's value. usage: npx tsx eval/stress/follow-up.ts [N] [seed]
import { Engine } from '../../src/answer/engine.js';
import { formatNumber } from '../../src/answer/figure-format.js';
const engine = await Engine.open({ corpusDir: process.env.C ?? '.cache/eval-corpus-l', indexDir: process.env.I ?? '.cache/eval-index-l', log: () => {} } as never);
const N = Number(process.argv[2] ?? 100);
let seed = Number(process.argv[3] ?? 11);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
type Row = (typeof engine.figureTable.rows)[number];
const groups = new Map<string, Row[]>();
const nameCount = new Map<string, number>();
for (const r of engine.figureTable.rows) nameCount.set(`${r.place}|${r.year}|${r.indicator}`, (nameCount.get(`${r.place}|${r.year}|${r.indicator}`) ?? 0) + 1);
for (const r of engine.figureTable.rows) {
  if (r.kind !== 'actual' || r.year === null || r.partOfYear || !['level', 'rate'].includes(r.measure)) continue;
  if (r.indicator.length < 4 || r.indicator.length > 12 || /[“”（）()、]/.test(r.indicator)) continue;
  if (nameCount.get(`${r.place}|${r.year}|${r.indicator}`) !== 1) continue; // one figure of that name: unambiguous
  const key = `${r.place}|${r.year}`;
  (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
}
const keys = [...groups.keys()].filter((k) => groups.get(k)!.length >= 6);
const short = (p: string) => p.replace(/(省|市|区)$/, '');
let asked = 0, hit = 0;
const misses: string[] = [];
const ask = (r: Row) => `${r.indicator}${r.measure === 'rate' ? '增长多少' : '是多少'}`;
while (asked < N) {
  const rows = groups.get(keys[Math.floor(rand() * keys.length)])!;
  const a = rows[Math.floor(rand() * rows.length)];
  const b = rows[Math.floor(rand() * rows.length)];
  if (a.citationId === b.citationId || a.indicator.includes(b.indicator) || b.indicator.includes(a.indicator)) continue;
  const q1 = `${short(a.place)}${a.year}年${ask(a)}`;
  const q2 = `${b.indicator}呢`;
  asked++;
  const ans = await engine.ask(q2, { today: new Date('2026-12-03'), history: [q1] });
  const first = ans.text.split('\n')[0];
  const v = formatNumber(b.value);
  if (first.includes(v)) hit++;
  else misses.push(`${q1} → ${q2}\n   want ${v}${b.unit} | ${first.slice(0, 120)}\n   ${b.sentence.slice(0, 120)}`);
}
console.log(`asked ${asked}, lead hit ${hit} (${((100 * hit) / asked).toFixed(1)}%)`);
console.log(misses.join('\n'));
