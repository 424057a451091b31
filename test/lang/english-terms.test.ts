import { describe, expect, it } from 'vitest';
import { englishPhrasePattern, readEnglishTerms, termsQualifyingIndicators, type EnglishTerm } from '../../src/lang/en/english-terms.js';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';

const term = (en: string[], zh: string[]): EnglishTerm => ({ en, zh });

describe('English glossary terms in a question', () => {
  it('match across spaces, hyphens and quotes, as whole words', () => {
    const re = englishPhrasePattern('urban-rural income gap');
    expect(re.test('how big is the urban rural income gap of zhejiang')).toBe(true);
    expect(re.test('the urban-rural income gap')).toBe(true);
    expect(englishPhrasePattern('new three exports').test("shandong 'new three' exports growth")).toBe(true);
    expect(englishPhrasePattern('smes').test('the smesh list')).toBe(false);
    expect(englishPhrasePattern('tax').test('taxes')).toBe(false);
  });

  it('are read longest first across terms, so a longer term is not cut by a shorter one of another term', () => {
    const terms = [term(['college graduates'], ['大学生']), term(['jobs for college graduates'], ['高校毕业生', '就业岗位'])];
    const { rest, found } = readEnglishTerms(' how many jobs for college graduates did beijing offer ', terms);
    expect(found.map((f) => f.term.zh)).toEqual([['高校毕业生', '就业岗位']]);
    expect(rest).not.toContain('graduates');
  });

  it('leave a term to a longer name that wins', () => {
    const terms = [term(['industry investment'], ['工业投资'])];
    const kept = readEnglishTerms(" guangdong's high-tech industry investment target ", terms, ['high-tech industry investment']);
    expect(kept.found).toEqual([]);
    const read = readEnglishTerms(' guangdong industry investment growth ', terms, ['high-tech industry investment']);
    expect(read.found.map((f) => f.en)).toEqual(['industry investment']);
  });

  it("that hold an indicator's English name are the glossary's qualified report nouns", () => {
    const zh = termsQualifyingIndicators().map((t) => t.zh.join('/'));
    // "private investment" holds "investment" (固定资产投资), "online retail sales" holds "retail sales".
    expect(zh).toEqual(expect.arrayContaining(['民间投资', '网上零售额', '服务贸易', '发明专利授权量']));
    // A term that holds no indicator name is read after the indicators, as before.
    expect(zh).not.toContain('以旧换新');
  });
});

describe('an English count asked', () => {
  it('is asked in the unit the reports count the noun in', () => {
    expect(englishCountUnit('How many NEVs did Anhui produce')).toBe('辆');
    expect(englishCountUnit('How many Jiangsu industrial firms have revenue over 10 billion yuan?')).toBe('家');
    expect(englishCountUnit('how many tourist visited jiangsu in 2024')).toBe('人次');
    expect(englishCountUnit('How many market entities does Zhejiang have?')).toBe('户');
    // The noun must follow "how many" closely; no "how many" is no count asked.
    expect(englishCountUnit('How many more did the province of Anhui eventually report as vehicles')).toBeNull();
    expect(englishCountUnit('NEV output growth in Anhui')).toBeNull();
  });

  it('is read beside the Chinese counters', () => {
    expect(askedCountUnit('安徽造了多少辆新能源汽车')).toBe('辆');
    expect(askedCountUnit('How many NEVs did Anhui produce')).toBe('辆');
  });
});
