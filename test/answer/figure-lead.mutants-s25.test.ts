/**
 * Session 25's lead rules (figure-lead.ts; stryker.s25.json), on hand-built figures and citations, no engine: where a name
 * ends is read with the asking of how many taken out; a verb and its noun with the asking between them name one figure; a
 * longer name the question writes in pieces of another order is named more than a shorter name written whole.
 */
import { describe, expect, it } from 'vitest';
import { figureLead, namedByChineseWords } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const ask = (q: string) => understandQuery(q, knownPlaces(['浙江省', '上海市']), { today });

describe('a name with the asking of how many inside it', () => {
  it('"吸引了多少观众" leads 吸引观众, not the figures beside it', () => {
    const c = resultCitation('c1', '营业性演出场次增长10%，吸引观众2545万人次，票房收入30亿元', '上海市');
    const figures = [
      resultFigure('营业性演出场次', 10, '%', 'c1', '上海市'),
      resultFigure('吸引观众', 2545, '万人次', 'c1', '上海市'),
      resultFigure('票房收入', 30, '亿元', 'c1', '上海市'),
    ];
    expect(figureLead(ask('上海24年营业性演出吸引了多少观众'), figures, [c])).toContain('吸引观众（实绩）：2545万人次');
  });

  it('"新建了多少个公园" leads 新增公园 (any verb of an increment, the noun after it)', () => {
    const c = resultCitation('c2', '新增公园127座，公园总数达到900座', '浙江省');
    const figures = [resultFigure('公园总数', 900, '座', 'c2'), resultFigure('新增公园', 127, '座', 'c2')];
    expect(figureLead(ask('浙江去年新建了多少个公园'), figures, [c])).toContain('新增公园（实绩）：127座');
  });

  it('"覆盖的村庄有多少" leads 覆盖村庄, its 的 read as no part of the name', () => {
    const c = resultCitation('c3', '覆盖村庄2万个，覆盖率90%', '浙江省');
    const figures = [resultFigure('覆盖率', 90, '%', 'c3'), resultFigure('覆盖村庄', 2, '万个', 'c3')];
    expect(figureLead(ask('浙江去年覆盖的村庄有多少'), figures, [c])).toContain('覆盖村庄（实绩）：2万个');
    // Its rival in the same sentence, named by the question too, ends where the question's name does not.
    const road = resultCitation('c8', '农村公路覆盖村庄人口500万人，覆盖村庄2万个', '浙江省');
    const both = [resultFigure('农村公路覆盖村庄人口', 500, '万人', 'c8'), resultFigure('覆盖村庄', 2, '万个', 'c8')];
    expect(figureLead(ask('浙江去年农村公路覆盖的村庄有多少'), both, [road])).toContain('覆盖村庄（实绩）：2万个');
  });
});

describe('namedByChineseWords', () => {
  it('reads a verb and its noun split by the asking as one name (认定了多少人才 names 认定人才)', () => {
    expect(namedByChineseWords({ indicator: '认定人才' }, '浙江去年认定了多少人才')).toBe(true);
    // A verb and a noun of one character each share no run of two with the question as written: only without the asking.
    expect(namedByChineseWords({ indicator: '修路' }, '去年修了多少路')).toBe(true);
  });

  it('keeps a scale the question asks, and needs it in the name', () => {
    expect(namedByChineseWords({ indicator: '千亿级产业集群' }, '浙江有几个千亿级产业集群')).toBe(true);
    expect(namedByChineseWords({ indicator: '重点消费品产业集群' }, '浙江有几个千亿级产业集群')).toBe(false);
  });
});

describe('a longer name the question writes in pieces of another order', () => {
  it('leads over a shorter name the question writes whole (给重大项目保障了多少用能指标)', () => {
    const c4 = resultCitation('c4', '保障重大项目用能指标1600万吨标准煤', '浙江省');
    const c5 = resultCitation('c5', '下达用能指标5000万吨标准煤', '浙江省');
    const figures = [resultFigure('保障重大项目用能指标', 1600, '万吨标准煤', 'c4'), resultFigure('用能指标', 5000, '万吨标准煤', 'c5')];
    const lead = figureLead(ask('浙江24年给重大项目保障了多少用能指标'), figures, [c4, c5]) ?? '';
    expect(lead).toContain('保障重大项目用能指标（实绩）：1600万吨标准煤');
    expect(lead).not.toContain('5000');
  });

  it('but a name no longer than the one written whole, written in pieces, is no rival to it', () => {
    const c5 = resultCitation('c5', '下达用能指标5000万吨标准煤', '浙江省');
    const asked = ask('浙江24年给重大项目保障了多少用能指标');
    // 项目指标 (as long as 用能指标) and 保障用能 (its pieces 保障, 用能 in the question), each in the first citation.
    for (const [name, sentence] of [
      ['项目指标', '项目指标300万吨标准煤'],
      ['保障用能', '保障用能300万吨标准煤'],
      ['重大保障', '重大保障300万吨标准煤'],
    ]) {
      const c6 = resultCitation('c6', sentence, '浙江省');
      const figures = [resultFigure(name, 300, '万吨标准煤', 'c6'), resultFigure('用能指标', 5000, '万吨标准煤', 'c5')];
      expect(figureLead(asked, figures, [c6, c5]), name).toContain('用能指标（实绩）：5000万吨标准煤');
    }
  });
});
