/**
 * With no glossary indicator, which figures the question names (src/answer/figure-lead.ts: `bestNamed` through
 * `figureLead`, and `namedBySentence`), on hand-built figures and citations (no index). Written from the code
 * before the mutation run of session 16's changes (session 16, lead's changes).
 */
import { describe, expect, it } from 'vitest';
import { figureLead, namedBySentence } from '../../src/answer/figure-lead.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const citations = [resultCitation('c1', '第一句。'), resultCitation('c2', '第二句。')];
/** The value that leads, first citation's figures listed first. */
const leadOf = (q: string, figures: ReturnType<typeof resultFigure>[]) => figureLead(ask(q), figures, citations);

describe('bestNamed: the figures whose whole name the question writes', () => {
  it('lead over a figure of an earlier citation sharing only part of the question', () => {
    // 森林乡村 shares 森林 only.
    const lead = leadOf('浙江森林抚育累计多少万亩', [
      resultFigure('森林乡村', 159, '个', 'c1'),
      resultFigure('森林抚育', 1111, '万亩', 'c2'),
    ]);
    expect(lead).toContain('1111万亩');
  });

  it('take a name of three characters written whole', () => {
    const lead = leadOf('浙江满意率多少', [resultFigure('诉求满意率', 90, '%', 'c1'), resultFigure('满意率', 98.4, '%', 'c2')]);
    expect(lead).toContain('98.4%');
  });

  it('leave a two-character name written whole as one named in part: the citations’ order decides', () => {
    const lead = leadOf('浙江工程投资多少', [resultFigure('工程投资总额', 50, '亿元', 'c1'), resultFigure('投资', 30, '亿元', 'c2')]);
    expect(lead).toContain('50亿元');
  });

  it('leave a name of two characters written whole no better than one sharing more of the question', () => {
    const lead = leadOf('浙江城市公园多少座', [resultFigure('城市公园绿地', 50, '座', 'c1'), resultFigure('公园', 30, '座', 'c2')]);
    expect(lead).toContain('50座');
  });

  it('keep the same long name with a subject before it, as another report writes it', () => {
    // 一次性化解率 is six characters: 信访事项一次性化解率 is the same figure; the first citation leads.
    const lead = leadOf('浙江一次性化解率多少', [
      resultFigure('信访事项一次性化解率', 97.3, '%', 'c1'),
      resultFigure('一次性化解率', 98.4, '%', 'c2'),
    ]);
    expect(lead).toContain('97.3%');
  });

  it('drop a shorter name with a subject before it, and one that only starts with the name', () => {
    // 森林抚育 (four characters) ends 年度森林抚育 too, but is no name specific enough to be the same figure.
    expect(
      leadOf('浙江森林抚育累计多少万亩', [resultFigure('年度森林抚育', 5, '万亩', 'c1'), resultFigure('森林抚育', 1111, '万亩', 'c2')]),
    ).toContain('1111万亩');
    expect(
      leadOf('浙江一次性化解率多少', [resultFigure('一次性化解率目标值', 97.3, '%', 'c1'), resultFigure('一次性化解率', 98.4, '%', 'c2')]),
    ).toContain('98.4%');
  });
});

describe('namedBySentence: a bare name whose subject the sentence writes', () => {
  const sentence = '推进重大工程建设，全年完成投资2400亿元。';

  it('holds when the sentence and the question share four characters besides the name', () => {
    expect(namedBySentence({ indicator: '投资' }, sentence, '浙江重大工程去年完成投资多少')).toBe(true);
  });

  it('does not count the name itself, or what runs into it, as the shared subject', () => {
    // 完成投资 and 年完成投资 are shared only through 投资.
    expect(namedBySentence({ indicator: '投资' }, '全年完成投资2400亿元。', '去年完成投资多少')).toBe(false);
  });

  it('holds not for three characters shared, a name the question lacks, nor a name of one character', () => {
    expect(namedBySentence({ indicator: '投资' }, sentence, '浙江重大项目去年完成投资多少')).toBe(false);
    expect(namedBySentence({ indicator: '投资' }, '推进重大工建设，全年完成投资2400亿元。', '浙江重大工去年完成投资多少')).toBe(false);
    expect(namedBySentence({ indicator: '投资' }, sentence, '浙江重大工程去年开工多少')).toBe(false);
    expect(namedBySentence({ indicator: '资' }, sentence, '浙江重大工程资多少')).toBe(false);
  });

  it('takes no year both write for a subject: every sentence of that year’s report shares it', () => {
    // Found through the survivor `query.language === 'zh'` → `true` (session 16): an English question could share
    // a Chinese sentence nothing but a year, and a year was counted as four characters of subject.
    const city = '2025年，全市推进城市更新，完成投资2400亿元。';
    expect(namedBySentence({ indicator: '投资' }, city, '上海2025年重点项目完成投资多少')).toBe(false);
    expect(
      namedBySentence({ indicator: '投资' }, '２０２５年，全市推进城市更新，完成投资2400亿元。', '上海２０２５年重点项目完成投资多少'),
    ).toBe(false);
    // The year beside a subject both write leaves the subject shared.
    expect(namedBySentence({ indicator: '投资' }, '2025年推进重大工程建设，完成投资2400亿元。', '上海2025年重大工程完成投资多少')).toBe(
      true,
    );
    const q = ask('浙江2025年重点项目完成投资多少');
    expect(figureLead(q, [resultFigure('投资', 2400, '亿元', 'c1')], [resultCitation('c1', city)])).toBeNull();
  });

  it('lets the figure lead a Chinese question with no indicator, and only when its sentence names the subject', () => {
    const q = '浙江重大工程去年完成投资多少';
    const own = [resultCitation('c1', sentence)];
    expect(figureLead(ask(q), [resultFigure('投资', 2400, '亿元', 'c1')], own)).toContain('2400亿元');
    const other = [resultCitation('c1', '推进城市更新，全年完成投资2400亿元。')];
    expect(figureLead(ask(q), [resultFigure('投资', 2400, '亿元', 'c1')], other)).toBeNull();
  });

  it('is not looked for when a figure’s own name is in the question', () => {
    // 重大工程 (120个) is named in the question; the sentence naming 投资's subject, cited first, does not add it. (Since
    // session 54 the count is no answer to the money asked either: no lead, where the sentence's 2400亿元 would lead if added.)
    const q = '浙江重大工程去年完成投资多少';
    const cited = [resultCitation('c1', sentence), resultCitation('c2', '重大工程120个。')];
    const lead = figureLead(ask(q), [resultFigure('投资', 2400, '亿元', 'c1'), resultFigure('重大工程', 120, '个', 'c2')], cited);
    expect(lead).toBeNull();
  });

  it('reads a figure whose citation is not among those given as one with no sentence', () => {
    const q = '浙江重大工程去年完成投资多少';
    expect(figureLead(ask(q), [resultFigure('投资', 2400, '亿元', 'c9')], [resultCitation('c1', sentence)])).toBeNull();
  });
});
