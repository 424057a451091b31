import { glossary, type IndicatorEntry } from '../../src/lang/zh/glossary.js';
import type { UnderstoodQuery } from '../../src/retrieve/query.js';

/** A glossary indicator by its name; a test's typo fails loudly rather than asking nothing. */
export function indicator(name: string): IndicatorEntry {
  const entry = glossary().indicators.find((i) => i.name === name);
  if (!entry) throw new Error(`no indicator ${name} in the glossary`);
  return entry;
}

/** An understood question that fills no slot: each test sets the fields the rule it tests reads. */
export function asked(question: string, fields: Partial<UnderstoodQuery> = {}): UnderstoodQuery {
  return {
    question,
    language: 'zh',
    places: [],
    unknownPlaces: [],
    years: [],
    planPeriod: null,
    part: null,
    intent: 'any',
    indicators: [],
    searchText: question,
    wantsPriorities: false,
    wantsReason: false,
    wantsQuantity: false,
    ask: 'figure.amount',
    askConfidence: 0.9,
    yearNotes: [],
    placeSuggestions: [],
    regions: [],
    yearSpan: null,
    asksAttainment: false,
    ...fields,
  };
}
