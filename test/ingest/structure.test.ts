import { describe, expect, it } from 'vitest';
import { headingKind, matchAppendix, matchNumberedHeading } from '../../src/ingest/headings.js';
import { fromSource } from '../../src/ingest/mapped-text.js';
import { joinInlineBreaks, type Line } from '../../src/ingest/paragraphs.js';
import { choosePeriod, openingPastPlan, openingSubYearPart, periodsNamedIn } from '../../src/ingest/periods.js';
import { labelParagraphs } from '../../src/ingest/structure.js';
import type { DocumentMeta } from '../../src/ingest/types.js';

const YEARS_2026 = { reportsOn: 2025, plansFor: 2026 };

function meta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: 'test',
    file: 'test.txt',
    title: '测试报告',
    issuer: '测试区',
    level: 'district',
    kind: 'government-work-report',
    publishedDate: null,
    docYear: 2026,
    reportsOn: 2025,
    plansFor: 2026,
    ...overrides,
  };
}

const label = (texts: string[], m = meta()) =>
  labelParagraphs(
    texts.map((text) => ({ text })),
    m,
  );

describe('headings', () => {
  it('recognises the numbering styles of official documents', () => {
    expect(matchNumberedHeading('一、2025年工作回顾')).toEqual({ style: 'cn-dun', ordinal: 1 });
    expect(matchNumberedHeading('（十一）牢牢守住安全发展底线')).toEqual({ style: 'cn-paren', ordinal: 11 });
    expect(matchNumberedHeading('(三)聚焦项目为王')).toEqual({ style: 'cn-paren', ordinal: 3 });
    expect(matchNumberedHeading('12.加快重点领域改革。')).toEqual({ style: 'arabic-dot', ordinal: 12 });
    expect(matchNumberedHeading('(9)民生设施领域:')).toEqual({ style: 'arabic-paren', ordinal: 9 });
    expect(matchNumberedHeading('1 努力发展钱塘人更加满意的优质产业')).toEqual({ style: 'arabic-space', ordinal: 1 });
    expect(matchNumberedHeading('1.5%的增长')).toBeNull();
    expect(matchAppendix('附件1')).toEqual({ title: '' });
    expect(matchAppendix('附件:2022年拱墅区主要指标(工作)执行情况表')).toEqual({ title: '2022年拱墅区主要指标(工作)执行情况表' });
    expect(matchAppendix('附件中的表格说明了各项指标的完成情况。')).toBeNull();
  });

  it('reads results and plans from a heading’s words and years', () => {
    expect(headingKind('一、2025年工作回顾', YEARS_2026)).toBe('result');
    expect(headingKind('一、2025年主要工作和“十四五”发展成就', YEARS_2026)).toBe('result');
    expect(headingKind('二、“十四五”时期发展成就和“十五五”时期主要目标任务', YEARS_2026)).toBe('plan');
    expect(headingKind('二、2026年经济社会发展总体要求和政策取向', YEARS_2026)).toBe('plan');
    expect(headingKind('三、2026年重点工作', YEARS_2026)).toBe('plan');
    expect(headingKind('一、2025年主要工作', YEARS_2026)).toBe('result');
    expect(headingKind('四、一以贯之转作风，努力建设人民满意的服务型政府', YEARS_2026)).toBeNull();
  });

  it('names periods, including five-year plans in either form', () => {
    expect(periodsNamedIn('二、“十四五”时期发展成就和“十五五”时期主要目标任务')).toEqual(['2021-2025', '2026-2030']);
    expect(periodsNamedIn('关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明')).toEqual(['2026-2030']);
    // A plan's start and end are single years: the annual work of its first year, its last.
    expect(periodsNamedIn('三、一鼓作气勇争先，全力推动“十五五”开好局、起好步')).toEqual(['2026']);
    expect(periodsNamedIn('奋力实现“十四五”圆满收官')).toEqual(['2025']);
    // A review of the five years just ended, wherever it stands.
    expect(openingPastPlan('过去五年，我们坚定疏解非首都功能', 2025)).toBe('2021-2025');
    expect(openingPastPlan('“十四五”时期，全省地区生产总值年均增长5.7%', 2025)).toBe('2021-2025');
    expect(openingPastPlan('“十五五”时期，要坚持…', 2025)).toBeNull();
    expect(openingPastPlan('过去一年，我们…', 2025)).toBeNull();
    expect(periodsNamedIn('二〇三五年远景目标')).toEqual(['2035']);
    expect(periodsNamedIn('一、2022国民经济和社会发展计划执行情况')).toEqual(['2022']);
    expect(periodsNamedIn('十五运会和残特奥会')).toEqual([]);
    expect(choosePeriod(['2021-2025', '2025'], 'result', YEARS_2026)).toBe('2025');
    expect(choosePeriod(['2021-2025', '2026-2030'], 'plan', YEARS_2026)).toBe('2026-2030');
  });

  it('finds the part of a year a sentence opens with, not one it mentions in passing', () => {
    expect(openingSubYearPart('一季度，全区主要经济指标运行情况普遍高于年初预期')).toBe('Q1');
    expect(openingSubYearPart('今年上半年,全市实现地区生产总值')).toBe('H1');
    expect(openingSubYearPart('1-9月,规上工业增加值增长')).toBe('Q1-3');
    expect(openingSubYearPart('景区推出一季度“免费游”')).toBeNull();
  });
});

