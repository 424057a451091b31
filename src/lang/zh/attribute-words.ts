import { escapeRegExp } from './regexp.js';

/**
 * Numbers that say what something is rather than how much of it there is: an age line ("65岁及以上失能老年人"), an
 * anniversary ("开发建设30周年系列活动"), an edition ("第4届亚残运会"). A report's sentences are full of them and they
 * answer nothing unless asked for, so they are read only when a question asks one ("年龄线是多少岁", "多少周年", "第几届").
 * A new kind is a row: its unit, how a question asks it, how a report writes it, and where its name stands.
 */
export interface AttributeKind {
  /** The unit the figure is given in. */
  unit: string;
  /** How a question asks it, Chinese or English. */
  asked: RegExp;
  /** How a report writes it: group 1 the number (digits or Chinese numerals), group 2 any bound after it. */
  written: RegExp;
  /**
   * Where the thing it describes stands: the words after it ("65岁及以上失能老年人"), or before it ("开发建设30周年"); or
   * after it, else before it where it ends its clause ("船舶海工出口规模占全国1/3，").
   */
  named: 'after' | 'before' | 'after-else-before';
  /** What the number is of, added to the thing's name ("失能老年人年龄"); empty where the unit says it. */
  noun: string;
  /** Written before the number in the value ("第4届"). */
  prefix: string;
  /** The longest name kept, where the thing's name runs longer than most ("省科技创新战略专项资金"). */
  longestName?: number;
}

/**
 * How many articles a policy package has ("多少条", "条数"): not the change of a count of items ("负面清单条数压减了多少",
 * a list's items cut by a share).
 */
const ARTICLES_ASKED =
  /多少条|几条|条数(?!据|[^，,。？?]{0,3}?(?:压减|缩减|减少|下降|降低|增加|增长|提高))|\bhow many (?:measures|articles|provisions)\b/i;

/**
 * The number a thing goes by, asked in Chinese with no shape of it ("联农带农模式叫啥数字", "战略目标数字代号是多少", "产业发展以哪个
 * 三位数为导向", "交通圈的数字叫法"): words no report writes, so no search word either (the retriever cuts them).
 */
