import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { AnswerSchema } from '../../src/answer/schema.js';
import { realCorpusEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realCorpusEngine();
});

const first = async (q: string, history?: string[]) => {
  const a = await engine.ask(q, { history });
  return { answer: a, top: a.citations[0] };
};

describe('answers on the real corpus', () => {
  it('lands on the sentence with the asked figure, place and year', async () => {
    const { answer, top } = await first('钱塘区2024年货物贸易出口总额是多少？');
    expect(AnswerSchema.parse(answer).notFound).toBe(false);
    expect(top.sentence).toContain('货物贸易出口总额729亿元');
    expect(top).toMatchObject({ district: '钱塘区', period: '2024', kind: 'result' });
  });

  it('answers a target question from the plan section, not the results', async () => {
    const { top } = await first('拱墅区2023年固定资产投资目标是多少？');
    expect(top.sentence).toContain('固定资产投资力争实现735亿元');
    expect(top.kind).toBe('plan');
  });

  it('tells the rural figure from the urban one in the sentence before it', async () => {
    expect((await first('杭州2023年农村居民人均可支配收入增长多少？')).top.sentence).toContain('农村居民人均可支配收入48180元');
    expect((await first('杭州2023年城镇居民人均可支配收入是多少？')).top.sentence).toContain('城镇居民人均可支配收入80587元');
  });

  it('answers a question with no year from the latest report', async () => {
    // 2019's 工业总产值 in the 2021 report is shorter and scores higher on words; 2024's is the answer.
    const { top } = await first('钱塘区规上工业总产值是多少？');
    expect(top.sentence).toContain('规上工业总产值3756.5亿元');
    // The 2025 plan's target, not the shorter sentence of the 2021 plan.
    expect((await first('钱塘区固定资产投资增长目标是多少？')).top.sentence).toContain('固定资产投资实现正增长、力争2%');
  });

  it('gives a figure the year its sentence states, not the section’s', async () => {
    // The 2021 report reviews 2020 but states GDP for 2019: the answer must not call it 2020's.
    const { answer } = await first('钱塘区2020年地区生产总值是多少？');
    expect(answer.figures[0]).toMatchObject({ indicator: '地区生产总值', value: 1100, period: '2019' });
    expect(answer.text).toContain('2019年');
    expect(answer.text).not.toMatch(/2020年地区生产总值/);
  });

  it('reads an English indicator phrase as one indicator', async () => {
    // "per capita GDP" is 人均生产总值, not GDP as well: the lead gives 16万元, not 1600亿元.
    const answer = await engine.ask("What is Qiantang's per capita GDP target for the end of the 14th Five-Year Plan?");
    expect(answer.text).toMatch(/^Qiantang District .*Per Capita GDP \(人均生产总值, target\): 16万元/);
  });

  it('answers a question in traditional characters, keeping it as asked', async () => {
    const { answer, top } = await first('錢塘區2024年GDP是多少？');
    expect(answer.question).toBe('錢塘區2024年GDP是多少？');
    expect(top.sentence).toContain('全年地区生产总值达1416亿元');
    expect((await engine.ask('總結拱墅區2025年的工作重點')).priorities.length).toBe(4);
  });

  it('answers English questions through the glossary', async () => {
    const { top } = await first("What is Gongshu's 2025 GDP growth target?");
    expect(top.sentence).toContain('地区生产总值增长5.5%左右');
    expect(top.district).toBe('拱墅区');
    expect((await first('How many households were resettled in Qiantang in 2024?')).top.sentence).toContain('完成回迁安置1876户');
    expect((await first('How many college students under 35 did Qiantang recruit in 2024?')).top.sentence).toContain(
      '新招引35周岁以下大学生3.4万名',
    );
  });

  it('reads first-quarter results as such', async () => {
    const { top } = await first('拱墅区2025年一季度货物出口增长多少？');
    expect(top.sentence).toContain('货物出口增长38.3%');
    expect(top.period).toBe('2025Q1');
  });

  it('lets a follow-up inherit place and topic from the thread', async () => {
    const { top } = await first('那2025年的目标呢？', ['钱塘区2024年GDP是多少？']);
    expect(top.district).toBe('钱塘区');
    expect(top.period).toBe('2025');
    expect(top.sentence).toContain('地区生产总值增长5.6%左右');
  });

  it('answers each side of a comparison with its own evidence', async () => {
    const { answer } = await first('钱塘区和拱墅区2025年GDP增长目标分别是多少');
    const qiantang = answer.citations.find((c) => c.district === '钱塘区');
    const gongshu = answer.citations.find((c) => c.district === '拱墅区');
    expect(qiantang?.sentence).toContain('地区生产总值增长5.6%左右');
    expect(gongshu?.sentence).toContain('地区生产总值增长5.5%左右');
  });

  it('cites whole sentences verbatim from the ingested reports', async () => {
    const { answer } = await first('杭州2023年一般公共预算收入是多少？');
    const all = new Set(engine.retriever.corpus.sentences.map((s) => s.text));
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.length).toBeLessThanOrEqual(5);
    for (const c of answer.citations) expect(all.has(c.sentence)).toBe(true);
    expect(answer.citations[0].sentence).toContain('一般公共预算收入2616.8亿元');
  });
});

