/**
 * Session 21's figure reading on hand-built sentences shaped like the reports': a 分别 list whose measure is named
 * alone (数量) and whose items the clause before lists at its end.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { itemsOfClauseBefore } from '../../src/figures/respectively.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a bare measure before 分别 whose items the clause before lists', () => {
  it('names each value by its item and the measure', () => {
    expect(names('深入纠治形式主义，清理规范节庆、论坛、展会，数量分别压减75%、95%、73%。')).toEqual([
      '节庆数量:75%',
      '论坛数量:95%',
      '展会数量:73%',
    ]);
  });

  it('cuts the first item from the verb before it to the length of the others', () => {
    expect(itemsOfClauseBefore('清理规范节庆、论坛、展会，', '数量', 3)).toEqual(['节庆数量', '论坛数量', '展会数量']);
    expect(itemsOfClauseBefore('整合提升粮食、油料，', '产量', 2)).toEqual(['粮食产量', '油料产量']);
  });

  it('takes no items when their count differs from the values’, the measure is not a bare one, or an item is long or has a number', () => {
    expect(itemsOfClauseBefore('清理规范节庆、论坛、展会，', '数量', 2)).toBeNull();
    expect(itemsOfClauseBefore('清理规范节庆、论坛、展会，', '收入', 3)).toBeNull();
    expect(itemsOfClauseBefore('建设节庆、国际学术论坛中心、展会，', '数量', 3)).toBeNull();
    expect(itemsOfClauseBefore('建设节庆、论坛2处、展会，', '数量', 3)).toBeNull();
    expect(itemsOfClauseBefore('节庆', '数量', 1)).toBeNull();
  });

  it('reads only the clause right before', () => {
    expect(itemsOfClauseBefore('新建学校、医院，整治节庆、展会，', '数量', 2)).toEqual(['节庆数量', '展会数量']);
  });
});

describe('several levels passed in one phrase', () => {
  const shaped = (sentence: string) =>
    extractFigures(resultSentence(sentence))
      .filter((f) => f.shape === 'milestone')
      .map((f) => `${f.indicator}:${f.qualifier?.replace('…', `${f.value}${f.unit}`)}`);

  it('gives each level written and the count of levels, named by the subject, the verb and the step their qualifier', () => {
    expect(shaped('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。')).toEqual([
      '生产总值:连续跨越7万亿台阶',
      '生产总值:连续跨越8万亿台阶',
      '生产总值:连续跨越9万亿台阶',
      '生产总值:连续跨越3个大台阶',
    ]);
    expect(shaped('经济总量连续迈上4万亿、5万亿两个台阶。')).toEqual([
      '经济总量:连续迈上4万亿台阶',
      '经济总量:连续迈上5万亿台阶',
      '经济总量:连续迈上2个台阶',
    ]);
  });

  it('gives the count alone when no level is written, after the value reached', () => {
    expect(names('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。')).toEqual([
      '地区生产总值:14.2万亿元',
      '地区生产总值:5.7%',
      '地区生产总值:4个',
    ]);
    expect(shaped('地区生产总值连跨两个万亿元台阶，年均增长5.7%。')).toEqual(['地区生产总值:连跨2个万亿元台阶']);
  });

  it('reads one level reached as the value, and nothing without a subject', () => {
    expect(shaped('预计全省地区生产总值迈上14万亿元新台阶。')).toEqual([]);
    expect(shaped('我们连续迈上4个万亿元台阶。')).toEqual([]);
  });

  it('answers only a question about milestones', async () => {
    const { isLevelPassed } = await import('../../src/figures/milestones-passed.js');
    const [passed] = extractFigures(resultSentence('经济总量连续迈上4万亿、5万亿两个台阶。'));
    expect(isLevelPassed(passed)).toBe(true);
    const [reached] = extractFigures(resultSentence('全年地区生产总值突破3万亿元，达到30129亿元。'));
    expect(reached.shape).toBe('milestone');
    expect(isLevelPassed(reached)).toBe(false);
  });
});

describe('a rank’s name written in the question’s own order', () => {
  it('names the rank when the words before the rank words are the name’s, reordered, with a measure’s 量', async () => {
    const { rankNamedInQuestion } = await import('../../src/figures/rank-figures.js');
    expect(rankNamedInQuestion('开工改造城镇老旧小区', '云南老旧小区改造开工量全国排老几')).toBe(true);
    expect(rankNamedInQuestion('开工改造城镇老旧小区', '云南老旧小区改造全国排第几')).toBe(true);
  });

  it('names no rank of another subject, or of a name the question covers too little of', async () => {
    const { rankNamedInQuestion } = await import('../../src/figures/rank-figures.js');
    expect(rankNamedInQuestion('开工改造城镇老旧小区', '云南城镇新增就业全国排第几')).toBe(false);
    expect(rankNamedInQuestion('开工改造城镇老旧小区', '云南小区全国排第几')).toBe(false);
    expect(rankNamedInQuestion('开工改造城镇老旧小区', '老旧小区')).toBe(false);
  });
});

describe('a streak written as a count of rises', () => {
  it('gives the subject the count as a streak’s length', () => {
    const streaks = (sentence: string) =>
      extractFigures(resultSentence(sentence))
        .filter((f) => f.shape === 'streak')
        .map((f) => `${f.indicator}:${f.value}${f.unit}:${f.qualifier}`);
    expect(streaks('新建、改造高标准农田200.9万亩，耕地面积实现5连增，粮食产量838.6亿斤。')).toEqual(['耕地面积:5年:连续…增长']);
    expect(streaks('国家自然科学基金立项数实现“四连增”。')).toEqual(['国家自然科学基金立项数:4年:连续…增长']);
    expect(streaks('实现5连增。')).toEqual([]);
  });
});

describe('things counted after their verb, at least that many', () => {
  it('reads "新增3000个以上自然村通硬化路" as a count with its bound, and a bound on a noun as no figure', () => {
    const plan = (sentence: string) =>
      extractFigures({ ...resultSentence(sentence), kind: 'plan', period: '2025' }).map(
        (f) => `${f.indicator}:${f.value}${f.unit}${f.qualifier ?? ''}`,
      );
    expect(plan('新增30个以上乡镇通三级公路，新增3000个以上自然村（组）通硬化路。')).toEqual([
      '新增乡镇通三级公路:30个以上',
      '新增自然村(组)通硬化路:3000个以上',
    ]);
    expect(plan('30户以上自然村通硬化路的比例达到78%。')).toEqual(['30户以上自然村通硬化路的比例:78%']);
    expect(plan('新开工10亿元以上项目20个。').map((n) => n.split(':')[1])).toEqual(['20个']);
  });
});

describe('found by the mutation run of session 20’s lines', () => {
  it('ranks the two-character subject of a clause between a figure and the rank', () => {
    expect(names('进出口总额增长5%，出口实现翻番，居全国第3位。')).toEqual(['进出口总额:5%', '出口:3位']);
    expect(names('粮食产量1200亿斤，全省上下团结一心，居全国第5位。')).toEqual(['粮食产量:1200亿斤', '粮食产量:5位']);
  });

  it('names a second part after its number by the same whole', () => {
    expect(names('累计推出259项制度创新成果，其中56项为全国首创，10项为国家级。')).toEqual([
      '推出制度创新成果:259项',
      '推出制度创新成果中全国首创:56项',
      '推出制度创新成果中国家级:10项',
    ]);
  });
});

describe('medals and editions', () => {
  it('names medals won by their noun and ranks them in the medal table', () => {
    expect(names('吉林健儿在全国第十四届冬运会上获得62枚金牌、位列金牌榜第2位。')).toEqual(['获得金牌:62枚', '获得金牌:2位']);
  });

  it('reads no rank from an edition or a batch (第十四届, 第三批)', () => {
    expect(names('全国第十四届冬运会在吉林举办。')).toEqual([]);
    expect(names('入选全国第三批试点。')).toEqual([]);
    expect(names('进出口总额全国第十二。')).toEqual(['进出口总额:12位']);
  });
});

describe('a reach named by its verb alone', () => {
  it('is the subject before it’s, without that figure’s increment word', () => {
    expect(names('基本养老保险参保人数增加1.4亿、覆盖10.5亿人。')).toEqual([
      // The increment is the change of the subject before its verb (session 24: an amount's own change).
      '基本养老保险参保人数:1.4亿',
      '基本养老保险参保人数覆盖:10.5亿人',
    ]);
    expect(names('覆盖10.5亿人。')).toEqual(['覆盖:10.5亿人']);
  });
});

describe('a reach after a comma', () => {
  it('keeps its bare name: it may be of everything before it', () => {
    expect(names('甲补贴标准提高到110元，惠及10万人。').at(-1)).toBe('惠及:10万人');
  });
});

describe('a streak counted with 两 (found by the mutation run of session 21)', () => {
  it('is read as two', () => {
    expect(names('女子排球队取得两连冠。')).toEqual(['女子排球队:2年']);
  });
});
