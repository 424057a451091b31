/**
 * Diagnosis aid (session 13): for each case of a TUNE file, where the case's first cite ranks among
 * the retrieved sentences (top 30), and the answer's first line. Never run it on a held-out file.
 * Usage: npx tsx scripts/en-rank.ts eval/fresh-en3/en3-tune.jsonl [id …]
 */
import { readFileSync } from 'node:fs';
import { Engine } from '../src/answer/engine.js';
import { embedderChoice } from '../src/config.js';

const [file, ...ids] = process.argv.slice(2);
if (!file || /heldout|fresh-en2/.test(file)) throw new Error('a tune file only');
const norm = (s: string) => s.normalize('NFKC').replace(/\s|\*\*/g, '');
const engine = await Engine.open({
  corpusDir: '.cache/eval-corpus',
  indexDir: '.cache/eval-index2',
  embedder: await embedderChoice(undefined),
  wording: null,
  log: () => {},
});
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line) as { id: string; q: string; cite?: string[]; notFound?: boolean };
  if (ids.length && !ids.includes(c.id)) continue;
  if (c.notFound || !c.cite?.length) continue;
  const query = engine.retriever.understand(c.q, { today: new Date('2026-12-01') });
  const got = await engine.retriever.retrieve(query, 30);
  const cite = norm(c.cite[0]);
  const sentences = got.kind === 'found' ? got.sentences : [];
  const rank = sentences.findIndex((s) => norm(s.sentence.text).includes(cite) || cite.includes(norm(s.sentence.text)));
  const answer = await engine.ask(c.q);
  const cited = answer.citations.findIndex((x) => norm(x.sentence).includes(cite));
  console.log(`${c.id}\tretr=${got.kind === 'found' ? rank : got.reason}\tcited=${cited}\tnf=${answer.notFound}\t${answer.text.split('\n')[0].slice(0, 90)}`);
}
