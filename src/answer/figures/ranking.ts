import type { Figure } from '../schema.js';

/** Names a question may use for an indicator the reports spell differently. */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['GDP', '地区生产总值', '生产总值'],
  ['社零', '社会消费品零售总额'],
  ['规上工业', '规模以上工业'],
  ['研发', 'R&D'],
  ['外资', '利用外资'],
  ['财政收入', '一般公共预算收入'],
];

/**
 * Figures whose indicator matches the asked terms first (longer matches first, otherwise in
 * sentence order), at most 8 — the answer schema's limit.
 */
export function rankFiguresForQuestion(figures: readonly Figure[], questionTerms: readonly string[]): Figure[] {
  const terms = new Set<string>();
  for (const t of questionTerms) {
    const term = t.trim();
    if (term.length === 0) continue;
    terms.add(term);
    for (const group of SYNONYMS) if (group.some((g) => g.toLowerCase() === term.toLowerCase())) group.forEach((g) => terms.add(g));
  }
  const wantsTarget = [...terms].some((t) => /目标|计划|预期|预计/.test(t));
  const wantsGrowth = [...terms].some((t) => /增长|增速|增幅|涨幅|下降/.test(t));
  const scored = figures.map((f, index) => {
    const indicator = f.indicator.toLowerCase();
    let score = 0;
    for (const t of terms) {
      const term = t.toLowerCase();
      if (term.length < 2 && !/[\u4e00-\u9fff]/.test(term)) continue;
      if (indicator.includes(term)) score += 2 * term.length;
      else if (term.length >= 4 && term.includes(indicator) && indicator.length >= 2) score += indicator.length;
    }
    if (score > 0) {
      if (wantsTarget && f.kind === 'target') score += 1;
      if (wantsGrowth && f.change) score += 1;
    }
    return { f, index, score };
  });
  scored.sort((a, b) => (b.score > 0 ? 1 : 0) - (a.score > 0 ? 1 : 0) || b.score - a.score || a.index - b.index);
  return scored.slice(0, 8).map((s) => s.f);
}
