/**
 * Session 22's lead rules (figure-lead.ts; stryker.s22.json), on hand-built figures and citations, no engine: a span carried
 * from an earlier question still picks the span's figure; a Chinese name's head decides last between two names sharing
 * as much with the question; a name sharing only a verb with the question names another thing; a bare "排第几" leads the
 * rank its sentences state; a comparison of a subject no indicator names says which place's passages lack the figure.
 */
import { describe, expect, it } from 'vitest';
import { figureLead, sharesOnlyVerbWith } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationReader } from '../support/conversation.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const PLACES = knownPlaces(['浙江省', '江苏省', '上海市', '吉林省']);
const ask = (q: string) => understandQuery(q, PLACES, { today });
const { inConversation } = conversationReader(['浙江省', '江苏省'], today);

describe('a span carried from the earlier question ("过去五年" then a topic of its own)', () => {
  const year = resultFigure('基本养老保险参保人数', 4500, '万人', 'c1');
  const span = { ...resultFigure('基本养老保险参保人数', 800, '万人', 'c2'), period: '2021-2025', qualifier: '五年新增' } as Figure;
  const citations = [resultCitation('c1', '基本养老保险参保人数4500万人'), resultCitation('c2', '五年新增基本养老保险参保人数800万人')];

  it('leads the span’s figure, though the question writes no span and the year’s figure is cited first', () => {
    const q = inConversation('基本养老保险参保人数多少', '浙江过去五年GDP增长多少');
    expect(q.spanCarried).toBe(true);
    const lead = figureLead(q, [year, span], citations) ?? '';
    expect(lead).toContain('800万人');
    expect(lead).not.toContain('4500');
  });

  it('leads the year’s figure when the earlier question asked a year, not a span', () => {
    const q = inConversation('基本养老保险参保人数多少', '浙江2024年GDP增长多少');
    expect(q.spanCarried).toBeUndefined();
    const lead = figureLead(q, [year, span], citations) ?? '';
    expect(lead).toContain('4500万人');
  });
});

describe('a Chinese name’s head decides last ("浦东新区管理措施有几部")', () => {
  const sentence = '制定修改浦东新区法规4部，推动出台管理措施6部';
  const citations = [resultCitation('c1', sentence, '上海市')];
  const laws = resultFigure('制定修改浦东新区法规', 4, '部', 'c1', '上海市');
  const measures = resultFigure('推动出台管理措施', 6, '部', 'c1', '上海市');

  it('leads the figure whose name ends with what the question counts, in either order', () => {
    for (const figures of [
      [laws, measures],
      [measures, laws],
    ]) {
      const lead = figureLead(ask('上海浦东新区管理措施有几部'), figures, citations) ?? '';
      expect(lead).toContain('6部');
      expect(lead).not.toContain('4部');
    }
    for (const figures of [
      [laws, measures],
      [measures, laws],
    ]) {
      const lead = figureLead(ask('上海浦东新区法规有几部'), figures, citations) ?? '';
      expect(lead).toContain('4部');
      expect(lead).not.toContain('6部');
    }
  });

  it('reads the head of a three-character name too', () => {
    const short = [resultFigure('浦东法规', 4, '部', 'c1', '上海市'), resultFigure('新措施', 6, '部', 'c1', '上海市')];
    const lead = figureLead(ask('上海浦东措施有几部'), short, [resultCitation('c1', '浦东法规4部、新措施6部', '上海市')]) ?? '';
    expect(lead).toContain('6部');
  });
});

