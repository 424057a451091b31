import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asksOfTheTwo } from '../../src/answer/kinds/last-two-compared.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { askedCountUnit, asksForShare } from '../../src/lang/zh/asked-shape-words.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { asksWhichOfThem } from '../../src/lang/zh/comparison-follow-up-words.js';
import { PART_ASKED } from '../../src/lang/zh/figure-words.js';
import { namesOwnSubject, YEAR_REFERRING_WORDS } from '../../src/lang/zh/follow-up-words.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { laterCheckOf } from '../../src/lang/zh/later-check-words.js';
import { QUANTITY_WORDS } from '../../src/lang/zh/question-words.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';

/**
 * Session 31's readings of questions as people ask them, without the engine (the answers: test/answer/questions-s31.test.ts).
 * Two things set side by side, the words of asking no sentence writes, a share's change in points asked in English, a
 * place's name written once, the senses file, a part asked in everyday words, the number a thing goes by, follow-ups in
 * everyday words, what a thing is, things listed with spaces.
 */

describe('two things asked side by side', () => {
  it('each keeps its own head noun when both write one', () => {
    expect(askedSubjects('广东落地的首批营商环境改革试点和福建往纵深推的试点特色改革项目哪边个数多')).toEqual([
      '广东落地的首批营商环境改革试点',
      '福建往纵深推的试点特色改革项目',
    ]);
    // The head shared when the first thing writes none.
    expect(askedSubjects('建成和在建的过江通道各几座')).toEqual(['建成过江通道', '在建过江通道']);
  });

  it('"A跟B比 哪边多": 跟 joins the things, the 比 after them is no part of the second', () => {
    expect(askedSubjects('自贸区首创的制度创新成果跟综改试点复制推广的举措比 哪边多')).toEqual([
      '自贸区首创的制度创新成果',
      '综改试点复制推广的举措',
    ]);
  });

  it('"哪边多" asks a number, as "哪个多" does', () => {
    const asks = (q: string) => QUANTITY_WORDS.some((w) => new RegExp(w).test(q));
    expect(asks('两个项目哪边个数多')).toBe(true);
    expect(asks('两个项目哪边在建')).toBe(false);
  });
});

describe('the words of asking are no subject a sentence must write', () => {
  it('whether two counts match, how large, to whom', () => {
    for (const word of ['一样', '一样多', '多', '各', '哪边', '做', '多大', '多长', '多久', '多远', '给'])
      expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
    // Words of a subject stay.
    for (const word of ['项目', '海外仓', '前期']) expect(GENERIC_SEARCH_TERMS.has(word)).toBe(false);
  });
});

describe('work expected to be done is planned', () => {
  it('"预计新增" asks the plan; "预计增长" a year’s estimate is left as it was', () => {
    expect(asksForPlan('福建25年预计新增多少专精特新中小企业')).toBe(true);
    expect(asksForPlan('预计全年增长多少')).toBe(false);
  });
});

describe('a change in points of a share, asked in English', () => {
  const figures: Figure[] = [
    { indicator: '空气优良天数比例', value: 77.8, unit: '%', shape: 'share' } as Figure,
    { indicator: '地表水国考断面优良水体比例', value: 4.6, unit: '个百分点' } as Figure,
  ];
  const led = (q: string) => preferAskedShape(q, figures).map((f) => `${f.value}${f.unit}`);

  it('"how many points did the share gain" keeps the change in points', () => {
    expect(led("How many points did Shandong's share of good-quality surface-water sections gain in 2025?")).toEqual(['4.6个百分点']);
  });

  it('a share asked with no points keeps the share', () => {
    expect(led("What was Shandong's share of good-quality days in 2025?")).toEqual(['77.8%']);
  });
});

describe('a place’s name written once, before its 市', () => {
  it('is a spelling of the name beside a run that only sounds alike', () => {
    const names = new RomanisedNames(() => '推进中国－东盟自贸区3.0版。签署中国－东盟自贸区协定。\n蒙自市在发展蓝莓产业中。');
    expect(names.writtenAs('Mengzi')).toEqual(expect.arrayContaining(['蒙自']));
  });

  it('written once with no place word after it, it is still no spelling', () => {
    const names = new RomanisedNames(() => '推进中国－东盟自贸区3.0版。签署中国－东盟自贸区协定。\n蒙自在发展蓝莓产业中。');
    expect(names.writtenAs('Mengzi')).not.toContain('蒙自');
  });
});

