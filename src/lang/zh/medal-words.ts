/**
 * A medal tally as the reports write it ("斩获8金4银4铜", "获得12金8银4铜"): each medal a count of its own, named by the
 * games the clause speaks of ("在2024年巴黎奥运会上…", "在残奥会上…"). Data for src/figures/medal-tallies.ts.
 */
/** Gold and silver at least ("4金2银"), bronze when written. */
export const MEDAL_TALLY = /(\d+)金(\d+)银(?:(\d+)铜)?/g;
/** Whether a text writes a tally at all (no state kept between calls, unlike the global MEDAL_TALLY). */
export function writesMedalTally(text: string): boolean {
  return ANY_TALLY.test(text);
}
const ANY_TALLY = new RegExp(MEDAL_TALLY.source);
/** A tally that writes bronze too ("8金9银6铜"). */
export const TALLY_WITH_BRONZE = /\d+金\d+银\d+铜/;
/** The medals of a tally, in the order written. */
export const MEDALS: readonly string[] = ['金牌', '银牌', '铜牌'];
/** What a medal is counted in. */
export const MEDAL_UNIT = '枚';
/** Where a clause names its games: "在…上" / "在…中" before the tally's verb. */
export const GAMES_NAMED = /在(?:\d{4}年)?([^，。；,;在]{2,16}?)[上中]/g;
