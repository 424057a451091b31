import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 42: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s42.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('everyday Chinese', () => {
  it('"往新兴产业投了多少钱": the thing’s investment (省属企业投资新兴产业超过500亿元)', async () => {
    expect(await ask('安徽省属企业前年往新兴产业投了多少钱')).toMatch(/2024年省属企业投资新兴产业（实绩）：超过500亿元 \[\d\]/);
  });

  it('"去年往新兴产业投了多少钱" of a year with no such money: no figure, never a growth rate in its place', async () => {
    const line = await ask('安徽省属企业去年往新兴产业投了多少钱');
    expect(line).toMatch(/没有找到所问的具体数字/);
    expect(line).not.toMatch(/%/);
  });

  it('"义新欧比上年增长多少": a name the segmenter cut across (义新 | 欧比) is found whole', async () => {
    expect(await ask('义新欧比上年增长多少', ['浙江去年中欧班列开了多少列'])).toMatch(/增长14\.7%/);
  });

  it('"全国唯一一个…是哪个省": the report that says it is the only one (广东), not the country', async () => {
    expect(await ask('全国唯一一个出生人口连续好几年超百万的是哪个省')).toMatch(/^据广东省.*全国唯一出生人口超百万的省份/);
  });
});

describe('quoted names and things counted', () => {
  it('"15个省千项万亿工程项目 投资完成率多少": the longer quoted name written in pieces (174.7%), not the count inside it', async () => {
    expect(await ask('钱塘24年15个省千项万亿工程项目 投资完成率多少')).toMatch(/投资完成率（实绩）：174\.7%/);
  });

  it('"前年保交房交付率 福建和广东哪个高": Fujian’s quoted “保交房”交付率 is its side', async () => {
    expect(await ask('前年保交房交付率 福建和广东哪个高')).toMatch(/96\.4%.*94\.7%/);
  });

  it('"浙江前年家电和新能源汽车零售额各涨了多少": each thing’s growth, the measure they share aside', async () => {
    expect(await ask('浙江前年家电和新能源汽车零售额各涨了多少')).toMatch(
      /家电零售额（实绩）：增长23\.9%.*新能源汽车零售额（实绩）：增长35\.8%/,
    );
  });

  it('"博物馆美术馆接待了多少观众": the visitors counted (4900万人次), not the exhibitions', async () => {
    expect(await ask('沪去年博物馆美术馆接待了多少观众')).toMatch(/接待海内外观众（实绩）：4900万人次/);
  });
});

describe('a year’s end said before the figure', () => {
  it('"2022年底全国企业数量多少": 去年底企业数量超过5200万户 of the 2023 report', async () => {
    expect(await ask('2022年底全国企业数量多少')).toMatch(/企业数量（实绩）：超过5200万户/);
  });
});

describe('English notes', () => {
  it('"# of macao-funded firms": 澳资企业', async () => {
    expect(await ask('hengqin: # of macao-funded firms (2025 report)?')).toMatch(/澳资企业.*6600/);
  });

  it('"new zhuanjingtexin (specialised, refined, niche) firms?": counted, the gloss in brackets no part of the topic', async () => {
    expect(await ask('shanghai 2024: new zhuanjingtexin (specialised, refined, niche) firms?')).toMatch(/专精特新企业.*2115家/);
  });

  it('"number of province-level key labs reorganised": 63个, though "labs" guessed 家', async () => {
    expect(await ask('jiangsu: number of province-level key labs reorganised in the first batch?')).toMatch(
      /首批省重点实验室重组 \(actual\): 63个/,
    );
  });

  it('"grain yield per mu — up by how many jin?": 亩产, not the grain output', async () => {
    expect(await ask('china grain yield per mu in 2024 — up by how many jin?')).toMatch(/亩产.*10\.1斤/);
  });

  it('"new provincial-or-above archaeological site parks?": the plan’s 5处', async () => {
    expect(await ask('shandong 2025 — new provincial-or-above archaeological site parks?')).toMatch(/考古遗址公园 \(target\): 5处/);
  });

  it('"home appliance units sold?": the count sold under the trade-in (带动家电销售735.4万件)', async () => {
    expect(await ask('jiangsu 2024 trade-in scheme — home appliance units sold?')).toMatch(/家电销售 \(actual\): 735\.4万件/);
  });

  it('"outstanding inclusive loans to micro & small firms, end-2024?": 普惠小微贷款余额 1.3万亿元', async () => {
    expect(await ask('shanghai: outstanding inclusive loans to micro & small firms, end-2024?')).toMatch(/普惠小微贷款余额.*1\.3万亿元/);
  });

  it('"2022 govt work report: … money set aside for job retention": the 2022 report’s 1000亿元', async () => {
    expect(await ask('2022 govt work report: jobless insurance fund money set aside for job retention & training?')).toMatch(
      /2022年国务院政府工作报告.*1000亿元失业保险基金/,
    );
  });

  it('"young talent it wants to draw in?": 青年人才', async () => {
    expect(await ask('shandong this yr: young talent it wants to draw in?')).toMatch(/青年人才.*100万人/);
  });
});

describe('the Word reports (云南, 湖南, 吉林 2025)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await wordReportsEngine('s42-word-');
  });
  const askWord = (question: string) => firstLineOf(engine, question, today);

  it('"财政支出里用在民生上的占多少": the share written before the spending (76.1%的财政支出用于民生)', async () => {
    expect(await askWord('云南前年财政支出里用在民生上的占多少')).toMatch(/：76\.1% \[\d\]/);
  });

  it('"afforestation (plant + tend), mu?": 营造林, the gloss no part of the topic', async () => {
    expect(await askWord('yunnan 2024 afforestation (plant + tend), mu?')).toMatch(/营造林.*349\.9万亩/);
  });
});
