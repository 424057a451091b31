import { describe, expect, it } from 'vitest';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * Session 20: "A和B哪个多" answers each thing's figure and then which is more, like for like (one kind, one unit), in the
 * word the question asked it with (多, 长, 高, 大).
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['江苏省', '山东省']);
const citation = { id: 'c1', sentence: '建成过江通道4座、在建8座。' } as unknown as Citation;
const fig = (indicator: string, value: number, unit = '座', kind: Figure['kind'] = 'actual'): Figure =>
  ({ indicator, value, unit, kind, period: '2025', district: '江苏省', citationId: 'c1' }) as Figure;
const lead = (question: string, figures: Figure[]) =>
  severalSubjectsLead(understandQuery(question, PLACES, { today }), figures, [citation]);

describe('which of two things is more', () => {
  it('says which, the first or the second named, in the word asked', () => {
    expect(lead('江苏建成和在建的过江通道哪个多', [fig('建成过江通道', 4), fig('在建', 8)])).toMatch(/4座.*8座.*。后者更多：8座 对 4座$/);
    expect(lead('江苏建成和在建的过江通道哪个多', [fig('建成过江通道', 9), fig('在建', 8)])).toMatch(/。前者更多：9座 对 8座$/);
    expect(lead('江苏建成和在建的过江通道谁更长', [fig('建成过江通道', 4, '公里'), fig('在建', 8, '公里')])).toMatch(
      /。后者更长：8公里 对 4公里$/,
    );
  });

  it('says nothing of which is more when not asked, or when the two do not compare', () => {
    expect(lead('江苏建成和在建的过江通道各几座', [fig('建成过江通道', 4), fig('在建', 8)])).not.toContain('更');
    expect(lead('江苏建成和在建的过江通道哪个多', [fig('建成过江通道', 4), fig('在建', 8, '公里')])).not.toContain('更');
    expect(lead('江苏建成和在建的过江通道哪个多', [fig('建成过江通道', 4), fig('在建', 8, '座', 'target')])).not.toContain('更');
    expect(lead('江苏建成和在建的过江通道哪个多', [fig('建成过江通道', 8), fig('在建', 8)])).not.toContain('更');
  });
});
