/**
 * The shapes of junk figures, as data: each a named test over a figure as the figure list shows it
 * ("indicator: value (change)"), with the line that made us name it. The sweep (figure-sweep.test.ts)
 * runs every sentence of the seed corpus and the 20 external reports through extractFigures and
 * expects none of these shapes.
 */
import { figureListText } from '../../src/answer/figure-format.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { JOINER_OPENED_WORDS } from '../../src/lang/zh/figure-words.js';

export interface JunkShape {
  id: string;
  /** A figure-list line of this shape, as seen in an answer. */
  example: string;
  why: string;
  /** `line` is the figure as the list shows it (figureListText): what a reader would see. */
  test: (f: Figure, line: string) => boolean;
}

/** Words a name never ends with: a modal, a verb of reaching, a bound. "指标可以", "…确保". */
const FRAGMENT_END = /(?:可以|能够|确保|力争|争取|以上|以下|以内|达到|达|实现|突破|超过|完成|为|是|在|的)$/;
/** Words a name never starts with: a preposition or a conjunction. "与全市差距", "和…" (not 和美乡村, 并购: JOINER_OPENED_WORDS). */
const FRAGMENT_START = new RegExp(`^(?!${JOINER_OPENED_WORDS.join('|')})(?:与|和|及|比|同|跟|较|并|且|或|而|但)`);
/** One character names a thing only as a place level counted: "17个区". */
const ONE_CHARACTER_NOUN = /^[区县市镇省村乡]$/;
/** A value text is a number, its unit and a bound; words after a "…" or a verb glued on are junk. */
const GLUED = /[\u4e00-\u9fff]{2,}…|…[\u4e00-\u9fff]{3,}|(?:确保|力争|争取|实现|达到)…/;

export const JUNK_SHAPES: readonly JunkShape[] = [
  {
    id: 'name-is-fragment',
    example: '指标可以: 31项',
    why: 'a function word or verb fragment names nothing a reader can ask for',
    test: (f) =>
      FRAGMENT_END.test(f.indicator) ||
      FRAGMENT_START.test(f.indicator) ||
      (f.indicator.length < 2 && !ONE_CHARACTER_NOUN.test(f.indicator)),
  },
  {
    id: 'name-is-span-or-step',
    example: '5年: 4.5个百分点 (↑4.5个百分点)',
    why: 'a span of years or a milestone step ("新台阶") qualifies a figure of the subject before it; it names nothing',
    test: (f) => /^(?:这)?[0-9一二三四五六七八九十]+年(?:来|间)?$|台阶$/.test(f.indicator),
  },
  {
    id: 'value-glued-to-words',
    example: '地区生产总值: 5%确保…以上',
    why: 'the value text carries the clause words around it instead of a number, unit and bound',
    test: (_f, line) => GLUED.test(line.slice(line.indexOf(': ') + 2)),
  },
  {
    id: 'structure-as-value',
    example: '三次产业结构: 0.9比例0.9:57.7:41.4',
    why: 'a structure is one figure of several parts, not its first part with the rest as a qualifier',
    test: (f, line) => /\d:\d/.test(f.qualifier ?? '') || /[\u4e00-\u9fff][\d.]+:[\d.]/.test(line) || (/\d:\d/.test(line) && !f.structure),
  },
  {
    id: 'gap-as-figure-of-place',
    example: '地区生产总值与全市差距: 0.4个百分点',
    why: "a gap to a wider place (or a target) is the difference, not the place's figure of the indicator",
    test: (f) => f.unit === '个百分点' && /差距$/.test(f.indicator) && f.shape !== 'gap',
  },
  {
    id: 'rate-as-value-with-itself-as-change',
    example: '数字经济核心产业增加值: 10.4% (↑10.4%)',
    why: 'a growth rate is shown as the growth, not as a level that grew by itself',
    test: (_f, line) => /:\s*[\d.–]+%.*\([↑↓→][\d.]+%\)/.test(line),
  },
];

/** The shapes a figure has. */
export function junkShapesOf(f: Figure): string[] {
  const line = figureListText(f);
  return JUNK_SHAPES.filter((s) => s.test(f, line)).map((s) => s.id);
}
