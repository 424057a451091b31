import { countedAs } from '../lang/zh/counter-equivalents.js';
import { PERCENTAGE_POINTS } from '../lang/zh/units.js';
import { formatNumber, valueText } from './figure-format.js';
import {
  ASK_PART_BREAKS,
  COUNTED_OFF,
  TOGETHER_ASK_PART,
  COUNT_ASKED_TWICE,
  PART_ASK,
  EACH_ASKED,
  SHARED_HEAD_LINK,
  SIDE_BY_SIDE_TAIL,
  SUBJECT_JOINERS,
  whichIsMoreWord,
  THINGS_COMPARED,
  THINGS_AFTER_HOW_MANY,
  LEVELS_AFTER_HOW_MANY,
  LEVEL_ONLY_THING,
  NOUN_AFTER_LEVEL,
  NOT_A_THING_COMPARED,
  DIFFERENCE_OF_TWO_ASKED,
} from '../lang/zh/several-subjects-words.js';
import { TIME_ONLY_PART } from '../lang/zh/place-shapes.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { figureLead } from './figure-lead.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { interchangeableWordsIn } from '../lang/zh/interchangeable-words.js';
import { longestCommonRun, RUN_BREAK } from './longest-common-run.js';
import { message } from './messages.js';
import type { Citation, Figure } from './schema.js';
import { withoutAmountAsked } from '../lang/zh/asked-shape-words.js';
import { withoutPlacesAndYears } from './question-subject.js';

/** The 的 closing an owner's words. */
const SHARED_HEAD_LINK_AT_END = new RegExp(`${SHARED_HEAD_LINK}$`);

/** A side's name shares at least this much with a figure's before the figure is taken for it. */
const MIN_SIDE_RUN = 2;
/** A thing's own words its figure's sentence writes, at least this long ("清洁能源保供" of "(4)清洁能源保供领域:…"). */
const MIN_SENTENCE_RUN = 4;
/** The words after a last thing's space: a measure every thing is asked in ("文化旅游融合 投资计划"). */
const SPACED_MEASURE = /\s+\S+$/;
/** The last word of the first part after its space: the first thing, the words before it shared ("签约那头 10亿元以上"). */
const LAST_SPACED_WORD = /\s\S*$/;

/**
 * Several things asked at once in words no glossary indicator holds ("广东国家先进制造业集群和国家级中小企业特色产业集群
 * 各有几个"): the question is cut at its joiners into the things asked; each figure goes to the thing whose words it
 * shares most, and each thing's own best figure leads, in the order asked. Null when the question asks no figure of
 * each, names a glossary indicator for every thing (answered part by part elsewhere), or fewer than two things find a figure.
 */
