import type { AttributeKind } from '../lang/zh/attribute-words.js';
import { escapeRegExp } from '../lang/zh/regexp.js';
import { rankNumber } from '../lang/zh/rank-words.js';
import type { Figure } from './figure-schema.js';
import type { FigureInput } from './types.js';

/** The words a name is taken from stop at a mark, a number or a joining verb: "为65岁及以上失能老年人免费提供…" names 失能老年人, "12英寸晶圆产线建成投产" 晶圆产线. */
const NAME_STOP = /[，。；、：,;:（）()“”"0-9和与及第]|免费|提供|实现|开展|举办|系列|活动|基本建成|建成|投产|开工|投向|用于|的/;
/** Verbs that open a clause before a subject named by the words before its number ("举办苏州工业园区开发建设30周年", "建成福州地铁4号线"): no part of its name. */
const CLAUSE_VERBS = /^(?:举办|举行|纪念|庆祝|隆重|成功|开展|组织|迎来|召开|建成|开通|开工|推进|实施|出台|制定)+/;
/** A joining word the name starts with ("和民营企业制造业500强"): no part of it. */
const LEADING_LINK = /^(?:和|与|及|为)/;
/** Nouns of a policy package that name no package of their own ("“20条”等政策"): the words before the quotes say which. */
const BARE_NOUNS: readonly string[] = ['政策', '措施', '举措', '办法', '意见', '细则'];
const DECIMAL = /^[0-9]+\.[0-9]+$/;
/** A party committee right before a quoted number ("区委“146”"): whose programme the number names. */
const COMMITTEE_BEFORE_QUOTE = /((?:省|市|区|县)委)[“"]?$/;
/** A list's numbers before the one read, sharing its unit ("台山核电3、4号机组"): no part of its name. */
const LISTED_NUMBERS = /(?:[0-9]+、)+$/;
/** Longest name kept: the words nearest the number, unless its kind keeps more (`AttributeKind.longestName`). */
const MAX_NAME = 10;

/**
 * The attribute numbers of one sentence of the kinds a question asks (`attributesAsked`: ages, anniversaries, editions),
 * as figures of shape 'attribute'; none when it asks none. Read beside the sentence's ordinary figures,
 * never into the figure table: they are what something is, not a measure of it.
 */
export function attributeFigures(input: FigureInput, kinds: readonly AttributeKind[]): Figure[] {
  // A note explaining a name ("1.“岳山造林”：上世纪70年代，…") is where a report says what something is: read too.
  if (!kinds.length) return [];
  return kinds.flatMap((kind) => readKind(input, kind));
}

function readKind(input: FigureInput, kind: AttributeKind): Figure[] {
  const out: Figure[] = [];
  for (const m of input.sentence.matchAll(kind.written)) {
    // A multiple may be a decimal ("是计划任务的2.1倍"); every other attribute a whole number.
    const value = DECIMAL.test(m[1]) ? Number(m[1]) : rankNumber(m[1]);
    if (value === null || m.index === undefined) continue;
    const after = () => nameAfter(input.sentence.slice(m.index + m[0].length), kind.longestName ?? MAX_NAME);
    const before = () => nameBefore(input.sentence.slice(0, m.index), kind.unit, kind.longestName ?? MAX_NAME);
    // A kind named by the words before it with none there ("…投入使用，20号线一期东段"): the thing is named after it. One
    // named after it with none there ("年满65岁，") names no thing: the words before are a verb, not a subject.
    // Nor any after it, in a list ("推进19号线、南枫线等轨道交通线建设"): the verb before it names what is done with it.
    // A quoted number named after it by a bare noun ("减轻企业负担“20条”等政策"): the words before it say which.
    // A quoted number a party committee owns ("区委“146”部署要求" beside "省委“132”工作部署"): the owner is part of its name.
    const named = () => {
      const own = after();
      const more = BARE_NOUNS.includes(own) ? before() : (COMMITTEE_BEFORE_QUOTE.exec(input.sentence.slice(0, m.index))?.[1] ?? '');
      return more.length >= 2 ? `${more}${own}` : own;
    };
    const name =
      kind.named === 'after'
        ? named()
        : kind.named === 'after-else-before'
          ? named() || before()
          : before() || after() || verbBefore(input.sentence.slice(0, m.index));
    if (!name) continue;
    out.push({
      indicator: `${name}${kind.noun}`,
      value,
      unit: kind.unit,
      ...(kind.prefix || m[2] ? { qualifier: [kind.prefix, m[2]].filter(Boolean).join('…') } : {}),
      kind: input.kind === 'plan' ? 'target' : 'actual',
      period: input.period,
      district: input.district,
      citationId: input.citationId,
      shape: 'attribute',
    });
  }
  return out;
}

/** The clause's verb right before the number ("推进" of "…，推进19号线"): a name of last resort. */
function verbBefore(text: string): string {
  // The clause, not the list item: "开通3号线一期、12号线" names 12号线 by the 开通 its list follows.
  return CLAUSE_VERBS.exec(text.slice(text.search(/[^，。；：,;:]*$/)))?.[0] ?? '';
}

/**
 * Further quoted names joined to the first ("“1612”与“141”体系贯通") or written right after it ("推广“334”“622”等联农带农模式"):
 * they all share the words after the last.
 */
const JOINED_NAME = /^(?:(?:与|和|及|、)?[“"][^“”"]{1,12}[”"])+/;

function nameAfter(written: string, longest: number): string {
  // "“20条”等政策": one of such policies, named by the noun after 等.
  const text = written.replace(JOINED_NAME, '').replace(/^等(?=[\u4e00-\u9fff])/, '');
  const stop = NAME_STOP.exec(text);
  return (stop ? text.slice(0, stop.index) : text).slice(0, longest);
}

/**
 * The words before the number back to a mark, an opening quote ("出台“要素政策赋能清单16条”"), a copula ("今年是…75周年"), a share ("89.4%的公园…24小时开放") or the number of
 * the same kind before it ("民营企业500强和民营企业制造业500强": the second is 民营企业制造业's).
 */
function nameBefore(written: string, unit: string, longest: number): string {
  const text = written.replace(LISTED_NUMBERS, '');
  const cuts = [...text.matchAll(/[，。；、：,;:是“]|[0-9.]+%的?/g), ...text.matchAll(new RegExp(`[0-9]+${escapeRegExp(unit)}`, 'g'))];
  const start = Math.max(...cuts.map((m) => (m.index ?? -1) + m[0].length), 0);
  return text.slice(start).replace(CLAUSE_VERBS, '').slice(-longest).replace(LEADING_LINK, '');
}
