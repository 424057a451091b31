import { chineseOrdinal } from './numbers/ordinal.js';

/**
 * How a reader points at one item of an outline just shown: "第三条具体说说", "第2点展开讲讲", "（三）是
 * 什么意思", "最后一项", "tell me more about the third one", "item 2". Only read where an outline is
 * asked or was just answered: "全国第三个" elsewhere is a rank, not an item.
 */
const CHINESE_ITEM = /第\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:条|点|项|个|部分|方面|块|件|大项|方面工作)/;
/** "（三）", "(3)": the plan's own numbering of its headings. */
const HEADING_NUMBER = /[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]/;
const LAST_ITEM = /最后(?:一|1)?(?:条|点|项|个|部分|方面|块|件)|\blast (?:one|item|point|priority|area|task)\b/i;
const ENGLISH_ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const ENGLISH_ITEM = new RegExp(`\\b(${ENGLISH_ORDINALS.join('|')}) (?:one|item|point|priority|area|task|heading)\\b`, 'i');
const ENGLISH_NUMBERED = /\b(?:item|point|priority|number|no\.?)\s*#?(\d{1,2})\b|#(\d{1,2})\b/i;

/** Which item of an outline a question points at: 1-based, -1 for the last; null if it points at none. */
export function outlineItemAsked(question: string): number | null {
  if (LAST_ITEM.test(question)) return -1;
  const zh = CHINESE_ITEM.exec(question) ?? HEADING_NUMBER.exec(question);
  if (zh) return chineseOrdinal(zh[1]);
  const en = ENGLISH_ITEM.exec(question);
  if (en) return ENGLISH_ORDINALS.indexOf(en[1].toLowerCase()) + 1;
  const numbered = ENGLISH_NUMBERED.exec(question);
  if (numbered) return Number(numbered[1] ?? numbered[2]);
  return null;
}

/** Words asking to hear more of an item pointed at: "细说一下", "展开说说", "具体讲讲". */
const TELL_MORE = /(?:细说|详细说说|展开说说|展开讲讲|具体说说|具体讲讲|说说|讲讲|展开)(?:一下)?/g;

/**
 * A question without the words that point at an outline's item and ask to hear more of it ("第二项细说一下 科技领军企业
 * 培育几家" → " 科技领军企业培育几家"): what is left is its subject, to be searched.
 */
export function withoutItemPointer(question: string): string {
  return question.replace(EVERY_CHINESE_ITEM, ' ').replace(TELL_MORE, ' ').replace(THAT_PART, ' ');
}

/** "科技那部分细说": the words pointing at the part named before them, no subject either. */
const THAT_PART = /(?:那|这)一?(?:部分|块|方面|项)/g;

/** CHINESE_ITEM at every place it stands, compiled once. */
const EVERY_CHINESE_ITEM = new RegExp(CHINESE_ITEM.source, 'g');