describe('labelParagraphs', () => {
  it('turns a later part that names neither results nor plans into a plan', () => {
    const { headings } = label(['一、一年接着一年干，取得新成效', '正文。', '二、一张蓝图绘到底，奋力谱写新篇章', '正文。']);
    expect(headings.map((h) => [h.kind, h.period])).toEqual([
      ['result', '2025'],
      ['plan', '2026'],
    ]);
  });

  it('closes an item list when no next item follows', () => {
    const { labels } = label([
      '一、2025年工作回顾',
      '（一）稳增长。全年增长5%。',
      '（二）促改革。改革深化。',
      '总的看，成绩来之不易。',
      '二、2026年重点工作',
    ]);
    expect(labels[3].path).toEqual(['一、2025年工作回顾']);
  });

  it('keeps a paragraph under an item when the next item follows it', () => {
    const { labels } = label(['一、2025年工作回顾', '（一）稳增长。全年增长5%。', '另一段说明。', '（二）促改革。改革深化。']);
    expect(labels[2].path).toEqual(['一、2025年工作回顾', '（一）稳增长']);
  });

  it('opens an appendix as a part of its own whose numbered list restarts', () => {
    const { labels, headings } = label([
      '一、2025年工作回顾',
      '正文。',
      '二、2026年工作安排',
      '正文。',
      '附件1',
      '2026年十件民生实事',
      '一、提高低保水平',
      '二、建设托育机构',
    ]);
    expect(headings.map((h) => [h.text, h.depth])).toEqual([
      ['一、2025年工作回顾', 1],
      ['二、2026年工作安排', 1],
      ['附件1', 1],
      ['2026年十件民生实事', 2],
      ['一、提高低保水平', 3],
      ['二、建设托育机构', 3],
    ]);
    expect([labels[7].kind, labels[7].period]).toEqual(['plan', '2026']);
  });

  it('labels front matter as other', () => {
    const { labels } = label([
      '——2026年1月26日在某省人民代表大会第五次会议上',
      '某省省长 王五',
      '各位代表：',
      '现在，我代表省人民政府，向大会报告工作。',
      '一、2025年工作回顾',
      '正文。',
    ]);
    expect(labels.map((l) => l.kind)).toEqual(['other', 'other', 'other', 'other', 'result', 'result']);
  });

  it('gives a mid-year report’s results the part of the year they cover', () => {
    const m = meta({ reportsOn: 2025, plansFor: 2025, docYear: 2025 });
    const { labels } = label(['一季度，全区生产总值增长4.6%。', '以上成绩来之不易。', '二、2025年发展主要目标', '全年增长5.5%左右。'], m);
    expect(labels.map((l) => [l.kind, l.period])).toEqual([
      ['result', '2025Q1'],
      ['result', '2025Q1'],
      ['plan', '2025'],
      ['plan', '2025'],
    ]);
  });

  it('switches from results to plans where a report without headings turns to the plan year', () => {
    const m = meta({ kind: 'plan-execution-report', reportsOn: 2023, plansFor: 2024, docYear: 2024 });
    const { labels } = label(['全市生产总值增长5.6%。', '2024年是关键一年。', '做好2024年工作。'], m);
    expect(labels.map((l) => [l.kind, l.period])).toEqual([
      ['result', '2023'],
      ['plan', '2024'],
      ['plan', '2024'],
    ]);
  });
});

describe('joinInlineBreaks', () => {
  const lines = (...texts: Array<string | null>): Line[] => {
    const out: Line[] = [];
    let blank = false;
    for (const t of texts) {
      if (t === null) blank = true;
      else {
        out.push({ mapped: fromSource(t), blankBefore: blank });
        blank = false;
      }
    }
    return out;
  };
  const join = (...texts: Array<string | null>) => joinInlineBreaks(lines(...texts)).map((p) => p.text);

  it('rejoins a line broken at a link, a subscript or a bold phrase', () => {
    expect(join('地级及以上城市细颗粒物（PM', '2.5', '）平均浓度下降9.1%。')).toEqual([
      '地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。',
    ]);
    expect(join('营商环境明显改善。共建“一带一路”扎实推进。推动', '区域全面经济伙伴关系协定', '（RCEP）生效实施。')).toEqual([
      '营商环境明显改善。共建“一带一路”扎实推进。推动区域全面经济伙伴关系协定（RCEP）生效实施。',
    ]);
    expect(join('今年经济社会发展的', '主要预期目标', '是：增长5%左右。')).toEqual(['今年经济社会发展的主要预期目标是：增长5%左右。']);
  });

  it('keeps lines apart across blank lines, before headings and salutations, and in lists', () => {
    expect(join('这一行很长很长很长很长很长很长很长很长很长很长很长没有标点', null, '下一段。')).toHaveLength(2);
    expect(join('这一行很长很长很长很长很长很长很长很长很长很长很长没有标点', '二、2026年重点工作')).toHaveLength(2);
    expect(join('一、一年接着一年干，新福建建设持续取得新进展新成效', '2025年是收官之年。')).toHaveLength(2);
    expect(join('这一行很长很长很长很长很长很长很长很长很长很长很长没有标点', '各位代表：')).toHaveLength(2);
    expect(join('提升产业质效', '促进动能转换', '深化开放合作')).toHaveLength(3);
  });
});
