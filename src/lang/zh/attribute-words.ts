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
  /** Where the thing it describes stands: the words after it ("65岁及以上失能老年人"), or before it ("开发建设30周年"). */
  named: 'after' | 'before';
  /** What the number is of, added to the thing's name ("失能老年人年龄"); empty where the unit says it. */
  noun: string;
  /** Written before the number in the value ("第4届"). */
  prefix: string;
}

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
    asked: /多少周年|几周年|\banniversary\b/i,
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
    asked: /几号线|哪(?:一)?条线|\bwhich (?:metro |subway |rail )?line\b/i,
    written: /(?<![0-9.])([0-9]+)号线()/g,
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
    asked: /多少条|几条/,
    written: /“([0-9]+)条”()/g,
    named: 'after',
    noun: '',
    prefix: '',
  },
];

/** The kinds of attribute a question asks ("年龄线是多少岁" asks an age); none for most questions. */
export function attributesAsked(question: string): AttributeKind[] {
  return ATTRIBUTE_KINDS.filter((k) => k.asked.test(question));
}
