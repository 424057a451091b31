import { describe, expect, it } from 'vitest';
import { namedBySentence } from '../../src/answer/figure-lead.js';
import { govFirstLine } from '../support/engine.js';

/** "推进重大工程建设，全年完成投资2400亿元": a bare name the question writes, its subject in a clause of its own. */
describe('a figure named by its sentence', () => {
  const sentence = '推进重大工程建设，全年完成投资2400亿元。';

  it('is one whose bare name the question writes, its sentence sharing the question’s subject', () => {
    expect(namedBySentence({ indicator: '投资' }, sentence, '上海重大工程去年完成投资多少')).toBe(true);
  });

  it('is not one whose sentence shares no subject of four characters, nor one whose name the question lacks', () => {
    expect(namedBySentence({ indicator: '投资' }, sentence, '上海重点项目去年完成投资多少')).toBe(false);
    expect(namedBySentence({ indicator: '投资' }, sentence, '上海重大工程去年开工多少')).toBe(false);
    expect(namedBySentence({ indicator: '资' }, sentence, '上海重大工程资多少')).toBe(false);
  });

  it('on the reports: leads a question about the thing the sentence is about', async () => {
    expect(await govFirstLine('上海25年重大工程计划完成投资多少', new Date('2026-12-03'))).toContain('2400亿元');
  });
});
