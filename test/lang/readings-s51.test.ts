import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { englishQuantity } from '../../src/lang/en/english-units.js';
import { asksForShare, countedNounAsked } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { partnersNamed } from '../../src/lang/zh/partner-markets.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 51: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s51.test.ts). */

const figuresOf = (sentence: string) =>
  extractFigures({ sentence, district: '云南省', period: '2025', kind: 'plan', source: 'text', citationId: 'c1' }).map(
    (f) => `${f.indicator}=${f.value}${f.unit}`,
  );

describe("a value's qualifier left over after a parenthesis", () => {
  const sentence =
    '其中银龄工程师2000人（含重点产业1000人）左右、银龄科技人才300人（其中银龄科技专家200人、银龄农业科技特派员100人）左右、银龄技师1000人左右。';

  it('"…（…）左右、银龄技师1000人" names 银龄技师, not 左右、银龄技师', () => {
    const figures = figuresOf(sentence);
    expect(figures).toContain('银龄技师=1000人');
    expect(figures).toContain('银龄科技人才=300人');
    expect(figures.some((f) => f.startsWith('左右'))).toBe(false);
  });

  it('a name that only opens with such a word keeps it ("以上海为…" is no qualifier and list mark)', () => {
    expect(figuresOf('以上海为龙头的长三角城市群新增项目12个。').some((f) => f.includes('上海'))).toBe(true);
  });
});

describe('a time ahead, named by what is done after it', () => {
  const sentence = '气象部门提前12小时预报落区精细到县的强降水，提前6小时、提前2小时预报落区精细到乡镇的强降水，防汛指挥部及时指挥调度。';

  it('"提前12小时预报…精细到县的强降水" names the forecast, not 气象部门提前', () => {
    expect(figuresOf(sentence)[0]).toBe('提前预报落区精细到县的强降水=12小时');
  });

  it('"提前6小时、提前2小时预报…乡镇的强降水": both values named by the thing written once after the last', () => {
    expect(figuresOf(sentence).slice(1)).toEqual(['提前预报落区精细到乡镇的强降水=6小时', '提前预报落区精细到乡镇的强降水=2小时']);
  });

  it('a value in another unit is another thing: its bare verb takes no name from it', () => {
    expect(figuresOf('提前6小时、提前2天预报落区精细到乡镇的强降水。')).toContain('提前=6小时');
  });
});

describe('a thing counted, named in quotes, then what is of it', () => {
  it('"已建成超1.6万个户外劳动者“爱心驿站”的公益服务和管理机制" counts the 爱心驿站', () => {
    expect(figuresOf('优化已建成超1.6万个户外劳动者“爱心驿站”的公益服务和管理机制，升级拓展2250家智能化驿站的特色服务功能。')).toEqual([
      '建成户外劳动者“爱心驿站”=1.6万个',
      '升级拓展智能化驿站的特色服务功能=2250家',
    ]);
  });
});

describe("an amount's bound before 的 and the things then counted", () => {
  it('"营收10亿元以上的企业有32家": the 10亿元 bounds the firms counted, no figure of its own', () => {
    expect(figuresOf('全市营收10亿元以上的企业有32家。').some((f) => f.endsWith('=10亿元'))).toBe(false);
  });

  it('without a number after it the amount stays a figure ("投资10亿元以上的项目开工建设")', () => {
    expect(figuresOf('总投资10亿元以上的项目开工建设。').some((f) => f.endsWith('=10亿元'))).toBe(true);
  });

  it('a rate before 的 is still a share of the things after it ("70%以上的区级河道")', () => {
    expect(figuresOf('70%以上的区级河道达到III类水体。')).toEqual(['区级河道=70%']);
  });
});

describe('the thing counted after the count asked', () => {
  it('a 了 ending the question is no part of it', () => {
    expect(countedNounAsked('拱墅22年安置房项目有几个主体结顶了')).toBe('主体结顶');
    expect(countedNounAsked('有几个项目竣工了？')).toBe('项目竣工');
  });

  it('a 了 inside the thing stays ("多少个了解…" is read up to the mark)', () => {
    expect(countedNounAsked('建了多少个公园')).toBe('公园');
  });
});

describe('a hyphenated English phrase the reports write spaced', () => {
  it('"belt-and-road" is read as belt and road (一带一路), not as belt, and, road', () => {
    const read = translateContentWords('goods trade with belt-and-road countries');
    expect(read.map((t) => t.english)).toContain('belt and road');
    expect(read.map((t) => t.english)).not.toContain('belt');
  });

  it('a hyphenated word held whole keeps its own reading ("built-up area" → 建成区)', () => {
    expect(translateContentWords('built-up area').map((t) => t.english)).toEqual(['built-up area']);
  });

  it('"belt-and-road countries" names the partner 一带一路, as "Belt and Road countries" does', () => {
    expect(partnersNamed('trade with belt-and-road countries')).toEqual(['一带一路']);
    expect(partnersNamed('trade with Belt and Road countries')).toEqual(['一带一路']);
    expect(partnersNamed('trade with beltandroad countries')).toEqual([]);
  });
});

