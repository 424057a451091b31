import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { askedRank, rankedSubjectWords, statesRank } from '../../src/lang/zh/rank-holder-words.js';
import { FIRST_PLACE } from '../../src/answer/kinds/rank-holder.js';
import { govCorpusEngine } from '../support/engine.js';

describe('which place is first, read from the words', () => {
  it('sets the asking words aside and keeps what is ranked', () => {
    expect(rankedSubjectWords(['区域', '创新', '能力', '最强', '哪个', '省'])).toEqual(['区域', '创新', '能力']);
    expect(rankedSubjectWords(['哪个省', '制造业', '指数', '排', '第一', '全国'])).toEqual(['制造业', '指数']);
  });

  it('reads "第一方阵", "第一批" as a group, not the first place', () => {
    expect(statesRank('区域创新能力稳居全国第一方阵', FIRST_PLACE)).toBe(false);
    expect(statesRank('入选全国第一批试点', FIRST_PLACE)).toBe(false);
    expect(statesRank('区域创新能力连续9年全国第一', FIRST_PLACE)).toBe(true);
    expect(statesRank('制造业高质量发展指数连续5年居全国首位', FIRST_PLACE)).toBe(true);
  });

  it('asks the plain first place when "排第一" is written, and no rank when "最强" is', () => {
    expect(askedRank('哪个省制造业高质量发展指数排第一')).toEqual(FIRST_PLACE);
    expect(askedRank('区域创新能力最强的是哪个省')).toBeNull();
  });
});

describe('on the reports: no figures to rank, the report that says it is first answers', () => {
  const today = new Date('2026-12-01');
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  });

  it('"哪个省制造业高质量发展指数排第一" is 江苏, quoted', async () => {
    const answer = await engine.ask('哪个省制造业高质量发展指数排第一', { today });
    expect(answer.text.split('\n')[0]).toContain('江苏省');
    expect(answer.citations[0]?.sentence).toMatch(/制造业高质量发展指数连续\d年(居)?全国(第一|首位)/);
  });

  it('"区域创新能力最强的是哪个省" quotes only first places in 区域创新能力, never a "第一方阵"', async () => {
    const answer = await engine.ask('区域创新能力最强的是哪个省', { today });
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.sentence).toMatch(/区域创新能力连续\d年全国第一/);
  });

  it('a lowest asked is not answered with a first place', async () => {
    const answer = await engine.ask('哪个省研发投入强度最低', { today });
    expect(answer.text.split('\n')[0]).toMatch(/最低/);
  });
});