describe('refusals', () => {
  it.each(['上城区2024年GDP是多少？', '西湖区2023年财政收入多少', 'What was Binjiang GDP in 2024?'])(
    'refuses a place the corpus does not cover: %s',
    async (q) => {
      const answer = await engine.ask(q);
      expect(answer.notFound).toBe(true);
      expect(answer.citations).toEqual([]);
      expect(answer.figures).toEqual([]);
      // The coverage it lists names the places in the question's language.
      expect(answer.text).toContain(/^[A-Za-z]/.test(q) ? 'Qiantang District' : '钱塘区');
      expect(answer.coverage?.map((c) => c.district).sort()).toEqual(['拱墅区', '杭州市', '钱塘区']);
    },
  );

  it('refuses a five-year question the corpus has no review of', async () => {
    // Hangzhou's 2023 figures and Gongshu's yearly plans are not the plan period's averages.
    expect((await engine.ask('杭州市“十四五”时期GDP年均增长多少？')).notFound).toBe(true);
    expect((await engine.ask('拱墅区“十四五”时期GDP年均增长多少？')).notFound).toBe(true);
  });

  it('refuses a year the corpus has nothing on for that place', async () => {
    expect((await engine.ask('钱塘区2030年GDP是多少？')).notFound).toBe(true);
    expect((await engine.ask('拱墅区2018年社会消费品零售总额是多少')).notFound).toBe(true);
  });

  it('refuses when the evidence does not match the indicator asked', async () => {
    expect((await engine.ask('钱塘区2024年商品房均价是多少？')).notFound).toBe(true);
    expect((await engine.ask('杭州2023年城镇调查失业率是多少？')).notFound).toBe(true);
  });
});

describe('priorities', () => {
  it("gives the plan's own outline in order", async () => {
    const answer = await engine.ask('总结钱塘区2025年的工作重点');
    expect(answer.priorities.map((p) => p.title.replace(/^\(.\)/, '').slice(0, 6))).toEqual([
      '聚焦创新驱动',
      '聚焦结构优化',
      '聚焦项目为王',
      '聚焦深化改革',
      '聚焦品质提升',
      '聚焦美好生活',
      '聚焦城市安全',
    ]);
    for (const p of answer.priorities) expect(p.details.length).toBeGreaterThan(0);
  });

  it('puts a two-column list back in its numbered order', async () => {
    const answer = await engine.ask('钱塘区2021年重点做好哪几方面工作？');
    expect(answer.priorities.map((p) => p.title.slice(-4))).toEqual([
      '优质产业',
      '现代星城',
      '民生服务',
      '和谐社会',
      '美丽环境',
      '高效政府',
    ]);
  });

  it('says when the corpus holds only part of the plan', async () => {
    const answer = await engine.ask('总结拱墅区2025年的工作重点');
    expect(answer.priorities).toHaveLength(4);
    expect(answer.text).toMatch(/7方面工作 \[\d+\].*（一）–（四）部分/);
    expect(answer.citations.map((c) => c.sentence)).toContain('重点做好7方面工作。');
    const english = await engine.ask("Summarise Gongshu's priorities for 2025");
    expect(english.text).toMatch(/announces 7 areas/);
    expect(english.text).toMatch(/^Gongshu District's priorities, in the plan's own order/);
  });
});