describe('English words the reports write their own way', () => {
  it('the senses file names each word once', () => {
    const text = readFileSync(new URL('../../src/lang/en/english-report-senses.json', import.meta.url), 'utf8');
    // JSON.parse keeps the last of two equal keys silently: each section (senses, wordings) is read as written.
    for (const section of text.split('"aboutWordings"')) {
      const keys = [...section.matchAll(/^ {4}"([^"]+)":/gm)].map((m) => m[1]);
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    }
  });
});

describe('a part of a whole asked in everyday words', () => {
  it('"里头" asks the part as 其中 does; "占多少个" counts it, no share', () => {
    expect(PART_ASKED.exec('杭州23年新增的托位里头 普惠托位占多少个')?.[1]).toBe('普惠托位');
    expect(PART_ASKED.exec('新增托位其中普惠托位有多少个')?.[1]).toBe('普惠托位');
    expect(asksForShare('普惠托位占多少个')).toBe(false);
    expect(asksForShare('用的外资里 制造业占多少亿美元')).toBe(false);
    expect(PART_ASKED.exec('杭州23年用的外资里 制造业占多少亿美元')?.[1]).toBe('制造业');
    // 里 with no space after it is part of a word (报告里GDP多少).
    expect(PART_ASKED.exec('报告里GDP多少')).toBeNull();
    expect(asksForShare('数字经济占GDP多少')).toBe(true);
    expect(asksForShare('占比提高了多少个百分点')).toBe(true);
  });
});

describe('things joined by 跟, not inside a word', () => {
  it('跟踪 stays whole; 同 is no joiner (共同体)', () => {
    expect(askedSubjects('全程跟踪服务和帮办代办各几个')).toEqual(['全程跟踪服务', '帮办代办']);
    expect(askedSubjects('福建省级市域产教联合体、行业产教融合共同体分别建了几个')).toEqual([
      '福建省级市域产教联合体',
      '行业产教融合共同体',
    ]);
  });
});

describe('the number a thing goes by, asked in English', () => {
  const units = (q: string) => attributesAsked(q).map((k) => k.unit);

  it('"which number", "code number", "No. ?", "___" ask it; "what number of" asks a count', () => {
    expect(units("which number is fujian's shanhai scenic byway")).toEqual(['', '号']);
    expect(units("What's the code number of Jiangsu's industrial system?")).toEqual(['', '号']);
    expect(units("Fujian's 'Shanhai No. ?' scenic byway")).toEqual(['', '号']);
    expect(units("the 'zhangzhou ___' police unit")).toEqual(['', '号']);
    expect(units('What number of firms were added?')).toEqual([]);
    expect(units('what is the number of firms')).toEqual([]);
  });

  it('reads a quoted name’s number, and a name’s 号 but not a line’s or a reactor’s', () => {
    const [quoted, numbered] = attributesAsked('which number');
    const read = (kind: typeof quoted, text: string) => [...text.matchAll(kind.written)].map((m) => m[1]);
    expect(read(quoted, '推进“1650”产业体系建设，传承“漳州110”先进事迹')).toEqual(['1650', '110']);
    expect(read(numbered, '持续建设山海1号风景道，建成地铁4号线，宁德核电6号机组')).toEqual(['1']);
  });
});

describe('a conversation’s follow-ups in everyday words', () => {
  it('"那会儿" points back at the time, no subject of its own', () => {
    expect(YEAR_REFERRING_WORDS).toEqual(expect.arrayContaining(['那会儿', '那时候', '当时']));
    expect(namesOwnSubject('换到拱墅 22年那会儿新增的呢', '钱塘24年新招引的35周岁以下大学生 数量多少', ['拱墅'], ['22年'])).toBe(false);
    expect(namesOwnSubject('换到拱墅 22年那会儿新增的高技能人才呢', '钱塘24年新招引的35周岁以下大学生 数量多少', ['拱墅'], ['22年'])).toBe(
      true,
    );
  });

  it('"俩地方谁招得多": the two talked about, which did more by any verb with its 得', () => {
    expect(asksOfTheTwo('俩地方谁招得多')).toBe(true);
    expect(asksWhichOfThem('哪边卖得多')).toBe(true);
    expect(asksWhichOfThem('招得怎么样')).toBe(false);
  });
});

