import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { reviewHeadingSpan } from '../../src/ingest/periods.js';
import { runOpenedBy, sentenceRunPeriod } from '../../src/ingest/review-periods.js';
import type { DocumentMeta } from '../../src/ingest/types.js';
import { normalizeForSearch } from '../../src/lang/zh/normalize.js';

const REVIEW = { plan: '2021-2025', year: '2025' };
const period = (sentence: string, run: 'plan' | 'year') => sentenceRunPeriod(normalizeForSearch(sentence), run, REVIEW);

describe('a heading spanning a five-year plan and its last year', () => {
  it('names the plan, or the five years looked back on, ending in the year reviewed', () => {
    expect(reviewHeadingSpan('一、“十四五”时期和2025年工作回顾', 2025)).toBe('2021-2025');
    expect(reviewHeadingSpan('一、2025年和“十四五”时期工作回顾', 2025)).toBe('2021-2025');
    expect(reviewHeadingSpan('一、2025年主要工作和“十四五”发展成就', 2025)).toBe('2021-2025');
    expect(reviewHeadingSpan('二、“十四五”时期发展成就和“十五五”时期主要目标任务', 2025)).toBe('2021-2025');
    expect(reviewHeadingSpan('一、过去五年和2025年工作回顾', 2025)).toBe('2021-2025');
    expect(reviewHeadingSpan('一、第十三个五年规划时期工作回顾', 2020)).toBe('2016-2020');
  });

  it('is not a review of a plan that ends in another year, nor of one year alone', () => {
    expect(reviewHeadingSpan('一、2025年工作回顾', 2025)).toBeNull();
    expect(reviewHeadingSpan('一、过去一年和五年工作回顾', 2022)).toBeNull();
    expect(reviewHeadingSpan('三、“十五五”时期主要目标', 2025)).toBeNull();
    expect(reviewHeadingSpan('“十四五”发展方向', 2020)).toBeNull();
    expect(reviewHeadingSpan('一、“十四五”时期和2025年工作回顾', null)).toBeNull();
  });
});

describe('the run a sentence opens', () => {
  it('turns to the five years on "五年来", "这五年", "过去的五年", a look back, or the plan as subject', () => {
    expect(runOpenedBy('五年来，我们聚力构建现代化产业体系。', REVIEW)).toBe('plan');
    expect(runOpenedBy('——这五年，综合实力大幅跃升，实现争先进位新跨越。', REVIEW)).toBe('plan');
    expect(runOpenedBy('过去的五年，我们脚踏实地前行；', REVIEW)).toBe('plan');
    expect(runOpenedBy('经过五年接续奋斗，我省“十四五”顺利收官。', REVIEW)).toBe('plan');
    expect(runOpenedBy('回望“十四五”这极不寻常、极不平凡的五年，我们…', REVIEW)).toBe('plan');
    expect(runOpenedBy('“十四五”时期是江苏发展历程中极不平凡的五年。', REVIEW)).toBe('plan');
    expect(runOpenedBy('“十四五”的五年，在浙江改革发展历程中极不寻常、极不平凡。', REVIEW)).toBe('plan');
  });

  it('turns to the year on "过去一年", "一年来", "刚刚过去的2025年" or the year as subject', () => {
    expect(runOpenedBy('过去一年，是安徽牢记嘱托、感恩奋进的重要一年。', REVIEW)).toBe('year');
    expect(runOpenedBy('一年来，主要做了以下工作。', REVIEW)).toBe('year');
    expect(runOpenedBy('各位代表，刚刚过去的2025年，在以习近平同志为核心的党中央坚强领导下…', REVIEW)).toBe('year');
    expect(runOpenedBy('2025年是很不平凡的一年。', REVIEW)).toBe('year');
  });

  it('turns back to the heading on the next plan as subject, and leaves other sentences alone', () => {
    expect(runOpenedBy('“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。', REVIEW)).toBe('heading');
    expect(runOpenedBy('地区生产总值增长5.5%。', REVIEW)).toBeNull();
    expect(runOpenedBy('今后五年，我们要…', REVIEW)).toBeNull();
    // A year that is the plan's last is a transition, not a run of the five years.
    expect(runOpenedBy('2025年各项目标任务的圆满完成，标志着“十四五”胜利收官。', REVIEW)).toBeNull();
  });
});

