import { describe, expect, it } from 'vitest';
import { headwordsByContext, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';

/** Hand-built sentences: which words a "report" writes together. */
const SENTENCES = ['国考断面优良水质比例达到90%', '新增优良品种10个', '工业产品产量增长5%', '产品质量提升', '造林绿化88万亩', '植物园建设'];
const together = (a: string, b: string) => SENTENCES.filter((s) => s.includes(a) && s.includes(b)).length;
const written = (zh: string) => SENTENCES.filter((s) => s.includes(zh)).length;

describe("an English word's headwords chosen by the question's other words (co-occurrence)", () => {
  it('keeps the headwords written beside the other readings, the most beside first', () => {
    expect(headwordsByContext(['产品', '优良'], [['断面']], together)).toEqual(['优良']);
  });

  it('keeps the commonest headwords when none is written beside the rest of the question', () => {
    expect(headwordsByContext(['产品', '优良'], [['咖啡']], together)).toBeNull();
    expect(headwordsByContext(['产品', '优良'], [], together)).toBeNull();
  });

  it('never counts a headword that is part of the other reading as written beside it', () => {
    expect(headwordsByContext(['断面', '优良'], [['国考断面']], together)).toEqual(['优良']);
  });

  it('translates a word by the question context, not by how common each sense is', () => {
    const lexicon = new Map<string, string[]>([
      ['good', ['产品', '优良']],
      ['river section', ['断面']],
    ]);
    const plain = translateContentWords('good river sections', { lexicon, timesWritten: written });
    expect(plain.find((t) => t.english === 'good')?.chinese[0]).toBe('产品');
    const read = translateContentWords('good river sections', { lexicon, timesWritten: written, writtenTogether: together });
    expect(read.find((t) => t.english === 'good')?.chinese).toEqual(['优良']);
    // The glossary's readings of the question count as context too.
    const byContext = translateContentWords('good', { lexicon, timesWritten: written, writtenTogether: together, context: ['断面'] });
    expect(byContext[0].chinese).toEqual(['优良']);
  });
});

describe('English plan words are whole words', () => {
  it('reads "plan" and "aim" with their endings, not inside other words', () => {
    expect(asksForPlan("What's the plan for Shandong's key projects?")).toBe(true);
    expect(asksForPlan('How much does Fujian aim to invest?')).toBe(true);
    expect(asksForPlan('projects planned for 2026')).toBe(true);
    expect(asksForPlan('How many mu of trees did Shandong plant in 2024?')).toBe(false);
    expect(asksForPlan('How many power plants did Jiangsu build?')).toBe(false);
    expect(asksForPlan('how much did Anhui claim')).toBe(false);
  });
});
