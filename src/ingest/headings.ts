import type { SectionKind } from './types.js';

/** Numbering styles of Chinese official documents, outermost first. */
export const NUMBERED_HEADING_STYLES: ReadonlyArray<{ style: string; pattern: RegExp }> = [
  { style: 'cn-dun', pattern: /^([一二三四五六七八九十]{1,3})、/ },
  { style: 'cn-paren', pattern: /^[（(]([一二三四五六七八九十]{1,3})[）)]/ },
  { style: 'arabic-dot', pattern: /^(\d{1,2})[.．、](?!\d)/ },
  { style: 'arabic-paren', pattern: /^[（(](\d{1,2})[）)]/ },
  { style: 'arabic-space', pattern: /^(\d{1,2})[ \u3000]+(?=\D)/ },
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function chineseOrdinal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return null;
  if (!m[2]) return m[1] ? CN_DIGITS[m[1]] : null;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

export interface NumberedHeading {
  style: string;
  ordinal: number | null;
}

export function matchNumberedHeading(text: string): NumberedHeading | null {
  for (const { style, pattern } of NUMBERED_HEADING_STYLES) {
    const m = pattern.exec(text);
    if (m) return { style, ordinal: chineseOrdinal(m[1]) };
  }
  return null;
}

/** Longest a paragraph may be and still be a heading on its own. */
export const MAX_HEADING_CHARS = 48;

/**
 * A short line with no sentence punctuation that introduces what follows: the unnumbered headings
 * of illustrated summaries ("区域地位进一步提高", "二〇三五年远景目标").
 */
export function looksLikeUnnumberedHeading(text: string): boolean {
  if (text.length < 4 || text.length > 32) return false;
  if (/[。；;！？!?:：]$/.test(text) || /[。；;]/.test(text)) return false;
  if (/^[-*•]/.test(text)) return false;
  // Headings are words, not figures: a line dense with numbers is data.
  const digits = (text.match(/\d/g) ?? []).length;
  return digits <= 4;
}

/** Headings that open a top-level part of a summary: a period, a review, a set of targets. */
export function looksLikeTopLevelHeading(text: string): boolean {
  return (
    /(\d{4}|[〇零一二三四五六七八九]{4})年|十[一二三四五六七八九]五|回顾|远景|方向|工作$|目标$/.test(text) &&
    !/^坚持/.test(text)
  );
}

/**
 * The heading of a paragraph that opens with one: the whole paragraph when short, else its lead
 * phrase ("1.经济运行稳中有进。全年…" → "1.经济运行稳中有进").
 */
export function headingText(paragraph: string): { heading: string; wholeParagraph: boolean } {
  if (paragraph.length <= MAX_HEADING_CHARS && !/[。；;].+/.test(paragraph)) {
    return { heading: paragraph.replace(/[。；;，,]$/, ''), wholeParagraph: true };
  }
  const lead = /^(.{2,60}?)[。；;：:]/.exec(paragraph);
  if (lead && lead[1].length <= MAX_HEADING_CHARS) return { heading: lead[1], wholeParagraph: false };
  const comma = /^(.{2,40}?)[，,]/.exec(paragraph);
  return { heading: comma ? comma[1] : paragraph.slice(0, 24), wholeParagraph: false };
}

const PLAN_CUES = /目标|任务|计划草案|草案|安排|预期|措施|重点|展望|远景|方向|部署|打算|思路|建议|主要工作|聚焦/;
const RESULT_CUES = /执行情况|回顾|完成情况|成就|成绩|过去一年|过去五年|主要工作|工作总结|进展/;

/** Whether a heading announces results or plans, from its words; null when it says neither. */
export function headingKind(text: string): SectionKind | null {
  // "计划执行情况" and "工作回顾" are results although they name a plan or the work.
  if (/执行情况|回顾|完成情况/.test(text)) return 'result';
  if (/^[一二三四五六七八九十]+、\s*(\d{4}年)?(主要)?工作$/.test(text)) return 'result';
  if (PLAN_CUES.test(text)) return 'plan';
  if (RESULT_CUES.test(text)) return 'result';
  return null;
}
