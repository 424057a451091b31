import { glossary } from '../lang/zh/glossary.js';
import { NAME_VARIANTS } from '../lang/zh/name-variants.js';
import { GROWTH_TERM_WORDS, TARGET_QUESTION_WORDS } from '../lang/zh/target-words.js';
import type { Figure } from './figure-schema.js';
import { isRankFigure } from './rank-figures.js';
import { isStreakLength } from './streak-lengths.js';

/**
 * Names a question may use for an indicator the reports spell differently: the glossary's
 * indicator names and synonyms, and the name variants no glossary entry holds.
 */
function nameGroups(): ReadonlyArray<readonly string[]> {
  groups ??= [...glossary().indicators.map((i) => [i.name, ...i.synonyms]), ...NAME_VARIANTS];
  return groups;
}
let groups: ReadonlyArray<readonly string[]> | undefined;

/**
 * The groups that hold each name, keyed lower-cased, in table order: a question's term finds its
 * groups in one look-up instead of lower-casing every name of every group for each term.
 */
function groupsByName(): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  if (!byName) {
    const index = new Map<string, Array<readonly string[]>>();
    for (const group of nameGroups()) {
      for (const name of new Set(group.map((g) => g.toLowerCase()))) {
        const holding = index.get(name);
        if (holding) holding.push(group);
        else index.set(name, [group]);
      }
    }
    byName = index;
  }
  return byName;
}
let byName: ReadonlyMap<string, ReadonlyArray<readonly string[]>> | undefined;

/**
 * Figures whose indicator matches the asked terms first (longer matches first, otherwise in
 * sentence order), at most 8 — the answer schema's limit.
 */
export function rankFiguresForQuestion(
  figures: readonly Figure[],
  questionTerms: readonly string[],
  { rankAsked = false }: { rankAsked?: boolean } = {},
): Figure[] {
  const asked = questionTerms.map((t) => t.trim()).filter((t) => t.length > 0);
  const terms = new Set<string>(asked);
  for (const term of asked) {
    // A term inside a longer asked term ("投资" of "制造业投资") is a word of that name, not the
    // name of an indicator of its own: it brings no other names.
    if (asked.some((other) => other.length > term.length && other.includes(term))) continue;
    for (const group of groupsByName().get(term.toLowerCase()) ?? []) group.forEach((g) => terms.add(g));
  }
  const wantsTarget = [...terms].some((t) => TARGET_QUESTION_WORDS.test(t));
  const wantsGrowth = [...terms].some((t) => GROWTH_TERM_WORDS.test(t));
  // A rank ("全国第3位") is listed only as a figure of the asked indicator, never for sharing a word, unless a rank is
  // what was asked ("农产品出口规模在西部排第几" of 农产品出口规模保持西部第1位): then one sharing a word is the answer.
  const scored = figures
    .filter((f) => rankAsked || !isRankFigure(f))
    .map((f, index) => {
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
  // A streak's length ("连续5年") is listed for sharing a word with the question, never as filler.
  const listed = scored.filter((s) => s.score > 0 || (!isStreakLength(s.f) && !isRankFigure(s.f)));
  listed.sort((a, b) => (b.score > 0 ? 1 : 0) - (a.score > 0 ? 1 : 0) || b.score - a.score || a.index - b.index);
  return listed.slice(0, 8).map((s) => s.f);
}
