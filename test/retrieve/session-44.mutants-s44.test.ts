import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { listUnit } from '../../src/figures/respectively.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { openIndex } from '../../src/store/open-index.js';
import { handFigure, resultCitation } from '../support/hand-built-evidence.js';

/** Session 44's mutation survivors (stryker.s44.json), each told apart on a small hand-built input. */
const today = new Date('2026-12-06');
const asked = (question: string): UnderstoodQuery => ({
  ...understandQuery(question, knownPlaces(['福建省']), { today }),
  wantsQuantity: true,
});

describe('visits asked beside the things named (REACH_UNITS)', () => {
  const sentence = '119家公共文化场馆延时错时开放，惠及5900万人次，新增服务点30个。';
  const figures = [
    handFigure('公共文化场馆延时错时开放', 119, '家', {}, '福建省'),
    handFigure('惠及', 5900, '万人次', {}, '福建省'),
    handFigure('新增服务点', 30, '个', {}, '福建省'),
  ];
  const citations = [resultCitation('c1', sentence, '福建省')];

  it('"惠及了多少人次": the visits beside the venues named', () => {
    expect(figureLead(asked('福建前年公共文化场馆延时错时开放惠及了多少人次'), figures, citations)).toMatch(/：5900万人次/);
  });

  it('a count in another unit asked is not taken from beside the thing named ("多少个" keeps the venues, named)', () => {
    expect(figureLead(asked('福建前年公共文化场馆延时错时开放了多少个'), figures, citations)).toMatch(
      /公共文化场馆延时错时开放（实绩）：119家/,
    );
  });
});

describe('a list’s unit written once (listUnit)', () => {
  it('keeps a unit of its own that the last unit merely starts with ("个" of 个百分点)', () => {
    expect(listUnit('个', '个百分点')).toBe('个');
    expect(listUnit('万元', '万元/人')).toBe('万元');
  });

  it('takes the last unit for a bare magnitude only when the last unit goes on from it', () => {
    expect(listUnit('万', '万人')).toBe('万人');
    expect(listUnit('万', '亿元')).toBe('万');
  });
});

describe('the level a look back on five years ends on (periodScore)', () => {
  const plan = { years: [], planPeriod: { from: 2021, to: 2025 }, part: null, intent: 'result' as const };
  it('fits only under a section that names no plan when it is marked, whatever the section says otherwise', () => {
    const marked = { period: '2025', kind: 'result' as const, norm: '制造业单项冠军企业达65家', endsPlanReview: true };
    // No section at all: the mark alone decides.
    expect(periodScore(marked, plan)).toBeGreaterThan(0);
    expect(periodScore({ ...marked, endsPlanReview: false }, plan)).toBe(0);
    expect(periodScore({ ...marked, section: ['一、2025年工作回顾'], endsPlanReview: undefined }, plan)).toBe(0);
  });
});

describe('the mark, stored with the index', () => {
  it('is read back for the level the five years end on and for no other sentence', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 's44-store-'));
    const corpusDir = path.join(root, 'corpus');
    mkdirSync(corpusDir);
    writeFileSync(
      path.join(corpusDir, '2026_FJ_福建省_政府工作报告.txt'),
      [
        '2026年福建省政府工作报告',
        '一、一年接着一年干，新福建建设持续取得新进展新成效',
        '全省地区生产总值增长5%。',
        '五年来，我们坚持创新驱动发展。全社会研发经费投入年均增长10.5%。制造业单项冠军企业达65家。新增“两院”院士9人。',
        '二、2026年主要工作',
        '全省地区生产总值增长5%左右。',
      ].join('\n\n'),
    );
    const indexDir = path.join(root, 'index');
    await openIndex({ corpusDir, indexDir, log: () => {} });
    const reopened = await openIndex({ corpusDir, indexDir, log: () => {} });
    expect(reopened.built).toBe(false);
    const sentences = reopened.index.corpus.sentences;
    expect(sentences.filter((s) => s.endsPlanReview).map((s) => s.text)).toEqual(['制造业单项冠军企业达65家。']);
    // Every other sentence reads no mark, and keeps its kind beside the mark's bit.
    expect(sentences.filter((s) => s.endsPlanReview === undefined)).toHaveLength(sentences.length - 1);
    expect(sentences.find((s) => s.text.startsWith('制造业单项冠军'))?.kind).toBe('result');
    expect(sentences.find((s) => s.text.startsWith('全省地区生产总值增长5%左右'))?.kind).toBe('plan');
    // As JSON (what a worker or a cache passes on): the mark when set, no key when not.
    const json = sentences.map((s) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>);
    expect(json.filter((s) => 'endsPlanReview' in s).map((s) => s.text)).toEqual(['制造业单项冠军企业达65家。']);
  });
});

describe('a follow-up after a plan read from its year being to come (overAfterPlanToCome)', () => {
  const inConversation = (...questions: string[]) => conversationState(questions.map((q) => asked(q)));
  const planned = '福建今年开工筹集城中村改造安置住房多少套';

  it('keeps the plan for a follow-up naming no year, or the same year', () => {
    expect(inConversation(planned, '保障性住房呢')?.intent).toBe('plan');
    expect(inConversation(planned, '那26年呢')?.intent).toBe('plan');
  });

  it('asks the result only when every year it names is over', () => {
    expect(inConversation(planned, '那去年呢')?.intent).toBe('result');
    expect(inConversation(planned, '那去年呢')?.planOfYearsFrom).toBeUndefined();
  });
});
