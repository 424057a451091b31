import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { reviewHeadingSpan } from '../../src/ingest/periods.js';
import type { IngestedDocument, Sentence } from '../../src/ingest/types.js';
import { planOfSpan } from '../../src/lang/zh/five-year-plans.js';
import { REPO_ROOT } from './helpers.js';

/**
 * Every external report that reviews a five-year plan ending in the year it reports on: the
 * paragraphs about the five years are the plan's, the year's own figures the year's. The cues this
 * test reads are written out here, apart from the word lists the labelling reads.
 */
const FOLDERS = ['national', 'provincial-2025', 'provincial-2026'];
const reports = FOLDERS.flatMap((f) => loadCorpus(path.join(REPO_ROOT, 'test/fixtures/gov-reports', f)).documents);

/** A paragraph that opens on the five years: "五年来，…", "——这五年，…", "过去五年，…", "“十四五”时期，…". */
const FIVE_YEAR_PARAGRAPH = /^(——)?(五年来|这五年|过去五年|“十四五”时期)[，,]/;
/** A sentence of a five-year average, or a total. */
const AVERAGE = /年均(增长|增速)/;
const TOTAL = /累计/;
/** A sentence that is one from–to span and nothing else: "常住人口城镇化率从72%提升至76%左右。". */
const FROM_TO_ONLY = /^[^，、；。0-9]{2,20}(从|由)[0-9.]+[%万亿元岁件个]*(提高|提升|增加|增)(到|至)[0-9.]+[%万亿元岁件个]*(左右)?。$/;
/** A sentence of the year's own figures, said so. */
const YEAR_OWN = /今年|全年|同比|比上年/;
/** A paragraph that opens on the year: "过去一年，…", "一年来，…", "2025年是…". */
const YEAR_PARAGRAPH = (year: number) => new RegExp(`^(过去一年|一年来|${year}年是)`);

interface Review {
  plan: string;
  year: string;
  sentences: Sentence[];
}

/** The plan a report reviews and the sentences of its results: under a spanning heading, or opening a paragraph on the five years. */
function fiveYearReview(doc: IngestedDocument): Review | null {
  const year = doc.meta.reportsOn;
  if (year === null) return null;
  const heading = doc.headings.find((h) => reviewHeadingSpan(h.text, year) !== null);
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  const opensOnFiveYears = [...byParagraph.values()].some((p) => FIVE_YEAR_PARAGRAPH.test(p[0].text) && p[0].period.endsWith(`-${year}`));
  // The five years reviewed are a plan's (the national report closing a government's term reviews five years that are not).
  if ((!heading && !opensOnFiveYears) || !planOfSpan(`${year - 4}-${year}`)) return null;
  const plan = `${year - 4}-${year}`;
  const under = (s: Sentence) => (heading ? heading.path.every((p, i) => s.section[i] === p) : true);
  return { plan, year: String(year), sentences: doc.sentences.filter((s) => !s.isHeading && under(s)) };
}

function paragraphs(sentences: readonly Sentence[]): Sentence[][] {
  const out = new Map<number, Sentence[]>();
  for (const s of sentences) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  return [...out.values()];
}

const code = (doc: IngestedDocument) => doc.meta.file.split('_').slice(0, 2).join('_');

const reviewed = reports.flatMap((doc) => {
  const review = fiveYearReview(doc);
  return review ? [{ doc, review }] : [];
});

