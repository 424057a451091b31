import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/answer/figure-format.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked, nameShapeAsked } from '../../src/lang/zh/attribute-words.js';

/**
 * Session 30: a name asked by its shape, a numeral where the name has a number ("是“6+几”", "是C几几", "是R几线",
 * "是几A级的", "叫“齐鲁几号”"). The number in that place of a sentence's name answers; the value is shown as the name
 * writes it. Hand-built sentences.
 */
const input = (sentence: string) =>
  ({ sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' }) as const;
const read = (sentence: string, question: string) =>
  attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, valueText(f)]);

describe('a name asked by its shape', () => {
  it('quoted: the words after the quotes name it, the value is written whole', () => {
    expect(read('“6+1”首批自贸试验区联动创新区启动建设。', '首批联动创新区是“6+几”')).toEqual([['首批自贸试验区联动创', 1, '6+1']]);
    expect(read('创新推出好客山东“齐鲁1号”旅游列车。', '旅游列车叫“齐鲁几号”')).toEqual([['旅游列车', 1, '齐鲁1号']]);
    expect(read('深入推进长江经济带污染治理“4+1”工程。', '治理工程叫“几+1”')).toEqual([['工程', 4, '4+1']]);
  });

  it('bare, beside a letter or a plus: named by the words before it, or after where none stand before', () => {
    expect(read('国产大飞机C919投入商业运营。', '国产大飞机是C几几')).toEqual([['国产大飞机', 919, 'C919']]);
    expect(read('开建温福高铁、厦漳泉R1线。', '厦漳泉城际是R几线')).toEqual([['厦漳泉', 1, 'R1线']]);
    expect(read('江苏5A级旅游景区数量保持全国首位。', '景区是几A级的')).toEqual([['江苏', 5, '5A级']]);
  });

  it('a digit or letter beside the shape is part of another name: "AC919" is no "C几几", "4+10" no "几+1"', () => {
    expect(read('型号AC919。', '是C几几')).toEqual([]);
    expect(read('“4+10”工程。', '叫“几+1”')).toEqual([]);
    expect(read('“6+10”方案。', '是“6+几”')).toEqual([['方案', 10, '6+10']]);
  });

  it('is not read from a word before a numeral ("GDP多少", "R&D多少"), a digit ("PM2.5多少") or a bare count ("几号线")', () => {
    for (const q of [
      '沪人均GDP多少美元',
      '广东2025年GDP多少',
      'PM2.5多少',
      '浙江R&D多少',
      '5G基站多少个',
      '北京几号线',
      '多少个',
      'LNG多少吨',
    ])
      expect(nameShapeAsked(q), q).toBeNull();
  });

  it('a quoted beginning and the number after it ("“1+”后面跟几")', () => {
    expect(read('长三角枢纽“1+4”算力平台互联互通加快推进。', '算力平台“1+”后面跟几')).toEqual([['算力平台互联互通加快', 4, '1+4']]);
    expect(read('“1+40”方案。', '“1+”后面跟几')).toEqual([['方案', 40, '1+40']]);
  });

  it('the end of a run of numbers whose start is given ("1号到几号"), a day of a month ("9月几号")', () => {
    expect(read('推进厦门港翔安1—5号泊位建设。', '泊位是1号到几号')).toEqual([['厦门港翔安', 5, '1—5号']]);
    expect(read('11月6日至10日，总书记亲临视察。', '是6号到几号')).toEqual([['11月', 10, '6—10号']]);
    expect(read('坚决贯彻落实9月26日中央政治局会议部署。', '会议是9月几号开的')).toEqual([['中央政治局会议部署', 26, '9月26日']]);
    expect(read('推进1—5号泊位建设。', '是2号到几号')).toEqual([]);
  });

  it('a package named inside its quotes before its number of articles ("“要素政策赋能清单16条”")', () => {
    expect(read('优化项目投资服务，出台“要素政策赋能清单16条”。', '出了多少条')).toEqual([['要素政策赋能清单', 16, '16条']]);
    expect(read('出台“33条”增量政策。', '增量政策多少条')).toEqual([['增量政策', 33, '33条']]);
  });

  it('an ordinary attribute keeps its bound after its number ("65岁及以上"), its prefix before ("第4届")', () => {
    expect(valueText({ value: 65, unit: '岁', qualifier: '及以上', shape: 'attribute' })).toBe('65岁及以上');
    expect(valueText({ value: 4, unit: '届', qualifier: '第', shape: 'attribute' })).toBe('第4届');
  });
});
