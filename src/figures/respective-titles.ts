/**
 * Titles shared out without 分别: "17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇" gives 17 to 全国百强区, 2 to
 * 全国百强县 and 124 to 全国千强镇, the scope the first title writes (全国) shared by the others. Read over the sentence
 * once its figures are read: each count's figure is renamed by its title, in order.
 */
import { COUNTS_THEN_TITLES, LISTED_COUNT } from '../lang/zh/counted-before-words.js';
import { RANK_SCOPES } from '../lang/zh/rank-words.js';
import type { Figure } from './figure-schema.js';

export function withRespectiveTitles(sentence: string, figures: Figure[]): Figure[] {
  const hit = COUNTS_THEN_TITLES.exec(sentence);
  if (!hit) return figures;
  const read = hit[1].split('、').map((item) => LISTED_COUNT.exec(item));
  const counts = read.filter((c): c is RegExpExecArray => c !== null);
  const titles = hit[3].split('、').map((t) => t.trim());
  if (counts.length !== read.length || titles.length !== counts.length || titles.some((t) => !t)) return figures;
  const scope = RANK_SCOPES.find((s) => titles[0].startsWith(s));
  const named = titles.map((t, i) => (i > 0 && scope && !RANK_SCOPES.some((s) => t.startsWith(s)) ? `${scope}${t}` : t));
  const out = [...figures];
  let from = 0;
  counts.forEach((count, i) => {
    const value = Number(count[1]);
    const at = out.findIndex((f, k) => k >= from && f.value === value && f.unit === count[2] && !f.shape);
    if (at < 0) return;
    out[at] = { ...out[at], indicator: `${hit[2]}${named[i]}` };
    from = at + 1;
  });
  return out;
}
