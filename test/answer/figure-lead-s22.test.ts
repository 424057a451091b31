import { describe, expect, it } from 'vitest';
import { sharesOnlyVerbWith } from '../../src/answer/figure-lead.js';

describe('sharesOnlyVerbWith', () => {
  it('is true of a name that shares only its verb with the question', () => {
    expect(sharesOnlyVerbWith('新增国家级非遗代表性传承人', '浙江去年新增公园多少座')).toBe(true);
  });
  it('is false of a name sharing a word past the verb, generic words included', () => {
    expect(sharesOnlyVerbWith('引进企业', '广东全球服务商计划累计引进多少家企业')).toBe(false);
    expect(sharesOnlyVerbWith('组建总规模', '广东去年组建的引导基金规模多大')).toBe(false);
    expect(sharesOnlyVerbWith('新增公园', '浙江去年新增公园多少座')).toBe(false);
    expect(sharesOnlyVerbWith('新增城市公园', '上海去年新增了多少座公园')).toBe(false);
  });
  it('is false of a name sharing no verb at all', () => {
    expect(sharesOnlyVerbWith('公园总数', '北京公园有多少个')).toBe(false);
  });
});

describe('two things each counted', async () => {
  const { askedSubjects } = await import('../../src/answer/several-subjects.js');
  it('reads "几个A、几个B" as two things, the first given the head noun the second writes', () => {
    expect(askedSubjects('北京十四五培育出几个万亿级、几个千亿级产业集群')).toEqual(['万亿级产业集群', '千亿级产业集群']);
    expect(askedSubjects('新建多少个公园和多少个口袋公园')).toEqual(['公园', '口袋公园']);
  });
  it('reads one count as no two things', () => {
    expect(askedSubjects('北京十四五培育出几个千亿级产业集群')).toEqual([]);
  });
});
