/**
 * Every sentence the bot writes around the reports' own words, in both languages, in one table:
 * the answer's frame (compose, refusals, the figure lead, priorities), coverage labels, the CLI's
 * headings and the Slack labels and notices. A message is a text or a function of its parameters;
 * `message(key, lang, params)` picks the language. Report text never passes through here: only the
 * frame around it.
 */
import { placeLabel } from '../lang/zh/place-words.js';
import { planOfSpan } from '../lang/zh/five-year-plans.js';
import { englishPlace } from './english-names.js';
import { englishQuantity } from '../lang/en/english-units.js';
import { PERCENTAGE_POINTS } from '../lang/zh/units.js';

export type Lang = 'zh' | 'en';

type Text<P> = string | ((p: P) => string);
interface Entry<P> {
  zh: Text<P>;
  en: Text<P>;
}

/** The verb of a change in Chinese: a rate grows (增长5.1%), an amount is added to (增加19天), as the reports write each. */
function changeVerbZh(down: boolean, unit: string): string {
  const rate = unit === '%' || unit === PERCENTAGE_POINTS;
  return down ? (rate ? '下降' : '减少') : rate ? '增长' : '增加';
}

function entry<P = void>(zh: Text<P>, en: Text<P>): Entry<P> {
  return { zh, en };
}

/** A text written once for readers of either language (the CLI's and the assistant's greetings). */
function either(text: string): Entry<void> {
  return { zh: text, en: text };
}

type Direction = 'up' | 'down' | 'flat';