export function severalSubjectsLead(query: UnderstoodQuery, figures: readonly Figure[], citations: readonly Citation[]): string | null {
  if (!query.wantsQuantity) return null;
  const sides = askedSubjects(query.question);
  // Every thing a glossary indicator is answered part by part elsewhere; "优良天数比率、国考断面水质优良比例、公众生态环境
  // 满意率 分别是多少", where one is and two are not, is read here, each thing by its words.
  if (sides.length < 2 || query.indicators.length >= sides.length) return null;
  // "杭州23年和拱墅22年新建的嵌入式体育场地 面积各多少": places each named with a year of their own are the sides, one thing
  // asked of each in its year (answered place by place), not things to tell apart by their words.
  if (query.sideYears) return null;
  const bySide = sides.map(() => [] as Figure[]);
  // "吉林“畅返不畅”和湖南农村公路提质改造…": with several places, each thing is its own place's, and only that place's
  // figures can be it.
  const placeOf = sides.map((s) =>
    query.places.length > 1 ? query.places.find((p) => placeAliases(p).some((a) => s.includes(a))) : undefined,
  );
  // "山东巴黎奥运会加残奥会 金牌、银牌、铜牌各几块": the first part holds words every thing shares before its own thing, as
  // long as the last thing is; a figure goes to the thing its name shares most with, those words aside.
  // A space the question writes sets them apart itself ("签约那头 10亿元以上和亿元以上的": 10亿元以上 is the first thing, however
  // short the last).
  const spaced = sides[0].trimEnd().search(LAST_SPACED_WORD);
  // Things ending in one head ("国家级文明村镇", "省级文明村镇") share no first words: they differ where they begin.
  const headShared = commonEnding(sides).length >= MIN_SIDE_RUN;
  const shared =
    spaced >= 0
      ? sides[0].slice(0, spaced + 1)
      : headShared
        ? ''
        : sides[0].slice(0, Math.max(0, sides[0].length - sides[sides.length - 1].length));
  // "生产安全死亡事故的起数、死亡人数": the words up to the first thing's 的 are whose every thing is (起数 and 死亡人数 are
  // both the accidents'). (Only when no later thing writes a 的 of its own: "竣工的新校 和联建的高校附属学校" are two
  // things, each with its verb.)
  const owner = sides.slice(1).some((side) => side.includes(SHARED_HEAD_LINK)) ? -1 : sides[0].lastIndexOf(SHARED_HEAD_LINK);
  // Each thing by its own words, its asking of how many taken out ("安排了几个项目" names 安排项目).
  const written = [sides[0].slice(shared.length), ...sides.slice(1)].map(withoutAmountAsked);
  // "清洁能源保供跟文化旅游融合 投资计划差多少": the words after the last thing's space measure every thing alike.
  const measureAt = written[written.length - 1].search(SPACED_MEASURE);
  const measure = measureAt > 0 ? written[written.length - 1].slice(measureAt).trim() : '';
  const own = measure ? written.map((t, i) => (i === written.length - 1 ? t.slice(0, measureAt) : t)) : written;
  const things = own.map((t) => `${t}${measure}`);
  // "家电和新能源汽车零售额各涨了多少": the measure the last thing ends with is every thing's when the figures' names end with it
  // too (家电零售额, 新能源汽车零售额); a figure goes to a thing by the words before it, not by the measure all share.
  // (Not of places compared: "安徽和福建…国家级临床重点专科" are two places' figures of one thing.)
  const tail = measure || placeOf.some((p) => p !== undefined) ? '' : sharedTailMeasure(things, figures);
  const ofThing = tail ? things.map((t, i) => (i === things.length - 1 ? t.slice(0, -tail.length) : t)) : things;
  const withoutTail = (name: string) => (tail && name.endsWith(tail) ? `${name.slice(0, -tail.length)}${RUN_BREAK}` : name);
  const sentenceOf = new Map(citations.map((c) => [c.id, c.sentence]));
  // Figures set to a thing by the words of their sentence, their names alike ("年度计划投资" in each field's sentence).
  const bySentence = new Set<Figure>();
  // A figure's name in the question's words for the reports' ("战略性新兴产业增加值" read as 战新增加值 when 战新 is asked).
  const asked = interchangeableWordsIn(query.question);
  const asWritten = (name: string) =>
    asked.reduce((n, { written, group }) => group.reduce((m, word) => (word === written ? m : m.split(word).join(written)), n), name);
  // The owner's words a figure's name writes whole are every thing's, not one's: "生产安全死亡事故起数" is 起数's by 起数, not
  // 死亡人数's by the 死亡 of 生产安全死亡事故.
  const ownerWords = ownerWordsOf(owner > 0 ? sides[0].slice(0, owner + 1) : '', query.places);
  for (const f of figures) {
    // Read without its punctuation: "各区、县(市)安排…" names the 区县 asked.
    const names = [f.indicator, asWritten(f.indicator)].map((n) =>
      withoutTail(ownerWords.reduce((name, word) => name.split(word).join(RUN_BREAK), n.replace(NAME_PUNCTUATION, ''))),
    );
    const runs = ofThing.map((s, i) =>
      placeOf[i] && f.district !== placeOf[i] ? 0 : Math.max(...names.map((n) => longestCommonRun(n, s).length)),
    );
    const best = Math.max(...runs);
    // Named by no thing's words ("年度计划投资" in each field's sentence): the thing whose own words its sentence writes,
    // when only one's are; the question's ask then picks among that sentence's figures.
    const sentence = sentenceOf.get(f.citationId) ?? '';
    const bySentenceOf = (candidates: readonly number[]) => {
      const writing = candidates.filter((i) => longestCommonRun(sentence, own[i]).length >= MIN_SENTENCE_RUN);
      if (writing.length !== 1) return;
      bySide[writing[0]].push(f);
      bySentence.add(f);
    };
    if (best < MIN_SIDE_RUN) {
      bySentenceOf(things.map((_, i) => i));
      continue;
    }
    // A figure both things' words name alike is neither's, unless one writes more of its words ("竣工文海第二实验学校等
    // 新校" writes 竣工 and 新校 of "竣工的新校", only 学校 of "联建的高校附属学校").
    const tiedAll = runs.map((r, i) => (r === best ? i : -1)).filter((i) => i >= 0);
    // "10亿元以上项目和亿元以上项目": a thing whose words write a number the name does not (10) is not the name's (a year,
    // "24年", is every thing's).
    const numbersAgree = tiedAll.filter((i) => (things[i].match(/\d+(?![\d年])/g) ?? []).every((d) => names.some((n) => n.includes(d))));
    const tied = numbersAgree.length ? numbersAgree : tiedAll;
    const pairs = tied.map((i) => Math.max(...names.map((n) => pairsWritten(n, things[i]))));
    const most = Math.max(...pairs);
    if (tied.length === 1 || pairs.filter((p) => p === most).length === 1) {
      bySide[tied[pairs.indexOf(most)]].push(f);
      continue;
    }
    // Named alike: the same, among the things tied.
    bySentenceOf(tied);
  }
  // Of a thing's figures, those that share most with the words every thing shares are its own (巴黎奥运会银牌, not
  // 三大球比赛银牌); the place and the year are every figure's, no words of the things ("上海24年": 上海标准 is no 森林).
  const sharedWords = withoutPlacesAndYears(shared, query.places);
  // And of those, the ones named most by the thing's own words ("市本级安排" 120个, not 市本级政府投资计划安排项目 534个).
  // Those set by their sentence stay beside them, for the question's ask to choose ("各有几个实施项目": 实施项目 7个, not a
  // 绿色能源产业规模 sharing 能源 with 清洁能源保供).
  for (let i = 0; i < bySide.length; i++) {
    const byName = bySide[i].filter((f) => !bySentence.has(f));
    bySide[i] = [...sharingMost(sharingMost(byName, things[i]), sharedWords), ...bySide[i].filter((f) => bySentence.has(f))];
  }
  // Like for like: when every thing has a figure of one kind (targets, or results), only those answer, so one thing's plan
  // is not set beside another's result ("城中村雨污分流项目跟单村水站 各多少": both 2025 targets, not 242万 achieved).
  const likeKind = (['target', 'actual'] as const).filter((k) => bySide.every((ofThing) => ofThing.some((f) => f.kind === k)));
  if (likeKind.length === 1) for (let i = 0; i < bySide.length; i++) bySide[i] = bySide[i].filter((f) => f.kind === likeKind[0]);
  // Each thing asked as the question asks it ("…各有几个"): the unit and shape asked still choose.
  const each = EACH_ASKED.exec(query.question);
  const ask = each ? query.question.slice(each.index) : COUNT_ASKED_TWICE.exec(query.question) ? COUNT_ASK_WORDS : '';
  const leads = bySide.map((figuresOf, i) => {
    const place = placeOf[i];
    // Each thing asked in its figures' words ("战新" asked, 战略性新兴产业 written).
    const side = asked.reduce(
      (text, { written, group }) => {
        const word = group.find((w) => w !== written && figuresOf.some((f) => f.indicator.includes(w)));
        return word ? text.split(written).join(word) : text;
      },
      i < sides.length - 1 ? `${sides[i]}${measure || tail}` : sides[i],
    );
    const leadOf = (words: string, of: readonly Figure[]) =>
      figureLead({ ...query, indicators: [], question: `${words}${ask}`, ...(place ? { places: [place] } : {}) }, of, citations);
    if (!figuresOf.length) return null;
    // "前期、新开工、续建、决算四类 挨个报数": a thing named by its verb alone is the figure whose name it opens (新开工项目),
    // the noun every thing shares left unsaid; one set to it by its sentence is named by its own name.
    const opened = figuresOf.filter((f) => f.indicator.startsWith(own[i]) && f.indicator.length > own[i].length);
    const named = opened.length ? opened : figuresOf.filter((f) => bySentence.has(f));
    const lead = leadOf(side, figuresOf) ?? (named.length === 1 ? leadOf(named[0].indicator, named) : null);
    // A figure set by its sentence is said with the thing's words ("清洁能源保供年度计划投资"), not two lines of 年度计划投资.
    const chosen = lead ? figuresOf.find((f) => bySentence.has(f) && lead.includes(`${valueText(f)} [`)) : undefined;
    if (!chosen || chosen.indicator.includes(own[i])) return lead;
    const owned = { ...chosen, indicator: `${own[i]}${chosen.indicator}` };
    return leadOf(owned.indicator, [owned]) ?? lead;
  });
  const found = leads.filter((l): l is string => !!l);
  if (found.length < 2 || new Set(found).size !== found.length) return null;
  const joined = found.join(message('leadSeparator', query.language));
  // "…建议和…提案哪个多": which is more, said after the two figures, like for like.
  const which = whichIsMoreWord(query.question);
  const compared = !which && (thingsCompared(query.question).length > 0 || DIFFERENCE_OF_TWO_ASKED.test(query.question));
  if ((!which && !compared) || leads.length !== 2 || !leads[0] || !leads[1]) return joined;
  const led = bySide.map((own, i) => own.find((f) => (leads[i] ?? '').includes(`${f.value}${f.unit}`)));
  if (compared) return `${joined}${differenceOfTwo(led[0], led[1], query.language)}`;
  return `${joined}${moreOfTwo(led[0], led[1], query.language, which ?? '')}`;
}

