import { alternation } from './regexp.js';

/**
 * Counting words a report writes between a number and the thing counted: "新增5000张家庭养老床位",
 * "建成3个国家级基地", "新开工12所学校". The number before the name is then the indicator's.
 */
export const COUNTING_WORDS: readonly string[] = [...'个家户名项件座所处条张套间台辆艘架批种款部'];

/**
 * A number and its counting word right before a name: "…5000张" before "家庭养老床位"; not an ordinal
 * ("全省第3个地区生产总值超千亿元镇" ranks a town).
 */
export const COUNTED_BEFORE = new RegExp(`(?<![第\\d.])\\d+(?:\\.\\d+)?(?:万|千|百)?(?:${alternation(COUNTING_WORDS)})$`);
