import { describe, expect, it } from 'vitest';
import { firstLineOf, govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 55: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings: test/lang/readings-s55.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe("a name's number asked in everyday words", () => {
  it('"拱墅去年牵引全局的那个专项行动 叫“几+1”": 6+1 (叫 asks the name, no word to find)', async () => {
    expect(await ask('拱墅去年牵引全局的那个专项行动 叫“几+1”')).toMatch(/^（去年 = 2025年）拱墅区2025年专项行动为牵引：6\+1 \[1\]/);
  });

  it('"钱塘新区2035远景目标里 产业发展以哪个三位数为导向": 515', async () => {
    expect(await ask('钱塘新区2035远景目标里 产业发展以哪个三位数为导向')).toMatch(/：515 \[1\]/);
  });

  it('"福建十五五要形成的产业发展格局 是“几几几X”": 555X', async () => {
    expect(await ask('福建十五五要形成的产业发展格局 是“几几几X”')).toMatch(/^福建省2026年产业发展格局：555X \[1\]/);
  });

  it('"山东今年交旅融合那个牵头工程 叫交旅几号工程": 1号', async () => {
    expect(await ask('山东今年交旅融合那个牵头工程 叫交旅几号工程')).toMatch(/^（今年 = 2026年）山东省2026年工程：1号 \[1\]/);
  });

  it('"北京25年大力实施的“3个X”市重点工程 X是多少": 3个100, not the 疏堵工程\'s 30项', async () => {
    expect(await ask('北京25年大力实施的“3个X”市重点工程 X是多少')).toMatch(/^（25年 = 2025年）北京市2025年市重点工程：3个100 \[1\]/);
  });

  it('the reports\' own 编号 stays a word: "广东24年主要江河发生了几次编号洪水" is 13次', async () => {
    expect(await ask('广东24年主要江河发生了几次编号洪水')).toMatch(/^（24年 = 2024年）广东省2024年主要江河发生（实绩）：13次 \[1\]/);
  });
});

describe('English asks of a code name', () => {
  it('"framed as what plus 2?": 5+2', async () => {
    expect(await ask('shanghai 2025: the key-sector safety clean-up (e-bikes, factories, warehouses) was framed as what plus 2?')).toMatch(
      /^Shanghai 2025 重点行业领域整治: 5\+2 \[1\]/,
    );
  });

  it('"the provincial party \'specific deployment\' — the four-digit code?": 1310', async () => {
    expect(await ask("Guangdong's provincial party 'specific deployment' it carried out last year — the four-digit code?")).toMatch(
      /^\(last year = 2025\) Guangdong 2025 省委具体部署: 1310 \[1\]/,
    );
  });

  it('"called the \'what-call\'?": 1call ("call" is part of the name, no English word)', async () => {
    expect(await ask("Gongshu's 2023 one-stop business platform is called the 'what-call'?")).toMatch(
      /^Gongshu District 2023 服务平台: 1call/,
    );
  });
});

describe('figures read better', () => {
  it('"汽车产量继续保持40%以上增长、达357万辆": asked its growth, 40%以上', async () => {
    expect(await ask('安徽2024年汽车产量增长多少')).toMatch(/^安徽省2024年汽车产量（实绩）：增长40%以上 \[1\]/);
  });

  it('"钱塘前年一产占经济的比重 才多少": the first sector\'s share of the structure, 0.9%', async () => {
    expect(await ask('钱塘前年一产占经济的比重 才多少')).toMatch(/^（前年 = 2024年）钱塘区2024年第一产业比重（实绩）：0\.9% \[1\]/);
  });

  it('"extra output expected from projects coming on stream": 新增产值 5000亿元', async () => {
    expect(await ask('shandong 2025: extra output expected from projects coming on stream, bn yuan?')).toMatch(
      /^Shandong 2025 .*新增产值 \(target\): about 5000亿元/,
    );
  });
});

describe('everyday wording of session 55', () => {
  it('"上海去年国资国企这块 新兴和未来产业收入要占到几成": 这块 points, names nothing; the plan\'s 30%左右', async () => {
    expect(await ask('上海去年国资国企这块 新兴和未来产业收入要占到几成')).toMatch(
      /^（去年 = 2025年）上海市2025年战略性新兴产业和未来产业营业收入占比（目标）：30%左右 \[1\]/,
    );
  });

  it('"拱墅去年低效用地要提升改造多大面积": the area asked (not 大面积), 2000亩', async () => {
    expect(await ask('拱墅去年低效用地要提升改造多大面积')).toMatch(/^（去年 = 2025年）拱墅区2025年提升改造低效用地（目标）：2000亩 \[1\]/);
  });

  it('"杭州24年医疗教育这些领域要推出几个开放场景": the plan\'s count, 5个以上', async () => {
    expect(await ask('杭州24年医疗教育这些领域要推出几个开放场景')).toMatch(
      /^（24年 = 2024年）杭州市2024年推出开放场景（目标）：5个以上 \[1\]/,
    );
  });

  it('"杭州亚运那年一季度景区免门票 游客人次同比多了几成": the growth, 63%', async () => {
    expect(await ask('杭州亚运那年一季度景区免门票 游客人次同比多了几成')).toMatch(/接待游客（实绩）：1306万人次，增长63% \[1\]/);
  });

  it('"闽去年“金服云”帮实体经济融了多少钱": 1.58万亿元', async () => {
    expect(await ask('闽去年“金服云”帮实体经济融了多少钱')).toMatch(
      /^（去年 = 2025年）福建省“金服云”服务实体融资（实绩）：1\.58万亿元 \[1\]/,
    );
  });

  it('"which edition of the china international agricultural trade fair" after Guangdong 2024: the 21st, not the country', async () => {
    const line = await firstLineOf(
      await govCorpusEngine(),
      'which edition of the china international agricultural trade fair did it host?',
      today,
      ['guangdong 2024 — farm fair and villages'],
    );
    expect(line).toMatch(/^Guangdong 2024 中国国际农产品交易会: 第21届 \[1\]/);
  });
});
