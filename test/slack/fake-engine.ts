import { AnswerSchema, type Answer, type AskContext, type AskEngine, type Citation } from '../../src/answer/schema.js';

/**
 * A stand-in for the real engine with answers shaped like the real ones: Chinese report
 * sentences, figures, priorities and a refusal with coverage. The numbers are illustrative test
 * data, not quotes from the corpus.
 */

const QT_GDP: Citation = {
  id: 'qiantang-2025#s1-p3-1',
  docId: 'qiantang-2025-gov-report',
  title: '2025年杭州市钱塘区人民政府工作报告',
  district: '钱塘区',
  year: 2025,
  period: '2024年',
  kind: 'result',
  section: '一、2024年工作回顾 > （一）经济运行稳中有进',
  paragraph: 3,
  sentence: '全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。',
  source: 'text',
  score: 0.92,
};

const QT_INDUSTRY: Citation = {
  ...QT_GDP,
  id: 'qiantang-2025#s1-p3-2',
  sentence: '规上工业增加值增长9.1%，数字经济核心产业增加值增长12.3%。',
  score: 0.81,
};

const GS_TARGET: Citation = {
  id: 'gongshu-2025#s3-p1-2',
  docId: 'gongshu-2025-gov-report',
  title: '2025年杭州市拱墅区人民政府工作报告',
  district: '拱墅区',
  year: 2025,
  period: '2025年',
  kind: 'plan',
  section: '三、2025年主要目标任务',
  paragraph: 1,
  sentence: '2025年全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。',
  source: 'text',
  score: 0.9,
};

const GS_PRIORITY_1: Citation = {
  ...GS_TARGET,
  id: 'gongshu-2025#s3-p2-1',
  section: '三、2025年主要目标任务 > （一）',
  sentence: '聚焦数字经济，加快建设运河湾国际数字贸易港。',
};
const GS_PRIORITY_2: Citation = {
  ...GS_TARGET,
  id: 'gongshu-2025#s3-p3-1',
  section: '三、2025年主要目标任务 > （二）',
  sentence: '推进城市有机更新，完成老旧小区改造30个。',
};

/** A cited sentence carrying Slack markup, to prove the bot escapes report text. */
export const INJECTION_SENTENCE = '<!channel> & <http://x|y> 全区实现财政总收入<@U999>亿元。';

const INJECTED: Citation = { ...QT_GDP, id: 'qiantang-2025#inj', sentence: INJECTION_SENTENCE, section: '附件 > <!here>' };

export const COVERAGE = [
  { district: '钱塘区', years: ['2023', '2024', '2025'] },
  { district: '拱墅区', years: ['2024', '2025'] },
];

/** A trend answer with its chart, as the engine gives for "钱塘区历年GDP增速" (values made up, shape real). */
function trendAnswer(question: string): Answer {
  return {
    ...gdpAnswer(question, '钱塘区'),
    text: '钱塘区历年地区生产总值增速：2023年6.2%，2024年6.8%。[1]',
    chart: {
      type: 'line',
      title: '钱塘区历年地区生产总值增速',
      unit: '%',
      categories: ['2022年', '2023年', '2024年', '2025年'],
      series: [
        { name: '实际', kind: 'actual', values: [4.1, 6.2, 6.8, null] },
        { name: '目标', kind: 'target', values: [6.5, 6, 6, 5.5] },
      ],
      sources: [QT_GDP.title],
      language: 'zh',
    },
  };
}

function gdpAnswer(question: string, place: string): Answer {
  if (place === '拱墅区') return gongshuTarget(question);
  return {
    id: `ans-${Math.random().toString(36).slice(2, 10)}`,
    question,
    notFound: false,
    // The real engine's shape: the top quote as the answer, then the other quotes as a list.
    text: '据钱塘区《2025年杭州市钱塘区人民政府工作报告》：全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。[1]\n相关原文：\n[2] 规上工业增加值增长9.1%，数字经济核心产业增加值增长12.3%。',
    citations: [QT_GDP, QT_INDUSTRY],
    figures: [
      {
        indicator: '地区生产总值',
        value: 1180.6,
        unit: '亿元',
        change: { direction: 'up', value: 6.8, unit: '%' },
        kind: 'actual',
        period: '2024年',
        district: '钱塘区',
        citationId: QT_GDP.id,
      },
      {
        indicator: '规上工业增加值增速',
        value: 9.1,
        unit: '%',
        kind: 'actual',
        period: '2024年',
        district: '钱塘区',
        citationId: QT_INDUSTRY.id,
      },
    ],
    priorities: [],
    understood: { places: ['钱塘区'], years: [2024], intent: 'result' },
  };
}

