import { GAMES_NAMED, MEDAL_TALLY, MEDAL_UNIT, MEDALS } from '../lang/zh/medal-words.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import type { Ctx } from './types.js';

/**
 * "在2024年巴黎奥运会上斩获8金4银4铜": three counts (巴黎奥运会金牌 8枚, 银牌 4枚, 铜牌 4枚), named by the games the
 * clause names last before the tally (the medal alone when none is named). The tally is blanked (a clause's end and
 * spaces, so positions hold) in the text read after it: no other reading takes its digits for figures of its own.
 */
/** Where a clause ends, in the half-width text figures are read from. */
const CLAUSE_ENDS = [',', '，', '。', ';', '；'];

export function readMedalTallies(ctx: Ctx): string {
  let blanked = ctx.w;
  for (const hit of ctx.w.matchAll(MEDAL_TALLY)) {
    const at = hit.index ?? 0;
    const clauseStart = Math.max(...CLAUSE_ENDS.map((c) => ctx.w.lastIndexOf(c, at))) + 1;
    const clause = ctx.w.slice(clauseStart, at);
    const games = [...clause.matchAll(GAMES_NAMED)].at(-1)?.[1] ?? '';
    const kind = kindFor(ctx, ctx.w.slice(clauseStart, at + hit[0].length), at + hit[0].length);
    MEDALS.forEach((medal, i) => {
      const count = hit[i + 1];
      if (count !== undefined) pushFigure(ctx, { indicator: `${games}${medal}`, value: Number(count), unit: MEDAL_UNIT, kind });
    });
    // A clause's end in its place: what follows ("、金牌数奖牌数均居全国首位") names itself, not the games' words before.
    blanked = `${blanked.slice(0, at)},${' '.repeat(hit[0].length - 1)}${blanked.slice(at + hit[0].length)}`;
  }
  return blanked;
}
