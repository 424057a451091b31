/**
 * Which of the asked indicator's figures may lead, by the shape the question asks: a rank when it
 * asks one ("全国排第几") and never otherwise, a share when it asks a share ("占GDP比重"), one
 * year's value over a several-year average or a from–to pair's start, and the 城镇 or 农村 figure the question names over the
 * other; a gap only when a gap is asked; a streak or a milestone passed only when asked or alone.
 * Each preference applies only when a figure of the preferred shape is there.
 */
import { POPULATION_GROUPS } from '../lang/zh/population-qualifiers.js';
import { PER_HEAD_NAME } from '../lang/zh/level-question-words.js';
import { AVERAGE_QUALIFIERS, MULTI_YEAR_QUALIFIERS } from '../lang/zh/qualifiers.js';
import {
  asksForGap,
  asksForMilestone,
  asksForPoints,
  asksForRank,
  asksForShare,
  asksHowMany,
  asksPerHead,
  asksShareLoosely,
  asksWhichMilestones,
} from '../lang/zh/asked-shape-words.js';
import { MILESTONE_COUNT_UNIT } from '../lang/zh/milestone-words.js';
import { asksHowMuchChanged } from '../lang/zh/verdict-words.js';
import { PERCENT_UNITS, PERCENTAGE_POINTS, TENTHS_FORM } from '../lang/zh/units.js';
import { STREAK_LENGTH_QUESTION, STREAK_QUESTION } from '../lang/zh/span-words.js';
import { isStreakLength } from './streak-lengths.js';
import { GROWTH_RANK_NAME, RANK_SCOPES } from '../lang/zh/rank-words.js';
import {
  PROPORTION_ASKED,
  PROPORTION_RATE_NAME,
  GROWTH_RATE_NAME,
  SHARE_OF_WHOLE_ASKED,
  SHARE_NAME,
  SHARE_OF_NAMED_WHOLE,
  SHARE_OF_PLAN_NAME,
  partOfShare,
} from '../lang/zh/share-words.js';
import { NATIONAL_SCOPE, namesNationalSubject } from '../lang/zh/indicator-scopes.js';
import { partnersNamed } from '../lang/zh/partner-markets.js';
import { AMOUNT_CHANGE_ASKED, asksForGrowth } from '../lang/zh/change-words.js';
import type { Figure } from './figure-schema.js';
import { GROWTH_BASE_BEFORE, GROWTH_BASE_WRITTEN } from '../lang/zh/figure-words.js';
import { isStartFigure } from './from-to.js';
import { isRankFigure } from './rank-figures.js';
import { isAmountChangeOnly } from './figure-shape.js';
import { FIVE_YEAR_PLANS } from '../lang/zh/five-year-plans.js';
import { isEnglishQuestion, isPercentAnsweringEnglishShare } from '../lang/en/english-share-wording.js';
import { asksOverSpan } from '../lang/zh/span-question-words.js';

/** A measure a group's figure shares with everyone's, at least this long ("居民人均可支配收入", "居民收入"). */
const MIN_GROUP_MEASURE = 2;
/** Everyone's figure named shorter than the group's measure ("人均可支配收入" beside 城镇居民人均可支配收入), at least this long. */
const MIN_WHOLE_NAME = 4;

/** The figures if some are preferred, else all of them. */
function prefer<F>(figures: readonly F[], preferred: (f: F) => boolean): F[] {
  const kept = figures.filter(preferred);
  return kept.length ? kept : [...figures];
}

export function preferAskedShape<
  F extends Pick<Figure, 'indicator' | 'unit' | 'qualifier'> & Partial<Pick<Figure, 'shape' | 'change' | 'value'>>,