describe('the period of a sentence in a run', () => {
  it('gives averages, milestones and five-year changes to the plan in either run', () => {
    expect(period('地区生产总值连续迈上4个万亿元台阶、年均增长5.7%。', 'year')).toBe('2021-2025');
    expect(period('一般公共预算收入5年增长18.7%。', 'year')).toBe('2021-2025');
    expect(period('全社会研发投入年均增长11.5%、高于全国1个百分点。', 'plan')).toBe('2021-2025');
  });

  it('gives totals, doublings, streaks and levels passed to the plan in the five years’ run only', () => {
    expect(period('一般公共预算收入累计完成3.7万亿元。', 'plan')).toBe('2021-2025');
    expect(period('累计推动农房风貌提升26.4万户。', 'year')).toBe('2025');
    expect(period('经济总量连续跨过3个万亿元大关。', 'plan')).toBe('2021-2025');
    expect(period('发明专利授权量累计26.2万件、实现翻番。', 'plan')).toBe('2021-2025');
    expect(period('PM2.5浓度连续5年达国家二级标准。', 'plan')).toBe('2021-2025');
    expect(period('地区生产总值增长3.9%、总量连续37年居全国首位。', 'year')).toBe('2025');
  });

  it('gives the year’s own figures to the year in the five years’ run', () => {
    expect(period('今年全省地区生产总值增长5.5%。', 'plan')).toBe('2025');
    expect(period('2025年全省规上工业增加值增长7.6%。', 'plan')).toBe('2025');
    expect(period('进出口总额同比增长4.4%。', 'plan')).toBe('2025');
    expect(period('全年新增城镇就业124.9万人。', 'plan')).toBe('2025');
  });

  it('gives a rate of change not said to be the year’s to the five years in their run', () => {
    expect(period('每年实施20项重点民生实事，财政民生支出突破万亿元，居民人均可支配收入增长34.3%。', 'plan')).toBe('2021-2025');
    expect(period('5G基站增长4.3倍，算力规模增长3.5倍，智能算力占比超过50%。', 'plan')).toBe('2021-2025');
    expect(period('全省城镇化率提升5.27个百分点。', 'plan')).toBe('2021-2025');
  });

  it('gives the level the five years end on, and a from–to span’s end, to the year: the plan’s last level is the year’s', () => {
    expect(period('制造业增加值占地区生产总值比重达33.5%。', 'plan')).toBe('2025');
    expect(period('常住人口城镇化率从72%提升至76%左右。', 'plan')).toBe('2025');
    expect(period('汽车保有量由2552万辆增至3230万辆。', 'plan')).toBe('2025');
    expect(period('人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。', 'plan')).toBe('2025');
    expect(period('国家一级图书馆、博物馆、文化馆数量达293家，居全国第一。', 'plan')).toBe('2025');
    expect(period('规上数字经济核心产业企业营收超1.4万亿元。', 'plan')).toBe('2025');
  });

  it('gives a level held through the five years to the plan in their run, and to the year in its own', () => {
    expect(period('粮食产量稳定在800亿斤以上。', 'plan')).toBe('2021-2025');
    expect(period('空气质量优良天数比例保持在90%以上。', 'plan')).toBe('2021-2025');
    expect(period('粮食产量稳定在800亿斤以上。', 'year')).toBe('2025');
  });

  it('gives what was done in the five years, said without a level, to its run', () => {
    expect(period('五年来，我们聚力构建现代化产业体系。', 'plan')).toBe('2021-2025');
    expect(period('新增中小学学位142万个，新增康复大学等高校14所。', 'plan')).toBe('2021-2025');
    expect(period('规上工业企业利润增长6%。', 'year')).toBe('2025');
  });
});

