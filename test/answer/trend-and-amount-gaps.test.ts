import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { asksAmount } from '../../src/lang/zh/trend-words.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * Trends with one result among targets, and amounts compared when one side lacks them, over the
 * seed corpus and the 20 work reports (found by asking as a user, 2026-12).
 */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const lines = (answer: Answer): string[] => answer.text.split('\n');

describe('a trend with one year of results', () => {
  it('shows the one result with the targets beside it and says only that year has a result, in English too', async () => {
    // 广东's 2025 report states no 2024 growth (only "迈上14万亿元"): 2025's 3.9% is the one result.
    const en = await ask("How has Guangdong's GDP growth changed over the years?");
    expect(lines(en)[0]).toMatch(/^Guangdong GDP growth by year.*2025: 3\.9% \[1\] \(target 5%左右 \[2\]\); 2026: target 4\.5–5% \[3\]/);
    expect(lines(en)[1]).toBe('The reports give a result for 2025 only.');
    expect(en.chart?.series.map((s) => s.kind)).toEqual(['actual', 'target']);
    const zh = await ask('广东这几年GDP增速');
    expect(lines(zh)[0]).toMatch(/^广东省地区生产总值增速逐年.*2025年 3\.9% \[1\]/);
    expect(lines(zh)[1]).toBe('报告中只有2025年的实绩。');
  });

  it('still answers one year when no other year of either kind is held', async () => {
    const answer = await ask('广东2025年GDP增速');
    expect(lines(answer)[0]).toMatch(/增长3\.9% \[1\]$/);
    expect(answer.chart).toBeUndefined();
  });
});

describe('amounts asked over the years, growth stated', () => {
  it('"浙江这几年财政收入多少": each year said to be a growth, the missing amounts said, no verdict', async () => {
    const answer = await ask('浙江这几年财政收入多少');
    expect(lines(answer)[0]).toBe('浙江省一般公共预算收入（实绩）逐年：2024年 增长1.2% [1]；2025年 增长1.8% [2]');
    expect(lines(answer)[1]).toBe('报告中只有增速，没有总额。');
    const en = await ask('How much fiscal revenue did Zhejiang collect in recent years?');
    expect(lines(en)[1]).toBe('The reports give only its growth, not the amount.');
  });

  it('amounts stated stay amounts', async () => {
    const answer = await ask('福建近三年财政收入');
    expect(lines(answer)[0]).toMatch(/2024年 3614\.6亿元 \[1\]；2025年 3723\.35亿元 \[2\]$/);
  });
});

describe('amounts compared', () => {
  it('"谁多" asks the amount: goods trade totals filed as 进出口总额, a verdict on the amounts, not on growth', async () => {
    const answer = await ask('江苏和广东去年进出口谁多');
    expect(lines(answer)[0]).toMatch(
      /江苏省2025年进出口总额（实绩）：5\.95万亿元.*广东省2025年货物进出口总额（实绩）：9\.5万亿元.*广东省更高：9\.5万亿元 对 5\.95万亿元/,
    );
  });

  it('a target compared with no amount asked and only rates for the year: the rates, never a five-year level against a rate', async () => {
    const answer = await ask('钱塘和拱墅2025年GDP目标谁高');
    expect(lines(answer)[0]).toBe(
      '钱塘区2025年地区生产总值（目标）：增长5.6%左右 [1]；拱墅区2025年地区生产总值（目标）：增长5.5%左右 [2]。钱塘区更高：5.6%左右 对 5.5%左右',
    );
  });

  it("one side without the amount: the other side's total, the missing side named, never a narrower trade figure", async () => {
    // 浙江's reports state only exports (外贸出口增长7.2%); 江苏's cross-border e-commerce trade must not lead.
    const answer = await ask('江苏和浙江去年进出口谁多');
    expect(lines(answer)[0]).toMatch(/^（去年 = 2025年）江苏省2025年进出口总额（实绩）：5\.95万亿元.*（报告中没有浙江省的该项数据）$/);
    expect(lines(answer)[0]).not.toMatch(/跨境电商/);
  });
});

describe("rankings over residents' income", () => {
  it("ranks the all-resident figures (北京's real growth among them) and shows the places with only 城镇/农村 figures by group", async () => {
    const answer = await ask('哪个省去年居民收入增长最快');
    expect(lines(answer)[0]).toBe('（去年 = 2025年）2025年实绩最高：北京市 4.4% [1]；其后：广东省 4.3% [2]，上海市 4.1% [3]');
    expect(lines(answer)[1]).toMatch(
      /^只有分城乡数据的：安徽省 城镇4\.4% \[4\]、农村5\.9% \[4\]；福建省 城镇4\.5% \[5\]、农村5\.7% \[5\]；/,
    );
    expect(lines(answer)[2]).toBe('报告中没有2025年该数据的：山东省。');
    const en = await ask("Which province's residents' income grew fastest last year?");
    expect(lines(en)[1]).toMatch(/^Urban and rural figures only: Anhui urban 4\.4% \[4\], rural 5\.9% \[4\];/);
  });

  it('a group asked (农民) ranks that group, and the all-resident places are named as lacking it, never shown as 城镇', async () => {
    const answer = await ask('哪个省去年农民收入增长最快');
    expect(lines(answer)[0]).toMatch(/^（去年 = 2025年）2025年实绩最高：安徽省 5\.9% \[1\]/);
    expect(answer.text).not.toMatch(/只有分城乡/);
    expect(lines(answer)[1]).toBe('报告中没有2025年该数据的：北京市、广东省、山东省、上海市。');
  });
});

