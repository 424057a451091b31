import { describe, expect, it } from 'vitest';
import { asksPastIntention } from '../../src/lang/en/english-future-wording.js';
import { englishLexicon } from '../../src/lang/en/english-lexicon.js';
import { asksInAUnit } from '../../src/lang/en/english-units.js';
import { writes } from '../../src/retrieve/english-topic-coverage.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['广东省', '福建省', '北京市', '国务院']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-03') });

describe('an English fragment that ends on its unit or asks a share of', () => {
  it('reads ", km?" and "(billion yuan)" at the end as the unit asked', () => {
    expect(asksInAUnit('guangdong plastic running tracks to build in 2026, km?')).toBe(true);
    expect(asksInAUnit('fujian marine economy output (billion yuan)')).toBe(true);
    expect(asksInAUnit('shanghai – km of metro')).toBe(false);
    expect(asksInAUnit('guangdong tracks km')).toBe(false);
  });

  it('asks a number of such a fragment', () => {
    expect(read('guangdong plastic running tracks to build in 2026, km?').wantsQuantity).toBe(true);
    // A share asked in English stays the share path's (the engine asks the figure when a cited sentence gives one).
    expect(read('Fujian: share of state-monitored river sections with good water, 2024?').wantsQuantity).toBe(false);
  });
});

describe('what was intended, asked afterwards', () => {
  it('reads "was … going to" and "plan(ned) to" as the plan', () => {
    expect(asksPastIntention('How many EV super-charging stations was Beijing going to build in 2025?')).toBe(true);
    expect(asksPastIntention('How many new jobs did Jiangsu plan to create in 2025?')).toBe(true);
    expect(asksPastIntention('How many jobs were meant to be created?')).toBe(false);
    expect(asksPastIntention('How many jobs did Jiangsu create in 2024?')).toBe(false);
    expect(read('How many EV super-charging stations was Beijing going to build in 2025?').intent).toBe('plan');
    expect(read('How many stations did Beijing build in 2025?').intent).toBe('result');
  });
});

describe('a four-character wording written with its two words swapped', () => {
  it('covers 水质优良 by 优良水质, not by its characters scattered', () => {
    expect(writes('主要流域国控断面优良水质比例100%', '水质优良')).toBe(true);
    expect(writes('优良率提高，水质改善', '水质优良')).toBe(false);
  });
});

describe('a phrase’s generic headword is no reading of it', () => {
  it('reads "golf course" as 高尔夫球场, not the 球场 inside it', () => {
    expect(englishLexicon().get('golf course')).not.toContain('球场');
    expect(englishLexicon().get('golf course')).toContain('高尔夫球场');
  });

  it('keeps a headword inside another when what the other adds reads no word of the phrase (工业园 / 工业园区)', () => {
    expect(englishLexicon().get('tennis court')).toEqual(['网球场']);
    expect(englishLexicon().get('golf')).toContain('高尔夫');
  });
});

describe('R&D written without its ampersand', () => {
  it('reads "rd intensity" as the R&D intensity, and no bare "rd" (3rd)', () => {
    expect(read('guangdong rd intensity 2024').indicators.map((i) => i.name)).toContain('研发经费');
    expect(read('the 3rd plenary session').indicators).toEqual([]);
  });
});

describe('an English question naming a place in Chinese', () => {
  it('is English when its only Chinese is place names', () => {
    expect(read('what about 北京 — how many charging stations this year?').language).toBe('en');
    expect(read('How big was 广东’s economy in 2024?').language).toBe('en');
  });

  it('is Chinese when it writes Chinese beyond them, or only one English word', () => {
    expect(read('广东GDP多少').language).toBe('zh');
    expect(read('广东GDP').language).toBe('zh');
    expect(read('广东 R&D intensity 多少').language).toBe('zh');
  });
});

describe('"what about X — …?" with a question of its own', () => {
  it('asks that question of X', async () => {
    const { ownQuestionAfterWhatAbout } = await import('../../src/lang/en/english-question-openers.js');
    expect(ownQuestionAfterWhatAbout('what about 安徽 — how many smart factories this year?')).toBe(
      'how many smart factories this year? 安徽',
    );
    expect(ownQuestionAfterWhatAbout('And what about Jiangsu: is it higher?')).toBe('is it higher? Jiangsu');
    expect(ownQuestionAfterWhatAbout('what about Jiangsu?')).toBe('what about Jiangsu?');
  });
});
