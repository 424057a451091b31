import { alternation } from './regexp.js';

/**
 * The words of indicator tables that lost their layout and print one cell a line: a header (序号,
 * 指标名称, 年度目标, 2022年完成情况, 完成率, 备注), group labels, and the words a rebuilt row is
 * rendered with.
 */

/** The header cell that opens such a table: "序号" (sometimes "序 号"). */
export const TABLE_HEADER_START = /^序\s*号$/;

/** Words of the header cells right after 序号 that make it an indicator table: 指标名称, 项目. */
export const TABLE_HEADER_WORDS: readonly string[] = ['指标', '项目', '名称'];
export const TABLE_HEADER_CELL = new RegExp(alternation(TABLE_HEADER_WORDS));

/** A group label between rows ends with one of these: "经济发展指标", "民生保障目标". */
export const TABLE_GROUP_ENDINGS: readonly string[] = ['指标', '目标', '任务', '工作'];
export const TABLE_GROUP_LABEL = new RegExp(`^[^\\d]{2,10}(${alternation(TABLE_GROUP_ENDINGS)})$`);

/** The header cell that names the year of the results: "2022年完成情况", "2022完成". */
export const TABLE_RESULT_YEAR = /(\d{4})年?完成/;

/** The words a rebuilt row is rendered with: "名称：年度目标X，2022年完成Y，完成率Z。备注：…". */
export const TABLE_ROW_WORDS = {
  target: '：年度目标',
  done: '完成',
  rate: '，完成率',
  remark: '备注：',
} as const;
