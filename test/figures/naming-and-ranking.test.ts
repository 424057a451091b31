import { describe, expect, it } from 'vitest';
import { rankFiguresForQuestion } from '../../src/figures/index.js';
import { cleanIndicator, clip } from '../../src/figures/indicator-naming.js';
import { analyzePre } from '../../src/figures/pre-analysis.js';
import type { Figure } from '../../src/answer/schema.js';

describe('indicator naming', () => {
  it('sheds time words, fillers and link verbs', () => {
    expect(cleanIndicator('2024年全区地区生产总值达到')).toBe('地区生产总值');
    expect(cleanIndicator('其中,上半年规上工业增加值')).toBe('规上工业增加值');
  });

  it('clips a long name to the head noun nearest the value', () => {
    expect(clip('推动数字经济和实体经济深度融合的数字经济核心产业增加值')).toBe('实体经济深度融合的数字经济核心产业增加值');
    expect(clip('地区生产总值')).toBe('地区生产总值');
  });
});

describe('pre-analysis', () => {
  it('reads a growth verb and keeps an aim as a qualifier', () => {
    const a = analyzePre('地区生产总值力争比上年增长', '%');
    expect([a.indicatorRaw, a.qualifiers, a.growth?.word]).toEqual(['地区生产总值', ['力争'], '增长']);
  });

  it('reads a gap and its reference', () => {
    const a = analyzePre('增速高于全国', '个百分点');
    expect([a.indicatorRaw, a.gap?.verb.direction, a.gap?.ref]).toEqual(['增速', 'up', '全国']);
  });
});

describe('ranking for a question', () => {
  const figure = (indicator: string): Figure => ({
    indicator,
    value: 1,
    unit: '亿元',
    kind: 'actual',
    period: '2024',
    district: '钱塘区',
    citationId: 'c1',
  });
  const names = (fs: Figure[]) => fs.map((f) => f.indicator);

  it('brings in the glossary names of an asked indicator', () => {
    const fs = [figure('固定资产投资'), figure('社会消费品零售总额')];
    expect(names(rankFiguresForQuestion(fs, ['社零']))[0]).toBe('社会消费品零售总额');
  });

  it('brings in name variants no glossary entry holds', () => {
    const fs = [figure('服务业增加值'), figure('R&D经费支出')];
    expect(names(rankFiguresForQuestion(fs, ['研发']))[0]).toBe('R&D经费支出');
  });

  it('lets no word inside a longer asked name bring other names in', () => {
    // "投资" of "制造业投资" is not the glossary's 固定资产投资.
    const fs = [figure('固定资产投资'), figure('制造业投资')];
    expect(names(rankFiguresForQuestion(fs, ['制造业投资', '投资']))).toEqual(['制造业投资', '固定资产投资']);
  });
});