/** The owner's words before 的 ("生产安全死亡事故" of "北京24年生产安全死亡事故的"), without its places and years; none shorter than a run. */
function ownerWordsOf(owner: string, places: readonly string[]): string[] {
  if (!owner) return [];
  const bare = withoutPlacesAndYears(owner.replace(SHARED_HEAD_LINK_AT_END, ''), places);
  return bare.split(RUN_BREAK).filter((word) => word.trim().length >= MIN_SIDE_RUN);
}

/** Punctuation inside a figure's name, no part of the words it shares with the question. */
const NAME_PUNCTUATION = /[\p{P}\s]/gu;

/** How many of a thing's two-character runs a name writes. */
function pairsWritten(name: string, thing: string): number {
  let n = 0;
  for (let i = 0; i + 2 <= thing.length; i++) if (name.includes(thing.slice(i, i + 2))) n++;
  return n;
}

/** The figures whose names share the longest run with the words given; all of them when none shares two. */
function sharingMost(figures: readonly Figure[], words: string): Figure[] {
  const runs = figures.map((f) => longestCommonRun(f.indicator, words).length);
  const most = Math.max(0, ...runs);
  return most < MIN_SIDE_RUN ? [...figures] : figures.filter((_, i) => runs[i] === most);
}

/** Whether two things' figures compare: both there, of one kind and one unit (or measure words counting alike), and not equal. */
function differing(a: Figure | undefined, b: Figure | undefined): [Figure, Figure] | null {
  return a && b && a.kind === b.kind && countedAs(a.unit) === countedAs(b.unit) && a.value !== b.value ? [a, b] : null;
}

