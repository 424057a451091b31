/**
 * Session 27's figure reading on hand-built sentences shaped like the reports': a record over the years before it
 * ("30年来首次", "近5年最好水平") and a duration ("历时12年"), each read as its count of years and asked as such.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { isStreakLength } from '../../src/figures/streak-lengths.js';
import { valueText } from '../../src/answer/figure-format.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) => extractFigures(resultSentence(sentence));
const shown = (sentence: string) => read(sentence).map((f) => `${f.indicator}:${valueText(f)}`);

describe('a record over the years before it', () => {
  it('is its subject’s count of years, written as the report writes it', () => {
    expect(shown('太湖湖体水质30年来首次达到Ⅲ类、首次达到良好湖泊水平。')).toEqual(['太湖湖体水质:30年来首次达到Ⅲ类']);
    expect(shown('去年全球通胀达到40多年来新高，一些经济体货币政策加速收紧。')).toEqual(['全球通胀:40多年来新高']);
    expect(shown('资产总额、营业收入、利润增长、上交税费均创近5年最好水平。')).toEqual([
      '资产总额、营业收入、利润增长、上交税费:近5年最好水平',
    ]);
    expect(read('太湖湖体水质30年来首次达到Ⅲ类。').every(isStreakLength)).toBe(true);
  });

  it('needs 近 before the count or 来 after it: a bare "5年最高" is no record read', () => {
    expect(read('粮食产量5年最高。').filter((f) => f.unit === '年')).toEqual([]);
    expect(shown('粮食总产量创近5年新高。')).toEqual(['粮食总产量:近5年新高']);
  });

  it('answers "多少年来头一回", "近几年最好" and "best in how many years", and no other question', () => {
    const figures = read('太湖湖体平均水质30年来首次达Ⅲ类，总磷浓度下降8%。');
    const asked = (q: string) => preferAskedShape(q, figures).map((f) => `${f.value}${f.unit}`);
    expect(asked('太湖湖体水质多少年来头一回到Ⅲ类')).toEqual(['30年']);
    expect(asked('太湖水质是几十年来的新高吗')).toEqual(['30年']);
    expect(asked('taihu water quality: best in how many years?')).toEqual(['30年']);
    expect(asked('总磷浓度下降多少')).toEqual(['8%']);
  });
});

describe('a duration', () => {
  it('is its subject’s count of years, its verb before the count and what took that long after it', () => {
    expect(shown('北京中轴线历时12年成功申遗、世界文化遗产数量全球城市最多。')).toEqual(['北京中轴线:历时12年成功申遗']);
    // A duration followed by a figure of its own is that figure's span, not a duration read.
    expect(read('经过5年努力，粮食产量增长到1.3万亿斤。').filter((f) => f.unit === '年')).toEqual([]);
  });

  it('answers "历时多少年", "用了几年" (read as 历时), and "how long did it take"', () => {
    const figures = read('北京中轴线历时12年成功申遗，世界文化遗产达到8处。');
    const asked = (q: string) => preferAskedShape(q, figures).map((f) => `${f.value}${f.unit}`);
    expect(asked('北京中轴线申遗历时多少年')).toEqual(['12年']);
    expect(asked('how long did it take to get the central axis listed')).toEqual(['12年']);
    expect(asked('世界文化遗产有多少处')).toEqual(['8处']);
  });
});

describe('a count whose measure or place word carries its alternatives in brackets', () => {
  it('reads with the thing after it as one name', () => {
    expect(shown('推动建设超100条（个）幸福河湖，超5个县（市、区）开展全域幸福河湖建设。')).toEqual([
      '建设幸福河湖:超100条',
      '县开展全域幸福河湖建设:超5个',
    ]);
  });

  it('in a list the brackets stand, and each count keeps its own title', () => {
    expect(shown('17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇。').map((n) => n.split(':')[0])).toContain('获评全国百强县');
  });
});
