/**
 * Structured figures from one cited sentence: what was measured (indicator), the value and unit as
 * the report wrote them, growth, qualifiers and ranges. Reads the way these reports write: value
 * then growth ("361亿元、增长6.2%"), growth alone ("GDP增长4.6%"), one rate list over several
 * indicators ("分别增长3.8%和4.9%"), gaps ("低于目标5.5个百分点"), and flattened table rows.
 */
import type { Figure } from './schema.js';
import { scanNumbers, toHalfWidth, type NumberMention } from '../lang/zh/chinese-number.js';
import { periodSpan, statedYears } from '../lang/zh/years.js';

export interface FigureInput {
  sentence: string;
  citationId: string;
  period: string;
  district: string;
  kind: 'result' | 'plan' | 'other';
  source: 'text' | 'table';
}

type Change = NonNullable<Figure['change']>;
type Direction = Change['direction'];

const MAX_INDICATOR = 20;

/** Word lists are matched longest first, so 控制在 wins over 在. */
function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
const PERCENT_UNITS = new Set(['%', '‰', '‱', '个百分点', '成']);

/** Measure words as reports write them after a number; longest first when matching. */
const MEASURE_UNITS = [
  '微克/立方米',
  '毫克/立方米',
  '人/亿元',
  '元/平方米',
  '元/吨',
  '元/人',
  '吨/万元',
  '吨标准煤',
  '吨标煤',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '千伏',
  '千米',
  '公里',
  '公顷',
  '公斤',
  '千克',
  '标准箱',
  '标箱',
  '美元',
  '欧元',
  '日元',
  '港元',
  '港币',
  '英镑',
  '人民币',
  '人次',
  '户次',
  '家次',
  '剂次',
  '架次',
  '车次',
  '辆次',
  '场次',
  '批次',
  '个月',
  '分钟',
  '小时',
  '周岁',
  '元',
  '个',
  '家',
  '户',
  '名',
  '人',
  '位',
  '项',
  '件',
  '座',
  '所',
  '处',
  '条',
  '张',
  '套',
  '间',
  '栋',
  '幢',
  '宗',
  '台',
  '辆',
  '艘',
  '架',
  '列',
  '场',
  '次',
  '批',
  '种',
  '款',
  '部',
  '册',
  '篇',
  '份',
  '对',
  '只',
  '头',
  '株',
  '棵',
  '片区',
  '片',
  '支',
  '单',
  '轮',
  '期',
  '例',
  '起',
  '笔',
  '枚',
  '吨',
  '公斤',
  '斤',
  '克',
  '米',
  '亩',
  '方',
  '度',
  '倍',
  '天',
  '岁',
  'kWh',
  'kW',
  'MW',
  'GW',
  'kV',
  'km',
  'TEU',
].sort((a, b) => b.length - a.length);

const MAGNITUDE: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

/** Words right after a number that make it a date, a year, a rank or a name, not an amount. */
const NOT_AMOUNT_AFTER = /^(?:年|月|日|号|时|点|周年|届|世纪|后|版|路|强|楼|层|代)/;

const POST_QUALIFIER = /^(?:左右|及以上|及以下|以上|以下|以内|之内|上下)/;
const PRE_QUALIFIERS = byLength([
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '力争',
  '确保',
  '突破',
  '超过',
  '超出',
  '接近',
  '约',
  '超',
  '近',
  '逾',
  '低于',
  '高于',
]);
/** Verbs and fillers between an indicator and its number that are not part of either. */
const LINK_WORDS = byLength([
  '达到',
  '达',
  '实现',
  '为',
  '是',
  '了',
  '在',
  '至',
  '到',
  '控制在',
  '保持在',
  '稳定在',
  '保持',
  '增至',
  '降至',
  '提高到',
  '提高至',
  '提升至',
  '提升到',
  '降低到',
  '降低至',
  '下降到',
  '下降至',
  '缩小至',
  '缩小到',
  '扩大到',
  '扩大至',
  '增加到',
  '增加至',
  '争取',
  '累计',
  '共计',
  '合计',
  '总计',
  '共',
  '分别',
  '均',
  '预计',
  '有望',
  '将',
  '已',
  '首次',
  '再次',
  '仅为',
  '仅',
  '只有',
  // Milestone verbs of work reports: "粮食产量首次跃上1.4万亿斤", "赤字率拟按4%左右安排".
  '按',
  '拟按',
  '拟',
  '跃上',
  '迈上',
  '跨越',
  '跨上',
  '站上',
  '登上',
  '连跨',
  '连续',
  '稳居',
]);

/** Verbs that introduce a count of the thing named after it: "开展500场培训". */
const COUNT_VERBS = byLength([
  '推动',
  '开展',
  '完成',
  '实施',
  '推进',
  '建成',
  '建设',
  '打造',
  '培育',
  '引进',
  '新增',
  '新建',
  '获批',
  '入选',
  '认定',
  '组织',
  '举办',
  '创建',
  '落地',
  '签约',
  '招引',
  '发放',
  '接入',
  '启动',
  '支持',
  '推出',
  '吸引',
  '建立',
  '设立',
  '组建',
]);

interface Verb {
  word: string;
  direction: Direction;
}
const GROWTH_VERBS: readonly Verb[] = [
  { word: '正增长', direction: 'up' as const },
  ...['负增长', '下降', '降低', '减少', '回落', '下滑', '下跌', '收窄', '降幅', '缩小'].map((word) => ({
    word,
    direction: 'down' as const,
  })),
  ...['增长', '增速', '增幅', '涨幅', '上涨', '上升', '提高', '提升', '增加', '扩大', '拓宽'].map((word) => ({
    word,
    direction: 'up' as const,
  })),
  { word: '持平', direction: 'flat' as const },
].sort((a, b) => b.word.length - a.word.length);
const GROWTH_MODIFIERS = byLength([
  '比上年同期',
  '较上年同期',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '同比',
  '环比',
  '年均',
  '平均',
  '分别',
  '大幅',
  '小幅',
  '略有',
  '稳步',
  '持续',
  '逆势',
  '均',
  '实现',
  '力争',
  '确保',
  '预计',
  '预期',
  '继续',
  '进一步',
  '有所',
  '较快',
  '快速',
]);
const GAP_VERBS: readonly Verb[] = [
  { word: '高于', direction: 'up' },
  { word: '快于', direction: 'up' },
  { word: '超过', direction: 'up' },
  { word: '超出', direction: 'up' },
  { word: '多于', direction: 'up' },
  { word: '低于', direction: 'down' },
  { word: '慢于', direction: 'down' },
  { word: '少于', direction: 'down' },
];

