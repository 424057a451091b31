/**
 * Session 19's figure reading on hand-built sentences shaped like the reports': a total named by its measure alone after
 * the year's increment ("新结对…4对、总数达110对"), a part after 其中 of a whole named by its verb alone ("新登记147万户、
 * 其中企业57.3万家"), and a rank risen from another ("从全国第10位升至第7位"), with the level or increment a question asks.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { isStartFigure } from '../../src/figures/from-to.js';
import { isRankFigure } from '../../src/figures/rank-figures.js';
import { askedAmount } from '../../src/lang/zh/level-question-words.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a total named by its measure alone after an increment', () => {
  it('is the increment’s subject’s total', () => {
    expect(names('新结对国际友好城市4对、总数达110对')).toEqual(['新结对国际友好城市:4对', '国际友好城市总数:110对']);
    expect(names('新增公园141座、总量达973座')).toEqual(['新增公园:141座', '公园总量:973座']);
  });

  it('stays bare after no increment, and the economy’s 总量 stays the economy’s', () => {
    expect(names('全年增长4.8%、总量达5.3万亿元')[1]).toMatch(/^(经济)?总量:5.3万亿元$/);
    expect(names('建成公园141座、总数达973座')[1]).not.toContain('公园总数');
  });

  it('is asked by "一共", "总共" and "合计"', () => {
    expect(askedAmount('湖南国际友好城市一共结了多少对')).toBe('level');
    expect(askedAmount('总共有多少座公园')).toBe('level');
    expect(askedAmount('合计多少')).toBe('level');
    expect(askedAmount('新增多少座公园')).toBe('increment');
  });
});

describe('a part after 其中', () => {
  it('of a whole named by its verb alone takes the verb', () => {
    expect(names('总量达1461.4万户，新登记147万户、其中企业57.3万家')).toContain('新登记企业:57.3万家');
  });

  it('of a whole with a name of its own keeps the whole’s measure rule', () => {
    expect(names('汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆')).toContain('新能源汽车保有量:356万辆');
  });
});

describe('a rank risen from another', () => {
  it('gives the rank reached and the rank it started from, the start never a rank held', () => {
    const [reached, start] = extractFigures(resultSentence('全社会研发投入强度从全国第10位升至第7位'));
    expect(reached).toMatchObject({ indicator: '全社会研发投入强度', value: 7, qualifier: '全国第' });
    expect(isRankFigure(reached)).toBe(true);
    expect(start).toMatchObject({ indicator: '全社会研发投入强度', value: 10, qualifier: '从' });
    expect(isStartFigure(start)).toBe(true);
    expect(isRankFigure(start)).toBe(false);
  });

  it('gives no start for a rank held', () => {
    expect(extractFigures(resultSentence('规上工业增加值增速居全国第4位'))).toHaveLength(1);
  });
});

describe('years as an amount', () => {
  it('after the name of a duration, a pair from–to as any other', () => {
    const [reached, start] = extractFigures(resultSentence('新增劳动力平均受教育年限从13.5年提高到14年'));
    expect(reached).toMatchObject({ indicator: '新增劳动力平均受教育年限', value: 14, unit: '年' });
    expect(start).toMatchObject({ indicator: '新增劳动力平均受教育年限', value: 13.5, unit: '年', qualifier: '从' });
  });

  it('never a calendar year, nor years after no duration’s name', () => {
    expect(names('劳动年龄人口平均受教育年限达到11.3年，比2020年提高')).toEqual(['劳动年龄人口平均受教育年限:11.3年']);
    expect(names('新增公园141座，其中3座建于2019年').filter((n) => n.endsWith('年'))).toEqual([]);
  });

  it('a from–to pair of a name opening with 新增 is no level after an increment', () => {
    expect(names('新增公园从13个提高到14个')).toEqual(['新增公园:14个', '新增公园:13个']);
  });
});

describe('points written once for a pair, in Chinese numerals', () => {
  it('reads both values (the survivor of session 18’s mutation run)', () => {
    expect(names('城镇、农村居民收入增速分别提高十二个和3个百分点')).toEqual(['城镇居民收入增速:12个百分点', '农村居民收入增速:3个百分点']);
  });

  it('still skips a Chinese numeral counting no amount', () => {
    expect(names('实施三个行动，新增公园141座')).toEqual(['新增公园:141座']);
  });
});

describe('one value after 分别 for every item listed', () => {
  it('gives each item the value', () => {
    expect(names('国家现代农业产业园、优势特色产业集群、地理标志保护示范区分别增加2个')).toEqual([
      '国家现代农业产业园:2个',
      '优势特色产业集群:2个',
      '地理标志保护示范区:2个',
    ]);
    expect(names('出口和进口分别增长5%')).toEqual(['出口:5%', '进口:5%']);
  });

  it('leaves a list of as many values as items as it was', () => {
    expect(names('城乡居民人均可支配收入分别增长5%和6%')).toEqual(['城镇居民人均可支配收入:5%', '农村居民人均可支配收入:6%']);
  });
});
