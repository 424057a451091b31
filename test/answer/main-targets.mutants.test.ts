import { describe, expect, it } from 'vitest';
import type { AnswerFrame, AnswerTools } from '../../src/answer/kinds/answer-tools.js';
import { mainTargetsAnswer } from '../../src/answer/kinds/main-targets.js';
import type { Citation } from '../../src/answer/schema.js';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * The main-targets answer on hand-built reports (no index): which sentence opens the list, where
 * the list ends, the items' text, citations, figures and the one priority. Written for the mutation
 * run of `src/answer/kinds/main-targets.ts` (issue #15); the corpus end-to-end cases are in
 * main-targets.test.ts.
 */

const PLACES = knownPlaces(['广东省', '江苏省']);
const TODAY = { today: new Date('2026-06-01T00:00:00Z') };

interface Draft {
  id: string;
  doc: string;
  text: string;
  paragraph: number;
  period?: string;
  kind?: Sentence['kind'];
  isHeading?: boolean;
}

const sentence = (d: Draft): Sentence => ({
  id: d.id,
  docId: d.doc,
  text: d.text,
  norm: d.text.normalize('NFKC').replace(/\s+/g, ''),
  paragraph: d.paragraph,
  index: 0,
  section: ['三、2026年工作安排'],
  headingId: null,
  isHeading: d.isHeading ?? false,
  period: d.period ?? '2026',
  kind: d.kind ?? 'plan',
  source: 'text',
  span: { start: 0, end: d.text.length },
});

const ISSUERS: Record<string, string> = { gd26: '广东省', gd25: '广东省', js26: '江苏省', gd26b: '广东省' };
const TITLES: Record<string, string> = {
  gd26: '2026年广东省政府工作报告',
  gd25: '2025年广东省政府工作报告',
  js26: '2026年江苏省政府工作报告',
  gd26b: '2026年广东省国民经济和社会发展计划',
};

/** The engine's tools over the given sentences, a citation recording the score it was given. */
function toolsOver(drafts: Draft[]): AnswerTools {
  const sentences = drafts.map(sentence);
  const retriever = {
    corpus: {
      sentences,
      document: (id: string) => ({ meta: { title: TITLES[id] } }),
    },
    issuerOf: (id: string) => ISSUERS[id],
  };
  return {
    retriever: retriever as unknown as AnswerTools['retriever'],
    coverage: [],
    figureTable: undefined as unknown as AnswerTools['figureTable'],
    citation: (s: Sentence, score: number): Citation => ({
      id: s.id,
      docId: s.docId,
      title: TITLES[s.docId],
      district: ISSUERS[s.docId],
      year: Number(s.period.slice(0, 4)),
      period: s.period,
      kind: s.kind,
      section: s.section.join(' › '),
      paragraph: s.paragraph,
      sentence: s.text,
      source: s.source,
      score,
    }),
    figuresFor: () => [],
  };
}

function frameOf(question: string): AnswerFrame {
  const query = understandQuery(question, PLACES, TODAY);
  return { id: 'q', question, query, understood: { places: query.places, years: query.years, intent: query.intent } };
}

/** A semicolon list opened in its first sentence, as the national report writes it. */
const GD26: Draft[] = [
  { id: 'gd26-0', doc: 'gd26', text: '今年工作要把握好以下几点。', paragraph: 9 },
  { id: 'gd26-1', doc: 'gd26', text: '今年发展主要预期目标是：地区生产总值增长5%左右；', paragraph: 10 },
  { id: 'gd26-2', doc: 'gd26', text: '城镇新增就业110万人以上；', paragraph: 10 },
  { id: 'gd26-3', doc: 'gd26', text: '居民消费价格涨幅2%左右。', paragraph: 10 },
  { id: 'gd26-4', doc: 'gd26', text: '单位地区生产总值能耗下降2.5%左右；', paragraph: 10 },
  { id: 'gd26-5', doc: 'gd26', text: '粮食产量保持稳定。', paragraph: 11 },
];

const lines = (text: string) => text.split('\n');

describe('mainTargetsAnswer on hand-built reports', () => {
  it('quotes a semicolon list item by item, up to the item ending on a full stop', () => {
    const answer = mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'));
    expect(answer).not.toBeNull();
    expect(lines(answer!.text)).toEqual([
      '广东省2026年主要预期目标（按报告原文，出自《2026年广东省政府工作报告》）：',
      '• 地区生产总值增长5%左右； [1]',
      '• 城镇新增就业110万人以上； [2]',
      '• 居民消费价格涨幅2%左右。 [3]',
    ]);
    expect(answer!.citations.map((c) => c.id)).toEqual(['gd26-1', 'gd26-2', 'gd26-3']);
    expect(answer!.citations.every((c) => c.score === 1)).toBe(true);
    expect(answer!.priorities).toEqual([{ title: '2026年主要预期目标', citationId: 'gd26-1', details: ['gd26-1', 'gd26-2', 'gd26-3'] }]);
    expect(answer!.notFound).toBe(false);
    expect(answer!.id).toBe('q');
    expect(answer!.question).toBe('广东2026年有啥目标');
    expect(answer!.understood).toEqual({ places: ['广东省'], years: [2026], intent: expect.anything() });
  });

  it('gives each item’s figures as targets of the plan’s year, cited to their item', () => {
    const answer = mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'))!;
    expect(answer.figures.length).toBeGreaterThanOrEqual(3);
    expect(answer.figures.every((f) => f.kind === 'target' && f.period === '2026')).toBe(true);
    const gdp = answer.figures.find((f) => f.value === 5);
    expect(gdp?.citationId).toBe('gd26-1');
    expect(gdp?.district).toBe('广东省');
    expect(answer.figures.find((f) => f.value === 2)?.citationId).toBe('gd26-3');
  });

  it('ends the list where the paragraph ends, though its last item ends on a semicolon', () => {
    const drafts: Draft[] = [
      { id: 'a1', doc: 'gd26', text: '主要目标为：地区生产总值增长5%左右；', paragraph: 3 },
      { id: 'a2', doc: 'gd26', text: '城镇调查失业率5.5%左右；', paragraph: 3 },
      { id: 'a3', doc: 'gd26', text: '粮食产量保持稳定；', paragraph: 4 },
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    expect(answer.citations.map((c) => c.id)).toEqual(['a1', 'a2']);
  });

  it('stops at a heading, and reads only the opening’s own report', () => {
    const drafts: Draft[] = [
      { id: 'b1', doc: 'gd26', text: '主要目标为：地区生产总值增长5%左右；', paragraph: 3 },
      { id: 'x1', doc: 'gd26b', text: '另一份计划的一句；', paragraph: 3 },
      { id: 'b2', doc: 'gd26', text: '四、重点任务', paragraph: 3, isHeading: true },
      { id: 'b3', doc: 'gd26', text: '城镇调查失业率5.5%左右；', paragraph: 3 },
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    expect(answer.citations.map((c) => c.id)).toEqual(['b1']);
  });

  it('reads at most sixteen items of a list that goes on', () => {
    const drafts: Draft[] = [
      { id: 'c0', doc: 'gd26', text: '主要目标为：地区生产总值增长5%左右；', paragraph: 2 },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `c${i + 1}`, doc: 'gd26', text: `第${i + 1}项指标稳步提升；`, paragraph: 2 })),
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    expect(answer.citations).toHaveLength(16);
    expect(answer.citations.at(-1)?.id).toBe('c15');
  });

  it('reads a list under a heading or an opening ending on its colon, one item a sentence, without the opening', () => {
    const drafts: Draft[] = [
      { id: 'h0', doc: 'gd26', text: '二、2026年全省经济社会发展主要预期目标', paragraph: 5, isHeading: true },
      { id: 'h1', doc: 'gd26', text: '地区生产总值增长5%左右；', paragraph: 6 },
      { id: 'h2', doc: 'gd26', text: '其中：居民收入增长与经济增长同步。', paragraph: 7 },
      { id: 'h3', doc: 'gd26', text: '城镇新增就业110万人。', paragraph: 7 },
      { id: 'h4', doc: 'gd26', text: '粮食产量保持稳定。', paragraph: 8 },
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    // A new paragraph after the first item goes on only when the item before ends on a semicolon
    // (h2 starts one after "；", h4 after "。" does not); within a paragraph every sentence is an item.
    expect(answer.citations.map((c) => c.id)).toEqual(['h1', 'h2', 'h3']);
    // An item's own colon is kept: only the opening's words are cut.
    expect(lines(answer.text)[2]).toBe('• 其中：居民收入增长与经济增长同步。 [2]');

    const colon: Draft[] = [
      { id: 'o0', doc: 'gd26', text: '主要预期目标建议为：', paragraph: 5 },
      { id: 'o1', doc: 'gd26', text: '  地区生产总值增长5%左右  ', paragraph: 6 },
      { id: 'o2', doc: 'gd26', text: '城镇新增就业110万人。', paragraph: 7 },
    ];
    const fromColon = mainTargetsAnswer(toolsOver(colon), frameOf('广东2026年有啥目标'))!;
    expect(fromColon.citations.map((c) => c.id)).toEqual(['o1']);
    expect(lines(fromColon.text)[1]).toBe('• 地区生产总值增长5%左右 [1]');
  });

  it('answers nothing for a heading with no items under it', () => {
    const drafts: Draft[] = [
      { id: 'e0', doc: 'gd26', text: '二、2026年全省经济社会发展主要预期目标', paragraph: 5, isHeading: true },
      { id: 'e1', doc: 'gd26', text: '（一）稳增长', paragraph: 6, isHeading: true },
    ];
    expect(mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))).toBeNull();
  });

  it('takes the asked year’s list, or the latest plan year when none is asked', () => {
    const drafts: Draft[] = [
      { id: 'y25', doc: 'gd25', text: '主要目标为：地区生产总值增长5%左右。', paragraph: 3, period: '2025' },
      ...GD26,
    ];
    const tools = toolsOver(drafts);
    expect(mainTargetsAnswer(tools, frameOf('广东2025年有啥目标'))?.citations.map((c) => c.id)).toEqual(['y25']);
    expect(mainTargetsAnswer(tools, frameOf('广东有啥目标'))?.citations[0].id).toBe('gd26-1');
    expect(mainTargetsAnswer(tools, frameOf('广东2024年有啥目标'))).toBeNull();
    // Two years asked: not one list.
    expect(mainTargetsAnswer(tools, frameOf('广东2025年和2026年有啥目标'))).toBeNull();
  });

  it('prefers the opening sentence to a heading of the same year, then the first in the report', () => {
    const drafts: Draft[] = [
      { id: 'p0', doc: 'gd26', text: '二、2026年主要预期目标和任务', paragraph: 1, isHeading: true },
      { id: 'p1', doc: 'gd26', text: '这是标题下的一句话。', paragraph: 2 },
      { id: 'p2', doc: 'gd26', text: '主要目标为：地区生产总值增长5%左右。', paragraph: 3 },
      { id: 'p3', doc: 'gd26', text: '主要目标是：粮食产量保持稳定。', paragraph: 4 },
    ];
    expect(mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))?.citations.map((c) => c.id)).toEqual(['p2']);
  });

  it('reads only the asked place’s plan sections', () => {
    const drafts: Draft[] = [
      { id: 'r1', doc: 'gd26', text: '主要目标为：地区生产总值增长4%左右。', paragraph: 1, kind: 'result' },
      { id: 'j1', doc: 'js26', text: '主要目标为：地区生产总值增长5%左右。', paragraph: 1 },
    ];
    const tools = toolsOver(drafts);
    expect(mainTargetsAnswer(tools, frameOf('广东2026年有啥目标'))).toBeNull();
    expect(mainTargetsAnswer(tools, frameOf('江苏2026年有啥目标'))?.citations.map((c) => c.id)).toEqual(['j1']);
    // No place, or two: not one plan's list, though the first place has one.
    const both = toolsOver([...GD26, ...drafts]);
    expect(mainTargetsAnswer(both, frameOf('2026年有啥目标'))).toBeNull();
    expect(mainTargetsAnswer(both, frameOf('广东和江苏2026年有啥目标'))).toBeNull();
  });

  it('answers in English with the English place name, and states how a relative year was read', () => {
    const english = mainTargetsAnswer(toolsOver(GD26), frameOf('What are Guangdong’s targets for 2026?'))!;
    expect(lines(english.text)[0]).toBe("Guangdong's main targets for 2026, as the plan lists them (2026年广东省政府工作报告):");
    expect(english.priorities[0].title).toBe('Main targets for 2026');
    const relative = mainTargetsAnswer(toolsOver(GD26), frameOf('广东今年有啥目标'))!;
    expect(relative.text.startsWith('（今年 = 2026年）')).toBe(true);
  });

  it('keeps at most sixty figures of a long list', () => {
    const item = (i: number) => `第${i}组指标：工业增加值增长${i}.1%、投资增长${i}.2%、消费增长${i}.3%、出口增长${i}.4%、进口增长${i}.5%；`;
    const drafts: Draft[] = [
      { id: 'f0', doc: 'gd26', text: '主要目标为：', paragraph: 1 },
      ...Array.from({ length: 14 }, (_, i) => ({ id: `f${i + 1}`, doc: 'gd26', text: item(i + 1), paragraph: 2 })),
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    expect(answer.figures).toHaveLength(60);
  });

  it('cuts the opening’s words up to its first colon and the spaces after it', () => {
    const drafts: Draft[] = [{ id: 's0', doc: 'gd26', text: '主要目标为：  地区生产总值增长5%左右。', paragraph: 1 }];
    expect(lines(mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!.text)[1]).toBe('• 地区生产总值增长5%左右。 [1]');
    // A colon as the sentence's first character (a layout remnant) is cut with the words before the list.
    const leading: Draft[] = [{ id: 's1', doc: 'gd26', text: '：主要目标为：地区生产总值增长5%左右。', paragraph: 1 }];
    expect(lines(mainTargetsAnswer(toolsOver(leading), frameOf('广东2026年有啥目标'))!.text)[1]).toBe(
      '• 主要目标为：地区生产总值增长5%左右。 [1]',
    );
  });

  it('names no title when the report’s document is not found', () => {
    const tools = toolsOver(GD26);
    const noDocument = {
      ...tools,
      retriever: { ...tools.retriever, corpus: { ...tools.retriever.corpus, document: () => undefined } },
    } as unknown as AnswerTools;
    expect(lines(mainTargetsAnswer(noDocument, frameOf('广东2026年有啥目标'))!.text)[0]).toBe(
      '广东省2026年主要预期目标（按报告原文，出自《》）：',
    );
  });
});