const LEADING_FILLERS = byLength([
  '其中',
  '全年',
  '今年',
  '去年',
  '当年',
  '年内',
  '同时',
  '此外',
  '另外',
  '一年来',
  '目前',
  '截至目前',
  '累计',
  '共计',
  '合计',
  '实现',
  '完成',
  '达到',
  '预计',
  '力争',
  '确保',
  '全力',
  '努力',
  '争取',
  '全市',
  '全区',
  '全省',
  '全国',
  '全县',
]);
const LEADING_TIME =
  /^(?:在(?=\d{4}年|全)|共(?![富同享建有青])|(?:到|至|截至)?\d{4}年(?:度|底|末|初)?|[一二三四1-4]季度|前三季度|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:份)?|“?十[一二三四五]五”?(?:时期|期间|末)?)/;
const TRAILING_FILLERS = byLength([
  ...LINK_WORDS,
  ...PRE_QUALIFIERS,
  '缩小',
  '扩大',
  '提升',
  '下降',
  '降低',
  '的',
  '全年',
  '当年',
  '同比',
  '比上年',
  '较上年',
  '年均',
  '平均',
  '小幅',
  '大幅',
  '稳步',
  '持续',
  '以上',
  '以下',
]);

/** Shared tails in "城镇和农村居民人均可支配收入" lists; longest first. */
const SHARED_SUFFIXES = [
  '居民人均可支配收入',
  '人均可支配收入',
  '可支配收入',
  '死亡人数',
  '产业规模',
  '增加值',
  '总产值',
  '营业收入',
  '产值',
  '收入',
  '投资',
  '规模',
  '数量',
  '总额',
  '人数',
  '比重',
  '增速',
  '产业',
].sort((a, b) => b.length - a.length);
/** An item that already ends like an indicator ("地区生产总值") takes no shared tail. */
const INDICATOR_ENDING = /[值额量数率入资重模积长速价]$/;

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['‘', '’'],
  ['"', '"'],
  ['【', '】'],
];
const CLAUSE_DELIMITERS = new Set([',', ';', '。', '!', '?', ':', '\n', '\r']);
const LIST_SEPARATOR = /^[\s、和及与或以及]*$/;

// ---------------------------------------------------------------------------------------------

interface Candidate {
  m: NumberMention;
  start: number;
  /** after unit and trailing qualifier */
  end: number;
  value: number;
  unit: string;
  /** magnitude split off the numeral ("万" of 3.4万名), for the base-unit value */
  magnitude: string;
  post?: string;
  approx?: string;
  /** "10亿元以上项目": the number qualifies a noun and is not itself a figure. */
  modifier: boolean;
  followingNoun: string;
}

interface Ctx {
  w: string;
  input: FigureInput;
  /** The figures' period: the section's, or the one other year the sentence states (figurePeriod). */
  period: string;
  figures: Figure[];
  /** base indicator of the last figure, for "占…比重" and bare "力争7%" */
  lastSubject: string;
  /** a value figure still waiting for its "、增长6.2%" */
  attachable: Figure | null;
  /** clauses passed since `attachable` was set */
  attachAge: number;
  lastWasGrowth: boolean;
  /** value figures of the last clause that had figures: "161家、460家,分别增长29%、43%" */
  recentValues: Figure[];
}

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

function stripWords(text: string, words: readonly string[], fromEnd: boolean): { text: string; removed: string[] } {
  let t = text;
  const removed: string[] = [];
  for (let guard = 0; guard < 12; guard++) {
    const hit = words.find((w) => (fromEnd ? t.endsWith(w) : t.startsWith(w)) && t.length >= w.length);
    if (!hit) break;
    removed.push(hit);
    t = fromEnd ? t.slice(0, t.length - hit.length) : t.slice(hit.length);
    t = t.trim();
  }
  return { text: t, removed };
}

/** Keeps the head noun nearest the value, cutting at a word boundary when there is one. */
function clip(indicator: string): string {
  if (indicator.length <= MAX_INDICATOR) return indicator;
  for (let p = 0; p < indicator.length; p++) {
    if ('、,;的和及与等在'.includes(indicator[p]) && indicator.length - p - 1 <= MAX_INDICATOR && indicator.length - p - 1 >= 2) {
      return indicator.slice(p + 1);
    }
  }
  return indicator.slice(-MAX_INDICATOR);
}

/** Trims an indicator phrase of separators, time words, fillers and linking verbs. */
function cleanIndicator(raw: string): string {
  let t = raw.replace(/\s+/g, '').replace(/^[、,;:和及与并且]+|[、,;:和及与并且]+$/g, '');
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    t = t.replace(LEADING_TIME, '');
    t = stripWords(t, LEADING_FILLERS, false).text;
    t = t.replace(/^[、,;:]+/, '');
    if (t === before) break;
  }
  for (let guard = 0; guard < 8; guard++) {
    const before = t;
    t = stripWords(t, TRAILING_FILLERS, true).text;
    t = t.replace(/[、,;:(“]+$/, '');
    if (t === before) break;
  }
  if (t.endsWith('(') || /^[)”]/.test(t)) t = t.replace(/^[)”]+|\($/g, '');
  return t;
}

function subjectOf(indicator: string): string {
  return indicator.replace(/(?:与.{0,6}差距|完成率)$/, '');
}

function inQuotes(_w: string, pos: number, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([a, b]) => pos > a && pos < b);
}