// (Not the reports' own 编号 of a thing numbered: "几次编号洪水".)
export const NAME_NUMBER_ASKING =
  /(?:数字)?(?:代号|叫法)(?:是|叫|为)?(?:多少|几|啥|什么)?|(?:数字)?编号(?:(?:是|叫|为)?(?:多少|几|啥|什么)|(?:是|叫|为)(?=[A-Za-z“"])|(?=[？?\s]*$))|(?:是|叫)?(?:啥|什么)数字|叫(?:啥|什么)数|(?:是)?哪(?:个|一个)?[一两二三四五六七八]位数/g;
/**
 * The number a thing goes by, asked in English ("what's the code number", "which 'Xizi' number", "Shanhai No. ?",
 * "'zhangzhou ___'", "what's its code", "the five-digit label") or in Chinese (NAME_NUMBER_ASKING).
 */
const NUMBER_NAME_ASKED = new RegExp(
  [
    /\b(?:what|which)(?:'s| is| was)? (?:the )?(?:code |serial )?number\b(?! of)|\bnumber[- ](?:code|name)\b|\bcode number\b|\bno\.\s*\?|_{2,}/
      .source,
    /\b(?:what|which)(?:'s| is| was)? (?:its |the |their )?code\b|\b(?:two|three|four|five|six)[- ]digit (?:label|code|name|number)\b/
      .source,
    NAME_NUMBER_ASKING.source,
  ].join('|'),
  'i',
);

/** 几号 inside a name, after its words and before its noun ("交旅几号工程"): not a day ("会几号开幕", "9月几号"). */
const NAME_NUMBER_HAO_ASKED =
  /(?<=[\u4e00-\u9fff]{2})(?<![是在于月日的为会将要哪那这几])几号(?!线|机组)(?=[\u4e00-\u9fff])(?![开闭举召发上启投通到])/;

export const ATTRIBUTE_KINDS: readonly AttributeKind[] = [
  {
    unit: '岁',
    asked:
      /多少(?:周)?岁|几(?:周)?岁|多大(?:年龄|岁数)|年龄(?:线|门槛|标准|界限|要求)?(?:是|在|为|定在|划在)?(?:多少|几)|\bhow old\b|\bwhat age\b|\bage (?:threshold|limit|line|bar)\b/i,
    written: /(?<![0-9.])([0-9]+)周?岁(及以上|以上|及以下|以下)?/g,
    named: 'after',
    noun: '年龄',
    prefix: '',
  },
  {
    unit: '周年',
    // "是几百周年": the hundreds asked, written 400周年.
    asked: /多少周年|几[十百千]?周年|\banniversary\b/i,
    written: /(?<![0-9.])([0-9]+|[一二三四五六七八九十]+)周年()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  {
    unit: '届',
    asked: /第几届|几届|\b(?:which|what) edition\b|\bhow many editions\b/i,
    written: /第([0-9]+|[一二三四五六七八九十]+)届()/g,
    named: 'after',
    noun: '',
    prefix: '第',
  },
  // "建成地铁4号线后通段": which line a metro line is.
  {
    unit: '号线',
    asked: /几号线|哪(?:一)?条线|\bwhich (?:[a-z]+ )?(?:metro |subway |rail )?line\b/i,
    // "地铁3、4、10、19号线": each number of a list that shares the unit is a line of its own.
    written: /(?<![0-9.])([0-9]+)(?:号线|(?=(?:、[0-9]+)+号线))()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "12英寸晶圆产线": the size a production line makes.
  {
    unit: '英寸',
    asked: /几英寸|多少英寸|多大尺寸|\bhow many inch(?:es)?\b|\bwhat size\b|\bwhich size\b/i,
    written: /(?<![0-9.])([0-9]+)英寸()/g,
    named: 'after',
    noun: '尺寸',
    prefix: '',
  },
  // "连云港20万吨级集装箱码头", "30万吨级航道": the size class of a berth, a port or a channel, in the tonnage of ships it takes.
  {
    unit: '万吨级',
    asked: /(?:多少|几)万吨级|\bwhat size\b|\bwhich size\b|\bhow big\b.*\b(?:terminal|berth|port|channel|wharf)\b/i,
    written: /(?<![0-9.])([0-9]+)万吨级()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "开工石岛湾核电2号机组": which unit of a nuclear plant.
  {
    unit: '号机组',
    asked: /几号机组|哪(?:一)?(?:个|台)机组|\bwhich (?:reactor |nuclear )?unit\b/i,
    // "台山核电3、4号机组": each number of a list that shares the unit is a unit of its own.
    written: /(?<![0-9.])([0-9]+)(?:号机组|(?=(?:、[0-9]+)+号机组))()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "持续将1/3以上的省科技创新战略专项资金投向基础研究": a share written as a fraction of one, asked by its denominator
  // ("至少拿出几分之一"). The thing it is a share of follows it.
  {
    unit: '',
    asked: /几分之一|多少分之一|\bone[- ](?:in[- ])?(?:what|how many)\b/i,
    written: /(?<![0-9.])1\/([0-9]+)(以上|以下|左右)?的?/g,
    named: 'after-else-before',
    noun: '',
    prefix: '1/',
    longestName: 16,
  },
  // "取得标志性重大成果总数达到全省的三分之一以上": the same share written in Chinese numerals.
  {
    unit: '分之一',
    asked: /几分之一|多少分之一|\bone[- ](?:in[- ])?(?:what|how many)\b/i,
    written: /([一二三四五六七八九十]+)分之一(以上|以下|左右)?的?/g,
    named: 'after-else-before',
    noun: '',
    prefix: '',
    longestName: 16,
  },
  // "在京生产新能源汽车约30万辆、增长近3倍", "是十年前的3倍": a multiple, read only when one is asked ("增长了几倍").
  {
    unit: '倍',
    // (Chinese only: "how many times" asks how often far more than a multiple.)
    asked: /几倍|多少倍/,
    written: /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)倍()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "上世纪70年代": the decade something happened in ("是上世纪几十年代的事").
  {
    unit: '年代',
    asked: /几十年代|哪个年代|什么年代|\b(?:which|what) decade\b/i,
    written: /(?<![0-9.])([0-9]{2,4})年代()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "104国道": which national highway a road is ("是几零几国道").
  {
    unit: '国道',
    // (Chinese only: an English "which national highway" is read as a name's number, "G331".)
    asked: /几零几国道|几号国道|哪(?:一)?条国道/,
    written: /(?<![0-9A-Za-z.])([0-9]{3})国道()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "成为我省第6个全球重要农业文化遗产": which of a series a thing became ("第几个", "the nth … — n?", "which-numbered"). Not
  // an hour of a plan ("第几个小时", the kind after this one) nor a rank ("排第几").
  {
    unit: '个',
    asked: /第几个(?!小时|钟头)|\bwhich[- ]numbered\b|\bnth\b/i,
    written: /第([0-9]+|[一二三四五六七八九十]+)个(?!小时|钟头)(?=[\u4e00-\u9fff“])()/g,
    named: 'after',
    noun: '',
    prefix: '第',
  },
  // "第1小时各级应急指挥系统要全面运行": the hour of a response plan by which something is done ("第几个小时").
  {
    unit: '小时',
    asked: /第几(?:个)?(?:小时|钟头)/,
    written: /第([0-9]+|[一二三四五六七八九十]+)(?:个)?小时()/g,
    named: 'after',
    noun: '',
    prefix: '第',
  },
  // "运河体育公园、杭州电竞中心、杭州体育馆等4大场馆", "三大先导产业": how many a set of major things holds. Not a party
  // congress (二十大, 十九大) nor 统一大市场.
  {
    unit: '大',
    // Chinese only: "how many major/key projects" asks a count of projects, not of a set named by its size.
    asked: /几大|多少大/,
    written:
      /(?<![0-9.统一二三四五六七八九十])([0-9]+|[一二三四五六七八九十]+)大(?!和|胜利|精神|以来|代表|报告|召开|会|届|以上)(?=[\u4e00-\u9fff])()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "民营企业服务业100强": how many a ranking list holds.
  {
    unit: '强',
    asked: /多少强|几强|\btop (?:how many|what)\b/i,
    written: /(?<![0-9.])([0-9]+)强()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "15分钟健身圈", "15分钟便民生活圈": the reach of a service circle, in minutes.
  {
    unit: '分钟',
    asked: /几分钟|多少分钟/,
    written: /(?<![0-9.])([0-9]+)分钟(?=[\u4e00-\u9fff]{0,6}圈)()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "公园24小时开放", "24小时值守": the hours a service keeps.
  {
    unit: '小时',
    asked: /几(?:个)?小时|多少(?:个)?小时/,
    written: /(?<![0-9.])([0-9]+)小时(?=开放|营业|服务|值守|运行|在线|不打烊)()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
  // "出台“33条”增量政策": a policy package named by how many articles it has, the number inside the quotes the extractor
  // leaves as a name. Read only when articles are asked ("多少条").
  {
    unit: '条',
    asked: ARTICLES_ASKED,
    written: /“([0-9]+)条”()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "12356心理援助热线": a hotline's number, asked as a number ("热线是多少", "哪个号码", "which number").
  {
    unit: '',
    asked:
      /热线(?:号码|电话)?(?:是|为)?(?:多少|几)|(?:哪个|什么)号码|号码是(?:多少|几)|(?:hotline|helpline)\b.*\b(?:which|what) number\b|\b(?:which|what) number\b.*\b(?:hotline|helpline)\b/i,
    // "12338妇联维权服务中心": a service centre goes by its number too.
    written: /(?<![0-9])(1[0-9]{4})(?![0-9])(?=[\u4e00-\u9fff“”]{0,8}(?:热线|服务中心|服务台))()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "推进“1650”产业体系建设", "传承“漳州110”先进事迹", "“西子3号”入选…": the number of a quoted name, asked in English by
  // the number it goes by ("what's the code number", "which 'Xizi' number", "the 'zhangzhou ___' unit", "Shanhai No. ?").
  {
    unit: '',
    asked: NUMBER_NAME_ASKED,
    written: /“[^“”0-9]{0,6}([0-9]+)[^“”0-9]{0,3}”()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "持续建设山海1号风景道": a name's 号 right after its words, asked in English as above (not 4号线, 6号机组: their own kinds),
  // or in Chinese with 几号 inside the name ("叫交旅几号工程"; not a day, "会几号开幕").
  {
    unit: '号',
    asked: new RegExp(`${NUMBER_NAME_ASKED.source}|${NAME_NUMBER_HAO_ASKED.source}`, 'i'),
    written: /(?<=[\u4e00-\u9fff]{2})([0-9]+)号(?!线|机组)()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
  // "出台“要素政策赋能清单16条”": the package's name inside the quotes, before its number.
  {
    unit: '条',
    asked: ARTICLES_ASKED,
    written: /(?<=“[^“”0-9]{2,12})([0-9]+)条”()/g,
    named: 'before',
    noun: '',
    prefix: '',
  },
];

/**
 * The wording whose attribute kinds a question asks: its own, or an elliptical follow-up's earlier question ("那晶圆呢" after
 * "碳化硅衬底是几英寸的") as the conversation set it (`attributesFrom`).
 */
export function attributeWording(query: { question: string; attributesFrom?: string }): string {
  return query.attributesFrom ?? query.question;
}

/**
 * "那晶圆呢", "广东的呢": a follow-up that names a new thing and asks nothing of its own (no number word, no attribute)
 * asks what the question before it asked, its attribute included.
 */
const ELLIPTICAL_FOLLOW_UP = /呢[？?。!！\s]*$|^\s*(?:and|what about|how about)\b[^?]{0,40}\??\s*$/i;
const OWN_NUMBER_ASKED = /多少|几|第|\bhow (?:many|much|old|long|far)\b|\bwhat (?:share|number|age|size)\b/i;
/**
 * A measure a follow-up names, in a unit of its own ("总里程呢" after "新开了几条地铁线": 公里): it asks that measure, not the
 * earlier question's attribute.
 */
const OWN_MEASURE_NAMED = /里程|面积|长度|规模|总量|投资|产值|金额|人数|人次|产量|销量|收入|客流/;

/** The earlier question whose attribute kinds an elliptical follow-up carries, or undefined. */
export function carriedAttributeWording(question: string, earlier: string | undefined): string | undefined {
  if (
    !earlier ||
    !ELLIPTICAL_FOLLOW_UP.test(question) ||
    OWN_NUMBER_ASKED.test(question) ||
    OWN_MEASURE_NAMED.test(question) ||
    attributesAsked(question).length
  )
    return undefined;
  return attributesAsked(earlier).length ? earlier : undefined;
}

/** The kinds of attribute a question asks ("年龄线是多少岁" asks an age); none for most questions. */
export function attributesAsked(question: string): AttributeKind[] {
  const shape = nameShapeAsked(question);
  return [...ATTRIBUTE_KINDS.filter((k) => k.asked.test(question)), ...(shape ? [shape] : [])];
}

/** The question's numeral standing for the digits of a name: "6+几", "C几几", "“几几几X”", "T多少". */
const NUMERAL_SLOT = '(?:[几幾]{1,4}|多少)';
/** Letters, digits and the plus of a name's identifier ("C919", "6+1", "R1线", "5A级"). */
const IDENTIFIER_CHARS = '[A-Za-z0-9+＋]';
/** Words written right after a name's number that are part of the identifier ("R1线", "5A级", "齐鲁1号"). */
const IDENTIFIER_ENDINGS = '(?:号线|号机组|号|级|线|代|期|型)?';
/** A quoted name with the slot in it: "“齐鲁几号”", "“几+1”" (at most a dozen characters). */
const QUOTED_SHAPE = new RegExp(`[“"]([^“”"]{0,10}${NUMERAL_SLOT}[^“”"]{0,10})[”"]`);
/** Every quoted shape of a text, built once (read for each English question). */
const QUOTED_SHAPES = new RegExp(QUOTED_SHAPE.source, 'g');
/**
 * A question's text with each quoted name-with-a-slot blanked, length kept ("the “几call” platform" → "the        platform"):
 * the letters of a name's shape ("call" of “1call”) are part of the name, no English word to read in the reports' Chinese.
 */
export function withoutNameShapes(text: string): string {
  return text.replace(QUOTED_SHAPES, (m) => ' '.repeat(m.length));
}
/** An unquoted identifier with the slot beside a letter, digit or plus: "C几几", "R几线", "几A级", "T多少". */
const BARE_SHAPE = new RegExp(`(?<![A-Za-z0-9&.])(${IDENTIFIER_CHARS}{0,6})${NUMERAL_SLOT}(${IDENTIFIER_CHARS}{0,6}${IDENTIFIER_ENDINGS})`);
/**
 * What may stand right before a bare numeral for it to ask a name's number: a letter or two ("C几几", "R几线") or a
 * plus ("6+几"); not a word ("GDP多少" asks how much GDP), nor a digit ("PM2.5多少").
 */
const BARE_LEFT = /^(?:[A-Za-z]{1,2}|[A-Za-z0-9]*[+＋])$/;
/** What may stand right after it: a plus ("几+1") or a letter or two ("几A级"). */
const BARE_RIGHT = /^(?:[+＋]|[A-Za-z]{1,2}(?![A-Za-z]))/;
/** A number of a name as written: digits or Chinese numerals ("齐鲁一号"). */
const WRITTEN_NUMBER = '([0-9]+|[一二三四五六七八九十]+)';

/** A shape's words as a pattern matching themselves, a plus either half- or full-width. */
const escapeLiteral = (text: string) => escapeRegExp(text).replace(/\\\+|＋/g, '[+＋]');

/** "“1+”后面跟几": a quoted name's beginning, and the number asked after it. */
const QUOTED_BEGINNING = new RegExp(`[“"]([^“”"]{1,10}[+＋])[”"](?:后面|后头)?(?:跟|是|接|加)?(?:的)?${NUMERAL_SLOT}`);
/** "是1号到几号", "6号到几号": the end of a run of numbers whose start is given ("1—5号泊位", "11月6日至10日"). */
const RANGE_END = new RegExp(`(?<![0-9])([0-9]+)(号|日)?(?:到|至|—|-|~)${NUMERAL_SLOT}(号|日)?`);
/** "9月几号": a day of a month, written 9月26日. */
const DAY_OF_MONTH = new RegExp(`(?<![0-9])([0-9]{1,2})月${NUMERAL_SLOT}(?:号|日)`);
/** The dashes and words a run of numbers is written with. */
const RANGE_JOINER = '(?:—|–|-|~|～|至|到)';

/** How a name asked by its shape is written: the regex source before and after its number, and how it reads. */
interface WrittenShape {
  before: string;
  after: string;
  prefix: string;
  unit: string;
  named: AttributeKind['named'];
}

function writtenShape(question: string): WrittenShape | null {
  const beginning = QUOTED_BEGINNING.exec(question);
  if (beginning)
    return { before: `[“"]${escapeLiteral(beginning[1])}`, after: '(?![0-9])[”"]?', prefix: beginning[1], unit: '', named: 'after' };
  const range = RANGE_END.exec(question);
  if (range) {
    const unit = range[3] ?? range[2] ?? '';
    const ending = unit ? '(?:号|日)' : '(?![0-9])';
    // Named by the words before the run ("厦门港翔安1—5号泊位"), or after where none stand before.
    return { before: `(?<![0-9])${range[1]}(?:号|日)?${RANGE_JOINER}`, after: ending, prefix: `${range[1]}—`, unit, named: 'before' };
  }
  const day = DAY_OF_MONTH.exec(question);
  if (day) return { before: `(?<![0-9])${day[1]}月`, after: '(?:日|号)', prefix: `${day[1]}月`, unit: '日', named: 'after' };
  // "“2 + 几”": spaces an English question set around a plus are no part of the name.
  const quoted = QUOTED_SHAPE.exec(question)?.[1].replace(/\s+/g, '');
  const bare = quoted ? null : BARE_SHAPE.exec(question);
  const shape = quoted ?? (bare && (BARE_LEFT.test(bare[1]) || BARE_RIGHT.test(bare[2])) ? bare[0] : null);
  if (!shape) return null;
  // The shape holds one numeral: the words either side of it, one of them at least ("“几”" alone is no shape, "“几+几”" two).
  const parts = shape.split(new RegExp(NUMERAL_SLOT));
  const [left = '', right = ''] = parts;
  if (parts.length !== 2 || (!left && !right)) return null;
  // A digit or letter beside the number is part of it only as written: "C919" is not "AC919", "6+1" not "6+10".
  const lookBehind = /^[A-Za-z0-9]/.test(left) || !left ? '(?<![A-Za-z0-9.])' : '';
  const lookAhead = /[A-Za-z0-9]$/.test(right) || !right ? '(?![A-Za-z0-9])' : '';
  return {
    // The quotes a name is written in are part of the match, so the words after them name it ("“6+1”首批…创新区").
    before: `${lookBehind}[“"]?${escapeLiteral(left)}`,
    after: `${escapeLiteral(right)}${lookAhead}[”"]?`,
    prefix: left,
    unit: right,
    // A quoted name is named by the words after its quotes; a bare identifier by those before it ("国产大飞机C919"), or
    // after where none stand before ("…、厦漳泉R1线").
    named: quoted ? 'after' : 'before',
  };
}

/**
 * A name asked by its shape, a numeral standing where the name has a number ("首批自贸区联动创新区是“6+几”",
 * "国产大飞机是C几几", "厦漳泉城际是R几线", "碳纤维是T多少", "“1+”后面跟几"), or the end of a run of numbers ("泊位是1号到几号",
 * "9月几号开的"): read as an attribute whose written form is the shape with a number in the numeral's place ("“6+1”首批自贸试验区
 * 联动创新区" → 1, "1—5号泊位" → 5, "9月26日" → 26). Only where the shape is quoted, the numeral stands beside a letter, a
 * digit or a plus, or ends a run: "几号线" alone is the line kind's, "几个" asks a count.
 */
export function nameShapeAsked(question: string): AttributeKind | null {
  const shape = writtenShape(question);
  if (!shape) return null;
  return {
    unit: shape.unit,
    asked: /(?:)/,
    written: new RegExp(`${shape.before}${WRITTEN_NUMBER}${shape.after}()`, 'g'),
    named: shape.named,
    noun: '',
    prefix: shape.prefix,
  };
}