describe('a name that shares only a verb with the question names another thing', () => {
  const heirs = resultFigure('新增国家级非遗代表性传承人', 20, '名', 'c1');
  const citations = [resultCitation('c1', '新增国家级非遗代表性传承人20名'), resultCitation('c2', '新增公园127座')];

  it('gives no lead of it to "新增公园多少座"', () => {
    expect(figureLead(ask('浙江去年新增公园多少座'), [heirs], citations)).toBeNull();
  });

  it('leads the figure the question names when one is cited', () => {
    const lead = figureLead(ask('浙江去年新增公园多少座'), [heirs, resultFigure('新增公园', 127, '座', 'c2')], citations) ?? '';
    expect(lead).toContain('127座');
    expect(lead).not.toContain('20名');
  });

  it('sharesOnlyVerbWith is false of a name the question writes whole, and of one sharing nothing', () => {
    expect(sharesOnlyVerbWith('新增', '浙江去年新增多少')).toBe(false);
    expect(sharesOnlyVerbWith('非遗代表性传承人', '浙江去年新增公园多少座')).toBe(false);
    expect(sharesOnlyVerbWith('研发投入强度', '浙江去年新增公园多少座')).toBe(false);
  });
});

describe('a bare "排第几" leads the rank the sentences state', () => {
  const sentence = '在第十四届全国冬季运动会上获得62枚金牌、位列金牌榜第2位';
  const citations = [resultCitation('c1', sentence, '吉林省')];
  const medals = resultFigure('获得金牌', 62, '枚', 'c1', '吉林省');
  const rank = { ...resultFigure('获得金牌', 2, '位', 'c1', '吉林省'), qualifier: '金牌榜第' } as Figure;

  it('leads the rank, not the count beside it', () => {
    const lead = figureLead(ask('排第几'), [medals, rank], citations) ?? '';
    expect(lead).toContain('第2位');
    expect(lead).not.toContain('62枚');
  });

  it('leads the count for a question asking the count', () => {
    const lead = figureLead(ask('吉林冬运会获得多少枚金牌'), [medals, rank], citations) ?? '';
    expect(lead).toContain('62枚');
  });

  it('leads no other thing’s rank for a rank asked of something named', () => {
    const parks = resultFigure('新增城市公园', 35, '座', 'c2', '吉林省');
    const both = [...citations, resultCitation('c2', '新增城市公园35座', '吉林省')];
    const lead = figureLead(ask('吉林城市公园排第几'), [rank, medals, parks], both);
    expect(lead ?? '').not.toContain('第2位');
  });

  it('leads nothing of a count alone for a bare rank question', () => {
    expect(figureLead(ask('排第几'), [medals], citations)).toBeNull();
  });
});

describe('a comparison of a subject no indicator names says which side lacks the figure', () => {
  const parks = resultFigure('新增公园', 127, '座', 'c1');
  const jsParks = resultFigure('新增公园', 98, '座', 'c2', '江苏省');
  const citations = [resultCitation('c1', '新增公园127座'), resultCitation('c2', '新增公园98座', '江苏省')];
  const note = (place: string) => `（报告中没有${place}的该项数据）`;

  it('names the place whose passages give no such figure, and only it', () => {
    const lead = figureLead(ask('浙江和江苏去年新增公园多少座'), [parks], citations) ?? '';
    expect(lead).toContain('127座');
    expect(lead).toContain(note('江苏省'));
    expect(lead).not.toContain(note('浙江省'));
    const other = figureLead(ask('浙江和江苏去年新增公园多少座'), [jsParks], citations) ?? '';
    expect(other).toContain(note('浙江省'));
    expect(other).not.toContain(note('江苏省'));
  });

  it('names no place when both give the figure', () => {
    const lead = figureLead(ask('浙江和江苏去年新增公园多少座'), [parks, jsParks], citations) ?? '';
    expect(lead).toContain('127座');
    expect(lead).toContain('98座');
    expect(lead).not.toContain('报告中没有');
  });

  it('leaves the note to the engine when an indicator is asked', () => {
    const gdp = resultFigure('地区生产总值', 9, '万亿元', 'c1');
    const lead = figureLead(ask('浙江和江苏去年GDP多少'), [gdp], [resultCitation('c1', '地区生产总值9万亿元')]) ?? '';
    expect(lead).toContain('9万亿元');
    expect(lead).not.toContain('报告中没有');
  });
});
