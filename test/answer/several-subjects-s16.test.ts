import { describe, expect, it } from 'vitest';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { govFirstLine } from '../support/engine.js';

/** Several things asked at once in words no glossary indicator holds: each one's figure leads, in the order asked. */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['江苏省', '广东省']);

describe('the things a question asks each figure of', () => {
  it('are cut at the joiners before 各/分别, a shared head noun after 的 going to each', () => {
    expect(askedSubjects('江苏建成和在建的过江通道各几座')).toEqual(['江苏建成过江通道', '在建过江通道']);
    expect(askedSubjects('广东国家先进制造业集群和国家级中小企业特色产业集群各有几个')).toEqual([
      '广东国家先进制造业集群',
      '国家级中小企业特色产业集群',
    ]);
    expect(askedSubjects('新建学校、医院、养老院分别多少所')).toEqual(['新建学校', '医院', '养老院']);
  });

  it('are none without a question of each or without a joiner', () => {
    expect(askedSubjects('江苏建成和在建的过江通道怎么样')).toEqual([]);
    // Session 20: "哪个多" asks each one's figure too (to say which is more).
    expect(askedSubjects('江苏建成和在建的过江通道哪个多')).toEqual(['江苏建成过江通道', '在建过江通道']);
    expect(askedSubjects('江苏过江通道各几座')).toEqual([]);
  });
});

describe('each thing’s figure', () => {
  const citation = { id: 'c1', sentence: '建成过江通道4座、在建8座。' } as unknown as Citation;
  const fig = (indicator: string, value: number): Figure =>
    ({ indicator, value, unit: '座', kind: 'actual', period: '2025', district: '江苏省', citationId: 'c1' }) as Figure;
  const query = understandQuery('江苏建成和在建的过江通道各几座', PLACES, { today });

  it('goes to the thing whose words it shares most, and each leads', () => {
    const lead = severalSubjectsLead(query, [fig('建成过江通道', 4), fig('在建', 8)], [citation]);
    expect(lead).toMatch(/建成过江通道.*4座.*在建.*8座/);
  });

  it('is no lead of several when only one thing finds a figure', () => {
    expect(severalSubjectsLead(query, [fig('建成过江通道', 4)], [citation])).toBeNull();
  });

  it('on the reports: both figures lead', async () => {
    const line = await govFirstLine('广东国家先进制造业集群和国家级中小企业特色产业集群各有几个', today);
    expect(line).toContain('8个');
    expect(line).toContain('30个');
    expect(await govFirstLine('江苏建成和在建的过江通道各几座', today)).toMatch(/4座.*8座/);
  });
});
