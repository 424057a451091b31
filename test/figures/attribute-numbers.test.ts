import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';

const input = (sentence: string, kind: 'result' | 'plan' = 'result') =>
  ({ sentence, citationId: 'c1', period: '2025', district: '广东省', kind, source: 'text' }) as const;

describe('attribute numbers (ages, anniversaries, editions)', () => {
  it('are read only when the question asks one', () => {
    const sentence = '为超2.5万名65岁及以上失能老年人免费提供健康管理';
    expect(attributeFigures(input(sentence), attributesAsked('失能老人免费健康管理多少人'))).toEqual([]);
    const [age] = attributeFigures(input(sentence, 'plan'), attributesAsked('年龄线是多少岁'));
    expect(age).toMatchObject({
      indicator: '失能老年人年龄',
      value: 65,
      unit: '岁',
      qualifier: '及以上',
      kind: 'target',
      shape: 'attribute',
    });
  });

  it('name an anniversary by the words before it, without the verb that opens the clause', () => {
    const [f] = attributeFigures(input('举办苏州工业园区开发建设30周年系列活动'), attributesAsked('多少周年'));
    expect(f).toMatchObject({ indicator: '苏州工业园区开发建设', value: 30, unit: '周年' });
  });

  it('read an edition in Chinese numerals too, 第 before the number', () => {
    const figures = attributeFigures(input('成功举办第十九届亚运会和第4届亚残运会'), attributesAsked('亚残运会是第几届'));
    expect(figures.map((f) => [f.indicator, f.value, f.qualifier])).toEqual([
      ['亚运会', 19, '第'],
      ['亚残运会', 4, '第'],
    ]);
  });

  it('are asked in English as well', () => {
    expect(attributesAsked('How old do the elderly have to be?').map((k) => k.unit)).toEqual(['岁']);
    expect(attributesAsked('what anniversary of the park').map((k) => k.unit)).toEqual(['周年']);
    expect(attributesAsked('GDP增长多少')).toEqual([]);
  });

  it('are read in a note too, where a report says what a name is', () => {
    const note = attributeFigures(
      { ...input('1.“岳山造林”：上世纪70年代，肇庆市怀集县…'), kind: 'other' },
      attributesAsked('是上世纪几十年代的事'),
    );
    expect(note.map((f) => [f.indicator, f.value, f.unit, f.kind])).toEqual([['上世纪', 70, '年代', 'actual']]);
    expect(attributeFigures({ ...input('第4届亚残运会'), kind: 'other' }, attributesAsked('几岁'))).toEqual([]);
  });
});

describe('a counted noun opened by a Latin letter', () => {
  it('names the count ("3个A类飞行服务站", "上市2个I类创新药")', async () => {
    const { extractFigures } = await import('../../src/figures/index.js');
    const read = (sentence: string) =>
      extractFigures({ sentence, citationId: 'c', period: '2025', district: '广东省', kind: 'result', source: 'text' }).map((f) => [
        f.indicator,
        f.value,
      ]);
    expect(read('“3”是广州、深圳、珠海3个A类飞行服务站')).toContainEqual(['A类飞行服务站', 3]);
    expect(read('力争上市2个I类创新药')).toContainEqual(['上市I类创新药', 2]);
    expect(read('建成5G基站12万个')).toContainEqual(['建成5G基站', 12]);
  });
});

describe('a count after a verb and its complement', () => {
  it('is the verb’s count, not a bound on the noun ("实施好200项以上…重点项目")', async () => {
    const { extractFigures } = await import('../../src/figures/index.js');
    const figures = extractFigures({
      sentence: '加力推动大规模设备更新，实施好200项以上工业战略性新兴产业重点项目。',
      citationId: 'c',
      period: '2026',
      district: '福建省',
      kind: 'plan',
      source: 'text',
    });
    expect(figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([[200, '项', '以上']]);
  });
});
