/**
 * Ranks counted in things: "杭州数据交易所正式揭牌,是全省首家、全国第8家数据交易所" gives
 * 杭州数据交易所 the ranks 全省首家 and 全国第8家. The one ranked is the sentence's own name for
 * the thing counted ("…数据交易所" before it); without one, the thing counted names the rank.
 */
import { COUNTED_RANK, COUNTED_THING, FIRST_ORDINAL } from '../lang/zh/counted-rank-words.js';
import { RANK_ORDINAL, rankNumber } from '../lang/zh/rank-words.js';
import { kindFor } from './figure-kind.js';
import { pushFigure } from './figure-record.js';
import { cleanIndicator, clip } from './indicator-naming.js';
import type { Ctx } from './types.js';

/** The particle a described thing's head noun follows: "吞吐量超千万人次的机场". */
const DESCRIBED_THING = '的';
/** A shorter head ("港") names no thing of its own. */
const MIN_HEAD = 2;

/** Where a name stops when read backwards from the thing it ends with. */
const NAME_BREAK = /[，,。；;：:！？!?、\s“”"（）()]/;

/** Reads the counted ranks a clause states; whether it found one. */
export function readCountedRanks(ctx: Ctx, clauseStart: number, clauseEnd: number): boolean {
  const clause = ctx.w.slice(clauseStart, clauseEnd);
  const pattern = new RegExp(COUNTED_RANK.source, 'g');
  let found = false;
  for (let hit = pattern.exec(clause); hit; hit = pattern.exec(clause)) {
    const [whole, scope, numeral, first, counter] = hit;
    const value = first ? 1 : rankNumber(numeral);
    if (value === null) continue;
    const at = clauseStart + hit.index;
    const thing = COUNTED_THING.exec(ctx.w.slice(at + whole.length))?.[1] ?? '';
    const name = rankedName(ctx.w.slice(0, at), thing);
    if (!name) continue;
    pushFigure(ctx, {
      indicator: clip(name),
      value,
      unit: counter,
      qualifier: `${scope}${first ? FIRST_ORDINAL : RANK_ORDINAL}`,
      kind: kindFor(ctx, clause, clauseEnd),
    });
    found = true;
  }
  return found;
}

/**
 * The subject the sentence names with the thing counted ("杭州数据交易所"), else the thing itself. A thing described
 * ("第4个吞吐量超千万人次的机场") is named by its head noun after 的: "揭阳潮汕机场成为全省第4个…的机场" ranks 揭阳潮汕机场.
 */
function rankedName(before: string, thing: string): string {
  if (!thing) return '';
  const head = thing.slice(thing.lastIndexOf(DESCRIBED_THING) + 1);
  if (head !== thing && head.length >= MIN_HEAD && before.includes(head)) return rankedName(before, head);
  const at = before.lastIndexOf(thing);
  if (at < 0) return cleanIndicator(thing);
  let start = at;
  while (start > 0 && !NAME_BREAK.test(before[start - 1])) start--;
  return cleanIndicator(before.slice(start, at + thing.length));
}