describe('what a thing is, read only when asked', () => {
  const read = (question: string, text: string) =>
    attributesAsked(question).flatMap((kind) => [...text.matchAll(kind.written)].map((m) => `${m[1]}${kind.unit}`));

  it('a terminal’s size class, a reactor’s unit, a service centre’s number', () => {
    expect(read('连云港25年在建的集装箱码头是多少万吨级', '加快建设连云港20万吨级集装箱码头，连云港30万吨级航道改扩建')).toEqual([
      '20万吨级',
      '30万吨级',
    ]);
    expect(read('石岛湾核电是几号机组', '开工招远一期、石岛湾核电2号机组')).toEqual(['2号机组']);
    expect(read('妇联维权服务中心是哪个号码', '联动青少年服务中心、12338妇联维权服务中心')).toEqual(['12338']);
    // Not asked, not read.
    expect(read('连云港25年集装箱码头投资多少', '加快建设连云港20万吨级集装箱码头')).toEqual([]);
  });
});

describe('things listed with spaces and counted off ("A B C这三块增加值 分别涨了多少")', () => {
  it('each takes the head noun after the count', () => {
    expect(askedSubjects('钱塘24年战新 高端装备 高新技术这三块增加值 分别涨了多少')).toEqual([
      '钱塘24年战新增加值',
      '高端装备增加值',
      '高新技术增加值',
    ]);
    // No count, no spaces read as joiners.
    expect(askedSubjects('钱塘24年 高端装备增加值 分别涨了多少')).toEqual([]);
  });
});

describe('a question that asks a thing, then whether another report still holds it', () => {
  it('splits at the check: a time, a word of continuing or really doing, a yes-or-no', () => {
    expect(laterCheckOf('福建25年说要开建的厦漳泉城际 是R几线 去年真开工了没')).toEqual({
      first: '福建25年说要开建的厦漳泉城际 是R几线',
      check: '去年真开工了没',
    });
    expect(laterCheckOf('上海25年推进建设的轨交线 几号线，26年报告里还在加快建设吗')?.check).toBe('26年报告里还在加快建设吗');
    // No word of continuing, no time, or nothing asked before it: no check.
    expect(laterCheckOf('福建25年厦漳泉城际 去年开工了没')).toBeNull();
    expect(laterCheckOf('福建厦漳泉城际是R几线 还在建吗')).toBeNull();
    expect(laterCheckOf('去年真开工了没')).toBeNull();
  });
});

describe('a line of a metro named only by the verb before it', () => {
  it('"推进19号线、南枫线等轨道交通线建设": 推进 names it, the number read', () => {
    const kinds = attributesAsked('几号线');
    const figures = attributeFigures(
      {
        sentence: '持续推动南北转型，推进19号线、南枫线等轨道交通线建设',
        citationId: 'c1',
        period: '2025',
        district: '上海市',
        kind: 'plan',
        source: 'text',
        section: [],
      } as never,
      kinds,
    );
    expect(figures.map((f) => `${f.indicator}=${f.value}${f.unit}`)).toEqual(['推进=19号线']);
  });
});

describe('English counts in hours and minutes', () => {
  it('"how many hours" asks 小时, "how many minutes" 分钟', () => {
    expect(askedCountUnit('shandong 2025: visa-free transit of how many hours is it leaning on?')).toBe('小时');
    expect(askedCountUnit('a service circle of how many minutes?')).toBe('分钟');
  });
});

describe('how a thing went, in everyday verbs', () => {
  it('"搞得", "干得" name nothing', () => {
    for (const word of ['搞得', '搞', '干得', '得']) expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });
});
