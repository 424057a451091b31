/**
 * Session 27's reading of questions on hand-built wording (no index): English phrases holding glossary words, an ampersand,
 * a summary asked of an indicator, "national" opening a title in a conversation, and a follow-up's words pointing back at
 * the conversation's year. Mutation run of session 27 (stryker.s27.json).
 */
import { describe, expect, it } from 'vitest';
import { englishPhrasePattern } from '../../src/lang/en/english-terms.js';
import { asksForPriorities } from '../../src/lang/zh/question-words.js';
import { withoutReferring } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

const today = new Date('2026-12-04');
const PLACES = knownPlaces(['安徽省', '吉林省', '广东省', '拱墅区', '国务院']);
const ask = (q: string) => understandQuery(q, PLACES, { today });

describe('an English phrase pattern', () => {
  it('reads "&" between words as their "and", never a lone "and" as "&"', () => {
    expect(englishPhrasePattern('at home and abroad').test('firms at trade fairs at home & abroad')).toBe(true);
    expect(englishPhrasePattern('at home and abroad').test('at home and abroad')).toBe(true);
    expect(englishPhrasePattern('and').test('r & d')).toBe(false);
    // A noun of doing is its verb only inside a name of several words.
    expect(englishPhrasePattern('spending on education').test('spend on education')).toBe(true);
    expect(englishPhrasePattern('spending').test('spend')).toBe(false);
  });
});

describe('a glossary word inside a longer report phrase', () => {
  it('is part of the phrase: "leading talents" is 领军人才, no 龙头 or 人才 of its own', () => {
    const query = ask('anhui — how many tech leading talents to recruit in 2026?');
    expect(query.searchText).toContain('领军人才');
    expect(query.searchText).not.toContain('龙头');
    expect(query.searchText.split(' ')).not.toContain('人才');
  });

  it('a term read over the same words as a phrase is read as ever ("tax cuts": 减税降费, 退税)', () => {
    const query = ask('anhui tax cuts and refunds last year');
    expect(query.termAlternatives?.find((t) => t.english === 'tax cuts')?.chinese).toContain('退税');
  });

  it('still names a subject: "strategic emerging industries grow" asks no GDP', () => {
    expect(ask('How fast did Anhui’s strategic emerging industries grow last year?').indicators.map((i) => i.name)).not.toContain(
      '地区生产总值',
    );
    expect(ask('How fast did Anhui grow last year?').indicators.map((i) => i.name)).toContain('地区生产总值');
  });
});

describe('a summary asked', () => {
  it('of the work is the outline; of an indicator, how it went', () => {
    expect(asksForPriorities('summarise Gongshu’s plan for 2025')).toBe(true);
    expect(asksForPriorities('summarise Guangdong’s economy', true)).toBe(false);
    expect(asksForPriorities('Guangdong’s key tasks for GDP', true)).toBe(true);
    expect(ask('guangdong economy last year, quick summary pls').wantsPriorities).toBeFalsy();
    expect(ask('summarize Gongshu’s plan for 2025').wantsPriorities).toBe(true);
  });
});

describe('"national" opening a title', () => {
  const earlier = ask("Jilin 2025: how many 'beautiful countryside' demo counties to build?");
  it('in a conversation about a place is that place’s', () => {
    const read = readInConversation(ask('and how many national new-urbanisation pilots?'), earlier);
    expect(read.places).toEqual(['吉林省']);
    expect(read.nationalAsTitle).toBeUndefined();
  });

  it('after a question about the country stays the country’s', () => {
    const national = ask('how many national new-urbanisation pilots were there in China in 2024?');
    expect(readInConversation(ask('and how many national new-urbanisation pilots?'), national).places).toEqual(['国务院']);
  });
});

describe('a follow-up’s words pointing back', () => {
  it('are taken out of its words to search, the year’s as well as the subject’s', () => {
    expect(withoutReferring('浙江同一年定了多少个').replace(/\s+/g, ' ')).toBe('浙江 定了多少个');
    expect(withoutReferring('它增长了多少').trim()).toBe('增长了多少');
  });
});

describe('an obligation ahead asked in English', () => {
  it('asks the plan: "does Jilin have to run", "needs to build"', () => {
    expect(ask('How many national new-urbanisation pilots does Jilin have to run in 2025?').intent).toBe('plan');
    expect(ask('How many homes does Anhui need to renovate in 2026?').intent).toBe('plan');
    expect(ask('How many homes did Anhui renovate in 2024?').intent).not.toBe('plan');
  });
});
