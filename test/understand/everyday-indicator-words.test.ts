import { describe, expect, it } from 'vitest';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { withSectorIndicators } from '../../src/lang/zh/sector-shorthands.js';
import { type KnownPlace, knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

/** Indicators named as people type them: 城镇化率, urbanization, 规上工业 on its own, 新增高企. */
const PLACES: readonly KnownPlace[] = knownPlaces(['杭州市', '国务院', '广东省', '江苏省', '山东省', '浙江省', '安徽省']);
const today = new Date('2026-12-01');
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const indicatorNames = (query: UnderstoodQuery): string[] => query.indicators.map((i) => i.name);
const followUp = (previous: string, question: string): UnderstoodQuery => readInConversation(understood(question), understood(previous));

describe('urbanization rate', () => {
  it('is an indicator in Chinese and English', () => {
    expect(indicatorNames(understood('广东城镇化率多少了'))).toEqual(['常住人口城镇化率']);
    expect(indicatorNames(understood('哪个省城镇化率最高'))).toEqual(['常住人口城镇化率']);
    expect(indicatorNames(understood('JS urbanization rate 2024'))).toEqual(['常住人口城镇化率']);
  });

  it('is not the population itself, nor the population the rate', () => {
    expect(indicatorNames(understood('山东常住人口城镇化率'))).toEqual(['常住人口城镇化率']);
    expect(indicatorNames(understood('山东常住人口多少'))).toEqual(['常住人口']);
  });

  it('switches the topic of a follow-up', () => {
    const query = followUp('广东去年社零多少', '城镇化率呢');
    expect(indicatorNames(query)).toEqual(['常住人口城镇化率']);
    expect(query.places).toEqual(['广东省']);
    expect(query.years).toEqual([2025]);
  });
});

describe('规上工业 named in full without 增加值', () => {
  it('is the sector value added where the question ends on it or asks its target', () => {
    expect(withSectorIndicators('粤25年规上工业目标')).toBe('粤25年规上工业增加值目标');
    expect(withSectorIndicators('规模以上工业呢')).toBe('规上工业增加值呢');
    expect(indicatorNames(understood('粤25年规上工业目标'))).toEqual(['规上工业增加值']);
    expect(indicatorNames(followUp('杭州23年社零', '规上工业呢'))).toEqual(['规上工业增加值']);
  });

  it("leaves the sector's other measures alone", () => {
    expect(withSectorIndicators('规上工业企业多少家')).toBe('规上工业企业多少家');
    expect(withSectorIndicators('规上工业总产值目标')).toBe('规上工业总产值目标');
    expect(indicatorNames(understood('杭州规上工业总产值'))).toEqual(['规上工业总产值']);
  });
});

describe('a count of new ones asked', () => {
  it('keeps a short name after 新增 the indicator', () => {
    expect(indicatorNames(understood('浙江去年新增高企多少'))).toEqual(['国家高新技术企业']);
  });

  it('is not rewritten as a growth rate', () => {
    expect(toReportWording('安徽去年高企新增多少')).toBe('安徽去年高企新增多少');
    expect(toReportWording('浙江去年财政收入涨了多少')).toBe('浙江去年财政收入增长多少');
  });
});

describe('a change already made over a finished plan', () => {
  it('asks the result, not the plan', () => {
    const query = understood('十四五期间山东城镇化率提高了几个点');
    expect(query.intent).toBe('result');
    expect(query.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(understood('“十四五”时期目标').intent).toBe('plan');
  });
});

describe('more everyday names', () => {
  it('reads 外贸总额 as trade and 工业产值 as industrial output', () => {
    expect(indicatorNames(understood('广东去年外贸总额'))).toEqual(['进出口总额']);
    expect(indicatorNames(understood('沪24年规上工业产值'))).toEqual(['规上工业总产值']);
  });

  it('reads 新增多少就业 as new urban jobs, a target when planned', () => {
    const query = understood('安徽今年打算新增多少就业');
    expect(indicatorNames(query)).toEqual(['城镇新增就业']);
    expect(query.intent).toBe('plan');
  });
});

describe('who is asked about', () => {
  it('reads capitalised pinyin initials before an English word as the place, not lower-case words', () => {
    expect(understood('JS urbanization rate 2024').places).toEqual(['江苏省']);
    expect(understood('SD gdp 2025').places).toEqual(['山东省']);
    expect(understood('js frameworks').places).toEqual([]);
  });

  it('reads 中国 after a leading year as the country, not 中国式', () => {
    expect(understood('25年中国赤字率定的多少').places).toEqual(['国务院']);
    expect(understood('24年中国式现代化').places).toEqual([]);
  });
});
