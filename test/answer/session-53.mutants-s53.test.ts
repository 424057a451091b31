import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 53's answers told apart on small reports of hand-written sentences: a generic noun's whole count, a new
 * registration against the total, an English qualifier before an indicator's name, a follow-up closing on 呢, an unseen pair cut before 了, a verb of wanting.
 */
const today = new Date('2026-12-07');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s53-answer-', {
    '2025_HN_湖南省_政府工作报告.txt': [
      '2025年湖南省政府工作报告',
      '一、2024年工作回顾',
      '高新技术企业总量突破1.8万家。全省实有企业主体达210万户，“四上”企业突破6万家。',
      '新登记经营主体32万户、增长13%，总量达637.7万户，其中企业229.8万户。',
      '新增制造业单项冠军企业45家、专精特新“小巨人”企业397家、重点“小巨人”企业149家。',
      '发展乡村特色产业，全产业链总产值达3420亿元，村集体经济经营性收入50万元以上的行政村占比达68%。',
      '开展一月一主题活动，发放2轮综合消费券及3轮购车补贴。综合消费券带动消费。券面额多样，按季发放。',
      '二、2025年工作安排',
      '发挥好9个国家区域医疗中心服务功能，推动省医学中心建设。',
    ],
  });
});

const first = async (question: string, history: string[] = []) =>
  (await engine.ask(question, { today, history })).text.split('\n')[0] ?? '';

describe('a generic noun asked is its whole count', () => {
  it('in English: 实有企业主体, the first named by its whole count', async () => {
    expect(await first('How many enterprises does Hunan have?')).toMatch(/Hunan 2024 实有企业主体 \(actual\): 210万户/);
  });

  it('in Chinese, the noun before or after the count asked', async () => {
    expect(await first('湖南有多少企业')).toMatch(/实有企业主体（实绩）：210万户/);
    expect(await first('湖南企业有多少')).toMatch(/实有企业主体（实绩）：210万户/);
  });

  it('a kind asked is that kind', async () => {
    expect(await first('湖南高新技术企业有多少')).toMatch(/高新技术企业总量（实绩）：突破1\.8万家/);
  });
});

describe('a total asked beside the new registrations', () => {
  it('"累计有多少户": the level; "新登记…多少": the year\'s additions', async () => {
    expect(await first('湖南前年经营主体累计有多少户')).toMatch(/经营主体（实绩）：637\.7万户/);
    expect(await first('湖南前年新登记经营主体多少')).toMatch(/新登记经营主体（实绩）：32万户/);
  });
});

describe("an English qualifier before the indicator's name", () => {
  it('"key little giants": 重点“小巨人”企业; no qualifier: the indicator\'s own', async () => {
    expect(await first('how many key little giants did hunan add in 2024?')).toMatch(/重点“小巨人”企业 \(actual\): 149家/);
    expect(await first('how many little giants did hunan add in 2024?')).toMatch(/专精特新“小巨人”企业, actual\): 397家/);
  });
});

describe('a follow-up closing on 呢', () => {
  it('"…的村占比呢": the share its sentence gives', async () => {
    expect(await first('集体经营性收入50万元以上的村占比呢', ['湖南前年乡村特色产业发展得如何', '全产业链总产值多少'])).toMatch(
      /行政村占比（实绩）：68%/,
    );
  });
});

describe('an unseen pair cut before 了', () => {
  it('"综合消费券发了几轮": 2轮, alone and in a conversation', async () => {
    expect(await first('湖南前年综合消费券发了几轮')).toMatch(/综合消费券（实绩）：2轮/);
    expect(await first('综合消费券发了几轮', ['湖南前年乡村特色产业发展得如何'])).toMatch(/综合消费券（实绩）：2轮/);
  });
});

describe('a verb of wanting, and a name shedding 发挥好', () => {
  it('"… does it want to make full use of?": 9个, named 国家区域医疗中心服务功能', async () => {
    expect(await first("hunan's 2025 report: how many national regional medical centres does it want to make full use of?")).toMatch(
      /Hunan 2025 国家区域医疗中心服务功能 \(target\): 9个/,
    );
  });
});

describe('a qualifier before a pronoun of the thing talked about', () => {
  it('"what about the key ones?" after the little giants: 重点“小巨人”企业', async () => {
    expect(await first('what about the key ones?', ['how many little giants did hunan add in 2024?'])).toMatch(
      /重点“小巨人”企业 \(actual\): 149家/,
    );
  });
});