describe('one item of the list, and a five-year plan’s list (session 11)', () => {
  /** A five-year plan's list beside the year's, in one report. */
  const WITH_PLAN: Draft[] = [
    ...GD26,
    {
      id: 'p1',
      doc: 'gd26',
      text: '“十五五”时期主要目标是：地区生产总值年均增长5%左右，科技自立自强水平大幅提高。',
      paragraph: 4,
      period: '2026-2030',
    },
  ];

  it('gives the item pointed at, numbered against the whole list, its text without the opening words', () => {
    const answer = mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'), 1)!;
    expect(lines(answer.text)).toEqual(['广东省2026年主要预期目标第1条（共3条）：', '• 地区生产总值增长5%左右； [1]']);
    expect(answer.citations.map((c) => c.id)).toEqual(['gd26-1']);
    const second = mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'), 2)!;
    expect(lines(second.text)).toEqual(['广东省2026年主要预期目标第2条（共3条）：', '• 城镇新增就业110万人以上； [1]']);
  });

  it('takes -1 as the last item, and an item past either end as the whole list', () => {
    expect(mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'), -1)!.citations.map((c) => c.id)).toEqual(['gd26-3']);
    for (const item of [0, 4, 9]) {
      const answer = mainTargetsAnswer(toolsOver(GD26), frameOf('广东2026年有啥目标'), item)!;
      expect(answer.citations, String(item)).toHaveLength(3);
      expect(lines(answer.text)[0], String(item)).toMatch(/^广东省2026年主要预期目标（按报告原文/);
    }
  });

  it('answers a five-year plan’s question with that plan’s list, named by the plan', () => {
    const answer = mainTargetsAnswer(toolsOver(WITH_PLAN), frameOf('广东省十五五规划的主要目标'))!;
    expect(answer.citations.map((c) => c.id)).toEqual(['p1']);
    expect(lines(answer.text)[0]).toBe('广东省“十五五”时期（2026-2030年）主要目标（按报告原文，出自《2026年广东省政府工作报告》）：');
    expect(lines(answer.text)[1]).toBe('• 地区生产总值年均增长5%左右，科技自立自强水平大幅提高。 [1]');
    expect(answer.priorities[0].title).toBe('“十五五”时期（2026-2030年）主要目标');
  });

  it('never answers a question with no year or plan with a five-year list, nor a plan with none', () => {
    const latest = mainTargetsAnswer(toolsOver(WITH_PLAN), frameOf('广东有啥目标'))!;
    expect(latest.citations.map((c) => c.id)).toEqual(['gd26-1', 'gd26-2', 'gd26-3']);
    const onlyPlan = WITH_PLAN.filter((d) => d.id === 'p1');
    expect(mainTargetsAnswer(toolsOver(onlyPlan), frameOf('广东有啥目标'))).toBeNull();
    expect(mainTargetsAnswer(toolsOver(GD26), frameOf('广东省十五五规划的主要目标'))).toBeNull();
  });

  it('keeps a list item with a colon but no opening words whole', () => {
    const drafts: Draft[] = [
      { id: 'c1', doc: 'gd26', text: '主要预期目标是：', paragraph: 3 },
      { id: 'c2', doc: 'gd26', text: '重点指标：地区生产总值增长5%左右；', paragraph: 4 },
      { id: 'c3', doc: 'gd26', text: '粮食产量保持稳定。', paragraph: 4 },
    ];
    const answer = mainTargetsAnswer(toolsOver(drafts), frameOf('广东2026年有啥目标'))!;
    expect(lines(answer.text)[1]).toBe('• 重点指标：地区生产总值增长5%左右； [1]');
  });
});
