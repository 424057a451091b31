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