function quoteSpans(w: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = w.indexOf(open, from);
      if (a < 0) break;
      const b = w.indexOf(close, a + 1);
      if (b < 0) break;
      // A quoted name is short; a long "quote" is an unmatched mark swallowing the sentence.
      if (b - a <= 24) spans.push([a, b]);
      from = b + 1;
    }
  }
  return spans;
}

/** 方 is a cubic metre, but 方面/方式/方案 are words that merely start with it. */
const NOT_UNIT_NEXT: Readonly<Record<string, string>> = { 方: '面式案向法位针', 期: '间', 部: '分门署', 单: '位项元独' };

function unitAt(w: string, j: number): string {
  for (const u of MEASURE_UNITS) {
    if (!w.startsWith(u, j)) continue;
    const blocked = NOT_UNIT_NEXT[u];
    if (blocked?.includes(w[j + u.length] ?? '')) return '';
    return u;
  }
  return '';
}

function followingNounAt(w: string, j: number, afterQualifier = false): string {
  // "70%以上的区级河道": after a qualifier, 的 introduces the thing measured.
  if (afterQualifier && w[j] === '的') j++;
  const first = w[j];
  if (first === undefined) return '';
  if (!isCjk(first) && first !== '“') return '';
  if ('的以左多余、和及与同比较占居位排为是其创达超均总共分上提减至到或并且等年月日后前增降下内'.includes(first)) return '';
  let k = j;
  let out = '';
  while (k < w.length && out.length < MAX_INDICATOR) {
    const c = w[k];
    if (CLAUSE_DELIMITERS.has(c) || c === '、' || (c >= '0' && c <= '9')) break;
    out += c;
    k++;
  }
  // The noun ends where the clause's own verb or rate begins: "…工程项目投资完成率174.7%".
  const cut = /投资完成率|完成率|增长|下降|占|达到|达|超过|超|为|实现|突破|同比|比上年|分别|均|累计/.exec(out);
  if (cut && cut.index > 0) out = out.slice(0, cut.index);
  return out.length > 2 ? out.replace(/[(“和及或]+$/, '') : out.replace(/[(“]+$/, '');
}

function isListNumber(w: string, m: NumberMention): boolean {
  if (m.script !== 'arabic' || !Number.isInteger(m.value)) return false;
  if (w.slice(0, m.start).replace(/[\s(]/g, '') !== '') return false;
  const next = w[m.end];
  return next === '.' || next === '、' || next === ')' || next === ' ' || next === undefined;
}

function candidatesOf(w: string, mentions: readonly NumberMention[], quotes: ReadonlyArray<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (m.ordinal || m.kind === 'fraction') continue;
    if (inQuotes(w, m.start, quotes)) continue;
    if (w[m.start - 1] === '+' || w[m.end] === '+' || w[m.start - 1] === '#') continue;
    if (isListNumber(w, m)) continue;
    // Reports do not space out numerals; only OCR splits a decimal ("38 .3%"), and the scanner mends that.
    if (/\s/.test(m.text.replace(/(\d) *\. *(\d)/g, '$1.$2'))) continue;
    const percentLike = m.kind === 'percent' || m.kind === 'percentagePoint';
    // "百分之3万" is no percentage a report writes.
    if (percentLike && /[万亿萬億兆]/.test(m.text)) continue;
    if (percentLike) {
      let unit: string;
      const value = m.written;
      if (m.form === '个百分点') unit = '个百分点';
      else if (m.form === '‰' || m.form === '千分之') unit = '‰';
      else if (m.form === '万分之') unit = '‱';
      else if (m.form === '成') {
        // Only a plain "七成": in "七成六" the written value is nowhere in the text.
        if (m.written * 10 !== m.value || !/^[^\d]{1,3}成$/.test(m.text.replace(/\s/g, '')) || /半/.test(m.text)) continue;
        unit = '成';
      } else if (m.form === '折') continue;
      else unit = '%';
      if (m.script !== 'arabic' && m.form !== '百分之' && m.form !== '千分之' && m.form !== '成') continue;
      let end = m.end;
      const post = POST_QUALIFIER.exec(w.slice(end))?.[0];
      if (post) end += post.length;
      const modifier = post !== undefined && (post.startsWith('以') || post.startsWith('及')) && followingNounAt(w, end) !== '';
      out.push({
        m,
        start: m.start,
        end,
        value,
        unit,
        magnitude: '',
        post,
        modifier,
        followingNoun: followingNounAt(w, end, post !== undefined),
      });
      continue;
    }
    // A plain number: Chinese numerals only as real amounts (十二万), never 三次 or 一批.
    if (m.script === 'chinese' && !(m.text.length >= 2 && /[百千万亿佰仟萬億点]/.test(m.text))) continue;
    if (m.start > 0 && w[m.start - 1] === '前' && /^[位名强]/.test(w.slice(m.end))) continue;
    const rest = w.slice(m.end);
    if (NOT_AMOUNT_AFTER.test(rest)) continue;
    let j = m.end;
    if (w[j] === ' ') j++;
    let approx: string | undefined;
    if (w[j] === '余' || w[j] === '多') {
      approx = w[j];
      j++;
    }
    const word = unitAt(w, j);
    if (word === '岁' || word === '周岁') {
      if (/^(?:以下|以上|及以下|及以上)/.test(w.slice(j + word.length))) continue;
    }
    j += word.length;
    const post = POST_QUALIFIER.exec(w.slice(j))?.[0] ?? (w[j] === '多' || w[j] === '余' ? w[j] : undefined);
    if (post) j += post.length;
    const unit = m.magnitude + word;
    const modifier = post !== undefined && (post.startsWith('以') || post.startsWith('及')) && followingNounAt(w, j) !== '';
    out.push({
      m,
      start: m.start,
      end: j,
      value: m.written,
      unit,
      magnitude: m.magnitude,
      post,
      approx,
      modifier,
      followingNoun: word || m.magnitude ? followingNounAt(w, j) : '',
    });
  }
  return out;
}

function clausesOf(w: string, cands: readonly Candidate[]): Array<[number, number]> {
  const covered = (i: number): boolean => cands.some((c) => i >= c.start && i < c.end);
  // Parentheses that hold a figure ("(确保5%以上)") are clauses of their own; "国家(地区)" is not.
  const parenCuts = new Set<number>();
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== '(') continue;
    const close = w.indexOf(')', i);
    if (close < 0) break;
    if (cands.some((c) => c.start > i && c.start < close)) {
      parenCuts.add(i);
      parenCuts.add(close);
    }
  }
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    let cut = parenCuts.has(i) || (CLAUSE_DELIMITERS.has(c) && !covered(i));
    if (c === ':' && /\d/.test(w[i - 1] ?? '') && /\d/.test(w[i + 1] ?? '')) cut = false;
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (start < w.length) out.push([start, w.length]);
  return out;
}