/** "A比B多几家": by how much the one is more than the other, like for like ("。前者多16家"); '' when they do not compare. */
function differenceOfTwo(first: Figure | undefined, second: Figure | undefined, lang: 'zh' | 'en'): string {
  const pair = differing(first, second);
  if (!pair) return '';
  const [a, b] = pair;
  // Two percentages differ by points: 58.3% and 41.4% are 16.9个百分点 apart, not 16.9%.
  const rate = a.unit === '%';
  const difference = `${formatNumber(Math.abs(a.value - b.value))}${rate ? PERCENTAGE_POINTS : a.unit}`;
  return message('verdictDifferenceOfTwo', lang, { first: a.value > b.value, difference, rate });
}

/** The verdict between two things' figures of one kind and unit ("。前者更多：4417件 对 4245件"); '' when they do not compare. */
function moreOfTwo(first: Figure | undefined, second: Figure | undefined, lang: 'zh' | 'en', word: string): string {
  const pair = differing(first, second);
  if (!pair) return '';
  const [a, b] = pair;
  const [high, low] = a.value > b.value ? [a, b] : [b, a];
  return message('verdictMoreOfTwo', lang, {
    first: high === a,
    word,
    high: `${high.value}${high.unit}`,
    low: `${low.value}${low.unit}`,
  });
}

