/**
 * Session 21's figure lines (stryker.s21c.json, docs/mutation-survivors.md "Session 21, the session's changes"): levels
 * passed (each level, its magnitude, the count of levels, where and when they were said), which figures answer a question
 * about milestones, streaks written as a count of rises, and a rank's name written in the question's own order.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { isLevelPassed, milestonesPassed } from '../../src/figures/milestones-passed.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { rankNamedInQuestion } from '../../src/figures/rank-figures.js';
import { itemsOfClauseBefore } from '../../src/figures/respectively.js';
import { resultSentence } from '../support/hand-built-figures.js';

const frame = { period: '2024', district: '浙江省', citationId: 'c7', kind: 'target' as const };
const brief = (sentence: string) =>
  milestonesPassed(sentence, frame).map((f) => `${f.indicator}:${f.value}${f.unit}:${f.qualifier}:${f.valueInBaseUnit}`);

describe('levels passed', () => {
  it('gives each level its magnitude in the base unit, and the count of levels as itself', () => {
    expect(brief('全省生产总值连续跨越7万亿元、8万亿元两个台阶')).toEqual([
      '生产总值:7万亿元:连续跨越…台阶:7000000000000',
      '生产总值:8万亿元:连续跨越…台阶:8000000000000',
      '生产总值:2个:连续跨越…台阶:2',
    ]);
    expect(brief('进出口总额跨上3000亿、4000亿美元两个台阶')).toEqual([
      '进出口总额:3000亿:跨上…台阶:300000000000',
      '进出口总额:4000亿美元:跨上…台阶:400000000000',
      '进出口总额:2个:跨上…台阶:2',
    ]);
  });

  it('reads a count written in figures and in characters, with the step counted after it', () => {
    expect(brief('地区生产总值连续迈上4个万亿元台阶')).toEqual(['地区生产总值:4个:连续迈上…万亿元台阶:4']);
    expect(brief('地区生产总值连续迈上三个万亿元台阶')).toEqual(['地区生产总值:3个:连续迈上…万亿元台阶:3']);
  });

  it('takes where, when and of what kind from the frame', () => {
    const [level] = milestonesPassed('经济总量迈上4万亿、5万亿两个台阶', frame);
    expect(level).toMatchObject({ period: '2024', district: '浙江省', citationId: 'c7', kind: 'target', shape: 'milestone' });
    const plan = extractFigures({ ...resultSentence('经济总量迈上4万亿、5万亿两个台阶。'), kind: 'plan' });
    expect(plan.map((f) => f.kind)).toEqual(['target', 'target', 'target']);
    expect(extractFigures(resultSentence('经济总量迈上4万亿、5万亿两个台阶。')).map((f) => f.kind)).toEqual(['actual', 'actual', 'actual']);
  });

  it('names the levels by the subject of their own clause, after a comma, a semicolon or a colon', () => {
    for (const mark of ['，', '；', '：', ',', ';', ':']) {
      expect(milestonesPassed(`过去五年${mark}地区生产总值连续迈上4个万亿元台阶`, frame).map((f) => f.indicator)).toEqual(['地区生产总值']);
    }
  });

  it('keeps a subject of three characters, and names nothing by a shorter one', () => {
    expect(milestonesPassed('GDP连续迈上4个万亿元台阶', frame).map((f) => f.indicator)).toEqual(['GDP']);
    expect(milestonesPassed('总量连续迈上4个万亿元台阶', frame)).toEqual([]);
  });

  it('reads the levels alone when no count is written, and a count of ten or more', () => {
    expect(brief('经济总量跨越4万亿、5万亿台阶')).toEqual([
      '经济总量:4万亿:跨越…台阶:4000000000000',
      '经济总量:5万亿:跨越…台阶:5000000000000',
    ]);
    expect(brief('进出口总额连续跨越10个百亿元台阶').map((s) => s.split(':')[1])).toEqual(['10个']);
  });

  it('gives the figures read from a sentence the sentence’s period, place and citation', () => {
    const read = extractFigures(resultSentence('经济总量迈上4万亿、5万亿两个台阶。'));
    for (const f of read) expect(f).toMatchObject({ period: '2025', district: '某省', citationId: 'c1' });
  });

  it('writes no 连续 when the levels were not passed one after another', () => {
    expect(brief('经济总量跨越4万亿、5万亿两个台阶').map((s) => s.split(':')[2])).toEqual(['跨越…台阶', '跨越…台阶', '跨越…台阶']);
  });

  it('reads every phrase of a sentence, each by its own subject', () => {
    expect(
      milestonesPassed('地区生产总值连续迈上2个万亿元台阶，一般公共预算收入跨越3000亿、4000亿两个台阶', frame).map(
        (f) => `${f.indicator}:${f.value}${f.unit}`,
      ),
    ).toEqual(['地区生产总值:2个', '一般公共预算收入:3000亿', '一般公共预算收入:4000亿', '一般公共预算收入:2个']);
  });

  it('tells a level passed from other figures by its shape and its step', () => {
    const [level, , count] = milestonesPassed('经济总量迈上4万亿、5万亿两个台阶', frame);
    expect(isLevelPassed(level)).toBe(true);
    expect(isLevelPassed(count)).toBe(true);
    expect(isLevelPassed({ shape: 'streak', qualifier: '连续…台阶' })).toBe(false);
    expect(isLevelPassed({ shape: 'milestone', qualifier: '突破' })).toBe(false);
    expect(isLevelPassed({ shape: 'milestone', qualifier: undefined })).toBe(false);
  });
});

describe('the milestones a question asks', () => {
  const figures = [
    ...milestonesPassed('经济总量迈上4万亿、5万亿两个台阶', frame),
    { indicator: '经济总量', value: 5.2, unit: '万亿元', qualifier: undefined },
  ];
  const led = (question: string) => preferAskedShape(question, figures).map((f) => `${f.value}${f.unit}`);

  it('leads the levels for "哪几个台阶" and the count for "几个台阶"', () => {
    expect(led('经济总量跨了哪几个台阶')).toEqual(['4万亿', '5万亿']);
    expect(led('经济总量跨了哪些台阶')).toEqual(['4万亿', '5万亿']);
    expect(led('经济总量连续迈上几个台阶')).toEqual(['2个']);
  });

  it('keeps every figure of a sentence that passes no milestone, whatever it counts in', () => {
    const none = [
      { indicator: '经济总量', value: 5.2, unit: '万亿元', qualifier: undefined },
      { indicator: '上市公司', value: 20, unit: '个', qualifier: undefined },
    ];
    expect(preferAskedShape('经济总量跨了哪几个台阶', none).map((f) => `${f.value}${f.unit}`)).toEqual(['5.2万亿元', '20个']);
    expect(preferAskedShape('经济总量迈上几个台阶', none).map((f) => `${f.value}${f.unit}`)).toEqual(['5.2万亿元', '20个']);
  });

  it('leads no milestone when none is asked', () => {
    expect(led('经济总量多少')).toEqual(['5.2万亿元']);
  });
});

describe('a streak written as a count of rises', () => {
  const streaks = (sentence: string, kind: 'result' | 'plan' = 'result') =>
    extractFigures({ ...resultSentence(sentence), kind })
      .filter((f) => f.shape === 'streak')
      .map((f) => `${f.indicator}:${f.value}${f.unit}:${f.qualifier}:${f.kind}`);

  it('says what was repeated in the streak’s words, and a title’s streak too', () => {
    expect(streaks('居民消费价格指数实现3连涨。')).toEqual(['居民消费价格指数:3年:连续…上涨:actual']);
    expect(streaks('女子排球队取得“五连冠”。')).toEqual(['女子排球队:5年:连续…夺冠:actual']);
  });

  it('reads each run of a sentence by the subject of its own clause', () => {
    expect(streaks('粮食产量实现5连增，耕地面积迎来3连增。')).toEqual(['粮食产量:5年:连续…增长:actual', '耕地面积:3年:连续…增长:actual']);
  });

  it('reads a run planned as a target', () => {
    expect(streaks('确保粮食产量实现5连增。', 'plan').map((s) => s.split(':').at(-1))).toEqual(['target']);
  });

  it('reads the streak’s kind from its own clause, and a count of ten or more', () => {
    expect(streaks('粮食产量实现5连增，力争明年达到1400亿斤。')).toEqual(['粮食产量:5年:连续…增长:actual']);
    expect(streaks('粮食产量实现10连增。')).toEqual(['粮食产量:10年:连续…增长:actual']);
  });

  it('keeps a subject of three characters', () => {
    expect(streaks('进出口实现5连增。')).toEqual(['进出口:5年:连续…增长:actual']);
  });

  it('reads no streak of no length, or of the place alone', () => {
    expect(streaks('粮食产量实现0连增。')).toEqual([]);
    expect(streaks('全省实现5连增。')).toEqual([]);
  });
});

describe('a rank’s name in the question’s own order', () => {
  const name = '开工改造城镇老旧小区';

  it('reads the words right before the rank words, spaces and all', () => {
    expect(rankNamedInQuestion(name, '云南老旧小区改造开工 全国排第几')).toBe(true);
    expect(rankNamedInQuestion(name, '云南老旧小区改造开工数排第几')).toBe(true);
    expect(rankNamedInQuestion(name, '云南老旧小区改造开工多少位')).toBe(true);
  });

  it('names nothing when the question starts with its rank words or writes too little of the name', () => {
    expect(rankNamedInQuestion(name, '全国排第几老旧小区改造开工')).toBe(false);
    expect(rankNamedInQuestion(name, '老旧小区改造全国第几')).toBe(true);
    expect(rankNamedInQuestion(name, '旧小区改造全国第几')).toBe(false);
  });

  it('reads only the run of the name’s characters (and 量 / 数) right before the rank words', () => {
    expect(rankNamedInQuestion(name, '云南 老旧小区改造开工  全国排第几')).toBe(true);
    expect(rankNamedInQuestion(name, '云南省住建厅老旧小区全国排第几')).toBe(false);
    expect(rankNamedInQuestion(name, '云南老旧小区全国排第几')).toBe(false);
    expect(rankNamedInQuestion(name, '镇老旧小区量全国排第几')).toBe(false);
    expect(rankNamedInQuestion(name, '改造开工老旧小区全国第几')).toBe(true);
  });

  it('needs a run of four of the name’s characters in its order', () => {
    expect(rankNamedInQuestion(name, '区小旧老改造开工全国第几')).toBe(false);
    expect(rankNamedInQuestion(name, '造改小区旧老开工全国第几')).toBe(false);
  });
});

describe('a rank after a clause of its own subject', () => {
  it('ranks the name the rank’s own clause writes, not the subject of the clause before', () => {
    expect(
      extractFigures(resultSentence('出口实现翻番，进出口总额居全国第3位。')).map((f) => `${f.indicator}:${f.value}${f.unit}`),
    ).toEqual(['进出口总额:3位']);
  });
});

describe('a bound on the noun after it, and things counted after their verb', () => {
  const values = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.value}${f.unit}`);

  it('reads a bound after no verb of counting as part of the name, wherever the sentence starts', () => {
    expect(values('建设500人以上企业120家。')).toEqual(['120家']);
    expect(values('完成改造，30户以上自然村通硬化路的比例达到78%。')).toEqual(['78%']);
  });
});

describe('a bare measure’s items of the clause before', () => {
  it('cuts the first item to the longest of the others, four characters at most', () => {
    expect(itemsOfClauseBefore('清理规范节庆活动、论坛、展会活动，', '数量', 3)).toEqual(['节庆活动数量', '论坛数量', '展会活动数量']);
  });
});