const MESSAGES = {
  // --- The answer's frame (compose.ts) -------------------------------------------------------
  fromReports: entry('报告原文：', 'From the reports:'),
  relatedPassages: entry('相关原文：', 'Related passages:'),
  accordingTo: entry<{ source: string; sentence: string }>(
    (p) => `据${p.source}：${p.sentence}[1]`,
    (p) => `According to ${p.source}: ${p.sentence} [1]`,
  ),
  /** The place, years and indicator a refusal names: "钱塘区2024年GDP", "钱塘区 2024 GDP". */
  askedSubject: entry<{ places: readonly string[]; years: readonly number[]; indicator: string }>(
    (p) => `${p.places.map(placeLabel).join('、')}${p.years.map((y) => `${y}年`).join('、')}${p.indicator}`,
    (p) => [p.places.map(englishPlace).join(', '), p.years.join(' and '), p.indicator].filter((part) => part.length > 0).join(' '),
  ),
  unknownPlace: entry<{ places: readonly string[] }>(
    (p) => `这些报告不涉及${p.places.join('、')}。`,
    (p) => `The reports do not cover ${p.places.map(englishPlace).join(', ')}.`,
  ),
  noPeriod: entry<{ places: readonly string[]; years: readonly number[] }>(
    (p) => `这些报告没有${p.places.map(placeLabel).join('、')}${p.years.map((y) => `${y}年`).join('、')}的相关内容。`,
    (p) => `The reports have nothing on ${[...p.places.map(englishPlace), ...p.years.map(String)].join(' ') || 'that period'}.`,
  ),
  subjectNotCovered: entry<{ subject: string }>(
    (p) => `这些报告没有关于${p.subject}的内容。`,
    (p) => `The reports don't cover ${p.subject}.`,
  ),
  notCovered: entry('这些报告没有涉及这个问题。', "The reports don't cover that."),
  /** A number asked of a place and year, of a subject no glossary indicator names, that the reports do not give. */
  noFigureForPeriod: entry<{ places: readonly string[]; years: readonly number[] }>(
    (p) => `报告没有给出${p.places.map(placeLabel).join('、')}${p.years.map((y) => `${y}年`).join('、')}的这项数字。`,
    (p) => `The reports give no such figure for ${p.places.map(englishPlace).join(', ')} in ${p.years.join(', ')}.`,
  ),
  coverageIntro: entry('报告覆盖范围：', 'The corpus covers: '),

  // --- Coverage (coverage.ts) ----------------------------------------------------------------
  coverageResults: entry('实绩', 'results'),
  coveragePlans: entry('目标与计划', 'targets and plans'),
  coverageYear: entry<{ year: string; kinds: readonly string[] }>(
    (p) => `${p.year}（${p.kinds.join('、')}）`,
    (p) => `${p.year} (${p.kinds.join(', ')})`,
  ),
  coverageDistrict: entry<{ district: string; years: readonly string[] }>(
    (p) => `${placeLabel(p.district)}：${p.years.join('，')}`,
    (p) => `${englishPlace(p.district)}: ${p.years.join(', ')}`,
  ),
  coverageSeparator: entry('；', '; '),
  coverageSpan: entry<{ district: string; from: string; to: string }>(
    (p) => `${placeLabel(p.district)}（${p.from === p.to ? p.from : `${p.from}–${p.to}`}年）`,
    (p) => `${englishPlace(p.district)} (${p.from === p.to ? p.from : `${p.from}–${p.to}`})`,
  ),
  coverageSpanSeparator: entry('、', ', '),
  coverageSpanNote: entry('（问某地某年，可看该地逐年的实绩与目标）', ' (ask about one place to see its years of results and targets)'),

  // --- The figure lead (figure-lead.ts) ------------------------------------------------------
  planPeriod: entry<{ plan: string; english: string }>(
    (p) => `“${p.plan}”时期`,
    (p) => `${p.english} Five-Year Plan (${p.plan}) period`,
  ),
  periodQ1: entry('一季度', ' Q1'),
  periodQ2: entry('二季度', ' Q2'),
  periodQ3: entry('三季度', ' Q3'),
  periodQ4: entry('四季度', ' Q4'),
  periodH1: entry('上半年', ' H1'),
  periodH2: entry('下半年', ' H2'),
  periodQ1to3: entry('前三季度', ' Q1–Q3'),
  periodYear: entry<{ year: string; part: string }>(
    (p) => `${p.year}年${p.part}`,
    (p) => `${p.year}${p.part}`,
  ),
  leadTarget: entry('目标', 'target'),
  leadActual: entry('实绩', 'actual'),
  /** A change after the value: "，增长5.1%", ", up 5.1%". */
  leadChange: entry<{ down: boolean; value: number; unit: string }>(
    (p) => `，${changeVerbZh(p.down, p.unit)}${p.value}${p.unit}`,
    (p) => `, ${p.down ? 'down' : 'up'} ${englishQuantity(p.value, p.unit)}`,
  ),
  /** A value that is itself the growth rate: "增长5.1%", "growth 5.1%". */
  /** A from–to pair as a trend's value: "从7248亿元到8865亿元". */
  leadFromTo: entry<{ from: string; to: string }>(
    (p) => `从${p.from}到${p.to}`,
    (p) => `from ${p.from} to ${p.to}`,
  ),
  /** A gap to a wider place or a target, before its points: "高0.4个百分点", "above by 0.4个百分点". */
  leadGap: entry<{ down: boolean }>(
    (p) => (p.down ? '低' : '高'),
    (p) => (p.down ? 'below by ' : 'above by '),
  ),
  leadGrowthOnly: entry<{ down: boolean }>(
    (p) => (p.down ? '下降' : '增长'),
    (p) => (p.down ? 'down ' : 'growth '),
  ),
  /** An amount's own change: "增加2000元", "down 1分/千瓦时". */
  leadAmountChange: entry<{ down: boolean }>(
    (p) => (p.down ? '下降' : '增加'),
    (p) => (p.down ? 'down ' : 'up '),
  ),
  leadLine: entry<{
    place: string;
    period: string;
    indicator: string;
    english: string | null;
    kind: string;
    value: string;
    amount: string | null;
    change: string;
    growthOnly: string;
    n: number;
  }>(
    (p) => `${p.place}${p.period}${p.indicator}${p.kind ? `（${p.kind}）` : ''}：${p.growthOnly}${p.value}${p.change} [${p.n}]`,
    (p) =>
      `${p.place} ${p.period ? `${p.period} ` : ''}${p.english ? `${p.english} (${[p.indicator, p.kind].filter(Boolean).join(', ')})` : `${p.indicator}${p.kind ? ` (${p.kind})` : ''}`}: ${p.growthOnly}${p.value}${p.amount ? ` (${p.amount})` : ''}${p.change} [${p.n}]`,
  ),
  leadSeparator: entry('；', '; '),
  /** After a comparison's two figures: which is higher, like for like. */
  verdictHigher: entry<{ place: string; high: string; low: string }>(
    (p) => `。${placeLabel(p.place)}更高：${p.high} 对 ${p.low}`,
    (p) => `. ${p.place} is higher: ${p.high} vs ${p.low}`,
  ),
  /** After a verdict between two levels of a thing better lower (失业率, PM2.5): the higher is the worse. */
  lowerIsBetter: entry('（该指标越低越好）', ' (lower is better)'),
  /** The same, of two counts ("12家 对 9家"): which has more. */
  verdictMore: entry<{ place: string; high: string; low: string }>(
    (p) => `。${placeLabel(p.place)}更多：${p.high} 对 ${p.low}`,
    (p) => `. ${p.place} has more: ${p.high} vs ${p.low}`,
  ),
  /** After two things' figures asked which is more: the first or the second named. */
  verdictMoreOfTwo: entry<{ first: boolean; word: string; high: string; low: string }>(
    (p) => `。${p.first ? '前者' : '后者'}更${p.word}：${p.high} 对 ${p.low}`,
    (p) => `. The ${p.first ? 'first' : 'second'} is more: ${p.high} vs ${p.low}`,
  ),
  /** By how much: a count's or an amount's difference is more ("多16家"), a rate's is higher in points ("高16.9个百分点"). */
  verdictDifferenceOfTwo: entry<{ first: boolean; difference: string; rate: boolean }>(
    (p) => `。${p.first ? '前者' : '后者'}${p.rate ? '高' : '多'}${p.difference}`,
    (p) => `. The ${p.first ? 'first' : 'second'} is ${p.rate ? 'higher' : 'more'} by ${p.difference}`,
  ),
  verdictSameNumber: entry<{ a: string; b: string }>(
    (p) => `。数值相同，提法不同：${p.a} 对 ${p.b}`,
    (p) => `. The same number, worded differently: ${p.a} vs ${p.b}`,
  ),
  verdictDifferent: entry('。不一样', '. Not the same'),
  verdictEqual: entry<{ a: string; b: string }>(
    (p) => `。两者相同：${p.a} 对 ${p.b}`,
    (p) => `. The same: ${p.a} vs ${p.b}`,
  ),
  /** Before a whole year's figure given for a part of the year the reports do not single out. */
  partNotGiven: entry<{ part: string }>(
    (p) => `（报告没有单列${p.part}的数字，以下为全年）`,
    (p) => `(The reports give no separate${p.part} figure; the whole year's:) `,
  ),
  sideMissing: entry<{ places: string[] }>(
    (p) => `（报告中没有${p.places.map(placeLabel).join('、')}的该项数据）`,
    (p) => ` (no such figure in the reports for ${p.places.map(englishPlace).join(', ')})`,
  ),
  /** After one side's amount, the other side's growth, all its reports give of the indicator that year. */
  sideGrowthOnly: entry<{ places: string[]; leads: string[] }>(
    (p) => `（报告中没有${p.places.map(placeLabel).join('、')}的该项总量，只有增速：${p.leads.join('；')}）`,
    (p) => ` (the reports give no amount for ${p.places.map(englishPlace).join(', ')}, only its growth: ${p.leads.join('; ')})`,
  ),
  verdictKinds: entry('（一为目标、一为实绩，不作比较）', ' (one is a target, the other an actual: not compared)'),
  /** After a level asked of two places, one of whose reports states only its growth: no verdict, and why. */
  verdictLevelMissing: entry<{ place: string }>(
    (p) => `（${p.place}只给出增速，没有总量，不作比较）`,
    (p) => ` (${p.place}: growth only, no level given: not compared)`,
  ),
  /** After two places' latest figures of different periods (a quarter and a year, two years): no verdict. */
  verdictPeriods: entry('（两者时期不同，不作比较）', ' (of different periods: not compared)'),
  /** "《2026年广东省政府工作报告》：2026年1月26日作 [1]", from the report's own delivery line. */
  deliveredOn: entry<{ title: string; year: number; month: number; day: number; n: number }>(
    (p) => `《${p.title}》：${p.year}年${p.month}月${p.day}日作 [${p.n}]`,
    (p) => `${p.title}: delivered on ${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} [${p.n}]`,
  ),
  deliveredSameDay: entry<{ same: boolean }>(
    (p) => (p.same ? '。是同一天' : '。不是同一天'),
    (p) => (p.same ? '. The same day.' : '. Not the same day.'),
  ),
  verdictTargetAgainstResult: entry<{ year: number; than: number; order: 'higher' | 'lower' | 'same' }>(
    (p) => `。${p.year}年目标${{ higher: '高于', lower: '低于', same: '等于' }[p.order]}${p.than}年实绩`,
    (p) => `. The ${p.year} target is ${{ higher: 'higher than', lower: 'lower than', same: 'the same as' }[p.order]} the ${p.than} actual`,
  ),
  /** After a lead answering an increase asked with the total the report gives ("新增几家" of "增至3022家"). */
  totalNotIncrement: entry('（报告给出的是总数，没有给出新增数）', ' (the reports give the total, not the increase)'),
  /** Two sides of an increment asked where one states only its total ("新增…谁多": 新增45家 beside 达到274家). */
  verdictIncrementTotal: entry('（一为新增、一为总数，不作比较）', ' (one is an increase, the other a total: not compared)'),
  /** A comparison's side the reports hold nothing on ("浙江和湖南GDP比较"): named in the lead, never left out silently. */
  sideUncovered: entry<{ places: string[] }>(
    (p) => `（报告中没有${p.places.map(placeLabel).join('、')}的数据，无法比较）`,
    (p) => ` (the reports hold nothing on ${p.places.map(englishPlace).join(', ')}: no comparison)`,
  ),
  /** A level asked ("GDP多少") where the reports give only its growth: said before the growth. */
  levelNotStated: entry<{ years: readonly number[] }>(
    (p) => `报告未给出${p.years.map((y) => `${y}年`).join('')}总量，只有增速：`,
    (p) => `The reports give no ${p.years.length ? `${p.years.join(', ')} ` : ''}level, only the growth: `,
  ),
  /** A count asked in its unit ("多少家") where the passages give only the named thing's growth: said before it. */
  countNotStated: entry<{ unit: string }>(
    (p) => `报告未给出数量（${p.unit}），只有增速：`,
    () => 'The reports give no count, only the growth: ',
  ),
  /** A message of thanks or acknowledgement only: answered in kind, with what can be asked next. */
  acknowledged: entry<{ thanks: boolean }>(
    (p) => `${p.thanks ? '不客气' : '好的'}。还想了解哪个地方、哪一年的数据或工作重点，直接问就行。`,
    (p) => `${p.thanks ? "You're welcome" : 'OK'}. Ask about any place, year, figure or plan whenever you like.`,
  ),
  /** One year asked where the passages give another year's figure only: said before it. */
  /** A year's plan asked (carried from the conversation), and only its result held: said before the result. */
  targetNotStated: entry<{ year: number }>(
    (p) => `报告中没有${p.year}年的目标，以下为实绩：`,
    (p) => `The reports give no ${p.year} target; the result: `,
  ),
  yearNotStated: entry<{ asked: number; shown: number }>(
    (p) => `报告未给出${p.asked}年数据，只有${p.shown}年：`,
    (p) => `The reports give no ${p.asked} figure, only ${p.shown}: `,
  ),
  /** A city asked inside its province ("广东深圳去年GDP多少") where the lead's figure is the province's: said before it. */
  cityNotStated: entry<{ cities: readonly string[]; province: string }>(
    (p) => `报告未给出${p.cities.map(placeLabel).join('、')}的该项数据，以下为${placeLabel(p.province)}的：`,
    (p) => `The reports give no figure for ${p.cities.map(englishPlace).join(', ')}; ${englishPlace(p.province)}'s: `,
  ),
  /** One group of residents asked ("农村居民收入") where the reports give only all residents' figure: said before it. */
  qualifierNotStated: entry<{ group: string; groupEn: string }>(
    (p) => `报告未给出${p.group}居民的数据，只有全体居民：`,
    (p) => `The reports give no figure for ${p.groupEn}, only for all residents: `,
  ),
  /** The year's growth beside a level read from another sentence: "14.2万亿元 [1]，增长5.3% [2]". */
  growthBeside: entry<{ value: number; n: number }>(
    (p) => `，增长${p.value}% [${p.n}]`,
    (p) => `, up ${p.value}% [${p.n}]`,
  ),
  /** A growth asked where the reports give only the level ("广东2024年GDP增速": "迈上14万亿元"). */
  growthNotStated: entry<{ years: readonly number[] }>(
    (p) => `报告未给出${p.years.map((y) => `${y}年`).join('')}增速，只有总量：`,
    (p) => `The reports give no ${p.years.length ? `${p.years.join(', ')} ` : ''}growth rate, only the level: `,
  ),
  /** A trend asked where the reports hold one year of results ("最近几年杭州的财政收入"). */
  trendOneYearHeld: entry<{ year: number }>(
    (p) => `（报告中只有${p.year}年的数据，看不出逐年变化）`,
    (p) => ` (the reports hold ${p.year} only: no trend over years)`,
  ),
  /** Places of a ranking with one and the same value, after the first: "上海市 5%左右 [4]、北京市 5%左右 [5]（并列）". */
  rankingTiedGroup: entry<{ items: readonly string[] }>(
    (p) => `${p.items.join('、')}（并列）`,
    (p) => `${p.items.join(', ')} (tied)`,
  ),

  // --- Priorities (engine.ts) ----------------------------------------------------------------
  prioritiesFocus: entry<{ subject: string; headings: string[] }>(
    (p) => `关于“${p.subject}”：${p.headings.join('；')}`,
    (p) => `On “${p.subject}”: ${p.headings.join('; ')}`,
  ),
  prioritiesLead: entry<{ place: string; title: string }>(
    (p) => `${p.place}工作重点（按报告原文顺序，出自《${p.title}》）：`,
    (p) => `${p.place}'s priorities, in the plan's own order (${p.title}):`,
  ),
  /** The outline's lead when its count is asked ("重点工作一共几个方面"). */
  prioritiesCountLead: entry<{ place: string; title: string; total: number }>(
    (p) => `${p.place}工作重点共${p.total}个方面（按报告原文顺序，出自《${p.title}》）：`,
    (p) => `${p.place}'s priorities fall into ${p.total} areas, in the plan's own order (${p.title}):`,
  ),
  prioritiesItemLead: entry<{ place: string; title: string; item: number; total: number }>(
    (p) => `${p.place}工作重点共${p.total}条，第${p.item}条（出自《${p.title}》）：`,
    (p) => `${p.place}'s priorities: item ${p.item} of ${p.total} (${p.title}):`,
  ),
  prioritiesNoSuchItem: entry<{ item: number; total: number }>(
    (p) => `这份计划的工作重点只有${p.total}条，没有第${p.item}条；全部如下。`,
    (p) => `The plan lists ${p.total} priorities, not ${p.item}; here they all are.`,
  ),
  mainTargetsLead: entry<{ place: string; year: string; title: string }>(
    (p) => `${placeLabel(p.place)}${periodZh(p.year)}主要${p.year.includes('-') ? '' : '预期'}目标（按报告原文，出自《${p.title}》）：`,
    (p) => `${p.place}'s main targets for ${periodEn(p.year)}, as the plan lists them (${p.title}):`,
  ),
  mainTargetItemLead: entry<{ place: string; year: string; n: number; of: number }>(
    (p) => `${placeLabel(p.place)}${periodZh(p.year)}主要${p.year.includes('-') ? '' : '预期'}目标第${p.n}条（共${p.of}条）：`,
    (p) => `${p.place}'s main targets for ${periodEn(p.year)}, item ${p.n} of ${p.of}:`,
  ),
  mainTargetsTitle: entry<{ year: string }>(
    (p) => `${periodZh(p.year)}主要${p.year.includes('-') ? '' : '预期'}目标`,
    (p) => `Main targets for ${periodEn(p.year)}`,
  ),
  prioritiesRestart: entry<{ partial: boolean }>(
    (p) => `这份报告的转载缺少对任务分组的标题，编号在各组内重新开始${p.partial ? '；此处只列出前面的部分任务' : ''}。`,
    (p) =>
      `This copy of the report lost the headings that group these tasks; their numbering restarts in each group${p.partial ? '; only the first tasks are listed here' : ''}.`,
  ),
  prioritiesPartial: entry<{ announced: number; citation: number; range: string }>(
    (p) => `报告提出${p.announced}方面工作 [${p.citation}]，语料中只收录了其中${p.range}部分（节选）。`,
    (p) => `The report announces ${p.announced} areas [${p.citation}]; the corpus holds only ${p.range} of them (a partial copy).`,
  ),
  /** The English line under each item naming its theme (English answers only: the headings stay in Chinese). */
  prioritiesTheme: entry<{ theme: string }>(
    (p) => `主题：${p.theme}`,
    (p) => `Theme: ${p.theme}`,
  ),
  prioritiesChangeLead: entry<{ place: string; from: string; to: string }>(
    (p) => `${p.place}${p.to}与${p.from}工作重点对照（按主题匹配，各出自原报告）：`,
    (p) => `${p.place}'s priorities, ${p.to} against ${p.from}, matched by theme (each from its own report):`,
  ),
  prioritiesPlacesLead: entry<{ a: string; b: string }>(
    (p) => `${p.a}与${p.b}工作重点对照（按主题匹配，各出自原报告）：`,
    (p) => `${p.a} and ${p.b}: priorities side by side, matched by theme (each from its own report):`,
  ),
  prioritiesSource: entry<{ side: string; title: string }>(
    (p) => `${p.side}：《${p.title}》`,
    (p) => `${p.side}: ${p.title}`,
  ),
  prioritiesShared: entry('两边都有的主题：', 'Themes both list:'),
  prioritiesNew: entry<{ to: string; from: string }>(
    (p) => `${p.to}新列出（${p.from}没有对应项）：`,
    (p) => `New in ${p.to} (nothing matching in ${p.from}):`,
  ),
  prioritiesDropped: entry<{ to: string; from: string }>(
    (p) => `${p.from}列出、${p.to}不再单列：`,
    (p) => `In ${p.from}, no longer listed in ${p.to}:`,
  ),
  prioritiesOnly: entry<{ side: string }>(
    (p) => `只有${p.side}列出：`,
    (p) => `Only ${p.side} lists:`,
  ),
  /** Slack: the per-item button that opens the item's heading and commitments in the passages modal. */
  prioritiesMore: entry('原文', 'More'),
  /** Slack: an item's quoted commitments beyond the first, behind its button. */
  prioritiesMoreCount: entry<{ n: number }>(
    (p) => `（另有${p.n}条）`,
    (p) => ` (+${p.n} more)`,
  ),
  /** Slack: the reports a digest quotes. */
  prioritiesFrom: entry('出自：', 'From: '),
  prioritiesSideMissing: entry<{ side: string }>(
    (p) => `语料中没有${p.side}的工作重点，无法对照。`,
    (p) => `The corpus holds no priorities for ${p.side}, so there is nothing to set against.`,
  ),

  // --- How the question was read (reading-note.ts) ------------------------------------------
  readYear: entry<{ phrase: string; years: string }>(
    (p) => `${p.phrase} = ${p.years}年`,
    (p) => `${p.phrase} = ${p.years}`,
  ),
  readPlace: entry<{ written: string; place: string }>(
    (p) => `“${p.written}”按${p.place}理解`,
    (p) => `"${p.written}" read as ${p.place}`,
  ),
  readRegion: entry<{ region: string; covered: string[]; missing: string[] }>(
    (p) => `${p.region}：报告只覆盖${p.covered.join('、')}，${p.missing.join('、')}不在报告中`,
    (p) => `${p.region}: the reports cover ${p.covered.join(', ')} only, not ${p.missing.join(', ')}`,
  ),
  readingNote: entry<{ parts: string[] }>(
    (p) => `（${p.parts.join('；')}）`,
    (p) => `(${p.parts.join('; ')}) `,
  ),

  // --- What the reports hold nearest to an unanswered question (engine.ts) -------------------
  /** "北京市“十四五”时期地区生产总值（实绩）：年均增长5.2% [1]". */
  spanAverageLead: entry<{ place: string; period: string; indicator: string; value: string; verb: string }>(
    (p) => `${p.place}${p.period}${p.indicator}（实绩）：${p.verb}${p.value} [1]`,
    (p) => `${p.place}${p.period ? ` ${p.period}` : ''} ${p.indicator} (actual): ${p.verb}${p.value} [1]`,
  ),
  /** A target asked that the plan states only in words: "居民收入增长与经济增长基本同步". */
  noNumericTargetWords: entry<{ subject: string; words: string; n: number }>(
    (p) => `报告没有给出${p.subject}的具体数值目标，原文为：“${p.words}” [${p.n}]`,
    (p) => `The reports set no numeric target for ${p.subject}; the plan says: “${p.words}” [${p.n}]`,
  ),
  noNumericTarget: entry<{ subject: string }>(
    (p) => `报告中没有找到${p.subject}的数值目标，相关原文如下。`,
    (p) => `The reports give no numeric target for ${p.subject}; here is what they say.`,
  ),
  noRankFound: entry('报告中没有找到所问的排名，相关原文如下。', 'The reports give no rank for exactly that; here is what they say.'),
  /** After the amount asked beside a rank the reports do not state ("GDP多少，全国排第几"): the amount, then this. */
  rankNotStated: entry('（报告没有给出其排名）', ' (the reports give no rank of it)'),
  noFigureFound: entry(
    '报告中没有找到所问的具体数字，相关原文如下。',
    'The reports give no figure for exactly that; here is what they say.',
  ),
  /** Which places' reports write a name ("哪些省提到了低空经济"): those that do, then those that do not. */
  mentionPlaces: entry<{ term: string; places: string[]; missing: string[] }>(
    (p) =>
      `写到“${p.term}”的有${p.places.length}个地方：${p.places.map(placeLabel).join('、')}${p.missing.length ? `；没有写到的：${p.missing.map(placeLabel).join('、')}` : ''}`,
    (p) =>
      `${p.places.length} places' reports mention “${p.term}”: ${p.places.map(englishPlace).join(', ')}${p.missing.length ? `; not mentioned by ${p.missing.map(englishPlace).join(', ')}` : ''}`,
  ),
  /** One place's reports write the name: yes, and how often. */
  mentionYes: entry<{ term: string; places: string[]; count: number }>(
    (p) => `有：${p.places.map(placeLabel).join('、')}的报告写到“${p.term}”（${p.count}处）`,
    (p) => `Yes: ${p.places.map(englishPlace).join(', ')} reports mention “${p.term}” (${p.count} times)`,
  ),
  /** No report of the places asked writes the name. */
  mentionNone: entry<{ term: string; places: string[] }>(
    (p) => `没有：${p.places.map(placeLabel).join('、')}的报告没有写到“${p.term}”`,
    (p) => `No: the ${p.places.map(englishPlace).join(', ')} reports do not mention “${p.term}”`,
  ),
  /** No report at all writes the name. */
  mentionNowhere: entry<{ term: string }>(
    (p) => `没有：这些报告都没有写到“${p.term}”。`,
    (p) => `No: none of the reports mentions “${p.term}”.`,
  ),
  /** An uncovered place's own figure, written in a covered place's report: said whose report it is. */
  placeInOtherReport: entry<{ places: string[]; lead: string }>(
    (p) => `${p.places.join('、')}没有单独的报告；其他报告写到：${p.lead}`,
    (p) => `${p.places.map(englishPlace).join(', ')} has no report of its own; another report states: ${p.lead}`,
  ),
  /** An uncovered place, written of in a covered place's report that answers what was asked (no number asked). */
  placeWrittenInOtherReport: entry<{ places: string[] }>(
    (p) => `${p.places.join('、')}没有单独的报告，`,
    (p) => `${p.places.map(englishPlace).join(', ')} has no report of its own. `,
  ),
  laterMention: entry<{ title: string; marker: number }>(
    (p) => `《${p.title}》也写到它 [${p.marker}]`,
    (p) => `${p.title} mentions it too [${p.marker}]`,
  ),
  noLaterMention: entry<{ written: string }>(
    (p) => `其他年份的报告没有再写到${p.written}`,
    (p) => `No other year's report writes ${p.written} again`,
  ),
  mentionedElsewhere: entry<{ places: string[] }>(
    (p) => `其他报告中提到${p.places.join('、')}的内容：`,
    (p) => `What other reports say of ${p.places.map(englishPlace).join(', ')}: `,
  ),
  nearestHeld: entry('报告中最接近的内容：', 'What the reports hold nearest to it: '),
  latestResultsComparedInstead: entry<{ places: readonly string[]; year: number; latest: number }>(
    (p) => `报告中还没有${p.places.join('、')}${p.year}年的实绩，最新的是${p.latest}年的：`,
    (p) => `The reports hold no ${p.year} results for ${p.places.join(', ')} yet; the latest are for ${p.latest}: `,
  ),
  latestResultsInstead: entry<{ latest: number }>(
    (p) => `报告中最新的实绩是${p.latest}年的：`,
    (p) => `The latest results in the reports are for ${p.latest}: `,
  ),
  /** "今年打算…" before the place's plan for this year is in the reports: the latest plan, said so. */
  latestPlanInstead: entry<{ places: readonly string[]; year: number; latest: number }>(
    (p) => `报告中还没有${p.places.join('、')}${p.year}年的计划，最新的是${p.latest}年的：`,
    (p) => `The reports hold no ${p.year} plan for ${p.places.join(', ')} yet; the latest is ${p.latest}'s: `,
  ),
  /** After a result set against its target: how much of the plan was done, as the report writes it or as the two divide. */
  completionRate: entry<{ value: string; stated: boolean }>(
    (p) => `，完成率${p.value}%（${p.stated ? '报告所写' : '两数相除'}）`,
    (p) => `, ${p.value}% of the target (${p.stated ? 'as the report states' : 'the one divided by the other'})`,
  ),
  noActualFor: entry<{ subject: string }>(
    (p) => `报告没有${p.subject}的实际完成情况，只有目标。`,
    (p) => `The reports give no actual result for ${p.subject}, only a target.`,
  ),

  // --- Rankings (engine.ts) ----------------------------------------------------------------------
  /** Beside a ranked value printed in another unit than the leader's: "（约5.78万亿元）". */
  inLeaderUnit: entry<{ value: number; unit: string }>(
    (p) => `（约${p.value}${p.unit}）`,
    (p) => ` (about ${englishQuantity(p.value, p.unit)})`,
  ),
  rankingItem: entry<{ place: string; value: string; n: number }>(
    (p) => `${p.place} ${p.value} [${p.n}]`,
    (p) => `${p.place} ${p.value} [${p.n}]`,
  ),
  /** "最高（实绩）：安徽省 5.5% [1]、山东省 5.5% [2]（并列）；其后：…": the first, and any tied with it. */
  rankingLead: entry<{ first: string; tied?: string[]; lowest: boolean; kind: 'target' | 'actual'; others: string[] }>(
    (p) =>
      `${p.lowest ? '最低' : '最高'}（${p.kind === 'target' ? '目标' : '实绩'}）：${[p.first, ...(p.tied ?? [])].join('、')}${p.tied?.length ? '（并列）' : ''}${p.others.length ? `；其后：${p.others.join('，')}` : ''}`,
    (p) =>
      `${p.lowest ? 'Lowest' : 'Highest'} (${p.kind}): ${[p.first, ...(p.tied ?? [])].join(', ')}${p.tied?.length ? ' (tied)' : ''}${p.others.length ? `; then ${p.others.join(', ')}` : ''}`,
  ),
  yearLabel: entry<{ year: number }>(
    (p) => `${p.year}年`,
    (p) => `${p.year}`,
  ),
  rankingMore: entry<{ places: string[] }>(
    (p) => `其余有该数据的：${p.places.join('、')}。`,
    (p) => `Also with the figure: ${p.places.join(', ')}.`,
  ),
  /** "上海市2025年生产总值：实际增长5.4%[1]，目标增长5%左右[2]，高于目标0.4个百分点（完成目标）". */
  attainmentLead: entry<{
    place: string;
    year: number;
    indicator: string;
    growth: boolean;
    /** A reduction target ("能耗降低2.5%左右"): its rate is a decline, said so. */
    down?: boolean;
    actual: string;
    target: string;
    side: 'above' | 'below' | 'met';
    gap: string | null;
    /** Null when the bound does not settle it (a little below a "左右" target). */
    attained: boolean | null;
    /** The target's citation number: 2, or 1 when the result's sentence states the target too. */
    targetCited: number;
  }>(
    (p) => {
      const grew = p.growth ? (p.down ? '下降' : '增长') : '';
      const by = p.gap ? `${p.gap}个百分点` : '';
      const side = { above: `高于目标${by}`, below: `低于目标${by}`, met: '与目标持平' }[p.side];
      const verdict = p.attained === null ? '' : p.attained ? '（完成目标）' : '（未完成目标）';
      return `${p.place}${p.year}年${p.indicator}：实际${grew}${p.actual}[1]，目标${grew}${p.target}[${p.targetCited}]，${side}${verdict}`;
    },
    (p) => {
      const grew = p.growth ? (p.down ? 'decline ' : 'growth ') : '';
      const by = p.gap ? ` by ${p.gap} percentage points` : '';
      const side = { above: `above target${by}`, below: `below target${by}`, met: 'on target' }[p.side];
      const verdict = p.attained === null ? '' : p.attained ? ' (met)' : ' (missed)';
      return `${p.place} ${p.year} ${p.indicator}: actual ${grew}${p.actual} [1], target ${grew}${p.target} [${p.targetCited}]; ${side}${verdict}`;
    },
  ),
  rankingLacking: entry<{ places: string[] }>(
    (p) => `报告中没有该数据的：${p.places.join('、')}。`,
    (p) => `No such figure in the reports for: ${p.places.join(', ')}.`,
  ),

  // --- Trends (engine.ts) ------------------------------------------------------------------------
  trendItem: entry<{ year: number; value: string; n: number }>(
    (p) => `${p.year}年 ${p.value} [${p.n}]`,
    (p) => `${p.year}: ${p.value} [${p.n}]`,
  ),
  trendLead: entry<{ place: string; indicator: string; items: string[]; target?: boolean }>(
    (p) => `${p.place}${p.indicator}（${p.target ? '目标' : '实绩'}）逐年：${p.items.join('；')}`,
    (p) => `${p.place} ${p.indicator} (${p.target ? 'target' : 'actual'}) by year: ${p.items.join('; ')}`,
  ),
  /** "福建省嵌入式养老服务机构逐年：2024年 52个 [1]；2025年 20个（目标）[2]": a year read as its plan beside a result. */
  trendLeadKindsMixed: entry<{ place: string; indicator: string; items: string[] }>(
    (p) => `${p.place}${p.indicator}逐年：${p.items.join('；')}`,
    (p) => `${p.place} ${p.indicator} by year: ${p.items.join('; ')}`,
  ),
  trendTargetMark: entry('（目标）', ' (target)'),
  yearsHigher: entry<{ year: number; than: number }>(
    (p) => `。${p.year}年高于${p.than}年`,
    (p) => `. ${p.year} was higher than ${p.than}`,
  ),
  yearsLower: entry<{ year: number; than: number }>(
    (p) => `。${p.year}年低于${p.than}年`,
    (p) => `. ${p.year} was lower than ${p.than}`,
  ),
  /** After "2025年高于2024年" when the amount between them is asked ("多了多少"): the subtraction, said so. */
  yearsDifference: entry<{ more: boolean; amount: number; unit: string; rate: boolean }>(
    (p) => `，${p.rate ? (p.more ? '高' : '低') : p.more ? '多' : '少'}${p.amount}${p.rate ? '个百分点' : p.unit}（两数相减）`,
    (p) =>
      `, ${p.rate ? `${p.amount} percentage points` : englishQuantity(p.amount, p.unit)} ${p.rate ? (p.more ? 'higher' : 'lower') : p.more ? 'more' : 'less'} (the difference of the two)`,
  ),
  yearsSame: entry<{ year: number; than: number }>(
    (p) => `。${p.year}年与${p.than}年持平`,
    (p) => `. ${p.year} was the same as ${p.than}`,
  ),
  /** "2024年 5.5% [1]（目标5.5%左右 [6]）": a year's value of the asked kind, and of the other kind beside it. */
  tableTrendItem: entry<{ year: number; primary: 'actual' | 'target'; first?: string; second?: string }>(
    (p) => {
      const label = (kind: 'actual' | 'target') => (kind === 'target' ? '目标' : '实绩');
      const other = p.primary === 'actual' ? 'target' : 'actual';
      if (!p.first) return `${p.year}年 ${label(other)}${p.second ?? ''}`;
      return `${p.year}年 ${p.first}${p.second ? `（${label(other)}${p.second}）` : ''}`;
    },
    (p) => {
      const other = p.primary === 'actual' ? 'target' : 'actual';
      if (!p.first) return `${p.year}: ${other} ${p.second ?? ''}`;
      return `${p.year}: ${p.first}${p.second ? ` (${other} ${p.second})` : ''}`;
    },
  ),
  /** "钱塘区地区生产总值增速逐年（实绩，括号中为当年目标）：…". */
  tableTrendLead: entry<{
    place: string;
    indicator: string;
    growth: boolean;
    primary: 'actual' | 'target';
    withSide: boolean;
    items: string[];
  }>(
    (p) => {
      const [main, side] = p.primary === 'target' ? ['目标', '实绩'] : ['实绩', '目标'];
      return `${p.place}${p.indicator}${p.growth ? '增速' : ''}逐年（${main}${p.withSide ? `，括号中为当年${side}` : ''}）：${p.items.join('；')}`;
    },
    (p) => {
      const [main, side] = p.primary === 'target' ? ['targets', 'actuals'] : ['actual', 'targets'];
      return `${p.place} ${p.indicator}${p.growth ? ' growth' : ''} by year (${main}${p.withSide ? `, ${side} in brackets` : ''}): ${p.items.join('; ')}`;
    },
  ),
  /** "2026年目标，最高：…": a ranking's one period and kind, said before its places. */
  tableRankingLead: entry<{
    year: number;
    lowest: boolean;
    kind: 'target' | 'actual';
    /** Ranked by growth though an amount was asked: most places' reports give only the growth ("哪个省接待游客最多"). */
    growthInstead?: boolean;
    first: string;
    tied: string[];
    others: string[];
  }>(
    (p) =>
      `${p.year}年${p.kind === 'target' ? '目标' : '实绩'}${p.growthInstead ? '增速' : ''}${p.lowest ? '最低' : '最高'}${p.growthInstead ? '（多数报告只给出增速）' : ''}：${[p.first, ...p.tied].join('、')}${p.tied.length ? '（并列）' : ''}${p.others.length ? `；其后：${p.others.join('，')}` : ''}`,
    (p) =>
      `${p.lowest ? 'Lowest' : 'Highest'} ${p.year} ${p.kind}${p.growthInstead ? ' growth (most reports give only the growth)' : ''}: ${[p.first, ...p.tied].join(', ')}${p.tied.length ? ' (tied)' : ''}${p.others.length ? `; then ${p.others.join(', ')}` : ''}`,
  ),
  /** "没有2025年该数据的：…（其最近一年的数据另列）". */
  rankingYearInstead: entry<{ year: number; latest: number }>(
    (p) => `报告中还没有${p.year}年的该项数据，最新的是${p.latest}年的：`,
    (p) => `The reports hold no ${p.year} figures of it yet; the latest are ${p.latest}'s: `,
  ),
  rankingGroupValue: entry<{ group: string; value: string; n: number }>(
    (p) => `${p.group}${p.value} [${p.n}]`,
    (p) => `${p.group === '城镇' ? 'urban' : p.group === '农村' ? 'rural' : p.group} ${p.value} [${p.n}]`,
  ),
  rankingGroupsOnly: entry<{ items: { place: string; values: string[] }[] }>(
    (p) => `只有分城乡数据的：${p.items.map((i) => `${i.place} ${i.values.join('、')}`).join('；')}。`,
    (p) => `Urban and rural figures only: ${p.items.map((i) => `${i.place} ${i.values.join(', ')}`).join('; ')}.`,
  ),
  rankingOtherYear: entry<{ year: number; places: string[] }>(
    (p) => `报告中没有${p.year}年该数据的：${p.places.join('、')}。`,
    (p) => `No ${p.year} figure in the reports for: ${p.places.join(', ')}.`,
  ),
  chartYearLabel: entry<{ year: number }>(
    (p) => `${p.year}年`,
    (p) => `${p.year}`,
  ),
  chartActual: entry('实绩', 'Actual'),
  chartTarget: entry('目标', 'Target'),
  trendGrowthOnly: entry('报告中只有增速，没有总额。', 'The reports give only its growth, not the amount.'),
  trendLevelOnly: entry<{ years: number[] }>(
    (p) => `报告没有给出${p.years.map((y) => `${y}年`).join('、')}的增速，只有总量。`,
    (p) => `The reports give no growth for ${p.years.join(', ')}, only the level.`,
  ),
  trendOneYearOfKind: entry<{ year: number; kind: 'actual' | 'target' }>(
    (p) => `报告中只有${p.year}年的${p.kind === 'actual' ? '实绩' : '目标'}。`,
    (p) => `The reports give ${p.kind === 'actual' ? 'a result' : 'a target'} for ${p.year} only.`,
  ),
  /** The year before missing, its difference stated by the later year's report: "（比上年增加19天，报告所写）". */
  trendStatedChange: entry<{ year: number; down: boolean; value: number; unit: string }>(
    (p) => `；${p.year}年比上年${changeVerbZh(p.down, p.unit)}${p.value}${p.unit}（报告所写）`,
    (p) => `; ${p.year} is ${p.down ? 'down' : 'up'} ${englishQuantity(p.value, p.unit)} on the year before, as the report states`,
  ),
  trendMissing: entry<{ years: number[] }>(
    (p) => `报告中没有${p.years.map((y) => `${y}年`).join('、')}的该项数据。`,
    (p) => `The reports give no such figure for ${p.years.join(', ')}.`,
  ),

  // --- Help (help.ts) -------------------------------------------------------------------------
  helpIntro: entry(
    '我根据收录的政府工作报告和计划执行报告回答问题：给出报告原文（注明出处）、结构化的数据，以及规划的工作重点。',
    "I answer from the government work reports and plan reports in the corpus: the reports' own sentences (cited), the figures in them, and the plans' priorities.",
  ),
  helpKinds: entry(
    '可以问：某年某项指标是多少、增长多少、目标是多少；某地某年的工作重点；两地或两年的比较；哪个地方最高；追问“那2023年呢？”“农村的呢？”。',
    'You can ask: what a figure was in a year, how fast it grew, what its target is; a place\'s priorities for a year; two places or years compared; which place is highest; follow-ups such as "and 2023?".',
  ),
  helpExamples: entry('例如：', 'For example:'),
  helpExampleFigure: entry<{ place: string; year: number }>(
    (p) => `${p.place}${p.year}年GDP是多少？`,
    (p) => `What was ${p.place}'s GDP in ${p.year}?`,
  ),
  helpExampleTarget: entry<{ place: string; year: number }>(
    (p) => `${p.place}${p.year}年GDP增长目标是多少？`,
    (p) => `What is ${p.place}'s ${p.year} GDP growth target?`,
  ),
  helpExampleOutline: entry<{ place: string; year: number }>(
    (p) => `总结${p.place}${p.year}年的工作重点`,
    (p) => `Summarise ${p.place}'s priorities for ${p.year}.`,
  ),
  helpExampleComparison: entry<{ places: string[]; year: number }>(
    (p) => `${p.places.join('和')}${p.year}年GDP分别是多少？`,
    (p) => `Compare the GDP of ${p.places.join(' and ')} in ${p.year}.`,
  ),
  helpExampleFollowUp: entry('（接着上一问）那2023年呢？', '(after a question) And in 2023?'),
  helpCoverage: entry<{ places: string[]; documents: number }>(
    (p) => `目前收录${p.documents}份报告，涉及：${p.places.join('、')}。`,
    (p) => `The corpus holds ${p.documents} reports, from: ${p.places.join(', ')}.`,
  ),

  // --- The CLI (format-answer.ts, chat.ts) ---------------------------------------------------
  cliSources: entry('来源', 'Sources'),
  cliMainText: entry('（正文）', '(main text)'),
  cliParagraph: entry<{ n: number }>(
    (p) => `第${p.n}段`,
    (p) => `paragraph ${p.n}`,
  ),
  chatWelcome: either(`杭州报告问答 — ask about the reports in Chinese or English (Ctrl-D or "exit" to quit).
例如：钱塘区2024年GDP是多少？ · 总结拱墅区2025年的工作重点 · What is Gongshu's 2025 GDP growth target?
A follow-up such as "那2025年的目标呢？" keeps the place and topic of the previous question; "new" starts afresh.`),
  chatPrompt: either('问> '),
  chatNewConversation: either('(new conversation)'),
  chatFailed: entry('出错了', 'something went wrong'),

  // --- Slack answer labels (render-answer.ts) ------------------------------------------------
  figures: entry('数据', 'Figures'),
  sources: entry('原文引用', 'Sources'),
  priorities: entry('工作重点', 'Priorities'),
  coverageHeading: entry('目前可查询的报告：', 'The reports I can search cover:'),
  understood: entry('理解为：', 'Understood as: '),
  colon: entry('：', ': '),
  intentResult: entry('实际完成', 'results'),
  intentPlan: entry('计划目标', 'plans and targets'),
  kindActual: entry('实际', 'actual'),
  kindTarget: entry('目标', 'target'),
  target: entry('目标', 'target'),
  change: entry<{ direction: Direction }>(
    (p) => ({ up: '增长', down: '下降', flat: '持平' })[p.direction],
    (p) => ({ up: 'up', down: 'down', flat: 'flat' })[p.direction],
  ),
  /** A change in percentage points: "下降0.3个百分点", "down 0.3 pp". */
  percentagePoints: entry('个百分点', ' pp'),
  showPassages: entry('查看原文段落', 'Show passages'),
  helpful: entry('有帮助', 'Helpful'),
  unhelpful: entry('没帮助', 'Not helpful'),
  table: entry('表格', 'table'),
  noAnswer: entry('没有找到答案。', 'No answer found.'),
  cut: entry('（内容较长，已截断）', '(shortened: too long for one message)'),
  listSeparator: entry('、', ', '),
  detailSeparator: entry('；', '; '),

  // --- Slack notices (notices.ts) ------------------------------------------------------------
  thinking: entry('正在查阅报告…', 'Reading the reports…'),
  empty: entry(
    '请直接提问，例如：“钱塘区2024年GDP是多少？”',
    'Ask me a question, for example: "What is Gongshu\'s 2025 GDP growth target?"',
  ),
  rateLimited: entry(
    '你提问有点快了，请稍等一分钟再问，谢谢！',
    'You are asking a little fast; please wait a minute and ask again. Thank you!',
  ),
  failed: entry(
    '抱歉，查阅报告时出了点问题，请稍后再试。',
    'Sorry, something went wrong while reading the reports. Please try again later.',
  ),
  notAllowed: entry(
    '这个频道还没有开通报告问答。可以私信我提问。',
    'Report questions are not enabled in this channel. You can ask me in a direct message.',
  ),
  busy: entry(
    '现在提问的人很多，请过一会儿再问一次，谢谢！',
    'Many people are asking right now; please ask again in a little while. Thank you!',
  ),
  shuttingDown: entry('我正在重启，请稍后再问一次。', 'I am restarting; please ask again in a moment.'),
  thanksUp: entry('感谢反馈！👍', 'Thanks for the feedback! 👍'),
  thanksDown: entry('感谢反馈，我们会改进。👎', 'Thanks for the feedback; we will improve. 👎'),
  assistantGreeting: either(
    '你好！我可以回答杭州各区政府工作报告里的经济问题，每个回答都附上报告原文。Hi! Ask me about the district government work reports; every answer quotes its source.',
  ),
  suggestedPromptsTitle: either('试试这样问 · Try asking'),

  // --- Slack passages modal (render-passages.ts) ---------------------------------------------
  passagesTitle: entry('原文段落', 'Source passages'),
  passagesClose: entry('关闭', 'Close'),
  passagesLoading: entry('正在加载原文段落…', 'Loading the passages…'),
  passagesEmpty: entry('没有找到这些引用的原文段落。', 'No passages were found for these citations.'),
  passagesFailed: entry('加载原文段落时出错了，请稍后再试。', 'Loading the passages failed; please try again later.'),
};

