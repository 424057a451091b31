/**
 * Ranks counted in things, not places in a table: "全国第8家数据交易所", "全省首个未来工厂". The
 * thing counted follows the counter; the one ranked is the subject before it ("杭州数据交易所…是
 * 全国第8家数据交易所"). Data for src/figures/counted-ranks.ts.
 */
import { RANK_SCOPES } from './rank-words.js';

/** Counters a counted rank is written with. */
/** Not 批: "全省首批…" is among the first batch, not a rank. */
export const RANK_COUNTERS: readonly string[] = ['家', '个', '座', '所', '条', '项'];
/** "首家", "首个": the first, written without a number. */
export const FIRST_ORDINAL = '首';

const SCOPES = RANK_SCOPES.join('|');
const NUMERAL = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const COUNTERS = RANK_COUNTERS.join('|');

/** "全国第8家", "全省首家": scope, numeral (or 首), counter. */
export const COUNTED_RANK = new RegExp(`(${SCOPES})(?:第(${NUMERAL})|(${FIRST_ORDINAL}))(${COUNTERS})`);

/** What follows a counted rank: more ranks joined by 、, then the thing counted ("、全国第8家数据交易所"). */
export const COUNTED_THING = new RegExp(
  `^(?:[、和及](?:${SCOPES})(?:第${NUMERAL}|${FIRST_ORDINAL})(?:${COUNTERS}))*([\\u4e00-\\u9fa5]{2,12})`,
);
