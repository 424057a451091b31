/**
 * A list that opens past its first item ranks behind one that opens at it (src/answer/priorities/outline.ts:
 * `findPriorities`' score, the `partial` penalty), on hand-built headings. Written from the code before the mutation
 * run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { findPriorities } from '../../../src/answer/priorities/outline.js';
import type { Heading } from '../../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../../src/retrieve/query.js';
import type { IndexedDocument } from '../../../src/store/open-index.js';

const PLACES = knownPlaces(['云南省']);
const query = understandQuery('云南今年的工作重点', PLACES, { today: new Date('2025-03-01') });

function heading(text: string, path: string[], paragraph: number, ordinal: number | null, kind: Heading['kind'] = 'plan'): Heading {
  return {
    id: `h${paragraph}`,
    text,
    depth: path.length,
    path,
    period: '2025',
    kind,
    paragraph,
    ordinal,
    style: ordinal ? 'cn' : 'unnumbered',
  };
}

/** A report whose parts are "一、回顾" (a result), "二、总体要求", "三、具体举措", "四、自身建设", and under 三 three measures. */
function report(measures: Heading[]): IndexedDocument {
  const parts = [
    heading('一、2024年工作回顾', ['一、2024年工作回顾'], 1, 1, 'result'),
    heading('二、总体要求', ['二、总体要求'], 10, 2),
    heading('三、具体举措', ['三、具体举措'], 20, 3),
    heading('四、自身建设', ['四、自身建设'], 40, 4),
  ];
  return { meta: { id: 'yn', issuer: '云南省', docYear: 2025 }, headings: [...parts, ...measures] } as unknown as IndexedDocument;
}
const measure = (n: number, paragraph: number) =>
  heading(`（${'一二三'[n - 1]}）举措${n}`, ['三、具体举措', `（${'一二三'[n - 1]}）举措${n}`], paragraph, n);

describe('findPriorities: the list that opens at its first item', () => {
  it('over the report’s parts from “二、” on, though they stand higher', () => {
    const list = findPriorities(query, [report([measure(1, 21), measure(2, 25), measure(3, 30)])], []);
    expect(list?.parent?.text).toBe('三、具体举措');
    expect(list?.items.map((i) => i.heading.ordinal)).toEqual([1, 2, 3]);
  });

  it('reads a list’s first item by its place in the report, however the headings are stored', () => {
    const list = findPriorities(query, [report([measure(2, 25), measure(1, 21), measure(3, 30)])], []);
    expect(list?.parent?.text).toBe('三、具体举措');
  });

  it('the parts still lead when no list under them opens at its first item', () => {
    const list = findPriorities(query, [report([measure(2, 25), measure(3, 30)])], []);
    expect(list?.parent).toBeNull();
    expect(list?.items.map((i) => i.heading.ordinal)).toEqual([2, 3, 4]);
  });
});

/** A plan heading of its own report and period, numbered. */
const item = (parentText: string | null, n: number, paragraph: number, period = '2025') => ({
  ...heading(`（${n}）第${n}项`, parentText ? [parentText, `（${n}）第${n}项`] : [`（${n}）第${n}项`], paragraph, n),
  period,
});
const part = (text: string, paragraph: number, n: number) => heading(text, [text], paragraph, n);
const doc = (id: string, docYear: number, headings: Heading[]) =>
  ({ meta: { id, issuer: '云南省', docYear }, headings }) as unknown as IndexedDocument;
/** Which part the chosen list stands under, and how many items it has. */
const chosen = (docs: IndexedDocument[], q = query) => {
  const list = findPriorities(q, docs, []);
  return [list?.docId, list?.parent?.text ?? null, list?.items.length];
};

describe('findPriorities: the rest of the score', () => {
  // The parts open at 二 (partial), so a list under one of them is chosen.
  const parts = [part('一、回顾', 1, 1), part('二、甲', 10, 2), part('三、乙', 20, 3), part('四、丙', 40, 4)].map((h, i) =>
    i === 0 ? { ...h, kind: 'result' as const } : h,
  );

  it('the list with more items, other things equal', () => {
    const two = [item('二、甲', 1, 11), item('二、甲', 2, 12)];
    const four = [1, 2, 3, 4].map((n) => item('三、乙', n, 20 + n));
    expect(chosen([doc('a', 2025, [...parts, ...two, ...four])])).toEqual(['a', '三、乙', 4]);
  });

  it('a list under a heading that announces tasks over a longer one under another, by half a point', () => {
    const cued = [part('一、回顾', 1, 1), part('二、重点任务', 10, 2), part('三、乙', 20, 3), part('四、丙', 40, 4)].map((h, i) =>
      i === 0 ? { ...h, kind: 'result' as const } : h,
    );
    const two = [item('二、重点任务', 1, 11), item('二、重点任务', 2, 12)];
    const four = [1, 2, 3, 4].map((n) => item('三、乙', n, 20 + n));
    expect(chosen([doc('a', 2025, [...cued, ...two, ...four])])).toEqual(['a', '二、重点任务', 2]);
  });

  it('a list of the year over a longer one of the five years, no year asked', () => {
    const noYear = { ...query, years: [] };
    const plan = doc(
      'p',
      2021,
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => item(null, n, n, '2021-2025')),
    );
    const year = doc('y', 2025, [item(null, 1, 1), item(null, 2, 2)]);
    expect(chosen([plan, year], noYear)).toEqual(['y', null, 2]);
  });

  it('the later report among equal lists, by its year alone', () => {
    const noYear = { ...query, years: [] };
    const list = (id: string, year: number) => doc(id, year, [item(null, 1, 1, String(year)), item(null, 2, 2, String(year))]);
    expect(chosen([list('old', 2024), list('new', 2025)], noYear)).toEqual(['new', null, 2]);
  });

  it('the better list over a later report’s poorer one', () => {
    const noYear = { ...query, years: [] };
    const better = doc(
      'b',
      2024,
      [1, 2, 3, 4, 5].map((n) => item(null, n, n, '2024')),
    );
    const poorer = doc('p', 2025, [item(null, 1, 1), item(null, 2, 2)]);
    expect(chosen([better, poorer], noYear)).toEqual(['b', null, 5]);
  });
});