>(
  question: string,
  figures: readonly F[],
  /** A growth asked in per cent ("增长百分之几", read as "增长多少"): a rate, never an amount's change. */
  percentAsked = false,
): F[] {
  // A gap to a wider place or a target ("高于全市0.4个百分点") is never the place's own figure:
  // it answers a gap asked, and nothing else.
  const gapAsked = asksForGap(question);
  const ofGapShape = figures.filter((f) => (f.shape === 'gap') === gapAsked);
  // A streak ("连续10年稳定在…以上") and a level passed on the way ("突破3万亿元") lead only when
  // asked or when the sentence gives nothing else.
  const streakAsked = STREAK_QUESTION.test(question) || STREAK_LENGTH_QUESTION.test(question);
  const milestoneAsked = asksForMilestone(question);
  const kept = prefer(
    gapAsked ? prefer(figures, (f) => f.shape === 'gap') : ofGapShape,
    (f) => (streakAsked || f.shape !== 'streak') && (milestoneAsked || f.shape !== 'milestone'),
  );
  // "连续几年全国第一" asks how long the streak runs: its length (连续8年), not the rank or value it holds.
  if (STREAK_LENGTH_QUESTION.test(question)) return prefer(kept, isStreakLength);
  // "跨了哪几个台阶" asks the levels passed (4万亿、5万亿), "连续迈上几个万亿台阶" how many (4个).
  if (milestoneAsked) {
    const passed = prefer(kept, (f) => f.shape === 'milestone');
    const which = asksWhichMilestones(question);
    return prefer(passed, (f) => f.shape !== 'milestone' || (f.unit === MILESTONE_COUNT_UNIT) !== which);
  }
  return preferByQuestion(question, kept, percentAsked);
}