/**
 * The things a question asks each figure of, each with the question's words before the first ("广东") and the head
 * noun after a 的 they share ("建成和在建的过江通道" → 江苏建成过江通道, 在建过江通道). Empty when the question asks
 * no figure of each or joins no things.
 */
export function askedSubjects(question: string): string[] {
  const each = EACH_ASKED.exec(question);
  if (!each) {
    const counted = countedTwice(question);
    if (counted.length) return counted;
    const separately = separatelyAsked(question);
    if (separately.length) return separately;
    const joined = THINGS_AFTER_HOW_MANY.exec(question);
    if (joined) return [joined[1], joined[2]];
    const levels = LEVELS_AFTER_HOW_MANY.exec(question);
    return levels ? [`${levels[1]}${levels[3]}`, `${levels[2]}${levels[3]}`] : thingsCompared(question);
  }
  const span = question.slice(0, each.index).trimEnd().replace(SIDE_BY_SIDE_TAIL, '');
  // "战新 高端装备 高新技术这三块增加值": things listed with spaces, counted off before the head noun they share.
  const listed = span.split(SUBJECT_JOINERS).filter((p) => p.length > 0);
  const countedOff = listed.length < 2 ? COUNTED_OFF.exec(span) : null;
  if (countedOff) {
    const spaced = span.slice(0, countedOff.index).trim().split(/\s+/);
    const head = span.slice(countedOff.index + countedOff[0].length).trim();
    return spaced.length < 2 ? [] : spaced.map((p) => `${p}${head}`);
  }
  // "浙江去年供应的国有建设用地 新增用海 用林地各多少万亩": things listed with spaces alone, each a thing of its own; a part
  // of a place and a year alone ("钱塘24年 高端装备增加值 分别涨了多少") is no thing.
  if (listed.length < 2) {
    const spacedOut = span.trim().split(/\s+/);
    const things = TIME_ONLY_PART.test(spacedOut[0] ?? '') ? spacedOut.slice(1) : spacedOut;
    return things.length >= 2 ? things : [];
  }
  const last = listed[listed.length - 1];
  // "国家级和省级文明村镇": levels alone before the last thing are of its noun (国家级文明村镇, 省级文明村镇).
  const levelNoun = NOUN_AFTER_LEVEL.exec(last)?.[1];
  if (levelNoun && listed.slice(0, -1).every((p) => LEVEL_ONLY_THING.test(p)))
    return [...listed.slice(0, -1).map((p) => `${p}${levelNoun}`), last];
  // Only when the things before it write no head noun of their own ("建成" of 建成和在建的过江通道): "广东落地的首批…试点
  // 和福建往纵深推的试点特色改革项目" asks two things, each with its own.
  const link = listed.slice(0, -1).some((p) => p.includes(SHARED_HEAD_LINK)) ? -1 : last.lastIndexOf(SHARED_HEAD_LINK);
  const head = link >= 0 ? last.slice(link + SHARED_HEAD_LINK.length) : '';
  if (head) listed[listed.length - 1] = last.slice(0, link);
  return listed.map((p) => `${p}${head}`);
}

