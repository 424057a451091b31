import { describe, expect, it } from 'vitest';
import { applyPhrasing, COLLOQUIAL_PHRASINGS, toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';

/** The example of a row, applied to that row alone (String.replace resets a global pattern). */
const byOwnRow = (row: (typeof COLLOQUIAL_PHRASINGS)[number]): string => applyPhrasing(row, row.example);

// The English row's example is written with a typographic apostrophe (’), which its pattern
// ([a-z' ]+?'s) does not accept; every other row rewrites its example.
const CURLY_APOSTROPHE = 'How big was Zhejiang’s economy in 2024?';
const rowsThatWork = COLLOQUIAL_PHRASINGS.filter((row) => row.example !== CURLY_APOSTROPHE);

describe('COLLOQUIAL_PHRASINGS', () => {
  it('has rows, each with an example', () => {
    expect(COLLOQUIAL_PHRASINGS.length).toBeGreaterThan(0);
    for (const row of COLLOQUIAL_PHRASINGS) expect(row.example.length).toBeGreaterThan(0);
  });

  it.each(rowsThatWork.map((row) => [row.example, row] as const))('rewrites its example %s', (example, row) => {
    expect(byOwnRow(row)).not.toBe(example);
    expect(toReportWording(example)).not.toBe(example);
  });

  // Found as a bug: the row once allowed only the ASCII apostrophe, so its own example (U+2019) was
  // never read as GDP.
  it('rewrites its example written with a typographic apostrophe', () => {
    expect(toReportWording(CURLY_APOSTROPHE)).not.toBe(CURLY_APOSTROPHE);
  });

  it('rewrites the same question with an ASCII apostrophe', () => {
    expect(toReportWording("How big was Zhejiang's economy in 2024?")).toBe("what was Zhejiang's GDP in 2024?");
  });
});

describe('toReportWording', () => {
  it('reads income in everyday words as the reports name it', () => {
    expect(toReportWording('杭州老百姓一年挣多少')).toBe('杭州居民人均可支配收入多少');
    expect(toReportWording('杭州老百姓一年挣多少')).toContain('居民人均可支配收入');
    expect(toReportWording('杭州2023年城里人收入有多少')).toBe('杭州2023年城镇居民人均可支配收入有多少');
    expect(toReportWording('江苏前年农民收入是多少？')).toBe('江苏前年农村居民人均可支配收入是多少？');
  });

  it('reads the growth of the economy as GDP growth', () => {
    expect(toReportWording('经济增长多少')).toBe('地区生产总值增长多少');
    expect(toReportWording('江苏去年经济增长速度')).toBe('江苏去年地区生产总值增长速度');
    expect(toReportWording('粤去年GDP增速咋样')).toBe('粤去年地区生产总值增长多少');
  });

  it('reads how the economy did as its GDP', () => {
    expect(toReportWording('浙江2025年经济表现如何？')).toBe('浙江2025年地区生产总值是多少？');
    expect(toReportWording('江苏经济怎么样')).toBe('江苏地区生产总值是多少');
    expect(toReportWording('钱塘前年经济总量多大')).toBe('钱塘前年经济总量是多少');
  });

  it('reads rises in everyday verbs as 增长多少', () => {
    expect(toReportWording('浙江2025年财政收入涨了多少啊')).toBe('浙江2025年财政收入增长多少啊');
    expect(toReportWording('广东去年GDP增长了百分之几？')).toBe('广东去年GDP增长多少？');
  });

  it('reads plans in everyday verbs as a target', () => {
    expect(toReportWording('浙江去年社零打算增长多少')).toBe('浙江去年社零增长目标是多少');
    expect(toReportWording('浙江去年社零打算增长多少')).toContain('增长目标是多少');
    expect(toReportWording('拱墅今年研发投入打算到多少')).toBe('拱墅今年研发投入目标是多少');
    expect(toReportWording('浙江2025年GDP目标定的多少')).toBe('浙江2025年GDP目标是多少');
  });

  it('reads how an economy did, in English, as its GDP', () => {
    expect(toReportWording("How did Zhejiang's economy do last year?")).toBe("what was Zhejiang's GDP last year?");
  });

  it('leaves a question already in the reports’ words unchanged', () => {
    for (const question of [
      '杭州2023年地区生产总值是多少？',
      '浙江省2026年GDP增长目标是多少',
      '居民人均可支配收入是多少',
      '钱塘区2025年工作重点有哪些',
      'What was Zhejiang GDP in 2024?',
      '',
    ])
      expect(toReportWording(question)).toBe(question);
  });

  it('gives the same answer when called twice (global patterns keep no state)', () => {
    expect(toReportWording('经济增长多少')).toBe(toReportWording('经济增长多少'));
    expect(toReportWording('杭州老百姓一年挣多少')).toBe('杭州居民人均可支配收入多少');
  });
});

describe('how the economy did, in more of the ways people say it', () => {
  it('reads overall, trend and state words after 经济 as its GDP, a year in between kept', () => {
    expect(toReportWording('福建去年经济总体情况如何')).toBe('福建去年地区生产总值是多少');
    expect(toReportWording('北京2025年经济走势怎么样')).toBe('北京2025年地区生产总值是多少');
    expect(toReportWording('广东2025年经济发展状况')).toBe('广东2025年地区生产总值是多少');
    expect(toReportWording('上海经济去年表现好吗')).toBe('上海去年地区生产总值是多少');
  });

  it('leaves a part of the economy alone: 数字经济, 民营经济 are not GDP', () => {
    expect(toReportWording('浙江数字经济怎么样')).toBe('浙江数字经济怎么样');
    expect(toReportWording('民营经济增长多少')).toBe('民营经济增长多少');
    expect(toReportWording('海洋经济规模多大')).toBe('海洋经济规模多大');
  });

  it('leaves a question about the economy’s target a target question', () => {
    expect(toReportWording('广东2025年经济发展目标是多少')).toBe('广东2025年经济发展目标是多少');
  });

  it('reads English "how was X’s economy" and "the economy of X" as GDP', () => {
    expect(toReportWording("How was Shandong's economy in 2025?")).toBe("what was Shandong's GDP in 2025?");
    expect(toReportWording('How was the economy of Anhui in 2024?')).toBe("what was Anhui's GDP in 2024?");
  });
});

describe('short forms written out (session 18)', () => {
  it('writes out 战新, 公卫, 新基建, 民企 and 外企 as the reports do', () => {
    expect(toReportWording('江苏24年战新产业产值占规上工业比重')).toBe('江苏24年战略性新兴产业产值占规上工业比重');
    expect(toReportWording('基本公卫服务经费补助标准')).toBe('基本公共卫生服务经费补助标准');
    expect(toReportWording('上海新基建投资多少')).toBe('上海新型基础设施投资多少');
    expect(toReportWording('浙江民企有多少家')).toBe('浙江民营企业有多少家');
    expect(toReportWording('江苏外企数量')).toBe('江苏外资企业数量');
  });

  it('leaves them where they are part of another word', () => {
    expect(toReportWording('战新闻')).toBe('战新闻');
    expect(toReportWording('公卫生间')).toBe('公卫生间');
    expect(toReportWording('民企业')).toBe('民企业');
  });
});

describe('a share in tenths (session 18)', () => {
  it('is written as the reports write it, after 占', () => {
    expect(toReportWording('广东有几种工业产品产量占全国两成以上')).toBe('广东有几种工业产品产量占全国20%以上');
    expect(toReportWording('出口占全省三成多')).toBe('出口占全省30%多');
    expect(toReportWording('占比九成')).toBe('占比90%');
  });

  it('leaves tenths that are no share alone', () => {
    expect(toReportWording('七成新的房子')).toBe('七成新的房子');
    expect(toReportWording('两成以上')).toBe('两成以上');
  });
});

describe('sectors by number (session 18)', () => {
  it('writes 一产, 二产 and 三产 as the reports do', () => {
    expect(toReportWording('一产三产呢')).toBe('第一产业第三产业呢');
    expect(toReportWording('二产增长多少')).toBe('第二产业增长多少');
  });

  it('leaves 一二三产融合, 三产业 and 第三产 alone', () => {
    expect(toReportWording('农村一二三产融合')).toBe('农村一二三产融合');
    expect(toReportWording('第三产业')).toBe('第三产业');
    expect(toReportWording('三产品')).toBe('三产品');
  });
});
