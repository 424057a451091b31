import { CHINESE_YEAR_DIGITS } from './five-year-plans.js';
import { alternation } from './regexp.js';

/** The shapes of headings in Chinese official documents: numbering, appendices, list announcements. */

/** The numerals headings are numbered with: 一、 … 十、, （一） …. */
export const HEADING_NUMERALS = '一二三四五六七八九十';

/** Numbering styles of Chinese official documents, outermost first. */
export const NUMBERED_HEADING_STYLES: ReadonlyArray<{ style: string; pattern: RegExp }> = [
  { style: 'cn-dun', pattern: new RegExp(`^([${HEADING_NUMERALS}]{1,3})、`) },
  { style: 'cn-paren', pattern: new RegExp(`^[（(]([${HEADING_NUMERALS}]{1,3})[）)]`) },
  { style: 'arabic-dot', pattern: /^(\d{1,2})[.．、](?!\d)/ },
  { style: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]/ },
  { style: 'arabic-space', pattern: /^(\d{1,2})[ \u3000]+(?=\D)/ },
];

/** How a Chinese-numbered heading starts, before its numbering is read: "一、", "（一）". */
export const CHINESE_NUMBERED_START = new RegExp(`^[${HEADING_NUMERALS}（(]`);

/** Words of headings that open a top-level part of a summary: a review, the long-range goals, the work. */
export const TOP_LEVEL_HEADING_WORDS: readonly string[] = ['回顾', '远景', '方向'];
/** Words a top-level heading ends with: "…主要工作", "…发展目标". */
export const TOP_LEVEL_HEADING_ENDINGS: readonly string[] = ['工作', '目标'];
/** A heading opened by these is one of a list of principles ("坚持…"), never a part of its own. */
export const LIST_ITEM_OPENERS: readonly string[] = ['坚持'];

/**
 * A top-level part names a period ("2024年", "二〇三五年", "十四五"), a review, the long-range goals,
 * or ends with the work or the goals.
 */
export const TOP_LEVEL_HEADING = new RegExp(
  `(\\d{4}|[${Object.keys(CHINESE_YEAR_DIGITS).join('')}]{4})年|十[一二三四五六七八九]五|${alternation(TOP_LEVEL_HEADING_WORDS)}|${TOP_LEVEL_HEADING_ENDINGS.map(
    (w) => `${w}$`,
  ).join('|')}`,
);
export const LIST_ITEM_HEADING = new RegExp(`^(${alternation(LIST_ITEM_OPENERS)})`);

/** "附件1", "附件2 名词解释", "附件:2022年…执行情况表": an appendix opens a part of its own. */
export const APPENDIX = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：]\s*)?/;

/** Counters after a number that announce how many items follow: "五种底色", "五个坚持", "三大任务". */
export const LIST_COUNTERS: readonly string[] = ['种', '个', '大', '方面', '项', '条', '类'];

/** A heading that announces how many items follow ("包含五种底色", "做到“五个坚持”"). */
export const LIST_ANNOUNCEMENT = new RegExp(`[一二三四五六七八九十两]+(?:${alternation(LIST_COUNTERS)})`);

/** A line that starts a list item as answers print them: "[1]", "•", "1.", "（一）". */
export const PRINTED_LIST_ITEM = new RegExp(`^(\\[\\d+\\]|[•·▪*-]\\s?|\\d+[.、)）]|[（(][${HEADING_NUMERALS}\\d]+[)）])`);

/** A heading that carries the plan's own numbering: "（一）", "一、", "1.". */
export const OWN_ENUMERATOR = new RegExp(`^([（(][${HEADING_NUMERALS}\\d]+[)）]|[${HEADING_NUMERALS}]+、|\\d+[.、])`);