/**
 * "北京今年滨水空间开放几处 绿道新建多少公里": parts that each ask their own figure, each with its ask; empty unless every
 * part asks one and there are two or more.
 */
export function separatelyAsked(question: string): string[] {
  const parts = question
    .trim()
    .split(ASK_PART_BREAKS)
    .filter((p) => p.length > 0 && !TOGETHER_ASK_PART.test(p));
  // "杭州前年市本级政府投资计划 安排了几个项目 年度投资多少": a first part that asks nothing is the topic of the parts after it
  // (the question keeps it for the search); the parts are those that ask.
  const asked = parts.length > 2 && !PART_ASK.test(parts[0]) ? parts.slice(1) : parts;
  return asked.length > 1 && asked.every((p) => PART_ASK.test(p)) ? asked : [];
}

/** "A比B多几家": the two things set against each other, A and B; empty when the question sets no two things so. */
function thingsCompared(question: string): string[] {
  const m = THINGS_COMPARED.exec(question.trim());
  if (!m || NOT_A_THING_COMPARED.test(m[2])) return [];
  return [m[1].trim(), m[2]];
}

/** How each thing counted twice is asked on its own. */
const COUNT_ASK_WORDS = '有几个';

/**
 * "几个万亿级、几个千亿级产业集群": the two things each counted, the first given the head noun the second writes after
 * the word both end their own part with (级 → 万亿级产业集群, 千亿级产业集群). Empty when the question counts no two things.
 */
function countedTwice(question: string): string[] {
  const m = COUNT_ASKED_TWICE.exec(question);
  if (!m) return [];
  const [first, second] = [m[1], m[2]];
  const at = second.indexOf(first[first.length - 1]);
  const head = at >= 0 && at < second.length - 1 ? second.slice(at + 1) : '';
  return [`${first}${head}`, second];
}

/** The shortest measure several things may share at the end of the last one ("零售额" is 3, "产值" 2). */
const MIN_TAIL = 2;

/**
 * The measure ending the last thing asked that the other things do not write and at least two figures' names end with
 * ("家电和新能源汽车零售额": 零售额, of 家电零售额 and 新能源汽车零售额), longest first; "" when there is none.
 */
function sharedTailMeasure(things: readonly string[], figures: readonly Figure[]): string {
  const last = things[things.length - 1] ?? '';
  // The last thing keeps words of its own: "药品抽检合格率" shares 抽检合格率 with 食品's, not 品抽检合格率 (which would leave 药).
  for (let length = last.length - MIN_SIDE_RUN; length >= MIN_TAIL; length--) {
    const tail = last.slice(-length);
    if (things.slice(0, -1).some((t) => t.includes(tail))) continue;
    if (figures.filter((f) => f.indicator.endsWith(tail) && f.indicator.length > tail.length).length >= 2) return tail;
  }
  return '';
}

/** The longest ending every text shares ("文明村镇" of 国家级文明村镇 and 省级文明村镇); empty for one text or none. */
function commonEnding(texts: readonly string[]): string {
  if (texts.length < 2) return '';
  let ending = texts[0];
  for (const t of texts.slice(1)) {
    let n = 0;
    while (n < ending.length && n < t.length && ending[ending.length - 1 - n] === t[t.length - 1 - n]) n++;
    ending = ending.slice(ending.length - n);
  }
  return ending;
}
