/**
 * Diagnosis aid (session 20, English helper): how an English question is read and, among its top 20 scored sentences,
 * which pass the evidence check. Never run on held-out cases.
 *   npx tsx scripts/en-why-s20.ts [--l] "question" ["cite substring"] [history…]
 */
import { Engine } from '../src/answer/engine.js';
import { embedderChoice } from '../src/config.js';

const args = process.argv.slice(2);
const l = args[0] === '--l' ? (args.shift(), true) : false;
const [question, cite = '', ...history] = args;
const engine = await Engine.open({
  corpusDir: l ? '.cache/eval-corpus-l' : '.cache/eval-corpus',
  indexDir: l ? '.cache/eval-index-l' : '.cache/eval-index',
  embedder: await embedderChoice(undefined),
  wording: null,
  log: () => {},
});
const today = new Date('2026-12-01');
// biome-ignore lint/suspicious/noExplicitAny: diagnosis
const r = engine.retriever as any;
const q = r.understand(question, { today });
console.log('places', q.places, 'years', q.years, 'intent', q.intent?.name ?? q.intent, 'ask', q.ask, 'wantsQ', q.wantsQuantity);
console.log('indicators', q.indicators.map((i: { name: string }) => i.name));
console.log('search', q.searchText);
console.log('lexicon', JSON.stringify(q.lexiconTranslations));
console.log('alts', JSON.stringify(q.termAlternatives), 'named', q.namedThings, 'compounds', q.englishCompounds);
const orig = r.hasEvidence.bind(r);
const checks: [string, boolean][] = [];
r.hasEvidence = (c: { sentence: { norm: string } }, ...rest: unknown[]) => {
  const ok = orig(c, ...rest);
  checks.push([c.sentence.norm, ok]);
  return false;
};
await r.retrieve(q, 20);
r.hasEvidence = orig;
for (const [s, ok] of checks) console.log(ok ? ' OK ' : ' -- ', cite && s.includes(cite) ? '***' : '   ', s.slice(0, 110));
const answer = await engine.ask(question, { today, history });
console.log('ANSWER:', answer.text.split('\n')[0]);
