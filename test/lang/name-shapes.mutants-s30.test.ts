import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/answer/figure-format.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked, nameShapeAsked } from '../../src/lang/zh/attribute-words.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';

/** Session 30's mutation survivors of the name shapes, the attribute's written value and lower-case initials, on hand-built input. */
const input = (sentence: string) =>
  ({ sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' }) as const;
const read = (sentence: string, question: string) =>
  attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, valueText(f)]);

describe('the shape a question writes', () => {
  it('holds a numeral with words beside it, and only one numeral', () => {
    expect(nameShapeAsked('是“几”')).toBeNull();
    expect(nameShapeAsked('是“几+几”')).toBeNull();
    expect(nameShapeAsked('是“多少”')).toBeNull();
  });

  it('a Chinese word before the number needs no boundary; a letter or digit one does', () => {
    expect(read('型号A齐鲁1号列车。', '叫“齐鲁几号”')).toEqual([['列车', 1, '齐鲁1号']]);
    expect(read('型号C919A。', '是C几几')).toEqual([]);
    expect(read('厦漳泉R1线2期。', '是R几线')).toEqual([['厦漳泉', 1, 'R1线']]);
  });

  it('a run with no unit ends at its last digit; a day is of the month asked', () => {
    expect(read('推进1—5期工程。', '是1到几期')).toEqual([['期工程', 5, '1—5']]);
    // The unit of either end, as the question writes it; the run's start before the number.
    expect(read('厦门港翔安1—5号泊位。', '是1号到几')).toEqual([['厦门港翔安', 5, '1—5号']]);
    expect(read('厦门港翔安1—5号泊位。', '是1到几号')).toEqual([['厦门港翔安', 5, '1—5号']]);
    expect(read('10月1日开幕，9月26日召开会议。', '会议是9月几号')).toEqual([['召开会议', 26, '9月26日']]);
  });

  it('a bare shape with a plus after the number names each by the words before it, back to the one before', () => {
    expect(read('长江4+1工程、黄河5+1工程。', '是几+1')).toEqual([
      ['长江', 4, '4+1'],
      ['黄河', 5, '5+1'],
    ]);
  });
});

describe('an attribute’s value as the name writes it', () => {
  it('every part before the number but a bound, which goes after', () => {
    expect(valueText({ value: 1, unit: '号', qualifier: '齐鲁…以上', shape: 'attribute' })).toBe('齐鲁1号以上');
    expect(valueText({ value: 1, unit: '号', qualifier: 'A…B', shape: 'attribute' })).toBe('AB1号');
    expect(valueText({ value: 65, unit: '岁', qualifier: '及以上…以下', shape: 'attribute' })).toBe('65岁及以上以下');
    expect(valueText({ value: 4, unit: '届', shape: 'attribute' })).toBe('4届');
  });
});

describe('lower-case pinyin initials', () => {
  it('before a year of two or four digits, a colon or an indicator’s name; not before another word', () => {
    expect(expandPinyinInitialsInEnglish('gd 2026: minimum daily physical activity time')).toBe(
      'Guangdong 2026: minimum daily physical activity time',
    );
    expect(expandPinyinInitialsInEnglish('js 24 retail sales')).toBe('Jiangsu 24 retail sales');
    expect(expandPinyinInitialsInEnglish('sd: retail sales')).toBe('Shandong: retail sales');
    expect(expandPinyinInitialsInEnglish('js 2 frameworks')).toBe('js 2 frameworks');
    expect(expandPinyinInitialsInEnglish('js frameworks in 2026')).toBe('js frameworks in 2026');
  });
});

describe('the attribute an elliptical follow-up carries', () => {
  it('is the earlier question’s, when the follow-up asks no number of its own', async () => {
    const { attributeWording, carriedAttributeWording } = await import('../../src/lang/zh/attribute-words.js');
    const earlier = '碳化硅衬底是几英寸的';
    expect(carriedAttributeWording('那晶圆呢', earlier)).toBe(earlier);
    expect(carriedAttributeWording('and the wafers?', earlier)).toBe(earlier);
    expect(carriedAttributeWording('那有多少公里呢', earlier)).toBeUndefined();
    expect(carriedAttributeWording('晶圆是第几代呢', earlier)).toBeUndefined();
    expect(carriedAttributeWording('那晶圆产线投产了吗', earlier)).toBeUndefined();
    expect(carriedAttributeWording('那晶圆呢', '碳化硅衬底产能多少')).toBeUndefined();
    expect(carriedAttributeWording('那晶圆呢', undefined)).toBeUndefined();
    expect(attributeWording({ question: '那晶圆呢', attributesFrom: earlier })).toBe(earlier);
    expect(attributeWording({ question: '那晶圆呢' })).toBe('那晶圆呢');
  });
});