describe('five-year reviews in the external reports', () => {
  it('are found in every 2026 provincial report, and only there', () => {
    expect(reviewed.map((r) => code(r.doc)).sort()).toEqual([
      '2026_AH',
      '2026_BJ',
      '2026_FJ',
      '2026_GD',
      '2026_JS',
      '2026_SD',
      '2026_SH',
      '2026_ZJ',
    ]);
  });

  it.each(reviewed.map((r) => [r.doc.meta.file, r] as const))(
    '%s: five-year figures are the plan’s, the year’s figures the year’s',
    (_file, { review }) => {
      const results = review.sentences.filter((s) => s.kind === 'result');
      const notPlan = (ss: Sentence[]) => ss.filter((s) => s.period !== review.plan).map((s) => s.text);
      const notYear = (ss: Sentence[]) => ss.filter((s) => s.period !== review.year).map((s) => s.text);
      // The sentence that opens a paragraph on the five years, and every average or total, is the plan's.
      const opened = paragraphs(results).filter((p) => FIVE_YEAR_PARAGRAPH.test(p[0].text));
      expect(notPlan(opened.map((p) => p[0]))).toEqual([]);
      expect(notPlan(results.filter((s) => AVERAGE.test(s.text) && !/近\d年/.test(s.text)))).toEqual([]);
      // A total is the five years' in a paragraph about them (in the year's run it may be the year's: "累计达到1100座").
      expect(notPlan(opened.flat().filter((s) => TOTAL.test(s.text)))).toEqual([]);
      // A sentence that says it gives the year's figure is the year's; so is the year's run.
      const fiveYearCue = (s: Sentence) => /年均|五年|5年|累计|“十四五”时期|连续\d+年/.test(s.text);
      expect(notYear(results.filter((s) => YEAR_OWN.test(s.text) && !fiveYearCue(s)))).toEqual([]);
      const yearRun = paragraphs(results).filter((p) => YEAR_PARAGRAPH(Number(review.year)).test(p[0].text));
      expect(notYear(yearRun.flat().filter((s) => !fiveYearCue(s)))).toEqual([]);
      // The end of a from–to span is the level the five years end on: the year's.
      expect(notYear(results.filter((s) => FROM_TO_ONLY.test(s.text)))).toEqual([]);
    },
  );

  it('label a share of their sentences the plan’s and the rest the year’s, report by report', () => {
    const counts = Object.fromEntries(
      reviewed.map(({ doc, review }) => {
        const results = review.sentences.filter((s) => s.kind === 'result');
        return [
          code(doc),
          { plan: results.filter((s) => s.period === review.plan).length, year: results.filter((s) => s.period === review.year).length },
        ];
      }),
    );
    console.log('five-year review sentences (plan / year) per report:', JSON.stringify(counts));
    // Each review gives the five years a run of their own, and the reports that review the year
    // under the same heading keep its figures the year's.
    for (const [file, c] of Object.entries(counts)) expect(c.plan, file).toBeGreaterThanOrEqual(10);
    for (const file of ['2026_AH', '2026_GD', '2026_JS', '2026_SD', '2026_ZJ']) expect(counts[file].year, file).toBeGreaterThanOrEqual(20);
  });

  it('keep the figures their readers ask of them where they belong', () => {
    const find = (code: string, start: string) => {
      const doc = reports.find((d) => d.meta.file.includes(code))!;
      const s = doc.sentences.find((x) => x.text.startsWith(start));
      if (!s) throw new Error(`${code}: no sentence starting ${start}`);
      return `${s.period} ${s.kind}`;
    };
    expect(find('2026_GD', '地区生产总值从11.37万亿元提高到14.58万亿元')).toBe('2025 result');
    expect(find('2026_GD', '城镇累计新增就业超700万人')).toBe('2021-2025 result');
    expect(find('2026_SD', '一般公共预算收入累计完成3.7万亿元')).toBe('2021-2025 result');
    expect(find('2026_SD', '每年实施20项重点民生实事')).toBe('2021-2025 result');
    expect(find('2026_GD', '地区生产总值增长3.9%')).toBe('2025 result');
    expect(find('2026_SD', '——经济综合实力实现新跃升')).toBe('2021-2025 result');
    expect(find('2026_SD', '地区生产总值增长5.5%、达到10.3万亿元')).toBe('2025 result');
    expect(find('2026_JS', '人均可支配收入年均增长6%')).toBe('2021-2025 result');
    expect(find('2026_JS', '规上工业企业利润增长6%')).toBe('2025 result');
    expect(find('2026_ZJ', '研发投入强度从2.77%提高到3.3%左右')).toBe('2025 result');
    expect(find('2026_ZJ', '五年来，全省刑事案件总量下降35.9%')).toBe('2021-2025 result');
    expect(find('2026_ZJ', '全省生产总值增长5.5%')).toBe('2025 result');
    expect(find('2026_AH', '制造业投资年均增长12.2%')).toBe('2021-2025 result');
    expect(find('2026_AH', '战略性新兴产业产值占规上工业比重从40.3%提高到')).toBe('2025 result');
    expect(find('2026_BJ', '这五年，我们牢记嘱托、锚定蓝图')).toBe('2021-2025 result');
    expect(find('2026_BJ', '《纲要草案》明确了今后五年的发展目标')).toBe('2026-2030 plan');
  });
});
