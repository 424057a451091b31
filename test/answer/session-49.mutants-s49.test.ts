import { describe, expect, it } from 'vitest';
import { nationalReportReading } from '../../src/answer/national-report-reading.js';
import { itemSection } from '../../src/answer/priorities/outline.js';
import type { Heading } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

/** Session 49's survivors: hand-built inputs for the lines only the engine tests reached. */

const PART = '三、2026年主要任务';
const ITEM = '（十）着力推动城市高效能治理';
const heading: Heading = {
  id: 'h10',
  text: ITEM,
  depth: 2,
  path: [PART, ITEM],
  period: '2026',
  kind: 'plan',
  paragraph: 10,
  ordinal: 10,
  style: 'paren-chinese',
};
const sentence = (text: string, paragraph: number, section: string[]) =>
  resultSentenceOf(text, { id: `p${paragraph}`, paragraph, section, kind: 'plan', period: '2026' });

describe('an outline item’s own sentences', () => {
  const doc = [
    sentence('（十）着力推动城市高效能治理。', 10, [PART, ITEM]),
    sentence('加强城市精细化管理。', 11, [PART]),
    sentence('推进海绵城市建设。', 12, [PART]),
    sentence('各位代表，支持国防和军队现代化建设是我们义不容辞的责任。', 13, [PART]),
    sentence('我们要大力弘扬驰而不息的龙马精神。', 14, [PART]),
  ];

  it('take the part’s paragraphs after the last item up to the words addressed to the delegates, and none after them', () => {
    expect(itemSection(heading, doc, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10, 11, 12]);
  });

  it('without such words, up to the section’s end', () => {
    const plain = doc.filter((s) => s.paragraph !== 13);
    expect(itemSection(heading, plain, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10, 11, 12, 14]);
    expect(itemSection(heading, plain, 12).map((s) => s.paragraph)).toEqual([10, 11]);
  });
});

describe('a work report named with no place', () => {
  const PLACES = knownPlaces(['国务院', '浙江省']);
  const today = new Date('2026-12-06');
  const read = (q: string) => nationalReportReading(understandQuery(q, PLACES, { today }))?.places ?? null;

  it('is read as the country’s', () => {
    expect(read('2025 government work report — what are the main tasks?')).toEqual(['国务院']);
    expect(read('2025年政府工作报告里2024年地表水优良水质断面比例')).toEqual(['国务院']);
  });

  it('not with a place of its own, nor over places, nor without a work report named', () => {
    expect(read('浙江2025年政府工作报告里GDP目标')).toBeNull();
    expect(read('哪些省的政府工作报告提到了低空经济')).toBeNull();
    expect(read('哪个省的政府工作报告GDP目标最高')).toBeNull();
    expect(read('2025年GDP增长目标')).toBeNull();
  });
});
