import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/answer/engine.js';
import { commitmentScore } from '../../../src/answer/priorities/commitment-rules.js';
import { COMMITMENT_MIN } from '../../../src/answer/priorities/commitments.js';
import { findPriorities, outlineAnswer } from '../../../src/answer/priorities/index.js';
import type { Answer } from '../../../src/answer/schema.js';
import { LIMITS, blockTextLength } from '../../../src/slack/block-kit.js';
import { renderAnswerBlocks } from '../../../src/slack/render-answer.js';
import { govCorpusEngine } from '../../support/engine.js';

/** Every plan of the seed corpus and the 20 work reports: each outline item cited, with its commitments. */
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

/** Each report's own outline, as a priorities answer. */
function outlines(): Array<{ docId: string; answer: Answer; headings: Map<string, { path: string[]; paragraph: number; end: number }> }> {
  const { documents, sentences } = engine.retriever.corpus;
  const query = { ...engine.understand('工作重点'), places: [], years: [], planPeriod: null };
  return documents.flatMap((doc) => {
    const list = findPriorities(query, [doc], sentences);
    if (!list) return [];
    const frame = { id: doc.meta.id, question: '工作重点', query, understood: undefined };
    const answer = outlineAnswer(engine, frame, list);
    const paragraphs = list.items.map((i) => i.heading.paragraph).sort((a, b) => a - b);
    const headings = new Map(
      list.items.map((item) => [
        item.heading.text,
        {
          path: item.heading.path,
          paragraph: item.heading.paragraph,
          end: paragraphs.find((p) => p > item.heading.paragraph) ?? Number.POSITIVE_INFINITY,
        },
      ]),
    );
    return [{ docId: doc.meta.id, answer, headings }];
  });
}

describe('every plan outline in the seed corpus and the 20 work reports', () => {
  it('finds an outline in every report', () => {
    expect(outlines().length).toBe(engine.retriever.corpus.documents.length);
  });

  it('cites every item: its heading or, for a heading the copy lost, its first commitment', () => {
    for (const { docId, answer } of outlines()) {
      const cited = new Set(answer.citations.map((c) => c.id));
      for (const p of answer.priorities) {
        expect(cited.has(p.citationId), `${docId}: ${p.title}`).toBe(true);
        for (const d of p.details) expect(cited.has(d), `${docId}: ${p.title}`).toBe(true);
      }
    }
  });

  it('quotes each commitment verbatim from its own item’s section', () => {
    for (const { docId, answer, headings } of outlines()) {
      const byId = new Map(answer.citations.map((c) => [c.id, c]));
      for (const p of answer.priorities) {
        const heading = headings.get(p.title)!;
        for (const id of p.details) {
          const s = engine.retriever.sentence(id)!;
          expect(byId.get(id)?.sentence).toBe(s.text);
          const under = heading.path.every((part, i) => s.section[i] === part);
          // A paragraph the copy left without the item's heading: in the item's parent part, before the next item.
          const orphan =
            s.section.join('\u0000') === heading.path.slice(0, -1).join('\u0000') &&
            s.paragraph > heading.paragraph &&
            s.paragraph < heading.end;
          expect(under || orphan, `${docId}: "${s.text.slice(0, 30)}" under ${p.title}`).toBe(true);
        }
      }
    }
  });

  it('gives at least 90% of items a concrete commitment (a target, a count, a binding verb)', () => {
    const items = outlines().flatMap((o) => o.answer.priorities);
    const concrete = items.filter((p) => p.details.some((id) => commitmentScore(engine.retriever.sentence(id)!.text) >= COMMITMENT_MIN));
    expect(items.length).toBeGreaterThan(200);
    expect(concrete.length / items.length).toBeGreaterThanOrEqual(0.9);
  });

  it('shows the commitments’ figures as targets of the plan year', () => {
    const qiantang = outlines().find((o) => o.docId.startsWith('qiantang-2025'))!.answer;
    expect(qiantang.figures.length).toBeGreaterThan(8);
    expect(qiantang.figures.every((f) => f.kind === 'target' && f.period === '2025')).toBe(true);
    expect(qiantang.figures.some((f) => f.value === 1500 && /高新技术企业/.test(f.indicator))).toBe(true);
  });

  it('fits Slack for the longest outline: within 50 blocks, 3 000 characters a section and the message budget, nothing cut', () => {
    const longest = outlines()
      .map((o) => o.answer)
      .sort((a, b) => b.citations.length - a.citations.length)[0];
    const { blocks } = renderAnswerBlocks(longest);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const b of blocks) expect(blockTextLength(b)).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(blocks.reduce((n, b) => n + blockTextLength(b), 0)).toBeLessThanOrEqual(LIMITS.messageText);
    const items = blocks.filter((b) => b.type === 'section' && 'accessory' in b && b.accessory?.type === 'button');
    expect(items.length).toBe(longest.priorities.length);
  });
});

