import { describe, expect, it } from 'vitest';
import type { Answer, Citation, Figure } from '../../src/answer/schema.js';
import { LIMITS, type SlackBlock } from '../../src/slack/block-kit.js';
import { decodeFeedbackValue, decodePassagesValue } from '../../src/slack/button-values.js';
import { chunk, escapeMrkdwn, truncate } from '../../src/slack/mrkdwn.js';
import { directAnswer, renderAnswerBlocks } from '../../src/slack/render-answer.js';
import { renderPassagesView } from '../../src/slack/render-passages.js';
import { COVERAGE, FakeEngine, INJECTION_SENTENCE } from './fake-engine.js';

const engine = new FakeEngine();

/** Every text a block carries, as Slack would read it. */
function texts(blocks: SlackBlock[]): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

function citation(over: Partial<Citation> = {}): Citation {
  return {
    id: 'c1',
    docId: 'd1',
    title: '2025年杭州市钱塘区人民政府工作报告',
    district: '钱塘区',
    year: 2025,
    period: '2024年',
    kind: 'result',
    section: '一、2024年工作回顾',
    paragraph: 1,
    sentence: '全区实现地区生产总值1180.6亿元。',
    source: 'text',
    score: 0.9,
    ...over,
  };
}

function figure(over: Partial<Figure> = {}): Figure {
  return {
    indicator: '地区生产总值',
    value: 1180.6,
    unit: '亿元',
    kind: 'actual',
    period: '2024年',
    district: '钱塘区',
    citationId: 'c1',
    ...over,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    id: 'a1',
    question: '钱塘区2024年GDP是多少？',
    notFound: false,
    text: '答案。',
    citations: [],
    figures: [],
    priorities: [],
    ...over,
  };
}

function checkLimits(blocks: SlackBlock[], maxBlocks: number = LIMITS.blocksPerMessage): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const b of blocks) {
    if (b.type === 'section') {
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect((b.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    }
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'actions') {
      for (const e of b.elements) if (e.type === 'button' && e.value) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    }
  }
}