export type MessageKey = keyof typeof MESSAGES;
type ParamsOf<K extends MessageKey> = (typeof MESSAGES)[K] extends Entry<infer P> ? P : never;

/** The message `key` in `lang`, filled with its parameters. */
export function message<K extends MessageKey>(key: K, lang: Lang, ...params: ParamsOf<K> extends void ? [] : [ParamsOf<K>]): string {
  const text = MESSAGES[key][lang] as Text<ParamsOf<K>>;
  return typeof text === 'string' ? text : text(params[0] as ParamsOf<K>);
}

/** Keys of the messages that take no parameters. */
export type PlainMessageKey = { [K in MessageKey]: ParamsOf<K> extends void ? K : never }[MessageKey];

/** A message in both languages at once, for a surface that serves both readers: "数据 / Figures". */
export function bilingual(key: PlainMessageKey): string {
  return `${MESSAGES[key].zh as string} / ${MESSAGES[key].en as string}`;
}

/** "2026" → "2026年"; a five-year plan's span "2026-2030" → "“十五五”时期（2026-2030年）". */
function periodZh(period: string): string {
  const plan = planOfSpan(period);
  return plan ? `“${plan.name}”时期（${period}年）` : `${period}年`;
}

/** "2026-2030" → "the 15th Five-Year Plan (2026-2030)"; a year as it is. */
function periodEn(period: string): string {
  const plan = planOfSpan(period);
  return plan ? `the ${plan.english[0]} Five-Year Plan (${period})` : period;
}