describe('what changed since the last plan, and two places side by side', () => {
  const sides = (answer: Answer) => [...new Set(answer.priorities.map((p) => p.side))];
  const everyItemCited = (answer: Answer) => {
    const cited = new Set(answer.citations.map((c) => c.id));
    return answer.priorities.every((p) => cited.has(p.citationId) && p.details.every((d) => cited.has(d)));
  };

  it.each([
    ['拱墅区2025年的工作重点和2023年相比有什么变化？', ['2025年', '2023年'], [2025, 2023]],
    ['钱塘区2025年的工作重点和2021年相比有什么变化', ['2025年', '2021年'], [2025, 2021]],
    ['浙江省2026年的工作重点和2025年相比有什么变化？', ['2026年', '2025年'], [2026, 2025]],
  ])('%s: both outlines, matched by theme, new and dropped items named, each side from its own report', async (q, labels, years) => {
    const answer = await engine.ask(q);
    expect(answer.notFound).toBe(false);
    expect(sides(answer)).toEqual(labels);
    expect(answer.priorities.some((p) => p.match === 'shared')).toBe(true);
    expect(answer.text).toMatch(/新列出|列出、/);
    expect(everyItemCited(answer)).toBe(true);
    for (const p of answer.priorities) {
      const c = answer.citations.find((x) => x.id === p.citationId)!;
      expect(c.year, `${p.side} ${p.title}`).toBe(years[labels.indexOf(p.side!)]);
    }
  });

  it('two places asked for a year neither plan covers: their latest plans side by side, said so first', async () => {
    const answer = await engine.ask('钱塘和拱墅今年准备抓哪几件事，有什么不同', { today: new Date('2026-12-01') });
    expect(answer.notFound).toBe(true);
    const lines = answer.text.split('\n');
    expect(lines[0]).toMatch(/^（今年 = 2026年）这些报告没有钱塘区、拱墅区2026年的相关内容/);
    expect(answer.text.match(/今年 = 2026年/g)).toHaveLength(1);
    expect(sides(answer)).toEqual(['钱塘区', '拱墅区']);
    expect(everyItemCited(answer)).toBe(true);
  });

  it.each([
    ['钱塘区和拱墅区2025年的工作重点有什么不同？', ['钱塘区', '拱墅区']],
    ['上海市和北京市2026年的工作重点有什么不同？', ['上海市', '北京市']],
  ])('%s: both places’ outlines, matched by theme, each cited from its own report', async (q, places) => {
    const answer = await engine.ask(q);
    expect(sides(answer)).toEqual(places);
    expect(answer.priorities.some((p) => p.match === 'shared')).toBe(true);
    expect(everyItemCited(answer)).toBe(true);
    for (const p of answer.priorities) expect(answer.citations.find((c) => c.id === p.citationId)!.district).toBe(p.side);
    const { blocks } = renderAnswerBlocks(answer);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(blocks.reduce((n, b) => n + blockTextLength(b), 0)).toBeLessThanOrEqual(LIMITS.messageText);
  });

  it('answers in English with the headings in Chinese and a theme line per item', async () => {
    const answer = await engine.ask("What changed in Gongshu's priorities between 2023 and 2025?");
    expect(answer.text).toMatch(/^Gongshu District's priorities, 2025 against 2023, matched by theme/m);
    expect(answer.text).toMatch(/Theme: /);
    expect(answer.priorities.every((p) => /[\u4e00-\u9fff]/.test(p.title))).toBe(true);
  });
});