describe('renderAnswerBlocks', () => {
  it('shows the direct answer, figures, quoted citations with sources and the buttons', async () => {
    const a = await engine.ask('钱塘区2024年GDP是多少？');
    const { text, blocks } = renderAnswerBlocks(a);
    expect(text).toBe('据钱塘区《2025年杭州市钱塘区人民政府工作报告》：全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。[1]');
    const all = texts(blocks).join('\n');
    expect(all).toContain('> 全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。');
    expect(all).toContain('[1] 钱塘区 · 2025年杭州市钱塘区人民政府工作报告 · 一、2024年工作回顾 &gt; （一）经济运行稳中有进');
    expect(all).toContain('*1180.6亿元* · 增长6.8% · 实际 · 2024年 · 钱塘区 [1]');
    // The "相关原文：" list in answer.text is shown once, as quotes, not again in the answer.
    expect(all).not.toContain('相关原文');
    expect(all.split('规上工业增加值增长9.1%').length - 1).toBe(1);

    const actions = blocks.at(-1);
    expect(actions?.type).toBe('actions');
    const ids = actions?.type === 'actions' ? actions.elements.map((e) => ('action_id' in e ? e.action_id : '')) : [];
    expect(ids).toEqual(['show_passages', 'feedback_up', 'feedback_down']);
    const values = actions?.type === 'actions' ? actions.elements.map((e) => (e.type === 'button' ? e.value : undefined)) : [];
    expect(decodePassagesValue(values[0])).toEqual({ ids: a.citations.map((c) => c.id), lang: 'zh' });
    expect(decodeFeedbackValue(values[1])).toEqual({ answerId: a.id, question: '钱塘区2024年GDP是多少？' });
    checkLimits(blocks);
  });

  it('renders targets, ranges, qualifiers and changes compactly', () => {
    const { blocks } = renderAnswerBlocks(
      answer({
        citations: [citation()],
        figures: [
          figure({
            indicator: '地区生产总值增速',
            value: 5.5,
            unit: '%',
            qualifier: '左右',
            kind: 'target',
            period: '2025年',
            district: '拱墅区',
          }),
          figure({ indicator: '居民收入增速', value: 0, unit: '%', range: { low: 5, high: 6 }, kind: 'target', period: '2025年' }),
          figure({ indicator: '城镇登记失业率', value: 2.1, unit: '%', change: { direction: 'down', value: 0.3, unit: '个百分点' } }),
          figure({ indicator: '工业投资', value: 100, unit: '亿元', change: { direction: 'flat', value: 0, unit: '%' }, target: '增长8%' }),
          figure({ indicator: '浮点', value: 6.800000000000001, unit: '%' }),
        ],
      }),
    );
    const all = texts(blocks).join('\n');
    expect(all).toContain('*5.5%左右* · 目标 · 2025年 · 拱墅区 [1]');
    expect(all).toContain('*5–6%* · 目标');
    expect(all).toContain('*2.1%* · 下降0.3个百分点 · 实际');
    expect(all).toContain('*100亿元* · 持平 · 实际 · 目标 增长8%');
    expect(all).toContain('*6.8%*');
  });

  it('splits many figures over sections of at most 10 fields', () => {
    const figures = Array.from({ length: 8 }, (_, i) => figure({ indicator: `指标${i}` }));
    const { blocks } = renderAnswerBlocks(answer({ figures }));
    const withFields = blocks.filter((b) => b.type === 'section' && b.fields);
    expect(withFields).toHaveLength(2);
    checkLimits(blocks);
  });

  it("lists priorities in the report's own order, keeping prose after the list", async () => {
    const { blocks } = renderAnswerBlocks(await engine.ask('总结拱墅区2025年工作重点'));
    const all = texts(blocks);
    const list = all.find((t) => t.startsWith('*工作重点*'));
    // Headings carry their own numbering; sentence ids in details become references, never text.
    expect(list).toBe('*工作重点*\n• *（一）做强数字经济* [1]\n• *（二）推进城市有机更新* [2]');
    expect(all[0]).toBe(
      '拱墅区工作重点（按报告原文顺序，出自《2025年杭州市拱墅区人民政府工作报告》）：\n报告提出7方面工作，语料中只收录了其中（一）–（二）部分（节选）。',
    );
    expect(all.join('\n')).not.toContain('gongshu-2025#');
  });

  it('numbers priorities without their own numbering and shows text details', () => {
    const { blocks } = renderAnswerBlocks(
      answer({
        citations: [citation()],
        priorities: [
          { title: '做强数字经济', citationId: 'c1', details: ['加快建设运河湾国际数字贸易港'] },
          { title: '推进城市有机更新', citationId: 'elsewhere', details: ['完成老旧小区改造30个', '改造管网'] },
        ],
      }),
    );
    expect(texts(blocks).find((t) => t.startsWith('*工作重点*'))).toBe(
      '*工作重点*\n1. *做强数字经济* — 加快建设运河湾国际数字贸易港 [1]\n2. *推进城市有机更新* — 完成老旧小区改造30个；改造管网',
    );
  });

  it('says what the corpus covers when refusing', async () => {
    const a = await engine.ask('火星的GDP是多少？');
    const { text, blocks } = renderAnswerBlocks(a);
    const all = texts(blocks).join('\n');
    expect(all).toContain('这些报告不涉及火星。');
    expect(all).not.toContain('报告覆盖范围'); // said once, as the coverage list
    expect(all).toContain('• 钱塘区：2023、2024、2025');
    expect(all).toContain('• 拱墅区：2024、2025');
    expect(text).toContain('钱塘区、拱墅区');
    expect(all).not.toContain('show_passages');
    expect(COVERAGE).toHaveLength(2);
  });

  it('answers in English labels for an English question', async () => {
    const { blocks } = renderAnswerBlocks(await engine.ask("What is Gongshu's 2025 GDP growth target?"));
    const all = texts(blocks).join('\n');
    expect(all).toContain('*Figures*');
    expect(all).toContain('*5.5%左右* · target · 2025年 · 拱墅区 [1]');
    expect(all).toContain('Show passages');
  });

  it('escapes mrkdwn in report text, figures, sources and the question', async () => {
    const a = await engine.ask('注入 <!everyone>');
    const { text, blocks } = renderAnswerBlocks(a, { echoQuestion: true });
    const all = [text, ...texts(blocks.filter((b) => b.type !== 'actions'))].join('\n');
    expect(all).toContain(escapeMrkdwn(INJECTION_SENTENCE));
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;http://x|y&gt;');
    expect(all).toContain('&lt;!everyone&gt;');
    expect(all).toContain('财政总收入&lt;@U999&gt;');
    expect(all).toContain('附件 &gt; &lt;!here&gt;');
    expect(all).not.toMatch(/<[!@#]|<http/);
  });

  it('truncates huge content gracefully within every Slack limit', () => {
    const long = '很长的句子。'.repeat(2000);
    const a = answer({
      question: '问'.repeat(5000),
      text: long,
      citations: Array.from({ length: 5 }, (_, i) =>
        citation({ id: `id-${'x'.repeat(600)}-${i}`, sentence: `${'&<>'.repeat(1500)}句子`, section: '节'.repeat(4000) }),
      ),
      figures: Array.from({ length: 8 }, () => figure({ indicator: '指'.repeat(3000), target: '<'.repeat(3000) })),
      priorities: Array.from({ length: 30 }, (_, i) => ({
        title: `重点${i}${'长'.repeat(400)}`,
        citationId: 'c1',
        details: ['细节'.repeat(300)],
      })),
    });
    const { text, blocks } = renderAnswerBlocks(a, { echoQuestion: true });
    checkLimits(blocks);
    expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(texts(blocks).some((t) => t.endsWith('…'))).toBe(true);
    // No entity cut in half by truncation.
    for (const t of texts(blocks)) expect(t).not.toMatch(/&(a|am|amp|l|lt|g|gt)?…/);
    // Passage ids that do not fit the 2000-character button value are dropped, not cut.
    const actions = blocks.at(-1);
    const value = actions?.type === 'actions' && actions.elements[0]?.type === 'button' ? actions.elements[0].value : undefined;
    const decoded = decodePassagesValue(value);
    expect(decoded?.ids.length).toBeGreaterThan(0);
    expect(decoded?.ids.length).toBeLessThan(5);
    const feedback = actions?.type === 'actions' && actions.elements.at(-1)?.type === 'button' ? actions.elements.at(-1) : undefined;
    expect(feedback && 'value' in feedback ? decodeFeedbackValue(feedback.value)?.question.endsWith('…') : false).toBe(true);
  });

  it('keeps the buttons when there would be more than 50 blocks', () => {
    const a = answer({
      figures: Array.from({ length: 8 }, () => figure()),
      citations: Array.from({ length: 5 }, (_, i) => citation({ id: `c${i}` })),
    });
    const { blocks } = renderAnswerBlocks(a);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks.at(-1)?.type).toBe('actions');
  });
});

describe('directAnswer', () => {
  it('keeps prose and drops lists that are rendered elsewhere', () => {
    expect(directAnswer('答案。[1]\n相关原文：\n[2] 引文。\n[3] 引文。')).toBe('答案。[1]');
    expect(directAnswer('According to X: answer. [1]\nRelated passages:\n[2] quote.')).toBe('According to X: answer. [1]');
    expect(directAnswer('重点如下：\n• （一）甲 [1]\n• （二）乙 [2]\n只收录了部分。')).toBe('重点如下：\n只收录了部分。');
    expect(directAnswer('\n\n  只有一段。  ')).toBe('只有一段。');
    expect(directAnswer('不涉及火星。\n报告覆盖范围：钱塘区', true)).toBe('不涉及火星。');
  });
  it('cuts a long paragraph at a sentence end', () => {
    const s = '这是一个句子。'.repeat(200);
    const d = directAnswer(s);
    expect(d.length).toBeLessThanOrEqual(600);
    expect(d.endsWith('。')).toBe(true);
  });
});

describe('mrkdwn helpers', () => {
  it('escapes only &, < and >', () => {
    expect(escapeMrkdwn('<!here> & <@U1> *b* _i_')).toBe('&lt;!here&gt; &amp; &lt;@U1&gt; *b* _i_');
  });
  it('truncates with an ellipsis without splitting entities or surrogate pairs', () => {
    expect(truncate('abcdef', 10)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('a😀b', 3)).toBe('a…');
  });
  it('chunks at sentence ends', () => {
    const pieces = chunk('一二三。四五六。七八九。', 8);
    expect(pieces).toEqual(['一二三。四五六。', '七八九。']);
    expect(chunk('', 10)).toEqual(['']);
  });
});

describe('renderPassagesView', () => {
  it('shows each passage under its title and section, escaped, within modal limits', async () => {
    const passages = await engine.passages(['qiantang-2025#s1-p3-1', 'qiantang-2025#inj']);
    const view = renderPassagesView(passages, 'zh');
    expect(view.type).toBe('modal');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const all = texts(view.blocks).join('\n');
    expect(all).toContain('2025年杭州市钱塘区人民政府工作报告');
    expect(all).toContain('全区实现地区生产总值1180.6亿元');
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).not.toMatch(/<!channel>/);
  });
  it('splits a very long passage and caps the modal at 100 blocks', () => {
    const passages = Array.from({ length: 40 }, (_, i) => ({
      citationId: `c${i}`,
      title: '标题'.repeat(100),
      section: '节',
      text: '段落内容。'.repeat(3000),
    }));
    const view = renderPassagesView(passages, 'en');
    checkLimits(view.blocks, LIMITS.blocksPerModal);
    expect(texts(view.blocks).some((t) => t.endsWith('…'))).toBe(true);
  });
});
