/**
 * Where the cited sentence of each case sits in the retriever's ranking (task retr, session 13):
 * for every retrieval an answer makes, the same query is retrieved again with no limit and the rank
 * of each expected cite is taken (best over the answer's retrievals). A cite the scorer misses
 * (not among the answer's first five citations) is classed: ranked 6–50, ranked below 50, scored
 * nowhere (out of scope: place/period filters; or not a candidate: neither its chunk among the fused
 * chunks nor the sentence among the best sentence-level BM25 matches), or not in the corpus.
 *
 *   npx tsx scripts/retrieval-ranks.ts --out DIR eval/natural/tune.jsonl eval/figures/tune.jsonl …
 *
 * Writes DIR/<set>.answers.jsonl (feed it to the scorer with `-- cat FILE`) and DIR/<set>.ranks.jsonl,
 * and prints the cause counts. Only for tune halves: held-out files are never read case by case.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openEngineFromFlags } from '../src/cli/open-engine.js';
import { DEFAULT_RETRIEVER, type RetrievalOutcome, type ScoredSentence } from '../src/retrieve/retriever.js';
import { SCORING_RULES } from '../src/retrieve/scoring/rules.js';
import { DEFAULT_BM25 } from '../src/store/local/bm25.js';
import type { UnderstoodQuery } from '../src/retrieve/query.js';

interface Case {
  id: string;
  q: string;
  history?: string[];
  cite?: string[];
  tags?: string[];
  intent?: string;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args[outAt + 1] : '/tmp/retr';
const files = args.filter((a, i) => a.endsWith('.jsonl') && i !== outAt + 1);
if (files.some((f) => /heldout|fresh-en2/.test(f))) throw new Error('held-out files are not read case by case');
mkdirSync(outDir, { recursive: true });

const norm = (s: string) => s.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');

// Experiments without editing the source: RETR_OPTS='{"denseWeight":0.3}', RETR_WEIGHTS='{"chunk":0.5}'.
const retrieverOptions = { ...DEFAULT_RETRIEVER, ...JSON.parse(process.env.RETR_OPTS ?? '{}') };
for (const [id, w] of Object.entries(JSON.parse(process.env.RETR_WEIGHTS ?? '{}') as Record<string, number>)) {
  const rule = SCORING_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  (rule as { weight: number }).weight = w;
}
Object.assign(DEFAULT_BM25, JSON.parse(process.env.RETR_BM25 ?? '{}'));
const engine = await openEngineFromFlags({ corpus: '.cache/eval-corpus', index: '.cache/eval-index2', progress: false }, retrieverOptions);
const retriever = engine.retriever;
const original = retriever.retrieve.bind(retriever);
let calls: { query: UnderstoodQuery; all: ScoredSentence[]; bare: ScoredSentence[] }[] = [];
/** Everything a query ranks (no limit), recorded through the explain hook. */
async function rankAll(query: UnderstoodQuery): Promise<ScoredSentence[]> {
  let all: ScoredSentence[] = [];
  const hook = retriever.onScored;
  retriever.onScored = (s) => {
    all = [...s];
  };
  await original(query, 100000);
  retriever.onScored = hook;
  return all;
}
retriever.retrieve = async (query: UnderstoodQuery, limit = 5): Promise<RetrievalOutcome> => {
  const out = await original(query, limit);
  const all = await rankAll(query);
  // The same question as if the glossary knew none of its indicators: retrieval from its words
  // alone, a stand-in for phrasings nobody tuned the understanding to.
  const bare = query.indicators.length ? await rankAll({ ...query, indicators: [] }) : all;
  calls.push({ query, all, bare });
  return out;
};

const corpusSentences = retriever.corpus.sentences;
const totals = new Map<string, number>();
const count = (k: string, v: number) => totals.set(k, (totals.get(k) ?? 0) + v);
type M = { n: number; r1: number; r5: number; r20: number; rr: number };
const metrics = new Map<string, M>();
const show = (m: Map<string, M>) =>
  [...m].map(([k, v]) => `${k}: n=${v.n} r1 ${((100 * v.r1) / v.n).toFixed(1)} r5 ${((100 * v.r5) / v.n).toFixed(1)} r20 ${((100 * v.r20) / v.n).toFixed(1)} mrr ${(v.rr / v.n).toFixed(3)}`).join(' | ');
