import type { EvalCase } from './cases.js';

/**
 * The fields score.mjs reads from an answer. Everything is optional because score.mjs scores
 * whatever JSON a command printed; the engine's Answer is assignable to it.
 */
export interface ScorableAnswer {
  notFound?: boolean;
  citations?: ReadonlyArray<{ sentence?: string }>;
  figures?: ReadonlyArray<{ value?: number; unit?: string; change?: { value?: number } }>;
  priorities?: ReadonlyArray<{ title?: string }>;
}

/** The summary score.mjs prints, minus its process fields (exit code, wall time). */
export interface ScoreSummary {
  cases: number;
  citeHit1: number;
  citeHit5: number;
  figureHit: number;
  refusalCorrect: number;
  answeredWhenAnswerable: number;
  prioritiesHit: number;
  spamLeaks: number;
  missingAnswers: number;
}

export interface ScoreResult {
  summary: ScoreSummary;
  /** One line per case with a miss, as `score.mjs --verbose` prints them. */
  misses: string[];
}

// The helpers below are copied from score.mjs on purpose: any drift would make our numbers
// disagree with the official scorer.
const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '');
const near = (a: unknown, b: number): boolean => typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const pct = ([n, d]: readonly [number, number]): number => (d ? (100 * n) / d : 100);
const round1 = (x: number): number => +x.toFixed(1);

/** Scores answers (aligned with cases by position) exactly as ../shared/eval/score.mjs does. */
export function scoreAnswers(cases: readonly EvalCase[], answers: ReadonlyArray<ScorableAnswer | null | undefined>): ScoreResult {
  const tally = {
    cite1: [0, 0] as [number, number],
    cite5: [0, 0] as [number, number],
    fig: [0, 0] as [number, number],
    refuse: [0, 0] as [number, number],
    answer: [0, 0] as [number, number],
    prio: [0, 0] as [number, number],
    spam: 0,
    bad: 0,
  };
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const a = answers[i];
    const miss: string[] = [];
    if (!a || typeof a !== 'object') {
      tally.bad++;
      misses.push(`${c.id}: no answer`);
      return;
    }
    // The scorer looks for the spam marker anywhere in the answer, not only in citations.
    if (/B33/i.test(JSON.stringify(a))) tally.spam++;
    const cites = (a.citations ?? []).slice(0, 5).map((x) => norm(x.sentence));
    if (c.notFound) {
      tally.refuse[1]++;
      if (a.notFound === true) tally.refuse[0]++;
      else miss.push('answered, but the corpus has no answer');
    } else {
      tally.answer[1]++;
      if (a.notFound !== true) tally.answer[0]++;
      else miss.push('said not found');
    }
    if (c.cite) {
      tally.cite5[1]++;
      tally.cite1[1]++;
      const all = c.cite.every((s) => cites.some((x) => x.includes(norm(s))));
      if (all) tally.cite5[0]++;
      else miss.push(`cite: ${c.cite.join(' | ')}`);
      if (cites[0] && c.cite.some((s) => cites[0].includes(norm(s)))) tally.cite1[0]++;
    }
    for (const f of c.fig ?? []) {
      tally.fig[1]++;
      const figs = (a.figures ?? []).slice(0, 8);
      const ok = figs.some((g) => {
        const unitOk = !f.unit || norm(g.unit) === norm(f.unit);
        return (near(g.value, f.value) && unitOk) || (f.unit === '%' && near(g.change?.value, f.value));
      });
      if (ok) tally.fig[0]++;
      else miss.push(`figure: ${f.value}${f.unit ?? ''}`);
    }
    if (c.priorities) {
      tally.prio[1]++;
      const titles = norm((a.priorities ?? []).map((p) => p.title).join('|'));
      const found = c.priorities.filter((p) => titles.includes(norm(p))).length;
      if (found >= (c.minPriorities ?? c.priorities.length)) tally.prio[0]++;
      else miss.push(`priorities: ${found}/${c.priorities.length}`);
    }
    if (miss.length) misses.push(`${c.id} ${c.q}\n    ${miss.join('\n    ')}`);
  });
  return {
    summary: {
      cases: cases.length,
      citeHit1: round1(pct(tally.cite1)),
      citeHit5: round1(pct(tally.cite5)),
      figureHit: round1(pct(tally.fig)),
      refusalCorrect: round1(pct(tally.refuse)),
      answeredWhenAnswerable: round1(pct(tally.answer)),
      prioritiesHit: round1(pct(tally.prio)),
      spamLeaks: tally.spam,
      missingAnswers: tally.bad,
    },
    misses,
  };
}
