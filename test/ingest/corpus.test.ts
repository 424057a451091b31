import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import type { Sentence } from '../../src/ingest/types.js';
import { CORPUS_DIR, realCorpus, realDocument } from './helpers.js';

const sectionOf = (s: Sentence) => s.section.join(' › ');
const underPart = (s: Sentence, prefix: string) => s.section[0]?.startsWith(prefix) ?? false;

describe('the real corpus', () => {
  it('ingests all five reports; the only warning names the long repeats of the page printed twice', () => {
    const corpus = realCorpus();
    expect(corpus.warnings).toEqual([
      {
        file: 'gongshu-2022-plan-execution-and-2023-plan.txt',
        reason: expect.stringMatching(
          /^dropped 35 long lines \(up to \d+ characters\) as repeats of earlier paragraphs; the first: "今年以来/,
        ),
      },
    ]);
    expect(corpus.documents.map((d) => d.meta.id).sort()).toEqual([
      'gongshu-2023-plan-report',
      'gongshu-2025-work-report',
      'hangzhou-2024-plan-report',
      'qiantang-2021-work-report-illustrated',
      'qiantang-2025-plan-report',
    ]);
  });

  it('has no spam word in any sentence of any document', () => {
    for (const doc of realCorpus().documents) {
      for (const s of doc.sentences) {
        expect(s.text, `${doc.meta.id}: ${s.text}`).not.toMatch(/b33|体育app|官方网站|官网/i);
      }
    }
  });

  it('has no page chrome or metadata line left as a sentence', () => {
    const chrome = /^(下载|打印|全屏|收藏|【字号|来源[：:]|时间[：:]|发布日期|信息索引号|点击率|■|[（(](下转|上接))|Copyright|ICP备/;
    for (const doc of realCorpus().documents) {
      for (const s of doc.sentences) expect(s.text, `${doc.meta.id}: ${s.text}`).not.toMatch(chrome);
    }
  });

  it('repeats no sentence (by normalized text) within a document', () => {
    for (const doc of realCorpus().documents) {
      const norms = doc.sentences.map((s) => s.norm);
      const repeated = norms.filter((n, i) => norms.indexOf(n) !== i);
      expect(repeated, doc.meta.id).toEqual([]);
    }
  });

  it('gives every sentence a unique id that is the same on a second run', () => {
    const again = loadCorpus(CORPUS_DIR);
    for (const doc of realCorpus().documents) {
      const ids = doc.sentences.map((s) => s.id);
      expect(new Set(ids).size, doc.meta.id).toBe(ids.length);
      const second = again.documents.find((d) => d.meta.id === doc.meta.id)!;
      expect(second.sentences.map((s) => s.id)).toEqual(ids);
      expect(second.headings.map((h) => h.id)).toEqual(doc.headings.map((h) => h.id));
    }
  });

  it('labels every sentence with a period and a kind', () => {
    for (const doc of realCorpus().documents) {
      for (const s of doc.sentences) {
        expect(s.period, `${doc.meta.id}: ${s.text}`).toMatch(/^\d{4}(-\d{4})?(Q1-3|Q\d|H\d)?$/);
        expect(['result', 'plan', 'other']).toContain(s.kind);
      }
    }
  });
});

describe('qiantang-2025 plan report (钱塘区, 2024 results and 2025 plan)', () => {
  const doc = () => realDocument('qiantang-2025-plan-report');

  it('reports 2024 results in part 一', () => {
    const part = doc().sentences.filter((s) => underPart(s, '一、'));
    expect(part.length).toBeGreaterThan(80);
    for (const s of part) expect([s.period, s.kind], s.text).toEqual(['2024', 'result']);
  });

  it('plans 2025 in part 二 under exactly the seven "聚焦…" tasks', () => {
    const partTwo = doc().headings.find((h) => h.depth === 1 && h.text.startsWith('二、'))!;
    expect(partTwo).toMatchObject({ period: '2025', kind: 'plan' });
    const tasks = doc().headings.filter((h) => h.depth === 2 && h.path[0] === partTwo.text);
    expect(tasks.map((h) => h.text)).toEqual([
      '(一)聚焦创新驱动,厚植内生发展新优势',
      '(二)聚焦结构优化,打造产业发展新引擎',
      '(三)聚焦项目为王,培育领先发展新动能',
      '(四)聚焦深化改革,激发开放发展新活力',
      '(五)聚焦品质提升,构建产城融合发展新格局',
      '(六)聚焦美好生活,谱写共同富裕新篇章',
      '(七)聚焦城市安全,实现社会治理新突破',
    ]);
    for (const h of tasks) expect([h.period, h.kind]).toEqual(['2025', 'plan']);
    const planned = doc().sentences.filter((s) => underPart(s, '二、'));
    for (const s of planned) expect([s.period, s.kind], s.text).toEqual(['2025', 'plan']);
  });
});

describe('hangzhou plan report (杭州市, spam mirror)', () => {
  const doc = () => realDocument('hangzhou-2024-plan-report');

  it('removed the injected betting-site words', () => {
    expect(doc().stats.spamRemoved).toBeGreaterThanOrEqual(5);
    const text = doc().sentences.map((s) => s.text);
    expect(text).toContain('全市地区生产总值实现20059亿元,增长5.6%,增速高于全国0.4个百分点,成功进入“2万亿方阵”。');
    expect(text).toContain('1.绘就美丽中国样本新画卷。');
  });

  it('reports 2023 results until the paragraph "2024年是…", then plans 2024', () => {
    const sentences = doc().sentences;
    const turn = sentences.findIndex((s) => s.text.startsWith('2024年是新中国成立75周年'));
    expect(turn).toBeGreaterThan(100);
    const before = sentences.slice(0, turn);
    const after = sentences.slice(turn);
    expect(before.filter((s) => s.kind === 'result').length).toBeGreaterThan(150);
    for (const s of before) {
      expect(s.kind, s.text).not.toBe('plan');
      if (s.kind === 'result') expect(s.period, s.text).toBe('2023');
    }
    for (const s of after) expect([s.period, s.kind], s.text).toEqual(['2024', 'plan']);
  });

  it('does not take a whole paragraph for a quarter because it mentions "一季度" in passing', () => {
    const s = doc().sentences.find((x) => x.text.startsWith('文旅融合工程深度推进'))!;
    expect(s.period).toBe('2023');
  });

  it('puts the project lists after the last numbered task outside that task', () => {
    const s = doc().sentences.find((x) => x.text.startsWith('为更好接受人大监督'))!;
    expect(s.section).toEqual([]);
    const summary = doc().sentences.find((x) => x.text.startsWith('各区、县(市)安排重点建设实施项目'))!;
    expect(summary.section).toEqual([]);
  });
});

describe('gongshu-2023 plan report (拱墅区, page printed twice, flattened table)', () => {
  const doc = () => realDocument('gongshu-2023-plan-report');

  it('drops the second copy of the report', () => {
    expect(doc().stats.duplicatesDropped).toBeGreaterThan(50);
    expect(doc().sentences.filter((s) => s.text.startsWith('2.改革赋能全面深化')).length).toBe(1);
  });

  it('reports 2022 results in part 一 and plans 2023 in parts 二 and 三', () => {
    for (const s of doc().sentences.filter((x) => underPart(x, '一、'))) {
      expect(s.period, s.text).toBe('2022');
      expect(s.kind, s.text).not.toBe('plan');
    }
    const planned = doc().sentences.filter((s) => underPart(s, '二、') || underPart(s, '三、'));
    expect(planned.length).toBeGreaterThan(100);
    for (const s of planned) expect([s.period, s.kind], s.text).toEqual(['2023', 'plan']);
  });

  it('weighs the problems after the summary of part 一 as neither results nor plans', () => {
    const summary = doc().sentences.find((s) => s.text.startsWith('总体来看,2022年全区'))!;
    expect(summary.section).toEqual(['一、2022国民经济和社会发展计划执行情况']);
    const problems = doc().sentences.find((s) => s.text.startsWith('但仍存在不少压力和问题'))!;
    expect(problems.kind).toBe('other');
  });

  it('rebuilds the 30 indicator table rows as citable facts of 2022', () => {
    const rows = doc().sentences.filter((s) => s.source === 'table');
    expect(rows).toHaveLength(30);
    expect(rows[0].text.startsWith('地区生产总值增长：年度目标7%，2022年完成1.5%，低于目标5.5个百分点。备注：')).toBe(true);
    expect(rows.map((r) => r.text)).toContain(
      '企业上市(家)：年度目标4，2022年完成1，完成率25%。备注：楚环科技已上市,凯大催化、利尔达科技已过会。',
    );
    for (const r of rows) expect([r.period, r.kind], r.text).toEqual(['2022', 'result']);
    expect(doc().stats.tableRows).toBe(30);
  });
});

describe('qiantang-2021 illustrated summary (Markdown, unnumbered headings)', () => {
  const doc = () => realDocument('qiantang-2021-work-report-illustrated');

  it('strips Markdown bullets and bold marks', () => {
    for (const s of doc().sentences) {
      expect(s.text).not.toMatch(/\*|^[-•]\s|^#/);
    }
    expect(doc().sentences.map((s) => s.text)).toContain('研发经费支出占GDP比重达到3.97%,生物医药产业产值占全市比重超过50%。');
  });

  it('labels the review, the 2035 vision, the 十四五 targets and the 2021 plan', () => {
    const heading = (text: string) => doc().headings.find((h) => h.text === text)!;
    expect(heading('钱塘新区成立以来工作回顾')).toMatchObject({ period: '2020', kind: 'result', depth: 1 });
    expect(heading('二〇三五年远景目标')).toMatchObject({ period: '2035', kind: 'plan', depth: 1 });
    expect(heading('“十四五”发展方向')).toMatchObject({ period: '2021-2025', kind: 'plan', depth: 1 });
    expect(heading('2021年全区经济社会发展主要预期目标')).toMatchObject({ period: '2021', kind: 'plan', depth: 1 });
    expect(heading('百业兴旺、欣欣向荣的产业底色').path[1]).toBe('绘就一幅包含五种底色的钱塘画卷');
    const reviewed = doc().sentences.filter((s) => underPart(s, '钱塘新区成立以来工作回顾'));
    for (const s of reviewed) expect([s.period, s.kind]).toEqual(['2020', 'result']);
  });

  it('gives each of the six areas of 2021 work its own section', () => {
    const areas = doc().headings.filter((h) => /^[1-6] 努力/.test(h.text));
    expect(areas.map((h) => h.ordinal).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(areas.map((h) => h.text)).toContain('1 努力发展钱塘人更加满意的优质产业');
    expect(areas.map((h) => h.text)).toContain('6 努力建成钱塘人更加满意的高效政府');
    for (const h of areas) expect([h.period, h.kind, h.path[0]]).toEqual(['2021', 'plan', '牢记“人民政府为人民”,重点做好六方面工作']);
    const last = doc().sentences.at(-1)!;
    expect(last.text).toBe('保持清廉作风');
    expect(last.section.at(-1)).toBe('保持清廉作风');
    expect(last.section[1]).toBe('6 努力建成钱塘人更加满意的高效政府');
  });
});

describe('gongshu-2025 work report (newspaper columns, OCR spaces)', () => {
  const doc = () => realDocument('gongshu-2025-work-report');

  it('rejoins the first-quarter sentence cut by the columns, with the OCR spaces closed', () => {
    const s = doc().sentences.find((x) => x.text.startsWith('一季度，全区主要经济指标'))!;
    expect(s.text).toMatch(
      /^一季度，全区主要经济指标运行情况普遍高于年初预期、好于去年同期，GDP增长4\.6%，.*货物出口增长38\.3%，.*固定资产投资小幅下降1\.9%，.*打下了良好基础。$/,
    );
    expect([s.period, s.kind]).toEqual(['2025Q1', 'result']);
    expect(doc().sentences.some((x) => x.text.includes('实现当年投资75.7亿元以上'))).toBe(true);
  });

  it('never leaves a sentence broken by a column line', () => {
    const sentences = doc().sentences.filter((s) => !s.isHeading);
    // Only the excerpt's own last words ("深化招投标") may stop mid-sentence.
    const unfinished = sentences.filter((s) => !/[。！？；：]$/.test(s.text));
    expect(unfinished.map((s) => s.text)).toEqual(['深化招投标']);
  });

  it('reports 2025 first-quarter results first, then plans 2025 under (一)–(四)', () => {
    const sentences = doc().sentences;
    const turn = sentences.findIndex((s) => s.text.startsWith('二、2025年发展主要目标'));
    for (const s of sentences.slice(0, turn)) {
      expect(s.kind, s.text).not.toBe('plan');
      if (s.kind === 'result') expect(s.period).toBe('2025Q1');
    }
    for (const s of sentences.slice(turn)) expect([s.period, s.kind], s.text).toEqual(['2025', 'plan']);
    const tasks = doc()
      .headings.filter((h) => h.depth === 2)
      .map((h) => h.text.slice(0, 3));
    expect(tasks).toEqual(['（一）', '（二）', '（三）', '（四）']);
  });
});

describe('sections', () => {
  it('name the heading path of each sentence', () => {
    const s = realDocument('qiantang-2025-plan-report').sentences.find((x) => x.text.startsWith('全年地区生产总值达1416亿元'))!;
    expect(sectionOf(s)).toBe(
      '一、2024年国民经济和社会发展计划执行情况 › (一)强攻坚、齐发力,经济运行稳进提质、坚实稳固 › 1.经济运行稳中有进',
    );
  });
});
