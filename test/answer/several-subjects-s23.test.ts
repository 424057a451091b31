import { describe, expect, it } from 'vitest';
import { askedSubjects } from '../../src/answer/several-subjects.js';

describe('two things each asked with its own ask word', () => {
  it('splits at a space or comma when every part ends in its ask', () => {
    expect(askedSubjects('北京今年滨水空间开放几处 绿道新建多少公里')).toEqual(['北京今年滨水空间开放几处', '绿道新建多少公里']);
    expect(askedSubjects('北京今年新建多少座公园，绿道新建多少公里？')).toEqual(['北京今年新建多少座公园', '绿道新建多少公里？']);
  });

  it('reads no two asks where a part asks nothing', () => {
    expect(askedSubjects('你好 浙江有多少家上市公司')).toEqual([]);
    expect(askedSubjects('浙江上市公司有多少家')).toEqual([]);
    expect(askedSubjects('浙江 上市公司有多少家')).toEqual([]);
  });

  it('keeps the readings it had: 各 and two counts', () => {
    expect(askedSubjects('建成和在建的过江通道各几座')).toEqual(['建成过江通道', '在建过江通道']);
    expect(askedSubjects('几个万亿级、几个千亿级产业集群')).toEqual(['万亿级产业集群', '千亿级产业集群']);
  });
});

describe('the words every thing shares, the place and year aside', () => {
  it('gives each thing its own figure when a figure shares only the place with the words before them', async () => {
    const { severalSubjectsLead } = await import('../../src/answer/several-subjects.js');
    const { knownPlaces, understandQuery } = await import('../../src/retrieve/query.js');
    const query = understandQuery('上海24年新增森林和高标准农田分别多少亩', knownPlaces(['上海市']), { today: new Date('2026-12-03') });
    const fig = (indicator: string, value: number, unit: string, citationId: string) => ({
      indicator,
      value,
      unit,
      kind: 'actual' as const,
      period: '2024',
      district: '上海市',
      citationId,
    });
    const citations = ['a', 'b'].map((id) => ({ id, docId: 'd', title: 't', section: [], paragraph: 0, sentence: 's', score: 1 }));
    const lead = severalSubjectsLead(
      query,
      [fig('新增“上海标准”', 11, '个', 'a'), fig('新增森林', 3.1, '万亩', 'b'), fig('建成高标准农田', 8.8, '万亩', 'a')],
      citations as never,
    );
    expect(lead).toMatch(/新增森林.*3\.1万亩.*高标准农田.*8\.8万亩/);
    expect(lead).not.toMatch(/上海标准/);
  });
});