function preferByQuestion<F extends Pick<Figure, 'indicator' | 'unit' | 'qualifier'> & Partial<Pick<Figure, 'change' | 'shape' | 'value'>>>(
  question: string,
  figures: readonly F[],
  percentAsked: boolean,
): F[] {
  // A rank answers only a rank question; no rank, no figure of this shape leads it.
  const rankAsked = asksForRank(question);
  // An attribute, read only when its kind is asked, answers what asked it ("第几个小时要全面运行": 第1小时), rank or not.
  let out = figures.filter((f) => f.shape === 'attribute' || isRankFigure(f) === rankAsked);
  // "全国第几家" asks the national rank, not the province's 首家 beside it.
  if (rankAsked) out = prefer(out, (f) => RANK_SCOPES.some((s) => question.includes(s) && (f.qualifier ?? '').startsWith(s)));
  // "进出口增速在全国排第几": the rank of the growth ("增速居全国第5位"), not the level's beside it (全国第9位); a level's
  // rank asked ("进出口总额全国排第几"), the level's.
  if (rankAsked) out = prefer(out, (f) => GROWTH_RANK_NAME.test(f.indicator) === asksForGrowth(question));
  // A share answers a share question, and nothing else does: its level or growth is another figure.
  // "89.4%的公园实现24小时开放" is a share by its 的, whatever its name.
  // English says "share" where the reports write a rate (…率) or a bare percentage: those answer an English share question
  // too, never a growth in percent.
  const english = isEnglishQuestion(question);
  // "How many points did the share … gain", "占比提高了几个百分点": the share's change in points answers it too.
  const pointsAsked = asksForPoints(question);
  // A bare "占多少" with no share in the sentences is answered by the part's own figure (asksShareLoosely).
  const keepShares = (shareOf: (f: F) => boolean) => (asksShareLoosely(question) ? prefer(out, shareOf) : out.filter(shareOf));
  if (asksForShare(question)) {
    const shares = keepShares(
      (f) =>
        f.shape === 'share' ||
        (pointsAsked && (f.unit === PERCENTAGE_POINTS || f.change?.unit === PERCENTAGE_POINTS)) ||
        SHARE_NAME.test(f.indicator) ||
        (english && f.change?.unit !== '%' && isPercentAnsweringEnglishShare(f)) ||
        // "一体化管理的比例是多少": a rate of the things done ("一体化管理率达90%") is the proportion asked.
        (!english && PROPORTION_ASKED.test(question) && f.unit === '%' && !f.change && PROPORTION_RATE_NAME.test(f.indicator)) ||
        // "完成投资是年度计划的百分之几": the result as a share of its plan ("为年度计划的146.1%").
        (f.unit === '%' && SHARE_OF_PLAN_NAME.test(f.indicator)) ||
        // "占退税减税总额的64%": a percentage of a named whole; in tenths too ("占一般公共预算支出7成以上").
        ((f.unit === '%' || f.unit === TENTHS_FORM) && !f.change && SHARE_OF_NAMED_WHOLE.test(f.indicator)),
    );
    // "市控以上断面要多大比例达到III类" of "市控以上断面100%达到或优于Ⅲ类水体", "前百分之几" of "保持全国前20%": with no share
    // written, a percentage of the things named that is no change nor growth answers a Chinese proportion asked — not a
    // share of a whole asked by 占 ("优良天数占比多少"), which only a share answers.
    const proportionOfThings = (f: F) => f.unit === '%' && !f.change && !GROWTH_RATE_NAME.test(f.indicator);
    out = shares.length || english || SHARE_OF_WHOLE_ASKED.test(question) ? shares : out.filter(proportionOfThings);
  }
  // And a share by its 的 ("贡献了全省74.6%的规模工业增加值") answers no other question while the indicator's own figure is there;
  // a proportion asked ("一体化管理的比例到多少了") is answered by it too ("70%村卫生室实现与乡镇卫生院一体化管理").
  // So does a share named as one of a wider whole ("经济总量占全国比重7.4%" beside the 地区生产总值 asked), unless points
  // are asked (a share's change).
  else if (!PROPORTION_ASKED.test(question))
    out = prefer(out, (f) => f.shape !== 'share' && (pointsAsked || partOfShare(f.indicator) === null));
  // A five-year plan asked ("十五五期间GDP增长目标", "the 15th five-year plan") sets its growth as a yearly
  // average ("年均增速4.5%-5%"): that is its answer, not a figure to put behind one year's.
  const planAsked = asksOverSpan(question) || FIVE_YEAR_PLANS.some((p) => question.includes(p.name));
  if (!planAsked && !AVERAGE_QUALIFIERS.some((q) => question.includes(q))) {
    out = prefer(out, (f) => !MULTI_YEAR_QUALIFIERS.some((q) => (f.qualifier ?? '').startsWith(q)));
  }
  // A change in points ("城镇化率提升0.9个百分点、达62.1%") answers a change asked; the level reached answers the rest.
  if (!asksForGrowth(question) && !asksHowMuchChanged(question) && !asksForPoints(question)) {
    out = prefer(out, (f) => f.unit !== PERCENTAGE_POINTS || f.shape === 'gap');
  }
  // "提高了几个百分点": the change in points before the level reached beside it ("达到65%、提高15个百分点").
  else if (pointsAsked) out = prefer(out, (f) => f.unit === PERCENTAGE_POINTS || f.change?.unit === PERCENTAGE_POINTS);
  // The value a from–to pair started from ("由7.34万元") is no answer of its own.
  out = prefer(out, (f) => !isStartFigure(f));
  // "How many sister cities…", "有几个": a count asked is no percentage ("对共建国家进出口占比超50%" beside "缔结友城148对").
  if (asksHowMany(question) && !asksForPoints(question) && !asksForShare(question)) out = prefer(out, (f) => !PERCENT_UNITS.has(f.unit));
  // "粮食产量增加20亿斤、达到1400亿斤": the level answers "粮食产量多少", its change "增加了多少" / "降了多少".
  // A growth asked is a rate's ("增速呢": 增长20%, not the 增长4.5倍 of five years), when the clause gives one.
  const changeAsked = !percentAsked && (asksHowMuchChanged(question) || AMOUNT_CHANGE_ASKED.test(question));
  out = prefer(
    out,
    (f) => (f.value !== undefined && isAmountChangeOnly({ unit: f.unit, change: f.change, value: f.value })) === changeAsked,
  );
  // "比五年前增长66.8%" is a growth over years: it answers a question over them ("比2020年增长多少", "这五年"), not a year's
  // growth asked beside it ("2022年转移支付增长百分之几": 增长18%). With no other growth given, it is the growth there is
  // ("澳资企业…较3年前增长44%", said with its base).
  const overBase = (f: F) => f.qualifier !== undefined && GROWTH_BASE_BEFORE.test(f.qualifier);
  const growthInPercent = (f: F) => f.unit === '%' || PERCENT_UNITS.has(f.change?.unit ?? '');
  if (!GROWTH_BASE_WRITTEN.test(question) && !asksOverSpan(question) && out.some((f) => !overBase(f) && growthInPercent(f)))
    out = prefer(out, (f) => !overBase(f));
  if (asksPerHead(question)) out = prefer(out, (f) => PER_HEAD_NAME.test(f.indicator));
  // One group asked ("农民收入"); a question naming both ("城镇和农村") is answered part by part.
  const groups = POPULATION_GROUPS.filter((g) => g.asked.test(question));
  if (groups.length === 1) out = prefer(out, (f) => f.indicator.includes(groups[0].word));
  // None asked ("北京24年居民收入增长多少"): the whole population's figure before one group's beside it
  // ("农村居民人均可支配收入增长6.7%" in the sentence before "居民人均可支配收入增长4.5%").
  // Like for like: a growth asked keeps the groups' rates when the whole population's figure is a level ("浙江2025年
  // 居民收入增长多少": 城镇 4.3%, not 全体居民收入突破7万元).
  // Only a group's share of a measure another figure gives for everyone: "开工改造城镇老旧小区" counts housing estates in
  // towns, no residents' group, and no figure for everyone stands beside it.
  // What a group's figure measures after its group word ("居民人均可支配收入" of 城镇居民…); null for no group's figure.
  const groupMeasure = (f: F): string | null => {
    // "新改建农村公路" is a rural thing, no group of people: read as a question's group word is read.
    const g = POPULATION_GROUPS.find((p) => f.indicator.includes(p.word) && p.asked.test(f.indicator));
    return g ? f.indicator.slice(f.indicator.indexOf(g.word) + g.word.length) : null;
  };
  const everyones = out.filter((o) => groupMeasure(o) === null);
  const ofGroup = (f: F) => {
    const measure = groupMeasure(f);
    return (
      measure !== null &&
      measure.length >= MIN_GROUP_MEASURE &&
      everyones.some((o) => o.indicator.includes(measure) || (o.indicator.length >= MIN_WHOLE_NAME && measure.includes(o.indicator)))
    );
  };
  if (!groups.length && out.some(ofGroup)) {
    const growthAsked = asksForGrowth(question);
    out = prefer(out, (f) => !ofGroup(f) && (!growthAsked || f.unit === '%' || !!f.change));
  }
  // A partner asked ("对一带一路国家进出口"): its figure; none asked, the indicator's own before a partner's share of it
  // ("与共建“一带一路”国家进出口贸易额突破5万亿元" beside "进出口下降5.4%").
  const partners = partnersNamed(question);
  // "政协提案办了多少" in a province's report: its own (省政协提案538件) before the national one it handled (办理全国政协提案3件)
  // when the question does not name the country.
  if (!question.includes(NATIONAL_SCOPE)) out = prefer(out, (f) => !namesNationalSubject(f.indicator));
  // A partner's figure is no answer to the whole's amount or growth even alone ("对共建国家进出口占全省比重47.5%" to
  // "江苏进出口总额多少"): the sentence gives no figure of the trade asked. (A share asked keeps it when alone.)
  out = partners.length
    ? prefer(out, (f) => partnersNamed(f.indicator).some((p) => partners.includes(p)))
    : english || asksForShare(question)
      ? prefer(out, (f) => !partnersNamed(f.indicator).length)
      : out.filter((f) => !partnersNamed(f.indicator).length);
  return out;
}
