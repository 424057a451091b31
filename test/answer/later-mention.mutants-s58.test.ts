import { describe, expect, it } from 'vitest';
import { speaksOfSameThing, withLaterCitation, writesAgain } from '../../src/answer/later-mention.js';
import type { Answer, Citation } from '../../src/answer/schema.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/** Session 58: another report's sentence that writes an attribute again (src/answer/later-mention.ts), on hand-built answers. */

describe('a sentence that speaks of the same thing', () => {
  const cited = '河源万绿湖入选国家5A级景区。';
  it('shares three characters of the figure\'s name ("河源万绿湖")', () => {
    expect(speaksOfSameThing('动工建设丹霞山文旅综合体,河源万绿湖入选国家5A级景区', '河源万绿湖入选国家', '5A级', cited)).toBe(true);
    expect(speaksOfSameThing('河源湖5A级', '河源万绿湖入选国家', '5A级', '无')).toBe(false);
    expect(speaksOfSameThing('万绿湖5A级', '河源万绿湖入选国家', '5A级', '无')).toBe(true);
  });

  it('any 5A级 sentence of another thing is none ("加强国家5A级景区创建")', () => {
    expect(speaksOfSameThing('加强国家5A级景区创建,推动清远长隆首期项目建成运营', '河源万绿湖入选国家', '5A级', cited)).toBe(false);
  });

  it('or, the value taken out of both, four characters of the cited sentence ("等轨道交通线"), not three', () => {
    const own = '推进19号线、南枫线等轨道交通线建设';
    expect(speaksOfSameThing('加快建设20号线、19号线等轨道交通线', '推进', '19号线', own)).toBe(true);
    expect(speaksOfSameThing('加快建设20号线、19号线等轨道', '推进', '19号线', own)).toBe(false);
    expect(speaksOfSameThing('加快建设20号线、19号线等轨道交', '推进', '19号线', own)).toBe(true);
  });

  it('the value itself is no shared run: "19号线、" written in both is taken out', () => {
    expect(speaksOfSameThing('完成19号线、', '推进', '19号线', '推进19号线、南枫线')).toBe(false);
  });
});

const later: Citation = {
  ...resultCitation('later', '《2025年》也写到：河源万绿湖入选国家5A级景区。', '广东省'),
  title: '2025年广东省政府工作报告',
};

function answerWith(citations: Citation[], chart = false): Answer {
  const text = ['广东省河源万绿湖：5A级 [1]', '报告原文：', ...citations.map((c, i) => `[${i + 1}] ${c.sentence}`)].join('\n');
  return {
    id: 'a',
    question: 'q',
    notFound: false,
    text,
    citations,
    figures: citations.map((c) => handFigure('句中数字', 1, '个', { citationId: c.id }, '广东省')),
    priorities: [],
    ...(chart
      ? {
          chart: {
            type: 'line',
            title: 't',
            unit: '个',
            categories: ['2024'],
            series: [{ name: 'n', kind: 'actual', values: [1] }],
            sources: [],
            language: 'zh',
          },
        }
      : {}),
  } as Answer;
}
const cites = (n: number) => Array.from({ length: n }, (_, i) => resultCitation(`c${i + 1}`, `第${i + 1}句`, '广东省'));

describe('the answer with the other report quoted', () => {
  it('below the cap: added as the next marker, its line after the lead, its sentence last', () => {
    const out = withLaterCitation(answerWith(cites(2)), later, 'zh');
    const lines = out.text.split('\n');
    expect(lines[1]).toBe('《2025年广东省政府工作报告》也写到它 [3]');
    expect(lines.at(-1)).toBe(`[3] ${later.sentence}`);
    expect(out.citations.map((c) => c.id)).toEqual(['c1', 'c2', 'later']);
    expect(out.figures).toHaveLength(2);
  });

  it('at the cap of five: the fifth passage, its line and its figure give way; four kept, the other report fifth', () => {
    const out = withLaterCitation(answerWith(cites(5)), later, 'zh');
    expect(out.citations.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'later']);
    expect(out.text).not.toContain('第5句');
    expect(out.text).toContain('[4] 第4句');
    expect(out.text.split('\n')[1]).toBe('《2025年广东省政府工作报告》也写到它 [5]');
    expect(out.text.split('\n').at(-1)).toBe(`[5] ${later.sentence}`);
    expect(out.figures.map((f) => f.citationId)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('with a chart, the cap is twelve: six passages all kept', () => {
    const out = withLaterCitation(answerWith(cites(6), true), later, 'zh');
    expect(out.citations).toHaveLength(7);
    expect(out.text).toContain('[6] 第6句');
  });

  it('quoted first: named by its marker 1', () => {
    const own = [{ ...later, id: 'same' }, ...cites(2)];
    const out = withLaterCitation(answerWith(own), later, 'zh');
    expect(out.text.split('\n')[1]).toBe('《2025年广东省政府工作报告》也写到它 [1]');
    expect(out.citations).toHaveLength(3);
  });

  it('over the cap (six passages): every one past the fourth gives way, by its own marker', () => {
    const out = withLaterCitation(answerWith(cites(6)), later, 'zh');
    expect(out.citations.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'later']);
    expect(out.text).toContain('[4] 第4句');
    expect(out.text).not.toContain('第5句');
    expect(out.text).not.toContain('第6句');
    expect(out.text.split('\n').filter((line) => line === '广东省河源万绿湖：5A级 [1]')).toHaveLength(1);
  });

  it('quoted already: named by its marker, nothing added', () => {
    const own = [...cites(2), { ...later, id: 'same' }];
    const out = withLaterCitation(answerWith(own), later, 'zh');
    expect(out.text.split('\n')[1]).toBe('《2025年广东省政府工作报告》也写到它 [3]');
    expect(out.citations).toHaveLength(3);
    expect(out.text.split('\n').slice(2)).toEqual(answerWith(own).text.split('\n').slice(1));
  });

  it('in English, the English line', () => {
    expect(withLaterCitation(answerWith(cites(1)), later, 'en').text.split('\n')[1]).toBe('2025年广东省政府工作报告 mentions it too [2]');
  });
});

describe('a sentence of another report that writes it again', () => {
  const cited = { docId: 'gd26', sentence: '河源万绿湖入选国家5A级景区。', indicator: '河源万绿湖入选国家', written: '5A级' };
  const other = { isHeading: false, docId: 'gd25', text: '动工建设丹霞山文旅综合体,河源万绿湖入选国家5A级景区' };

  it('another report of the same place, of the same thing, with the value: yes', () => {
    expect(writesAgain(other, cited, true)).toBe(true);
  });

  it('a heading, the cited report itself, another place, a sentence without the value, or of another thing: no', () => {
    expect(writesAgain({ ...other, isHeading: true }, cited, true)).toBe(false);
    expect(writesAgain({ ...other, docId: 'gd26' }, cited, true)).toBe(false);
    expect(writesAgain(other, cited, false)).toBe(false);
    expect(writesAgain({ ...other, text: '河源万绿湖入选国家4A级景区' }, cited, true)).toBe(false);
    expect(writesAgain({ ...other, text: '加强国家5A级景区创建' }, cited, true)).toBe(false);
  });
});
