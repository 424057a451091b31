import { describe, expect, it } from 'vitest';
import {
  nounPhraseCompounds,
  qualifiedHeadwords,
  qualifiersBefore,
  qualifiersInside,
  translateContentWords,
} from '../../src/lang/en/english-lexicon.js';
import { shareOfWhole } from '../../src/lang/en/english-share-wording.js';
import { headOfQuotedName } from '../../src/lang/en/english-terms.js';

/** A few report sentences: how often each Chinese string is written in them. */
const REPORTS =
  '牵头建设44家全国重点实验室。打造全国重点实验室方阵。首批63个省重点实验室重组。省重点实验室。推进2000个省级重点项目。省级重点项目';
const timesWritten = (zh: string) => REPORTS.split(zh).length - 1;

describe('qualifiers before a noun are part of the name the reports write', () => {
  it('reads the qualifier words ending a text, in order', () => {
    expect(qualifiersBefore('how many national key ')).toEqual(['national', 'key']);
    expect(qualifiersBefore('number of ')).toEqual([]);
  });

  it('reads the qualifiers a term’s English starts with that its Chinese does not already start with', () => {
    expect(qualifiersInside('provincial key projects', ['重大项目', '重点项目'])).toEqual(['provincial']);
    expect(qualifiersInside('major projects', ['重大项目'])).toEqual([]);
    expect(qualifiersInside('labs', ['实验室'])).toEqual([]);
  });

  it('keeps only the most qualified compounds written: 全国重点实验室, not 重点实验室 (written in 省重点实验室 too)', () => {
    expect(qualifiedHeadwords(['national', 'key'], ['实验室'], timesWritten)).toEqual(['全国重点实验室']);
  });

  it('falls back to a shorter run of qualifiers when the longer is never written', () => {
    expect(qualifiedHeadwords(['provincial', 'key'], ['项目'], timesWritten)).toEqual(['省级重点项目']);
    expect(qualifiedHeadwords(['state', 'key'], ['实验室'], timesWritten)).toEqual(['重点实验室']);
  });

  it('gives nothing for a compound the reports never write', () => {
    expect(qualifiedHeadwords(['municipal'], ['实验室'], timesWritten)).toEqual([]);
  });

  it('a dictionary word read whole takes its qualifiers first, and says which readings they are', () => {
    const lexicon = new Map([['lab', ['实验室']]]);
    expect(translateContentWords('national key labs in jiangsu', { lexicon, timesWritten })).toEqual([
      { english: 'labs', chinese: ['全国重点实验室', '实验室'], qualified: ['全国重点实验室'] },
    ]);
  });

  it('no qualifier is put before a modifier: "national advanced clusters" gives no 国家先进', () => {
    const lexicon = new Map([
      ['advanced', ['先进']],
      ['cluster', ['集群']],
    ]);
    const read = translateContentWords('national advanced clusters', { lexicon, timesWritten: () => 5 });
    expect(read.flatMap((r) => r.chinese)).not.toContain('国家先进');
  });
});

describe('the whole a share is taken of', () => {
  it.each([
    ['guangdong logistics costs as a share of gdp', 'guangdong logistics costs', 'gdp'],
    ['Jiangsu R&D spending as % of GDP', 'Jiangsu R&D spending', 'GDP'],
    ["logistics costs' share of GDP", 'logistics costs', 'GDP'],
    ["Beijing's R&D spending's share of GDP", "Beijing's R&D spending", 'GDP'],
    ['the ratio of logistics costs to gdp in guangdong', 'logistics costs', 'gdp in guangdong'],
    ['share of services in jiangsu household consumption spending', 'services', 'jiangsu household consumption spending'],
  ])('%s', (question, part, whole) => {
    const found = shareOfWhole(question);
    expect(found && { part: found.part, whole: found.whole }).toEqual(part === null ? null : { part, whole });
  });

  it('"share of X in 2024" names a year, not a whole', () => {
    expect(shareOfWhole('share of services in 2024')).toBeNull();
  });
});

describe('a bare indicator word after a quoted name is that name’s head noun', () => {
  it('"\'get one thing done\' services" are no service sector', () => {
    expect(headOfQuotedName("cut processing time for 'get one thing done' services?", 'services')).toBe(true);
  });

  it('unquoted, the word is itself', () => {
    expect(headOfQuotedName('anhui services growth', 'services')).toBe(false);
    expect(headOfQuotedName("'one thing' reforms and services", 'services')).toBe(false);
    expect(headOfQuotedName("Which province's residents' income grew fastest?", 'income')).toBe(false);
  });
});

describe('a noun phrase read word by word is composed into the reports’ whole name', () => {
  const readings = new Map<string, readonly string[]>([
    ['advanced', ['先进', '高等']],
    ['manufacturing', ['制造业']],
    ['clusters', ['集群']],
    ['logistics', ['物流']],
    ['costs', ['成本', '费用']],
  ]);
  const written = '大力建设国家先进制造业集群，国家先进制造业集群增至14个。先进制造业发展。降低物流成本';
  const times = (zh: string) => written.split(zh).length - 1;

  it('qualifier and words in order: 国家先进制造业集群', () => {
    expect(nounPhraseCompounds('number of national advanced manufacturing clusters in jiangsu', readings, times)).toEqual([
      '国家先进制造业集群',
    ]);
  });

  it('the longest run written is kept, not its parts', () => {
    expect(nounPhraseCompounds('advanced manufacturing growth', readings, times)).toEqual(['先进制造业']);
  });

  it('a stop word ends a phrase: no compound across "of"', () => {
    expect(nounPhraseCompounds('costs of logistics', readings, times)).toEqual([]);
    expect(nounPhraseCompounds('logistics costs', readings, times)).toEqual(['物流成本']);
  });

  it('no compound ends in a qualifier: "new national" (新增国家) is a fragment', () => {
    const withNew = new Map([...readings, ['new', ['新增']]]);
    expect(nounPhraseCompounds('new national high-tech', withNew, () => 3)).toEqual([]);
  });

  it('nothing the reports never write', () => {
    expect(nounPhraseCompounds('advanced logistics', readings, times)).toEqual([]);
  });
});
