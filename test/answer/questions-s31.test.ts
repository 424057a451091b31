import { describe, expect, it } from 'vitest';
import { firstLineOf, govCorpusEngine, govFirstLine, realCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 31: questions as people ask them, found on the tune halves of fresh-x, fresh-y, fresh-z and fresh-w, asked of the
 * engine over the real reports (the readings themselves: test/lang/readings-s31.test.ts). Two things set side by side in
 * one question, the words of asking that no sentence writes, an attribute of a place named inside its province's report,
 * English words the reports write their own way, follow-ups in everyday words, several things listed at once.
 */
const today = new Date('2026-12-04');
/** The three 2025 reports as Word files (云南, 湖南, 吉林), built once for the file. */
const wordReports = wordReportsEngine('s31-words-');

describe('two things asked side by side', () => {
  it('answers both places’ figures and which is more', async () => {
    const line = await govFirstLine('24年 广东落地的首批营商环境改革试点 和福建往纵深推的试点特色改革项目 哪边个数多', today);
    expect(line).toMatch(/10个 \[\d\].*24个 \[\d\]。后者更多：24个 对 10个/);
  });

  it('one place’s two things, each found by its own words when no sentence writes both', async () => {
    const line = await govFirstLine('山东25年内河航道 在建的和做前期的项目各几个 一样多吗', today);
    expect(line).toContain('6个');
    expect(line).not.toMatch(/没有涉及/);
  });
});

describe('the words of asking are no subject a sentence must write', () => {
  it('"给东南亚五国免费提供多大的海外仓" is answered by the sentence that states the size', async () => {
    const engine = await wordReports;
    const line = await firstLineOf(engine, '云南三免三便利 给东南亚五国免费提供多大的海外仓', today);
    expect(line).toContain('1万平方米');
  });
});

describe('work expected to be done is planned', () => {
  it('answers the target', async () => {
    const line = await govFirstLine('福建25年预计新增多少专精特新中小企业', today);
    expect(line).toMatch(/新增专精特新中小企业（目标）：1000家以上/);
  });
});

describe('a place named inside its province’s report, asked an attribute', () => {
  it('湘西: the 5A of the sentence that names it, said to be another report’s', async () => {
    const engine = await wordReports;
    const line = await firstLineOf(engine, '湘西凤凰古城24年创的是国家几A级景区', today);
    expect(line).toMatch(/湘西土家族苗族自治州没有单独的报告.*5A级 \[1\]/);
  });
});

describe('English words the reports write their own way', () => {
  it('"prefectures", "university": 州（市）, 高等学校', async () => {
    const engine = await wordReports;
    const line = await firstLineOf(engine, 'yunnan: how many prefectures had a university by 2024?', today);
    expect(line).toMatch(/16个/);
  });

  it('"exported", "mass sports"', async () => {
    expect(await govFirstLine('In 2024, one in every how many cars exported from China was made in Anhui?', today)).toMatch(/4辆/);
    expect(await govFirstLine('guangdong 2024 mass sports competitions held, roughly how many', today)).toMatch(/18万场/);
  });

  it('"金服云服务实体融资规模有多大": the figure sharing the longer name, not one that only writes 规模', async () => {
    expect(await govFirstLine('福建金服云服务实体融资规模有多大', today)).toMatch(/1\.58万亿元/);
  });
});

describe('a part of a whole asked in everyday words', () => {
  it('answers the part’s count', async () => {
    const engine = await realCorpusEngine();
    expect(await firstLineOf(engine, '杭州23年新增的托位里头 普惠托位占多少个', today)).toMatch(/普惠托位（实绩）：5505个/);
  });
});

describe('the number a thing goes by, asked in English', () => {
  it('answers the 号 of the sentence found', async () => {
    expect(await govFirstLine("which number is fujian's shanhai scenic byway", today)).toMatch(/1号 \[\d\]/);
  });
});

describe('a conversation’s follow-ups in everyday words', () => {
  it('answers the earlier subject of the place switched to, then both side by side', async () => {
    const engine = await realCorpusEngine();
    const history = ['钱塘24年新招引的35周岁以下大学生 数量多少'];
    const switched = await firstLineOf(engine, '换到拱墅 22年那会儿新增的呢', today, history);
    expect(switched).toMatch(/拱墅区2022年新增35周岁以下大学生（实绩）：3\.4万人/);
    const both = await firstLineOf(engine, '俩地方谁招得多', today, [...history, '换到拱墅 22年那会儿新增的呢']);
    expect(both).toMatch(/钱塘区.*3\.4万名 \[1\].*拱墅区.*3\.4万人 \[2\]/);
  });
});

describe('what a thing is, read only when asked', () => {
  it('answers them, in English too, a city of a covered province from its province’s report', async () => {
    expect(await govFirstLine('江苏25年在连云港建的集装箱码头是几万吨级', today)).toMatch(/集装箱码头：20万吨级 \[1\]/);
    expect(await govFirstLine('what size of container terminal is jaingsu building at lianyungang in 2025?', today)).toMatch(
      /Lianyungang has no report of its own.*20万吨级 \[1\]/,
    );
    expect(await govFirstLine('山东25年要开工的石岛湾核电 是几号机组', today)).toMatch(/2号机组 \[1\]/);
  });
});

describe('things listed with spaces and counted off ("A B C这三块增加值 分别涨了多少")', () => {
  it('"战新" is 战略性新兴产业, and the three lead in the order asked', async () => {
    const engine = await realCorpusEngine();
    const line = await firstLineOf(engine, '钱塘24年战新 高端装备 高新技术这三块增加值 分别涨了多少 一口气说完', today);
    expect(line).toMatch(
      /战略性新兴产业增加值（实绩）：增长6\.2% \[1\]；.*高端装备制造业增加值（实绩）：增长5\.7%.*高新技术产业增加值（实绩）：增长4\.2%/,
    );
  });
});

describe('a thing asked, then whether another report writes it again', () => {
  it('the first part answers, and the other year’s report that writes it is quoted after', async () => {
    const answer = await (await govCorpusEngine()).ask('福建25年说要开建的厦漳泉城际 是R几线 去年真开工了没', { today });
    const lines = answer.text.split('\n');
    expect(answer.question).toBe('福建25年说要开建的厦漳泉城际 是R几线 去年真开工了没');
    expect(lines[0]).toMatch(/R1线 \[1\]/);
    expect(lines[1]).toMatch(/《2026年福建省政府工作报告》也写到它 \[(\d)\]/);
    const marker = Number(/\[(\d)\]/.exec(lines[1])?.[1]);
    expect(answer.citations[marker - 1].sentence).toContain('厦漳泉R1线先行段');
  });

  it('or says that no other year’s report writes it', async () => {
    const line = (await (await govCorpusEngine()).ask('山东25年要开工的石岛湾核电 是几号机组 26年报告里还提了吗', { today })).text.split(
      '\n',
    );
    expect(line[0]).toMatch(/2号机组 \[1\]/);
    expect(line[1]).toBe('其他年份的报告没有再写到2号机组');
  });
});

describe('what the terminal trial tripped on', () => {
  it('"invest in fixed assets" asks fixed-asset investment, not GDP', async () => {
    expect(await govFirstLine('How much did Fujian invest in fixed assets in 2024?', today)).toMatch(/Fixed Asset Investment/);
  });

  it('"两个省哪个多" after two questions no report gives a figure for sets no unlike outputs side by side', async () => {
    const line = await govFirstLine('两个省哪个多', today, ['江苏去年集成电路产量怎么样', '那广东呢']);
    expect(line).not.toMatch(/更高/);
  });
});

describe('how a thing went in a year the reports hold nothing of', () => {
  it('is refused, with what they hold nearest of it, the year said', async () => {
    const answer = await (await wordReports).ask('吉林2023年冰雪旅游搞得怎么样', { today });
    expect(answer.notFound).toBe(true);
    expect(answer.text).toMatch(/^这些报告没有吉林省2023年的相关内容。\n报告中最接近的内容：.*冰雪/);
  });

  it('"搞得怎么样" asks how it went: 2024’s review answers', async () => {
    expect(await firstLineOf(await wordReports, '吉林24年冰雪旅游搞得怎么样', today)).toMatch(/吉林省《2025年吉林省政府工作报告》/);
  });
});
