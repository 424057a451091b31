/**
 * The sense phrases read whole depend on the glossary terms they are asked with: a list read first for other terms (a
 * test's empty list) must not stand for the glossary's. The unit tests share one module graph per worker, so the order
 * of files once made "leading talents" lose 领军人才 in CI (session 28's run).
 */
import { describe, expect, it } from 'vitest';
import { reportSensePhrases } from '../../src/lang/en/english-lexicon.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

describe('the report senses read as whole phrases', () => {
  it('are chosen for the terms asked with, whatever list was asked for first', () => {
    const withoutTerms = reportSensePhrases([]).flatMap((t) => t.en);
    expect(withoutTerms).not.toContain('leading talent');
    expect(reportSensePhrases(['leading']).flatMap((t) => t.en)).toContain('leading talent');
    const query = understandQuery('anhui — how many tech leading talents to recruit in 2026?', knownPlaces(['安徽省']), {
      today: new Date('2026-12-04'),
    });
    expect(query.searchText).toContain('领军人才');
    expect(query.searchText).not.toContain('龙头');
  });
});
