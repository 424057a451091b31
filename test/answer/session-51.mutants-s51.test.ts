import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { extractFigures } from '../../src/figures/extract.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 51's answers told apart on small reports of hand-written sentences: this year's plan asked with no kind, the
 * thing counted after the count asked, an average written 年均…多, an English question's generic word.
 */
const today = new Date('2026-12-07');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s51-answer-', {
    '2025_ZJ_浙江省_政府工作报告.txt': [
      '2025年浙江省政府工作报告',
      '一、2024年工作回顾',
      '全省地区生产总值增长5.5%。',
      '二、2025年主要工作',
      '省属国有企业研发投入增速高于全省平均1个百分点以上。',
    ],
    '2026_ZJ_浙江省_政府工作报告.txt': [
      '2026年浙江省政府工作报告',
      '一、2025年工作回顾',
      '全省地区生产总值增长5.5%。',
      '二、2026年主要工作',
      '力争全社会研发投入强度达到3.35%，省属国有企业研发投入增速高于全省平均2个百分点以上。',
    ],
  });
});

const ask = async (question: string) => {
  const answer = await engine.ask(question, { today, history: [] });
  return { notFound: answer.notFound, first: answer.text.split('\n')[0] ?? '' };
};

/** A sentence's figures and its citation, as the engine would cite it. */
function cited(sentence: string, id: string, district: string, period: string, kind: 'result' | 'plan') {
  const figures = extractFigures({ sentence, district, period, kind, source: 'text', citationId: id });
  return { figures, citation: { id, sentence, period, district, kind, source: 'text', score: 1 } };
}

/** The lead over the given sentences' figures, cited in that order. */
const leadOver = (question: string, ...sentences: ReturnType<typeof cited>[]) =>
  figureLead(
    engine.understand(question, { today }),
    sentences.flatMap((c) => c.figures),
    sentences.map((c) => c.citation) as never,
  );

describe('this year, not yet reported, asked with no kind', () => {
  it('is answered by its plan, labelled a target, never "no result, only a target"', async () => {
    const { notFound, first } = await ask('浙江今年省属国企研发投入增速 要比全省平均高几个点');
    expect(notFound).toBe(false);
    expect(first).toMatch(/^（今年 = 2026年）浙江省2026年省属国有企业研发投入增速与全省平均差距（目标）：高2个百分点以上 \[1\]$/);
  });

  it('a result asked in words of this year is still said to be unreported', async () => {
    expect((await ask('浙江今年研发投入强度实际达到了多少')).first).toMatch(/实际完成情况，只有目标/);
  });

  it('a year the reports review is no year "not yet reported": its plan, standing first, is said to be no result', async () => {
    expect((await ask('浙江去年省属国企研发投入增速 要比全省平均高几个点')).first).toMatch(/实际完成情况，只有目标/);
  });
});

describe('the thing counted after the count asked, with an indicator read before it', () => {
  const sentence = cited('统筹推进51个安置房项目续建,17个项目主体结顶,10个项目竣工交付,累计回迁1785户。', 'c1', '拱墅区', '2022', 'result');

  it('"有几个主体结顶了" is the 17 of 项目主体结顶, not the indicator\'s 51', () => {
    expect(leadOver('拱墅22年安置房项目有几个主体结顶了', sentence)).toMatch(/项目主体结顶（实绩）：17个/);
  });

  it('a counted thing of three characters is too short to set the indicator aside', () => {
    expect(leadOver('拱墅22年安置房项目有几个结顶了', sentence)).not.toMatch(/项目主体结顶/);
  });
});

describe('an average written with a qualifier on both sides of its value', () => {
  const average = cited('城镇新增就业年均1270多万人。', 'c1', '国务院', '2022', 'result');
  const total = cited('城镇新增就业超690万人、稳定在全国1/10以上。', 'c2', '江苏省', '2021-2025', 'result');

  it('"那五年城镇新增就业年均多少": 年均1270多万人 is a span\'s figure, cited first, before a five-year total', () => {
    expect(leadOver('那五年城镇新增就业年均多少', average, total)).toMatch(/^全国城镇新增就业（实绩）：年均1270多万人 \[1\]$/);
  });
});

describe("an English question's generic word", () => {
  const logistics = cited('入选2023年度全国物流50强企业4家、新晋3A级以上物流企业10家。', 'c1', '杭州市', '2023', 'result');
  const firms = cited('在册市场经营主体总量187.5万户,增长11.7%,其中企业96万户,增长9.5%。', 'c2', '杭州市', '2023', 'result');

  it('"growth in the number of registered companies" is 企业96万户, up 9.5%, in entities, not the 2023 top-50 firms', () => {
    expect(leadOver('hangzhou 2023: growth in the number of registered companies?', logistics, firms)).toMatch(
      /^Hangzhou City (?:2023 )?Enterprises \(企业, actual\): 96万户 \(960,000 entities\), up 9\.5% \[2\]$/,
    );
  });
});