function gongshuTarget(question: string): Answer {
  return {
    id: `ans-${Math.random().toString(36).slice(2, 10)}`,
    question,
    notFound: false,
    text: /\p{Script=Han}/u.test(question)
      ? '拱墅区2025年地区生产总值的预期目标是增长5.5%左右。'
      : "Gongshu's 2025 target is GDP growth of about 5.5% (地区生产总值增长5.5%左右).",
    citations: [GS_TARGET],
    figures: [
      {
        indicator: '地区生产总值增速',
        value: 5.5,
        unit: '%',
        qualifier: '左右',
        kind: 'target',
        period: '2025年',
        district: '拱墅区',
        citationId: GS_TARGET.id,
      },
    ],
    priorities: [],
    understood: { places: ['拱墅区'], years: [2025], intent: 'plan' },
  };
}

function prioritiesAnswer(question: string): Answer {
  return {
    id: `ans-${Math.random().toString(36).slice(2, 10)}`,
    question,
    notFound: false,
    text:
      '拱墅区工作重点（按报告原文顺序，出自《2025年杭州市拱墅区人民政府工作报告》）：\n• （一）做强数字经济 [1]\n• （二）推进城市有机更新 [2]\n' +
      '报告提出7方面工作，语料中只收录了其中（一）–（二）部分（节选）。',
    citations: [GS_PRIORITY_1, GS_PRIORITY_2],
    figures: [],
    // As the real engine does, details are sentence ids, cited or not.
    priorities: [
      { title: '（一）做强数字经济', citationId: GS_PRIORITY_1.id, details: ['gongshu-2025#s3-p2-9'] },
      { title: '（二）推进城市有机更新', citationId: GS_PRIORITY_2.id, details: [GS_PRIORITY_2.id] },
    ],
    understood: { places: ['拱墅区'], years: [2025], intent: 'plan' },
  };
}

function notFoundAnswer(question: string): Answer {
  return {
    id: `ans-${Math.random().toString(36).slice(2, 10)}`,
    question,
    notFound: true,
    text: '这些报告不涉及火星。\n报告覆盖范围：钱塘区 2023–2025、拱墅区 2024–2025',
    citations: [],
    figures: [],
    priorities: [],
    coverage: COVERAGE,
  };
}

function injectionAnswer(question: string): Answer {
  return {
    ...gdpAnswer(question, '钱塘区'),
    text: '据报告：<!here> 财政收入见下 & 其他。[1]',
    citations: [INJECTED],
    figures: [
      {
        indicator: '财政总收入<@U999>',
        value: 200,
        unit: '亿元',
        kind: 'actual',
        period: '2024年',
        district: '钱塘区',
        citationId: INJECTED.id,
      },
    ],
  };
}

export interface FakeEngineCall {
  question: string;
  context: AskContext | undefined;
}

export class FakeEngine implements AskEngine {
  readonly calls: FakeEngineCall[] = [];
  readonly passageCalls: string[][] = [];
  /** Set to delay every answer, e.g. to simulate retrieval time in the load run. */
  delayMs = 0;
  /** Set to hold answers until released (graceful stop tests). */
  gate: Promise<void> | undefined;

  async ask(question: string, context?: AskContext): Promise<Answer> {
    this.calls.push({ question, context });
    if (this.gate) await this.gate;
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (question.includes('出错')) throw new Error('index file missing (simulated)');
    const history = context?.history ?? [];
    // Follow-ups inherit the place of the earlier questions, as the real engine does.
    const place =
      ['拱墅区', '钱塘区'].find((p) => question.includes(p) || (/gongshu/i.test(question) && p === '拱墅区')) ??
      ['拱墅区', '钱塘区'].find((p) => history.some((h) => h.includes(p))) ??
      '钱塘区';
    let answer: Answer;
    if (/火星|Mars/i.test(question)) answer = notFoundAnswer(question);
    else if (question.includes('注入')) answer = injectionAnswer(question);
    else if (question.includes('工作重点')) answer = prioritiesAnswer(question);
    else if (question.includes('历年')) answer = trendAnswer(question);
    else if (/目标|target/i.test(question)) answer = gongshuTarget(question);
    else answer = gdpAnswer(question, place);
    return AnswerSchema.parse(answer);
  }

  async passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>> {
    this.passageCalls.push([...citationIds]);
    const all = [QT_GDP, QT_INDUSTRY, GS_TARGET, GS_PRIORITY_1, GS_PRIORITY_2, INJECTED];
    return citationIds.flatMap((id) => {
      const c = all.find((x) => x.id === id);
      return c
        ? [
            {
              citationId: id,
              title: c.title,
              section: c.section,
              text: `过去一年，我们坚持稳中求进工作总基调。${c.sentence}全年经济运行总体平稳、稳中有进。`,
            },
          ]
        : [];
    });
  }
}