describe('goods trade as the reports write it', () => {
  it('"goods trade" reads 货物贸易 alone: read as 货物进出口 too, "goods trade with belt and road countries" took the total', () => {
    expect(translateContentWords('goods trade')[0]?.chinese).toEqual(['货物贸易']);
  });
});

describe('a fall asked in per cent is no share', () => {
  it('"少了百分之几", "压缩了百分之多少" ask a change; "占全省百分之几" a share', () => {
    expect(asksForShare('平均跑动次数少了百分之几')).toBe(false);
    expect(asksForShare('办理时限压缩了百分之多少')).toBe(false);
    expect(asksForShare('出口占全省百分之几')).toBe(true);
    expect(asksForShare('百分之几的村庄通了公交')).toBe(true);
  });
});

describe("the world's economy in colloquial wording", () => {
  it('"对全球经济增长的贡献率" and "世界经济增长" stay as written; the place\'s own "经济增长" is its GDP growth', () => {
    expect(toReportWording('对全球经济增长的贡献率多少')).toBe('对全球经济增长的贡献率多少');
    expect(toReportWording('世界经济增长多少')).toBe('世界经济增长多少');
    expect(toReportWording('江苏去年经济增长多少')).toBe('江苏去年地区生产总值增长多少');
  });
});

describe('what 户 counts in English', () => {
  it('firms and business entities are entities; anything else in 户 is households', () => {
    expect(englishQuantity(96, '万户', '企业')).toBe('960,000 entities');
    expect(englishQuantity(680, '万户', '经营主体')).toBe('6.8 million entities');
    expect(englishQuantity(99.94, '万户', '燃气管道改造')).toBe('999,400 households');
    expect(englishQuantity(96, '万户')).toBe('960,000 households');
  });
});

describe('a part named only by a higher threshold of the same things', () => {
  const sentence =
    '全年落地总投资1亿元以上制造业固投类项目300个、其中10亿元以上项目55个,落地总投资1亿元以上服务业项目90个、其中10亿元以上项目35个。';

  it('"…1亿元以上制造业固投类项目300个、其中10亿元以上项目55个": the whole\'s things above the part\'s threshold', () => {
    expect(figuresOf(sentence)).toEqual([
      '落地总投资1亿元以上制造业固投类项目=300个',
      '落地总投资10亿元以上制造业固投类项目=55个',
      '落地总投资1亿元以上服务业项目=90个',
      '落地总投资10亿元以上服务业项目=35个',
    ]);
  });

  it('not without 其中: a threshold listed beside another is a list of its own', () => {
    expect(figuresOf('新开工1亿元以上项目120个，10亿元以上项目30个。')).toContain('10亿元以上项目=30个');
  });

  it('not when the things differ from the whole\'s ("…项目300个、其中10亿元以上企业5家")', () => {
    expect(figuresOf('落地总投资1亿元以上制造业项目300个、其中10亿元以上企业5个。')).toContain('10亿元以上企业=5个');
  });
});

describe('years counted, not a year', () => {
  const places = knownPlaces(['云南省', '浙江省']);
  const yearsOf = (question: string) => understandQuery(question, places, { today: new Date('2026-12-07') }).years;

  it('"时隔12年", "相隔10年", "历时15年" count years; "12年" alone is 2012', () => {
    expect(yearsOf('时隔12年又拿到奥运金牌的是哪个省')).toEqual([]);
    expect(yearsOf('相隔10年再次举办的是哪个省')).toEqual([]);
    expect(yearsOf('浙江历时15年建成的是哪条路')).toEqual([]);
    expect(yearsOf('浙江12年拿了几块奥运金牌')).toEqual([2012]);
  });
});

describe('a money threshold said without its 元', () => {
  it('"10亿以上的" reads 10亿元以上, as the reports write it; a count of people keeps its words', () => {
    expect(toReportWording('服务业那头 亿元以上的和10亿以上的各几个')).toBe('服务业那头 亿元以上的和10亿元以上的各几个');
    expect(toReportWording('那制造业里10亿以上的呢')).toBe('那制造业里10亿元以上的呢');
    expect(toReportWording('人口14亿以上人口的国家')).toBe('人口14亿以上人口的国家');
  });
});
