import { describe, expect, it } from 'vitest';
import { withoutGrowthAsked } from '../../src/lang/zh/change-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, followUpWording, siblingSwappedQuestion } from '../../src/understand/conversation.js';

/**
 * Session 51: a follow-up asking something of its own about the earlier subject — a count after a growth, a plan after a
 * result — read by the conversation state alone (src/understand/conversation.ts).
 */
const today = new Date('2026-12-07');
const places = knownPlaces(['浙江省', '广东省', '江苏省', '全国']);
const read = (question: string) => understandQuery(question, places, { today });
const stateAfter = (...questions: string[]) => conversationState(questions.map(read));

describe('a count asked in its own unit after a growth', () => {
  it('"今年要开多少列" after "义新欧比上年增长多少": the subject without its growth asked, the count asked now', () => {
    const state = stateAfter('浙江去年中欧班列开了多少列', '义新欧比上年增长多少', '今年要开多少列');
    expect(state?.question).toBe('义新欧，今年要开多少列');
    expect(state?.searchText).not.toMatch(/增长/);
    expect(state?.searchText).toContain('义新欧');
    expect(state?.ask).not.toBe('figure.growth');
    expect(state?.years).toEqual([2026]);
  });

  it('a growth asked again keeps the growth ("今年要增长多少")', () => {
    const state = stateAfter('浙江去年中欧班列开了多少列', '义新欧比上年增长多少', '今年要增长多少');
    expect(state?.searchText).toMatch(/增长/);
  });

  it('a count after a count carries the earlier words as they are', () => {
    const state = stateAfter('浙江去年中欧班列开了多少列', '今年要开多少列');
    expect(state?.question).not.toMatch(/^，/);
    expect(state?.searchText).toContain('中欧班列');
  });
});

describe('the words asking a growth', () => {
  it('are taken out, the subject kept', () => {
    expect(withoutGrowthAsked('义新欧比上年增长多少')).toBe('义新欧');
    expect(withoutGrowthAsked('出口同比增长了百分之几')).toBe('出口');
    expect(withoutGrowthAsked('GDP增速几何')).toBe('GDP');
    expect(withoutGrowthAsked('新增公园多少座')).toBe('新增公园多少座');
  });
});

describe('a plan asked after a result', () => {
  it('"去年要再建多少个" after "广东前年建成了多少个标准化就业驿站" drops 建成了 from the words searched and asked', () => {
    const state = stateAfter('广东前年建成了多少个标准化就业驿站', '去年要再建多少个');
    expect(state?.searchText).not.toContain('建成了');
    expect(state?.question).not.toContain('建成了');
    expect(state?.searchText).toContain('标准化就业驿站');
    expect(state?.intent).toBe('plan');
  });

  it('a result after a result keeps them ("去年又建成了多少个")', () => {
    const state = stateAfter('广东前年建成了多少个标准化就业驿站', '去年又建成了多少个');
    expect(state?.searchText).toContain('建成了');
  });
});

describe('a correction or a follow-up naming only the report', () => {
  const placesHere = knownPlaces(['上海市']);
  const readHere = (question: string) => understandQuery(question, placesHere, { today });

  it('"不对 我记得是26年报告里的" says what was meant: 26年报告里的', () => {
    expect(followUpWording('不对 我记得是26年报告里的')).toBe('26年报告里的');
    expect(followUpWording('我记得是26年报告里的')).toBe('26年报告里的');
  });

  it('"26年报告里的呢" asks the earlier question again of that report', () => {
    const state = conversationState(['上海25年要办的创新创业青年论坛 叫多少人论坛', '26年报告里的呢'].map(readHere));
    expect(state?.question).toContain('创新创业青年论坛');
    expect(state?.years).toEqual([2026]);
  });

  it('a report named with a subject of its own is no bare follow-up ("26年报告里的人才呢")', () => {
    const state = conversationState(['上海25年要办的创新创业青年论坛 叫多少人论坛', '26年报告里的海外人才呢'].map(readHere));
    expect(state?.question).not.toContain('论坛');
  });
});

describe('a follow-up naming another of the same kind', () => {
  const placesHere = knownPlaces(['杭州市', '浙江省']);
  const earlierOf = (question: string) => {
    const earlier = conversationState([understandQuery(question, placesHere, { today })]);
    if (!earlier) throw new Error('no state');
    return earlier;
  };

  it('"服务业的呢" after "…10亿元以上的制造业项目要落地几个": the earlier question with 服务业 for 制造业', () => {
    expect(siblingSwappedQuestion('服务业的呢', earlierOf('杭州24年10亿元以上的制造业项目要落地几个'))).toBe(
      '杭州24年10亿元以上的服务业项目要落地几个',
    );
    expect(siblingSwappedQuestion('那进口呢', earlierOf('浙江去年出口增长多少'))).toBe('浙江去年进口增长多少');
  });

  it('null when the follow-up names something else, the same word again, or the earlier question none or two of the set', () => {
    expect(siblingSwappedQuestion('绿道呢', earlierOf('杭州24年10亿元以上的制造业项目要落地几个'))).toBeNull();
    expect(siblingSwappedQuestion('制造业呢', earlierOf('杭州24年10亿元以上的制造业项目要落地几个'))).toBeNull();
    expect(siblingSwappedQuestion('服务业呢', earlierOf('杭州24年新增公园多少座'))).toBeNull();
    expect(siblingSwappedQuestion('农业呢', earlierOf('杭州24年制造业和服务业项目各几个'))).toBeNull();
  });
});