for (const file of files) {
  const cases: Case[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const answers: string[] = [];
  const ranks: string[] = [];
  const setTotals = new Map<string, number>();
  const setMetrics = new Map<string, M>();
  const rankRows: string[] = [];
  for (const c of cases) {
    calls = [];
    const answer = await engine.ask(c.q, { history: c.history ?? [] });
    answers.push(JSON.stringify(answer));
    if (!c.cite) continue;
    const cited = answer.citations.slice(0, 5).map((x) => norm(x.sentence));
    const english = /[a-z]{3}/i.test(c.q);
    for (const cite of c.cite) {
      const n = norm(cite);
      const rankIn = (list: ScoredSentence[]) => list.findIndex((s) => s.sentence.norm.includes(n) || norm(s.sentence.text).includes(n));
      const ranksOf = (pick: (call: (typeof calls)[number]) => ScoredSentence[]) => {
        const r = calls.map((call) => rankIn(pick(call))).filter((x) => x >= 0);
        return r.length ? Math.min(...r) + 1 : Infinity;
      };
      const full = ranksOf((call) => call.all);
      const bare = ranksOf((call) => call.bare);
      for (const [k, r] of [['full', full], ['bare', bare]] as const) {
        const m = metrics.get(k) ?? { n: 0, r1: 0, r5: 0, r20: 0, rr: 0 };
        m.n++;
        if (r <= 1) m.r1++;
        if (r <= 5) m.r5++;
        if (r <= 20) m.r20++;
        m.rr += 1 / r;
        metrics.set(k, m);
        const sm = setMetrics.get(k) ?? { n: 0, r1: 0, r5: 0, r20: 0, rr: 0 };
        sm.n++;
        if (r <= 1) sm.r1++;
        if (r <= 5) sm.r5++;
        if (r <= 20) sm.r20++;
        sm.rr += 1 / r;
        setMetrics.set(k, sm);
      }
      rankRows.push(JSON.stringify({ id: c.id, cite, full, bare, english }));
      if (cited.some((x) => x.includes(n))) {
        setTotals.set('hit', (setTotals.get('hit') ?? 0) + 1);
        continue;
      }
      let best = Infinity;
      let bestCall = -1;
      calls.forEach((call, k) => {
        const r = call.all.findIndex((s) => norm(s.sentence.text).includes(n) || s.sentence.norm.includes(n));
        if (r >= 0 && r < best) {
          best = r;
          bestCall = k;
        }
      });
      const inCorpus = corpusSentences.filter((s) => s.norm.includes(n) || norm(s.text).includes(n));
      const cause = !calls.length
        ? 'no-retrieval'
        : best < 5
          ? 'top5-not-cited'
          : best < 50
            ? 'rank6-50'
            : best < Infinity
              ? 'rank>50'
              : inCorpus.length
                ? 'not-scored'
                : 'not-a-sentence';
      setTotals.set(cause, (setTotals.get(cause) ?? 0) + 1);
      const call = bestCall >= 0 ? calls[bestCall] : calls[0];
      const row = {
        id: c.id,
        set: basename(file),
        q: c.q,
        english,
        intent: c.intent,
        cite,
        cause,
        rank: Number.isFinite(best) ? best + 1 : null,
        calls: calls.length,
        query: call
          ? {
              places: call.query.places,
              years: call.query.years,
              intent: call.query.intent,
              indicators: call.query.indicators.map((i) => i.name),
              searchText: call.query.searchText,
            }
          : null,
        target: (() => {
          const s = bestCall >= 0 ? call.all[best] : null;
          if (s) return { id: s.sentence.id, score: +s.score.toFixed(3), contributions: s.contributions, period: s.sentence.period, kind: s.sentence.kind };
          return inCorpus.slice(0, 2).map((t) => ({ id: t.id, period: t.period, kind: t.kind, section: t.section.join(' › ') }));
        })(),
        top: call?.all.slice(0, 3).map((s) => ({ score: +s.score.toFixed(3), text: s.sentence.text.slice(0, 70), contributions: s.contributions })),
      };
      ranks.push(JSON.stringify(row));
    }
  }
  const name = file.replace(/^eval\//, '').replace(/\//g, '_').replace(/\.jsonl$/, '');
  writeFileSync(`${outDir}/${name}.answers.jsonl`, `${answers.join('\n')}\n`);
  writeFileSync(`${outDir}/${name}.ranks.jsonl`, `${ranks.join('\n')}\n`);
  writeFileSync(`${outDir}/${name}.allranks.jsonl`, `${rankRows.join('\n')}\n`);
  console.log(name, JSON.stringify(Object.fromEntries(setTotals)), show(setMetrics));
  for (const [k, v] of setTotals) if (k !== 'hit') count(k, v);
}
console.log('misses by cause', JSON.stringify(Object.fromEntries(totals)));
console.log('ALL', show(metrics));
process.exit(0);