describe('rankings asked by a place in the order', () => {
  it('"排第一" and "前三" rank the covered provinces; a rank of another indicator in the sentence does not answer', async () => {
    const first = await ask('去年哪里的GDP增速排第一');
    expect(lines(first)[0]).toMatch(/^（去年 = 2025年）2025年实绩最高：安徽省 5\.5% \[1\]、山东省 5\.5% \[2\]、浙江省 5\.5% \[3\]（并列）/);
    const top3 = await ask('25年经济增速前三的省份');
    expect(lines(top3)[0]).toMatch(/2025年实绩最高：安徽省 5\.5%/);
    const last = await ask('2025年GDP增速倒数第一的是哪个省');
    expect(lines(last)[0]).toMatch(/^2025年实绩最低：广东省 3\.9% \[1\]/);
  });

  it('"今年" past the latest targets of the level asked: the latest year ranked, the missing year said first', async () => {
    const answer = await ask('哪个区今年增长目标最高');
    expect(lines(answer)[0]).toBe(
      '（今年 = 2026年）报告中还没有2026年的该项数据，最新的是2025年的：2025年目标最高：钱塘区 5.6%左右 [1]；其后：拱墅区 5.5%左右 [2]',
    );
    // After an outline question about 今年, the same: never a province's target for "哪个区".
    const followUp = await engine.ask('哪个区增长目标最高', { today, history: ['拱墅今年准备抓哪几件事'] });
    expect(lines(followUp)[0]).toMatch(/2025年目标最高：钱塘区 5\.6%左右 \[1\]/);
  });

  it('a ranking of a year only one place states names that year, even when its sentence says only "今年"', async () => {
    const answer = await ask('哪个区2023年增长目标最高');
    expect(lines(answer)[0]).toBe('2023年目标最高：拱墅区 5.5%左右 [1]');
  });

  it('a rank only a report states is still quoted from it', async () => {
    const trade = await ask('进出口总额连续39年全国第一的是哪');
    expect(lines(trade)[0]).toMatch(/^据广东省《2025年广东省政府工作报告》：进出口总额突破9万亿元.*总量连续39年居全国首位/);
  });
});

describe('a relative year past the latest results', () => {
  it('"钱塘去年GDP": 去年 resolved, no 2025 result said, the latest (2024) result shown with its year, never the 2025 target', async () => {
    const answer = await ask('钱塘去年GDP');
    expect(answer.notFound).toBe(true);
    expect(lines(answer)[0]).toBe(
      '（去年 = 2025年）报告没有钱塘区2025年地区生产总值的实际完成情况，只有目标。报告中最新的实绩是2024年的：钱塘区2024年地区生产总值（实绩）：1416亿元，增长5.1% [1]',
    );
    expect(answer.citations[0].sentence).toContain('1416亿元');
    const en = await ask("What was Qiantang's GDP last year?");
    expect(lines(en)[0]).toMatch(/only a target\. The latest results in the reports are for 2024: Qiantang District 2024 GDP/);
  });

  it('a year written out is not relative: its target stays what the reports hold nearest', async () => {
    const answer = await ask('钱塘2025年GDP增长多少');
    expect(lines(answer)[0]).toMatch(/只有目标。报告中最接近的内容：钱塘区2025年地区生产总值（目标）/);
  });
});

describe('English questions about a topic', () => {
  it("a topic the glossary or the dictionary translates is answered from the report's sentences; one the reports do not write is still refused", async () => {
    const ai = await ask('What did Guangdong say about AI?');
    expect(ai.notFound).toBe(false);
    expect(ai.citations[0].sentence).toContain('人工智能');
    const privateSector = await ask('How is Shanghai supporting the private sector?');
    expect(privateSector.citations[0].sentence).toContain('民营经济');
    // "quantum" is no glossary word: the dictionary's 量子 finds "培育6G、量子科技…".
    const quantum = await ask('What does Beijing plan for quantum computing?');
    expect(quantum.notFound).toBe(false);
    expect(quantum.citations[0].sentence).toContain('量子');
    // The reports write 天气 only as 重污染天气 and 极端天气, with no figure of it: a quantity asked in
    // dictionary words only, with none in the passages, is refused as "北京天气怎么样" would be.
    expect((await ask('What is the weather in Beijing?')).notFound).toBe(true);
    expect((await ask('What does Beijing plan for coffee shops?')).notFound).toBe(true);
  });
});

describe('shares and national labels', () => {
  // Session 33: "占一般公共预算收入的89.7%" is read as a share of the whole it names, so the share leads as a figure.
  it('"税收占财政收入多少" leads with the share its sentence states', async () => {
    const answer = await ask('杭州23年税收占财政收入多少');
    expect(lines(answer)[0]).toMatch(/杭州市2023年税收收入占一般公共预算收入（实绩）：89\.7% \[1\]$/);
    expect(answer.figures.find((f) => f.value === 89.7)?.indicator).toBe('税收收入占一般公共预算收入');
  });

  it('the country is named 全国 when its result is not held, not by the issuer 国务院', async () => {
    const answer = await ask('国家去年GDP多少');
    expect(lines(answer)[0]).toMatch(/报告没有全国2025年/);
  });
});

describe('asksAmount', () => {
  it.each(['进出口谁多', '财政收入谁的更多', '哪个多', '这几年财政收入多少', 'how much revenue'])('%s asks an amount', (q) => {
    expect(asksAmount(q)).toBe(true);
  });
  it.each(['谁增长快', '这几年GDP增速', '谁的增速更高'])('%s does not', (q) => {
    expect(asksAmount(q)).toBe(false);
  });
});