function baseUnitValue(value: number, unit: string, magnitude: string): number | undefined {
  if (PERCENT_UNITS.has(unit) || unit === '比例' || unit === '') return undefined;
  const scale = MAGNITUDE[magnitude] ?? 1;
  const v = value * scale;
  if (!Number.isFinite(v)) return undefined;
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

const TARGET_WORDS = /力争|确保|预期目标|主要目标|发展目标|目标(?:为|是)|目标值/;
/** A sentence that opens with its targets ("主要目标为:") makes every later clause a target. */
const TARGET_HEADING = /预期目标|主要目标|发展目标|目标(?:为|是)|目标建议为/;
const ACHIEVED_WORDS = /完成(?!率)|低于目标|高于目标|超过目标|超额|目标的|未达到|达到或超过/;

function kindFor(ctx: Ctx, clause: string, upTo: string): Figure['kind'] {
  if (ctx.input.kind === 'plan') return 'target';
  if (ACHIEVED_WORDS.test(clause)) return 'actual';
  return TARGET_WORDS.test(clause) || TARGET_HEADING.test(upTo) ? 'target' : 'actual';
}

interface PreAnalysis {
  indicatorRaw: string;
  qualifiers: string[];
  growth?: Verb;
  gap?: { verb: Verb; ref: string };
  startsWithShare: boolean;
}

function analyzePre(pre: string, unit: string): PreAnalysis {
  let p = pre.replace(/\s+/g, '');
  const qualifiers: string[] = [];
  const startsWithShare = PERCENT_UNITS.has(unit) && /^(?:占|为|相当于|完成年度|完成目标|完成计划|占比)/.test(cleanLeading(p));
  if (unit === '个百分点') {
    for (const v of GAP_VERBS) {
      const at = p.lastIndexOf(v.word);
      if (at < 0) continue;
      const ref = p.slice(at + v.word.length);
      if (ref.length <= 8 && !/[\d增长降]/.test(ref)) {
        return { indicatorRaw: p.slice(0, at), qualifiers, gap: { verb: v, ref: ref.replace(/任务$/, '') }, startsWithShare };
      }
    }
  }
  for (let guard = 0; guard < 8; guard++) {
    p = p.replace(/[、,;:]+$/, '');
    const q = PRE_QUALIFIERS.find((w) => p.endsWith(w));
    // 低于/高于 as a bound ("低于0.01人/亿元") only when nothing else explains the words.
    if (q && q !== '高于' && q !== '低于') {
      qualifiers.unshift(q);
      p = p.slice(0, -q.length);
      continue;
    }
    const link = LINK_WORDS.find((w) => p.endsWith(w));
    if (link && p.length > link.length) {
      p = p.slice(0, -link.length);
      continue;
    }
    if (q) {
      qualifiers.unshift(q);
      p = p.slice(0, -q.length);
      continue;
    }
    break;
  }
  if (PERCENT_UNITS.has(unit)) {
    const verb = GROWTH_VERBS.find((v) => p.endsWith(v.word));
    if (verb) {
      p = p.slice(0, -verb.word.length);
      const stripped = stripWords(p, GROWTH_MODIFIERS, true);
      for (const r of stripped.removed) if (r === '力争' || r === '确保') qualifiers.unshift(r);
      return { indicatorRaw: stripped.text, qualifiers, growth: verb, startsWithShare };
    }
  }
  return { indicatorRaw: p, qualifiers, startsWithShare };
}

function cleanLeading(p: string): string {
  return p.replace(/^[、,;:和及与并且]+/, '');
}

function joinQualifiers(pre: readonly string[], post: string | undefined, approx?: string): string | undefined {
  const parts = [...pre];
  if (approx) parts.push(approx);
  if (post) parts.push(post);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('')}…${parts[parts.length - 1]}`;
}

interface Resolved {
  indicator: string;
  /** characters after the candidate consumed as its indicator ("11830名运动员参加亚运会") */
  consumed: number;
}

function resolveIndicator(ctx: Ctx, a: PreAnalysis, c: Candidate | null, clauseText: string): Resolved {
  let ind = cleanIndicator(a.indicatorRaw);
  let consumed = 0;
  if (a.startsWithShare && ctx.lastSubject && !ind.startsWith(ctx.lastSubject)) {
    // "占一般公共预算收入的89.7%", "完成年度目标的160.1%": a share of the previous figure's subject.
    const share = stripWords(a.indicatorRaw.replace(/\s+/g, '').replace(/^[、,;:和及与并且]+/, ''), TRAILING_FILLERS, true).text;
    ind = ctx.lastSubject + share;
  }
  if (c?.followingNoun) {
    // "获批2个省级平台" (a verb before) and "A、B等53个重大产业项目" (examples before): the
    // counted thing follows the number.
    const examples = ind.endsWith('等') || outsideQuotes(ind).includes('、');
    const verb = COUNT_VERBS.find((v) => ind.endsWith(v));
    // A rate names its own subject before it unless nothing does ("70%以上的区级河道").
    const rate = PERCENT_UNITS.has(c.unit);
    if (rate ? ind === '' : examples || verb || ind.length <= 4) {
      ind = rate || examples ? c.followingNoun : (verb ?? ind) + c.followingNoun;
      consumed = c.followingNoun.length;
    }
  }
  if (ind === '' && ctx.lastSubject) ind = ctx.lastSubject;
  if (ind === '' && c) ind = nearbyPhrase(ctx.w.slice(c.end, c.end + 40), true);
  if (ind === '') ind = nearbyPhrase(clauseText);
  if (ind === '') ind = nearbyPhrase(ctx.w);
  if (ind === '') ind = '数值';
  return { indicator: clip(ind), consumed };
}

function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, '');
}

/** The words of a clause without its numbers, units and qualifiers: a last-resort indicator. */
function nearbyPhrase(text: string, first = false): string {
  const words = text
    .replace(/[-+]?[\d.]+\s*(?:[万亿千百]*[^\s\d,;。、]{0,2}?)(?=[,;。、\s]|$)/g, ' ')
    .replace(/[\d.%]+/g, ' ')
    .replace(/左右|以上|以下|以内/g, ' ')
    .split(/[^\u4e00-\u9fffA-Za-z&()“”]+/)
    .map((x) => cleanIndicator(x))
    .filter((x) => /[\u4e00-\u9fffA-Za-z]{2}/.test(x));
  if (first) return words[0] ?? '';
  return words.sort((a, b) => b.length - a.length)[0] ?? '';
}

function pushFigure(ctx: Ctx, f: Omit<Figure, 'period' | 'district' | 'citationId'>): Figure {
  const figure: Figure = {
    ...f,
    period: ctx.period,
    district: ctx.input.district,
    citationId: ctx.input.citationId,
  };
  for (const key of Object.keys(figure) as Array<keyof Figure>) if (figure[key] === undefined) delete figure[key];
  const dup = ctx.figures.some(
    (g) => g.indicator === figure.indicator && g.value === figure.value && g.unit === figure.unit && g.kind === figure.kind,
  );
  if (!dup) ctx.figures.push(figure);
  return figure;
}

function growthChange(verb: Verb, value: number, unit: string): Change | undefined {
  if (unit !== '%' && unit !== '个百分点') return undefined;
  const direction: Direction = value < 0 ? (verb.direction === 'down' ? 'up' : 'down') : verb.direction;
  return { direction, value: Math.abs(value), unit };
}

// ---------------------------------------------------------------------------------------------
// 分别: "城镇和农村居民人均可支配收入分别增长3.8%和4.9%"

function splitItems(text: string, n: number): string[] | null {
  const byComma = text
    .split('、')
    .map((s) => s.trim())
    .filter(Boolean);
  if (byComma.length === n) return byComma;
  // "城镇和农村…": 和/及/与 split items only when 、 alone does not give the right count.
  const all = text
    .split(/、|以及|和|及|与/)
    .map((s) => s.trim())
    .filter(Boolean);
  return all.length === n ? all : null;
}

function distributeSuffix(items: string[]): string[] {
  const last = items[items.length - 1];
  const head = items.slice(0, -1);
  let suffix = SHARED_SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length) ?? '';
  if (!suffix && head.every((h) => h.length <= 3) && last.length > head[0].length + 1) suffix = last.slice(head[0].length);
  if (!suffix) return items;
  return [
    ...head.map((h) => {
      if (h.endsWith(suffix) || INDICATOR_ENDING.test(h)) return h;
      for (let k = Math.min(h.length, suffix.length - 1); k > 0; k--) if (h.endsWith(suffix.slice(0, k))) return h + suffix.slice(k);
      return h + suffix;
    }),
    last,
  ];
}

function buildRespectively(ctx: Ctx, pre: string, run: Candidate[], clauseText: string, upTo: string): void {
  const at = pre.lastIndexOf('分别');
  const subjectRaw = pre
    .slice(0, at)
    .replace(/\s+/g, '')
    .replace(/(?:\d{4}年(?:度)?|[一二三四]季度|上半年)$/, '');
  const verbPart = pre.slice(at + 2);
  const a = analyzePre(verbPart, run[0].unit);
  let subject = cleanIndicator(subjectRaw);
  let items = subject ? splitItems(subject, run.length) : null;
  if (!items) {
    const fromVerb = splitItems(cleanIndicator(a.indicatorRaw), run.length);
    if (fromVerb) {
      items = fromVerb;
      subject = '';
    }
  }
  const recent = ctx.recentValues;
  if (!items && !subject && a.growth && recent.length === run.length && recent.every((f) => !f.change && !PERCENT_UNITS.has(f.unit))) {
    // The subjects are the previous clause's values: each gets its own growth rate.
    run.forEach((c, i) => {
      recent[i].change = growthChange(a.growth as Verb, c.value, c.unit || run[run.length - 1].unit);
    });
    ctx.attachable = null;
    ctx.lastWasGrowth = true;
    return;
  }
  const names = items ? distributeSuffix(items).map((s) => clip(cleanIndicator(s) || s)) : null;
  const lastUnit = run[run.length - 1].unit;
  const kind = kindFor(ctx, clauseText, upTo);
  run.forEach((c, i) => {
    const unit = c.unit || lastUnit;
    const fallback = subject || cleanIndicator(a.indicatorRaw) || ctx.lastSubject;
    const indicator = clip(names?.[i] ?? (fallback || resolveIndicator(ctx, a, c, clauseText).indicator));
    const f = pushFigure(ctx, {
      indicator: indicator || '数值',
      value: c.value,
      unit,
      change: a.growth ? growthChange(a.growth, c.value, unit) : undefined,
      qualifier: joinQualifiers(a.qualifiers, c.post, c.approx),
      kind,
      valueInBaseUnit: baseUnitValue(c.value, unit, c.magnitude || run[run.length - 1].magnitude),
    });
    ctx.lastSubject = subjectOf(f.indicator);
  });
  ctx.attachable = null;
  ctx.lastWasGrowth = a.growth !== undefined;
}

// ---------------------------------------------------------------------------------------------

function tableFact(w: string, input: FigureInput): Figure[] | null {
  const main = w.split(/备注[:]/)[0];
  const head = /^\s*(?:\d+[.、\s]+)?([^:]{1,40}?)[:](.*)$/s.exec(main);
  if (!head) return null;
  let name = head[1].trim();
  const fields = head[2]
    .split(/[,;。]/)
    .map((f) => f.trim())
    .filter(Boolean);
  let targetText: string | undefined;
  let actualText: string | undefined;
  let rateText: string | undefined;
  let gapText: string | undefined;
  for (const f of fields) {
    if (/^完成率/.test(f)) rateText = f.replace(/^完成率[(%)]*[:]?/, '');
    else if (/^(?:年度)?目标(?:值)?/.test(f)) targetText = f.replace(/^(?:年度)?目标(?:值)?[:]?/, '').trim();
    else if (/^(?:\d{4}年)?(?:实际)?完成(?:情况|值)?(?!目标|率)/.test(f))
      actualText = f.replace(/^(?:\d{4}年)?(?:实际)?完成(?:情况|值)?[:]?/, '').trim();
    else if (/^(?:低于|高于|超过|超出)目标/.test(f)) gapText = f;
  }
  if (targetText === undefined && actualText === undefined) return null;
  let unitHint = '';
  const hint = /\(([^()]{1,8})\)$/.exec(name);
  if (hint) {
    unitHint = hint[1];
    name = name.slice(0, hint.index).trim();
  }
  const growthName = /(力争)?(增长|增速)$/.exec(name);
  const targetQualifier = growthName?.[1];
  const base = growthName ? name.slice(0, growthName.index) : name;
  const indicator = clip(cleanIndicator(base) || base || name || '指标');
  const ctx: Ctx = {
    w,
    input,
    period: input.period,
    figures: [],
    lastSubject: indicator,
    attachable: null,
    attachAge: 0,
    lastWasGrowth: false,
    recentValues: [],
  };

  const read = (text: string | undefined): { value: number; unit: string; magnitude: string; post?: string } | null => {
    if (!text) return null;
    const m = scanNumbers(text).find((x) => !x.ordinal && x.kind !== 'fraction');
    if (!m) return null;
    const rest = text.slice(m.end);
    const post = POST_QUALIFIER.exec(rest)?.[0];
    if (m.kind === 'percent' || m.kind === 'percentagePoint')
      return { value: m.written, unit: m.form === '个百分点' ? '个百分点' : '%', magnitude: '', post };
    const word = unitAt(text, m.end);
    const unit = m.magnitude + (word || unitHint);
    return {
      value: m.written,
      unit,
      magnitude: m.magnitude || (MAGNITUDE[unitHint[0]] ? unitHint.replace(/[^十百千万亿]/g, '') : ''),
      post,
    };
  };
  const change = (value: number, unit: string): Change | undefined =>
    growthName ? growthChange({ word: '增长', direction: 'up' }, value, unit) : undefined;

  const actual = read(actualText);
  if (actual) {
    pushFigure(ctx, {
      indicator,
      value: actual.value,
      unit: actual.unit,
      change: change(actual.value, actual.unit),
      qualifier: actual.post,
      kind: 'actual',
      valueInBaseUnit: baseUnitValue(actual.value, actual.unit, actual.magnitude),
      target: targetText || undefined,
    });
  }
  const target = read(targetText);
  if (target) {
    pushFigure(ctx, {
      indicator,
      value: target.value,
      unit: target.unit,
      change: change(target.value, target.unit),
      qualifier: joinQualifiers(targetQualifier ? [targetQualifier] : [], target.post),
      kind: 'target',
      valueInBaseUnit: baseUnitValue(target.value, target.unit, target.magnitude),
    });
  }
  if (gapText) {
    const g = scanNumbers(gapText).find((x) => x.kind === 'percentagePoint' || x.kind === 'percent');
    if (g) {
      const down = /^(?:低于)/.test(gapText);
      pushFigure(ctx, {
        indicator: clip(`${indicator}与目标差距`),
        value: g.written,
        unit: g.kind === 'percentagePoint' ? '个百分点' : '%',
        change:
          g.kind === 'percentagePoint' ? { direction: down ? 'down' : 'up', value: Math.abs(g.written), unit: '个百分点' } : undefined,
        kind: 'actual',
      });
    }
  }
  const rate = read(rateText);
  if (rate) {
    pushFigure(ctx, { indicator: clip(`${indicator}完成率`), value: rate.value, unit: '%', kind: 'actual' });
  }
  return ctx.figures;
}

// ---------------------------------------------------------------------------------------------

function ratioAt(w: string, cands: readonly Candidate[], i: number): { text: string; parts: number; next: number } | null {
  const c = cands[i];
  if (c.unit !== '' || c.m.script !== 'arabic') return null;
  let k = i;
  let end = c.m.end;
  while (
    k + 1 < cands.length &&
    w[end] === ':' &&
    cands[k + 1].start === end + 1 &&
    cands[k + 1].unit === '' &&
    cands[k + 1].m.script === 'arabic'
  ) {
    k++;
    end = cands[k].m.end;
  }
  if (k === i) return null;
  const parts = cands.slice(i, k + 1);
  // 15:37:21 is a clock time, not a ratio.
  const clock =
    parts.length <= 3 &&
    parts[0].value < 24 &&
    parts.every((p) => Number.isInteger(p.value)) &&
    parts.slice(1).every((p) => p.m.text.length === 2 && p.value < 60);
  if (clock) return { text: '', parts: 0, next: k + 1 };
  return { text: w.slice(c.start, end), parts: k - i + 1, next: k + 1 };
}

function rangeEnd(w: string, cands: readonly Candidate[], i: number): Candidate | null {
  const c = cands[i];
  const n = cands[i + 1];
  if (!n) return null;
  const between = w.slice(c.m.end, n.start);
  const gapText = c.unit ? w.slice(c.end, n.start) : between;
  if (!/^\s*(?:-|—|–|~|～|——|至|到)\s*$/.test(gapText)) return null;
  if (c.unit !== '' && c.unit !== n.unit && !(c.unit === '%' && n.unit === '%')) return null;
  if (n.unit === '') return null;
  if (c.post) return null;
  return n;
}

function processClause(ctx: Ctx, cands: Candidate[], clauseStart: number, clauseEnd: number): void {
  const { w } = ctx;
  const clauseText = w.slice(clauseStart, clauseEnd);
  const upTo = w.slice(0, clauseEnd);
  const kind = kindFor(ctx, clauseText, upTo);
  let cursor = clauseStart;
  let i = 0;
  let made = false;
  const before = ctx.figures.length;
  const valuesHere: Figure[] = [];
  while (i < cands.length) {
    const c = cands[i];
    if (c.modifier) {
      i++;
      continue;
    }
    const pre = w.slice(cursor, c.start);

    // 分别 + a list of values
    if (pre.includes('分别')) {
      const run = [c];
      let k = i + 1;
      while (k < cands.length && !cands[k].modifier && LIST_SEPARATOR.test(w.slice(run[run.length - 1].end, cands[k].start))) {
        run.push(cands[k]);
        k++;
      }
      if (run.length >= 2) {
        buildRespectively(ctx, pre, run, clauseText, upTo);
        cursor = run[run.length - 1].end;
        i = k;
        made = true;
        continue;
      }
    }

    const ratio = ratioAt(w, cands, i);
    if (ratio) {
      const a = analyzePre(pre, '');
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      if (ratio.parts >= 3 || (ratio.parts === 2 && /比|结构/.test(indicator))) {
        const f = pushFigure(ctx, { indicator, value: c.value, unit: '比例', qualifier: ratio.text, kind });
        ctx.lastSubject = subjectOf(f.indicator);
        ctx.attachable = null;
        made = true;
      }
      cursor = cands[ratio.next - 1].end;
      i = ratio.next;
      continue;
    }

    const high = rangeEnd(w, cands, i);
    const unit = high ? high.unit : c.unit;
    const endCand = high ?? c;
    const a = analyzePre(pre, unit);

    if (unit === '') {
      // Unitless values only where the report states a level: "倍差缩小至1.42", "控制在1.8以内".
      const rawPre = pre.replace(/\s+/g, '');
      const states = /(?:至|到|为|达到|达|在|是)$/.test(rawPre) || a.qualifiers.length > 0;
      const next = w[c.end] ?? '';
      const ends = next === '' || CLAUSE_DELIMITERS.has(next) || next === '、' || next === '(' || next === ')';
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      if (
        states &&
        ends &&
        (!Number.isInteger(c.value) || /倍差|系数|指数|比|率|差|值|数/.test(indicator)) &&
        !(c.value >= 1900 && c.value <= 2100 && Number.isInteger(c.value))
      ) {
        const f = pushFigure(ctx, { indicator, value: c.value, unit: '', qualifier: joinQualifiers(a.qualifiers, c.post), kind });
        ctx.lastSubject = subjectOf(f.indicator);
        ctx.attachable = null;
        made = true;
        cursor = c.end;
      }
      i++;
      continue;
    }

    const range = high ? { low: c.value, high: high.value } : undefined;
    const post = endCand.post;
    const magnitude = c.magnitude || (high ? high.magnitude : '');

    if (a.gap) {
      const subject = cleanIndicator(a.indicatorRaw);
      const base = subject && subject !== '增速' && subject !== '增幅' ? subject : ctx.lastSubject || subject || '增速';
      const ref = a.gap.ref;
      pushFigure(ctx, {
        indicator: clip(ref ? `${base}与${ref}差距` : `${base}差距`),
        value: c.value,
        unit,
        change: { direction: c.value < 0 ? 'down' : a.gap.verb.direction, value: Math.abs(c.value), unit: '个百分点' },
        range,
        qualifier: joinQualifiers(a.qualifiers, post),
        kind: ref.startsWith('目标') ? 'actual' : kind,
      });
      ctx.attachable = null;
      made = true;
      cursor = endCand.end;
      i = high ? i + 2 : i + 1;
      continue;
    }

    if (PERCENT_UNITS.has(unit) && (a.growth || (cleanIndicator(a.indicatorRaw) === '' && ctx.lastWasGrowth))) {
      const verb = a.growth ?? { word: '增长', direction: 'up' as const };
      const change = growthChange(verb, c.value, unit);
      const own = cleanIndicator(a.indicatorRaw);
      if (own === '' && a.growth && ctx.attachable && !ctx.attachable.change && ctx.attachAge <= 2 && !range) {
        ctx.attachable.change = change;
        ctx.attachable = null;
        ctx.lastWasGrowth = true;
        cursor = endCand.end;
        i++;
        made = true;
        continue;
      }
      const indicator = resolveIndicator(ctx, a, null, clauseText).indicator;
      const f = pushFigure(ctx, {
        indicator,
        value: c.value,
        unit,
        change,
        range,
        qualifier: joinQualifiers(a.qualifiers, post),
        kind,
      });
      ctx.lastSubject = subjectOf(f.indicator);
      ctx.attachable = null;
      ctx.lastWasGrowth = true;
      made = true;
      cursor = endCand.end;
      i = high ? i + 2 : i + 1;
      continue;
    }

    const resolved = resolveIndicator(ctx, a, endCand, clauseText);
    const indicator = resolved.indicator;
    const f = pushFigure(ctx, {
      indicator,
      value: c.value,
      unit,
      range,
      qualifier: joinQualifiers(a.qualifiers, post, c.approx ?? endCand.approx),
      kind,
      valueInBaseUnit: baseUnitValue(c.value, unit, magnitude),
    });
    ctx.lastSubject = subjectOf(f.indicator);
    ctx.attachable = PERCENT_UNITS.has(unit) ? null : f;
    if (!PERCENT_UNITS.has(unit) && !range) valuesHere.push(f);
    ctx.attachAge = 0;
    ctx.lastWasGrowth = false;
    made = true;
    // A rate right after the noun ("15个省重点项目投资完成率174.7%") needs that noun as its own indicator.
    const next = cands[high ? i + 2 : i + 1];
    const nounFeedsRate = next !== undefined && PERCENT_UNITS.has(next.unit) && !/[,;。、]/.test(w.slice(endCand.end, next.start));
    cursor = endCand.end + (nounFeedsRate ? 0 : resolved.consumed);
    i = high ? i + 2 : i + 1;
  }
  if (!made && ctx.attachable) ctx.attachAge++;
  if (ctx.figures.length > before) ctx.recentValues = valuesHere;
}

/**
 * The period of a sentence's figures: its section's, unless the sentence states one other year
 * for them ("2021年R&D经费支出增长0.3%" in the 2022 review, R&D figures coming a year late;
 * "到2025年，地区生产总值突破1600亿元" in a 2021 plan). Years that are a base or a benchmark
 * (statedYears) are not the figures' year; the section's own year, or its span's end, keeps it.
 */
function figurePeriod(sentence: string, sectionPeriod: string): string {
  const stated = new Set(statedYears(sentence));
  if (stated.size !== 1) return sectionPeriod;
  const [year] = stated;
  const section = periodSpan(sectionPeriod);
  // The section's own year, or the last year of its span (a plan's end), keeps the section's label.
  return section && (Number(year) === section.to || (section.from === section.to && Number(year) === section.from)) ? sectionPeriod : year;
}

const MILESTONES = /(连续)?(迈上|跨越|跃上|跨上)(?:(?!迈上|跨越|跃上|跨上)[^，。；,;]){0,30}?台阶/g;
const FROM = /(从|由)((?:19|20)\d{2})?年?$/;
const TO = /^(提高|增加|提升|增长|上升|扩大|下降|降低)(到|至)((?:19|20)\d{2})?年?$/;

/**
 * "研发投入强度从2.77%提高到3.3%": a pair, the indicator's value then and now. Both figures take
 * the indicator's own name, the years the sentence gives them, and the value reached comes first:
 * it is what the sentence reports.
 */
function fromToPairs(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [from, to] = [figures[i], figures[i + 1]];
    const start = FROM.exec(from.indicator);
    if (!start) {
      out.push(from);
      continue;
    }
    const name = from.indicator.slice(0, start.index);
    if (!to || !name || from.unit !== to.unit || (to.indicator !== from.indicator && !TO.test(to.indicator))) {
      // No pair: the name still loses its dangling 从 ("单位GDP能耗从0.5吨…").
      out.push({ ...from, indicator: name || from.indicator });
      continue;
    }
    const end = TO.exec(to.indicator);
    out.push({ ...to, indicator: name, ...(end?.[3] ? { period: end[3] } : {}) });
    // The value it started from is kept only with its year: without one it would pass for this year's.
    if (start[2]) out.push({ ...from, indicator: name, period: start[2] });
    i++;
  }
  return out;
}

/** Reads every figure a sentence states. Never throws; returns [] when there is none. */
export function extractFigures(input: FigureInput): Figure[] {
  const w = toHalfWidth(input.sentence)
    // Markdown bold around numbers ("**1100亿元**") goes; inside a number it must not join digits.
    .replace(/([\d.])\*\*(?=[\d.])/g, '$1 ')
    .replace(/\*\*/g, '')
    .replace(/^\s*[-*•·]\s+/, '')
    .replace(/[\r\n]+/g, '')
    // Milestones passed ("连续迈上4个万亿元台阶", "跨越7万亿、8万亿、9万亿三个大台阶") are not values:
    // blanked, so the subject carries over to the value that follows ("、达14.2万亿元"). One level
    // reached ("迈上14万亿元新台阶") is the value.
    .replace(MILESTONES, (m) => (/个|、/.test(m) ? ' '.repeat(m.length) : m));
  if (!/[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/.test(w)) return [];
  if (input.source === 'table') {
    const fact = tableFact(w, input);
    if (fact) return fact;
  }
  const quotes = quoteSpans(w);
  const cands = candidatesOf(w, scanNumbers(w), quotes);
  if (cands.length === 0) return [];
  const ctx: Ctx = {
    w,
    input,
    period: figurePeriod(w, input.period),
    figures: [],
    lastSubject: '',
    attachable: null,
    attachAge: 0,
    lastWasGrowth: false,
    recentValues: [],
  };
  for (const [a, b] of clausesOf(w, cands)) {
    const inClause = cands.filter((c) => c.start >= a && c.start < b);
    if (inClause.length === 0) {
      if (ctx.attachable) ctx.attachAge++;
      continue;
    }
    processClause(ctx, inClause, a, b);
  }
  return fromToPairs(ctx.figures);
}

// ---------------------------------------------------------------------------------------------

/** Names a question may use for an indicator the reports spell differently. */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['GDP', '地区生产总值', '生产总值'],
  ['社零', '社会消费品零售总额'],
  ['规上工业', '规模以上工业'],
  ['研发', 'R&D'],
  ['外资', '利用外资'],
  ['财政收入', '一般公共预算收入'],
];

/**
 * Figures whose indicator matches the asked terms first (longer matches first, otherwise in
 * sentence order), at most 8 — the answer schema's limit.
 */
export function rankFiguresForQuestion(figures: readonly Figure[], questionTerms: readonly string[]): Figure[] {
  const terms = new Set<string>();
  for (const t of questionTerms) {
    const term = t.trim();
    if (term.length === 0) continue;
    terms.add(term);
    for (const group of SYNONYMS) if (group.some((g) => g.toLowerCase() === term.toLowerCase())) group.forEach((g) => terms.add(g));
  }
  const wantsTarget = [...terms].some((t) => /目标|计划|预期|预计/.test(t));
  const wantsGrowth = [...terms].some((t) => /增长|增速|增幅|涨幅|下降/.test(t));
  const scored = figures.map((f, index) => {
    const indicator = f.indicator.toLowerCase();
    let score = 0;
    for (const t of terms) {
      const term = t.toLowerCase();
      if (term.length < 2 && !/[\u4e00-\u9fff]/.test(term)) continue;
      if (indicator.includes(term)) score += 2 * term.length;
      else if (term.length >= 4 && term.includes(indicator) && indicator.length >= 2) score += indicator.length;
    }
    if (score > 0) {
      if (wantsTarget && f.kind === 'target') score += 1;
      if (wantsGrowth && f.change) score += 1;
    }
    return { f, index, score };
  });
  scored.sort((a, b) => (b.score > 0 ? 1 : 0) - (a.score > 0 ? 1 : 0) || b.score - a.score || a.index - b.index);
  return scored.slice(0, 8).map((s) => s.f);
}
