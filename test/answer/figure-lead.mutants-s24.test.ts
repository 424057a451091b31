/**
 * Session 24's lead rules (figure-lead.ts; stryker.s24.json), on hand-built figures and citations, no engine: a count asked
 * in its measure word is the best citation's only count of that kind; an amount's own change leads as a change; the latest
 * figure of a name written with a short place or kind before it.
 */
import { describe, expect, it } from 'vitest';
import { figureLead, latestFirst } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const today = new Date('2026-12-03');
const ask = (q: string) => understandQuery(q, knownPlaces(['广东省', '浙江省', '上海市']), { today });

describe('a count asked in its measure word, named by the sentence in words of its own', () => {
  const c1 = resultCitation('c1', '9位科学家增选为两院院士，新增国家级专精特新企业500家', '广东省');
  const c2 = resultCitation('c2', '引进高层次人才1200人', '广东省');
  const scientists = resultFigure('科学家', 9, '位', 'c1', '广东省');
  const firms = resultFigure('国家级专精特新企业', 500, '家', 'c1', '广东省');
  const talent = resultFigure('高层次人才', 1200, '人', 'c2', '广东省');
  const asked = '广东去年新增两院院士几名';

  it('leads the best citation’s one count of people (位 counts as 名), not its count of firms', () => {
    const lead = figureLead(ask(asked), [scientists, firms], [c1]) ?? '';
    expect(lead).toContain('9位');
    expect(lead).not.toContain('500家');
  });

  it('takes the count of the best citation only: another citation’s count of people is no rival', () => {
    const lead = figureLead(ask(asked), [scientists, firms, talent], [c1, c2]) ?? '';
    expect(lead).toContain('9位');
    expect(lead).not.toContain('1200人');
  });

  it('answers nothing when the best citation counts people twice', () => {
    const engineers = { ...scientists, indicator: '工程师', value: 30, unit: '名' };
    expect(figureLead(ask(asked), [scientists, engineers], [c1])).toBeNull();
  });

  it('sets aside a count whose name shares the question’s words (weighed by them already)', () => {
    expect(figureLead(ask(asked), [{ ...scientists, indicator: '新增科学家' }, firms], [c1])).toBeNull();
  });

  it('answers nothing with no measure word asked, no citation, or in English', () => {
    expect(figureLead(ask('广东去年新增两院院士情况'), [scientists, firms], [c1])).toBeNull();
    expect(figureLead(ask(asked), [scientists, firms], [])).toBeNull();
    const en = understandQuery('How many academicians did Guangdong add last year?', knownPlaces(['广东省']), { today });
    expect(figureLead(en, [scientists, firms], [c1])).toBeNull();
  });

  it('leaves a question naming its figure to that figure, whatever the best citation counts', () => {
    const lead = figureLead(ask('广东去年新增国家级专精特新企业几家'), [scientists, firms, talent], [c2, c1]) ?? '';
    expect(lead).toContain('500家');
    expect(lead).not.toContain('1200人');
  });
});

describe('an amount’s own change leads as that change', () => {
  const cited = resultCitation('p1', '全省工商业平均电价下降1分/千瓦时，地区生产总值增长5.5%', '浙江省');
  const price = (direction: 'up' | 'down') =>
    ({
      ...resultFigure('工商业平均电价', 1, '分/千瓦时', 'p1'),
      change: { direction, value: 1, unit: '分/千瓦时' },
    }) as Figure;

  it('reads 下降 or 增加 and the amount, in Chinese', () => {
    expect(figureLead(ask('浙江去年工商业平均电价下降多少'), [price('down')], [cited])).toContain('：下降1分/千瓦时 [1]');
    expect(figureLead(ask('浙江去年工商业平均电价下降多少'), [price('up')], [cited])).toContain('：增加1分/千瓦时 [1]');
  });

  it('reads down or up and the amount, in English', () => {
    const en = understandQuery(
      'How much did Zhejiang cut the average industrial and commercial electricity price last year?',
      knownPlaces(['浙江省']),
      { today },
    );
    expect(figureLead(en, [price('down')], [cited])).toContain(': down 1分/千瓦时 [1]');
    expect(figureLead(en, [price('up')], [cited])).toContain(': up 1分/千瓦时 [1]');
  });

  it('keeps a growth rate’s own word (增长, not 增加)', () => {
    const growth = {
      ...resultFigure('地区生产总值', 5.5, '%', 'p1'),
      change: { direction: 'up', value: 5.5, unit: '%' },
    } as Figure;
    const lead = figureLead(ask('浙江去年地区生产总值增长多少'), [growth], [cited]) ?? '';
    expect(lead).toContain('增长5.5%');
    expect(lead).not.toContain('增加');
  });

  it('says an average growth over years in the reader’s language', () => {
    const cited5 = resultCitation('c5', '地区生产总值年均增长5.9%', '浙江省');
    const average = {
      ...resultFigure('地区生产总值', 5.9, '%', 'c5'),
      qualifier: '年均',
      period: '2021-2025',
      change: { direction: 'up', value: 5.9, unit: '%' },
    } as Figure;
    const en = understandQuery("What was Zhejiang's average annual GDP growth over the past five years?", knownPlaces(['浙江省']), {
      today,
    });
    expect(figureLead(en, [average], [cited5])).toContain(': average annual growth 5.9% [1]');
    expect(figureLead(ask('浙江过去五年地区生产总值年均增长多少'), [average], [cited5])).toContain('：年均增长5.9% [1]');
  });
});

describe('the latest figure of a name written with a short place or kind before it', () => {
  const fig = (indicator: string, period: string, value: number) =>
    ({ ...resultFigure(indicator, value, '家', `c${period}`, '上海市'), period }) as Figure;
  const order = (figures: Figure[]) => latestFirst(figures).map((f) => `${f.indicator} ${f.period}`);

  it('puts the later year first whichever year writes the place before the name', () => {
    expect(order([fig('持牌金融机构', '2024', 1782), fig('在沪持牌金融机构', '2025', 1800)])).toEqual([
      '在沪持牌金融机构 2025',
      '持牌金融机构 2024',
    ]);
    expect(order([fig('在沪持牌金融机构', '2024', 1782), fig('持牌金融机构', '2025', 1800)])).toEqual([
      '持牌金融机构 2025',
      '在沪持牌金融机构 2024',
    ]);
  });

  it('takes a kind of three characters before the name (地表水), not four', () => {
    expect(order([fig('国考断面水质优良率', '2024', 1), fig('地表水国考断面水质优良率', '2025', 2)])[0]).toBe(
      '地表水国考断面水质优良率 2025',
    );
    expect(order([fig('重点事项办理时限压缩', '2024', 1), fig('上线运行重点事项办理时限压缩', '2025', 2)])[0]).toBe(
      '重点事项办理时限压缩 2024',
    );
  });

  it('puts the later year of one short name first (the same name needs no length)', () => {
    expect(order([fig('粮食产量', '2024', 1), fig('粮食产量', '2025', 2)])[0]).toBe('粮食产量 2025');
  });

  it('keeps apart a short name, and a name with words after it', () => {
    expect(order([fig('金融机构', '2024', 1), fig('在沪金融机构', '2025', 2)])[0]).toBe('金融机构 2024');
    expect(order([fig('持牌金融机构', '2024', 1), fig('持牌金融机构网点', '2025', 2)])[0]).toBe('持牌金融机构 2024');
  });
});
