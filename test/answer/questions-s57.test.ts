import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 57: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings: test/lang/readings-s57.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('everyday words for what the reports name', () => {
  it('"皖前年整车产量冲到多少万辆了": 汽车产量 357万辆, not the 1辆 of "每出口4辆汽车就有1辆安徽造"', async () => {
    expect(await ask('皖前年整车产量冲到多少万辆了')).toMatch(/^（前年 = 2024年）安徽省2024年汽车产量（实绩）：357万辆 \[1\]/);
  });

  it('"浙江前年评上国字号一级的馆 数量": the 8家 博物馆 made 国家一级', async () => {
    expect(await ask('浙江前年评上国字号一级的馆 数量')).toMatch(/浙江省2024年博物馆晋级国家一级博物馆（实绩）：8家 \[1\]/);
  });

  it('"信息化和工业化融合 哪个省霸榜十一连冠": 江苏\'s 两化融合, eleven years first', async () => {
    expect(await ask('信息化和工业化融合 哪个省霸榜十一连冠')).toMatch(/江苏省.*两化融合发展水平指数连续11年全国第一/);
  });

  it("硕士学位授权点 asked in full and 硕士学位点 asked short are each report's own word", async () => {
    expect(await ask('浙江前年硕士学位授权点多了多少个')).toMatch(/浙江省2024年硕士学位授权点（实绩）：173个 \[1\]/);
    expect(await ask('安徽2024年新增硕士学位点多少个')).toMatch(/^安徽省2024年硕士点（实绩）：90个 \[1\]/);
  });

  it('"最低生活保障 每人每月底线调到多少": 浙江\'s 低保最低月标准 1190元', async () => {
    expect(await ask('浙江25年 最低生活保障 每人每月底线调到多少')).toMatch(/浙江省2025年低保最低月标准（实绩）：1190元 \[1\]/);
  });
});

describe('English questions', () => {
  it('"world-class lead scientists" are the reports\' 顶尖领军人才', async () => {
    expect(await ask('gongshu wants how many world-class lead scientists and the like recruited in 2025?')).toMatch(
      /Gongshu District 2025 新增顶尖领军人才 \(target\): 10名 \[1\]/,
    );
  });

  it('"special bonds in the state budget: 2024 quota vs 2025 quota": the country\'s planned 3.9 and 4.4 trillion', async () => {
    expect(await ask('local-government special bonds in the state budget: 2024 quota vs 2025 quota?')).toMatch(
      /^China 拟安排地方政府专项债券 \(target\) by year: 2024: 3\.9万亿元 \[\d\]; 2025: 4\.4万亿元 \[\d\]/,
    );
  });
});

describe('places each with a year of their own', () => {
  it('"跟钱塘25年新建成的比呢" after "杭州24年…多少所": 杭州\'s 2024 and 钱塘\'s 2025, each its own', async () => {
    expect(await ask('跟钱塘25年新建成的比呢', ['杭州24年新建中小学、幼儿园多少所'])).toMatch(
      /杭州市2024年新建中小学、幼儿园（目标）：70所 \[\d\]；钱塘区2025年新建成中小学、幼儿园（目标）：3所 \[\d\]/,
    );
  });

  it('"杭州23年和拱墅22年新建的嵌入式体育场地 面积各多少": each place\'s own figure under its own name', async () => {
    expect(await ask('杭州23年和拱墅22年新建的嵌入式体育场地 面积各多少')).toMatch(
      /杭州市2023年新建嵌入式体育场地（实绩）：68.5万平方米 \[\d\]；拱墅区2022年新建嵌入式体育场地设施（实绩）：341片 \[\d\]/,
    );
  });
});