const META: DocumentMeta = {
  id: 'review',
  file: 'review.txt',
  title: '2026年某省政府工作报告',
  issuer: '某省',
  level: 'province',
  kind: 'government-work-report',
  publishedDate: null,
  docYear: 2026,
  reportsOn: 2025,
  plansFor: 2026,
};

/** The period and kind of the sentence of `doc` that starts with `start`: "2025 result". */
function labelOf(doc: ReturnType<typeof ingestDocument>, start: string): string {
  const s = doc.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starting ${start}`);
  return `${s.period} ${s.kind}`;
}

describe('runs across the paragraphs of a review', () => {
  const source = [
    '一、2025年和“十四五”时期工作回顾',
    '2025年是很不平凡的一年。全省地区生产总值增长5.5%。',
    '城镇新增就业124.9万人，累计建设片区2070个。',
    '各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托、感恩奋进。',
    '——经济综合实力实现新跃升。地区生产总值从11.37万亿元提高到14.58万亿元。一般公共预算收入累计完成3.7万亿元。',
    '制造业增加值占地区生产总值比重达33.5%。今年全省规上工业增加值增长7.6%。新增中小学学位142万个。',
    '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
    '这五年，我们锐意改革、矢志创新，研发投入强度位居全球前列。',
    '“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。',
    '三、2026年重点工作',
    '着力扩大内需，社会消费品零售总额增长5%左右。',
  ].join('\n\n');
  const doc = ingestDocument(META, source, 'h');
  const of = (start: string) => labelOf(doc, start);

  it('keeps the year’s run until a sentence turns to the five years, and the five years’ run after it', () => {
    expect(of('全省地区生产总值增长5.5%')).toBe('2025 result');
    expect(of('城镇新增就业124.9万人')).toBe('2025 result');
    expect(of('2025年是“十四五”收官之年')).toBe('2025 result');
    expect(of('五年来，我们牢记嘱托')).toBe('2021-2025 result');
    expect(of('一般公共预算收入累计完成')).toBe('2021-2025 result');
    expect(of('新增中小学学位142万个')).toBe('2021-2025 result');
    // The level the five years end on is the year's.
    expect(of('地区生产总值从11.37万亿元')).toBe('2025 result');
    expect(of('制造业增加值占地区生产总值比重')).toBe('2025 result');
    expect(of('今年全省规上工业增加值')).toBe('2025 result');
  });

  it('labels the ended plan’s review under a heading that also sets the next plan, then returns to the plan', () => {
    expect(of('这五年，我们锐意改革')).toBe('2021-2025 result');
    expect(of('“十五五”时期是基本实现')).toBe('2026-2030 plan');
    expect(of('着力扩大内需')).toBe('2026 plan');
  });
});

describe('a paragraph looking back on five years under a heading that names no plan', () => {
  const source = [
    '一、一年接着一年干，新福建建设持续取得新进展新成效',
    '全省地区生产总值增长5%。',
    '五年来，我们坚持创新驱动发展。全社会研发经费投入年均增长10.5%。制造业单项冠军企业达65家。粮食产量稳定在800亿斤以上。新增“两院”院士9人。',
  ].join('\n\n');
  const doc = ingestDocument(META, source, 'h');
  const of = (start: string) => labelOf(doc, start);

  it('reads its sentences as a five years’ run: the level reached is the reviewed year’s, the rest the plan’s', () => {
    expect(of('全省地区生产总值增长5%')).toBe('2025 result');
    expect(of('五年来，我们坚持创新驱动发展')).toBe('2021-2025 result');
    expect(of('全社会研发经费投入年均增长')).toBe('2021-2025 result');
    expect(of('制造业单项冠军企业达65家')).toBe('2025 result');
    expect(of('粮食产量稳定在800亿斤以上')).toBe('2021-2025 result');
    expect(of('新增“两院”院士9人')).toBe('2021-2025 result');
  });

  it('marks the level the five years end on, labelled their last year, as ending the plan’s review (and nothing else)', () => {
    const marked = doc.sentences.filter((s) => s.endsPlanReview).map((s) => s.text);
    expect(marked).toEqual(['制造业单项冠军企业达65家。']);
  });
});
