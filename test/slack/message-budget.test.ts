import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Answer, Citation } from '../../src/answer/schema.js';
import { LIMITS, blockTextLength, type SlackBlock } from '../../src/slack/block-kit.js';
import { decodePassagesValue } from '../../src/slack/button-values.js';
import { QUOTE_MAX, renderAnswerBlocks } from '../../src/slack/render-answer.js';
import { FAKE_BOT_USER_ID, appMention, blocksText, nextTs, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';
import { MAX_SENTENCE_CHARS } from '../../src/ingest/bounded-sentences.js';
import { GDP_CLAUSE, longParagraphCorpus } from './long-paragraph-report.js';

type Section = Extract<SlackBlock, { type: 'section' }>;

function quotes(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'section' && (b as Section).text?.text.startsWith('> ') ? [(b as Section).text?.text ?? ''] : [],
  );
}

function totalText(blocks: SlackBlock[]): number {
  return blocks.reduce((n, b) => n + blockTextLength(b), 0);
}

function passagesButton(blocks: SlackBlock[]): string | undefined {
  const actions = blocks.find((b) => b.type === 'actions');
  const button =
    actions?.type === 'actions' ? actions.elements.find((e) => 'action_id' in e && e.action_id === 'show_passages') : undefined;
  return button !== undefined && 'value' in button ? button.value : undefined;
}

describe('message budget with a report of 6 000-character paragraphs (real engine)', () => {
  let engine: Engine;
  let answer: Answer;

  beforeAll(async () => {
    engine = await Engine.open({ ...longParagraphCorpus(), log: () => {} });
    answer = await engine.ask('钱塘区2024年地区生产总值是多少？');
  }, 120_000);

  it('quotes the part around the figure, with "…", within the budget', () => {
    const citation = answer.citations.find((c) => c.sentence.includes('1234.5'));
    expect(citation, 'the engine cites the sentence with the figure').toBeDefined();
    const { blocks } = renderAnswerBlocks(answer);
    expect(totalText(blocks)).toBeLessThanOrEqual(LIMITS.messageText);
    const gdpQuote = quotes(blocks).find((q) => q.includes('1234.5'));
    expect(gdpQuote).toBeDefined();
    for (const q of quotes(blocks)) expect(q.length).toBeLessThanOrEqual(QUOTE_MAX + 10);
    // Ingestion caps a sentence below a quote's length, so the engine's quote is the whole sentence
    // (shortening is tested on over-long quotes below); the passage stays a button away.
    expect(citation?.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(gdpQuote).toContain('地区生产总值1234.5亿元');
    expect(JSON.stringify(blocks)).toContain('show_passages');
  });

  it('the 📄 button leads to the whole passage', async () => {
    const { blocks } = renderAnswerBlocks(answer);
    const value = decodePassagesValue(passagesButton(blocks));
    expect(value?.ids.length).toBeGreaterThan(0);
    const passages = await engine.passages(value?.ids ?? []);
    // The passage is the cited sentence's whole paragraph: several capped sentences, far longer
    // than any quote. (The fixture's filler repeats, so ingestion keeps one copy of each repeated
    // 500-character sentence: the paragraph is shorter than PARAGRAPH_CHARS.)
    const withFigure = passages.find((p) => p.text.includes(GDP_CLAUSE));
    expect(withFigure).toBeDefined();
    expect(withFigure?.text.length).toBeGreaterThan(3 * MAX_SENTENCE_CHARS);
  });
});

describe('message budget, five 6 000-character quotes (fake answer)', () => {
  const filler = '坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，';
  const long = (figure: string) => `${filler.repeat(115)}${figure}，${filler.repeat(115)}`;
  const citation = (i: number): Citation => ({
    id: `long#${i}`,
    docId: 'long',
    title: '2025年杭州市钱塘区人民政府工作报告',
    district: '钱塘区',
    year: 2025,
    period: '2024年',
    kind: 'result',
    section: '一、2024年工作回顾',
    paragraph: i,
    sentence: long(`规上工业增加值增长${i + 1}.5%`),
    source: 'text',
    score: 1 - i / 10,
  });
  const answer: Answer = {
    id: 'ans-long',
    question: '钱塘区2024年规上工业增加值增长多少？',
    notFound: false,
    text: '据钱塘区报告：规上工业增加值增长1.5%。',
    citations: Array.from({ length: 5 }, (_, i) => citation(i)),
    figures: [
      { indicator: '规上工业增加值', value: 1.5, unit: '%', kind: 'actual', period: '2024年', district: '钱塘区', citationId: 'long#0' },
    ],
    priorities: Array.from({ length: 12 }, (_, i) => ({
      title: `（${i + 1}）${filler.repeat(8)}`,
      citationId: `long#${i % 5}`,
      details: [filler.repeat(8)],
    })),
  };

  it('keeps every quote short, centred on the figure, and the whole message within 12 000 characters', () => {
    expect(answer.citations.every((c) => c.sentence.length >= 6000)).toBe(true);
    const { blocks } = renderAnswerBlocks(answer);
    expect(totalText(blocks)).toBeLessThanOrEqual(LIMITS.messageText);
    expect(blocks.at(-1)?.type).toBe('actions');
    const shown = quotes(blocks);
    expect(shown.length).toBeGreaterThan(0);
    shown.forEach((q, i) => {
      expect(q.length).toBeLessThanOrEqual(QUOTE_MAX + 10);
      expect(q).toMatch(/^> …[\s\S]*…$/);
      expect(q).toContain(`规上工业增加值增长${i + 1}.5%`);
    });
  });

  it('drops whole quotes from the end when the budget runs out, saying so', () => {
    const crowded: Answer = {
      ...answer,
      priorities: Array.from({ length: 40 }, (_, i) => ({
        ...answer.priorities[0],
        title: `（${i}）${filler.repeat(10)}`,
        citationId: 'long#0',
        details: [],
      })),
    };
    const { blocks } = renderAnswerBlocks(crowded);
    expect(totalText(blocks)).toBeLessThanOrEqual(LIMITS.messageText);
    expect(JSON.stringify(blocks)).toContain('已截断');
    // A quote is never shown without its source line.
    const texts = blocks.map((b) => JSON.stringify(b));
    texts.forEach((t, i) => {
      if (t.includes('"text":"> ')) expect(texts[i + 1]).toContain('[');
    });
  });

  describe('through the fake Slack, which rejects messages over budget with msg_blocks_too_long', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHttpHarness();
      h.engine.ask = async (question) => ({ ...answer, question });
    });
    afterAll(async () => {
      await h.close();
    });

    it('posts the answer', async () => {
      const ts = nextTs();
      await h.sendEvent(
        appMention({ channel: 'C600', user: 'U60', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年规上工业增加值增长多少？`, ts }),
      );
      await waitFor(() => h.logs.some((l) => l.includes('answered ans-long')), 'answered');
      const post = h.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts);
      expect(blocksText(post?.params.blocks)).toBeLessThanOrEqual(LIMITS.messageText);
      expect(h.logs.some((l) => l.includes('msg_blocks_too_long'))).toBe(false);
    });
  });
});
