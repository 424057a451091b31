import { describe, expect, it } from 'vitest';
import { COUNTED_BEFORE } from '../../src/lang/zh/counted-before-words.js';
import { asksGrowthOverTimeBefore } from '../../src/lang/zh/follow-up-words.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';
import { YEAR_BEFORE_BASE_ASKING } from '../../src/lang/zh/year-comparison-words.js';
import { quantityMention } from '../../src/retrieve/indicator-mention.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 54: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s54.test.ts). */

const places = knownPlaces(['安徽省', '拱墅区', '湖南省', '上海市']);
const read = (question: string) => understandQuery(question, places, { today: new Date('2026-12-07') });

describe('the base year of a change asked is asking, not a subject', () => {
  const without = (question: string) => question.replace(YEAR_BEFORE_BASE_ASKING, ' ');

  it('"比上一年增长了多少", "较去年多了多少", "跟上年比高多少" lose their base year', () => {
    expect(without('比上一年增长了多少')).toBe(' 增长了多少');
    expect(without('较去年多了多少')).toBe(' 多了多少');
    expect(without('跟上年比高多少')).toBe(' 高多少');
  });

  it('a base year asked of no change stays: "上一年的计划" and "与上年相同的口径" are words of the subject', () => {
    expect(without('上一年的计划')).toBe('上一年的计划');
    expect(without('与上年相同的口径是什么')).toBe('与上年相同的口径是什么');
  });
});

describe('a task asked of a year not over is its plan', () => {
  it('"今年省级财政拿多少钱" asks the plan; "去年…拿了多少钱" what was done', () => {
    expect(read('安徽今年省级财政拿多少钱稳经济').intent).toBe('plan');
    expect(read('安徽去年省级财政拿了多少钱').intent).toBe('result');
  });

  it('"安排", "投入" of this year ask its plan too', () => {
    expect(read('上海今年安排多少资金支持科技创新').intent).toBe('plan');
    expect(read('湖南今年投入多少钱搞农村公路').intent).toBe('plan');
  });

  it('"did Gongshu have to support", "had to": what was set to be done, a plan', () => {
    expect(read('How many Asian Games events did Gongshu have to support in 2023?').intent).toBe('plan');
    expect(read('how many projects Shanghai had to finish in 2024?').intent).toBe('plan');
    expect(read('How many Asian Games events did Gongshu support in 2023?').intent).toBe('result');
  });
});

describe('English words of session 54', () => {
  it('report senses: "water supply" 供水, "southern extension" 南延, "model households" 示范户', () => {
    const chinese = (question: string) => (read(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);
    expect(chinese('km of water supply pipes built')).toContain('供水');
    expect(chinese("which line's southern extension opens")).toContain('南延');
    expect(chinese('how many model households')).toContain('示范户');
    expect(chinese('unpermitted structures to deal with')).toContain('无手续');
  });

  it('"open" of a line is 开通, a "line" a 线路 or 号线, not 开展 and 队伍', () => {
    const chinese = (question: string) => (read(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);
    expect(chinese('how many subway lines will shanghai open in 2026?')).toEqual(expect.arrayContaining(['开通', '线路', '号线']));
    expect(chinese('how many subway lines will shanghai open in 2026?')).not.toContain('队伍');
    expect(chinese('line 17 opens in full')).toContain('开通');
  });
});

describe('a count written before the name it counts, past a qualifier or an alternative', () => {
  it('"新建7000个农村4G/5G基站" gives 5G基站 its number', () => {
    expect(quantityMention('新建7000个农村4g/5g基站', ['5g基站'])).toBe(true);
    expect(COUNTED_BEFORE.test('新建7000个农村4G/')).toBe(true);
    expect(COUNTED_BEFORE.test('改造300个城镇')).toBe(true);
  });

  it('a count of another thing before the name gives it none', () => {
    expect(quantityMention('改造300个农村公路和5g基站', ['5g基站'])).toBe(false);
    expect(COUNTED_BEFORE.test('新建7000个农村公路')).toBe(false);
    expect(COUNTED_BEFORE.test('第3个农村')).toBe(false);
  });
});

describe("words people write for the reports' own", () => {
  it('"动工" is the reports\' 开工', () => {
    const groups = interchangeableWordsIn('两重项目都动工了吗').map((g) => g.group);
    expect(groups).toEqual([expect.arrayContaining(['开工', '开建'])]);
  });

  it('"个数", "那批" are asking and pointing, no subject', () => {
    for (const word of ['个数', '数目', '那批', '这批']) expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });

  it('"比上一年增长了多少" alone asks the growth of the earlier subject', () => {
    expect(asksGrowthOverTimeBefore('比上一年增长了多少')).toBe(true);
    expect(asksGrowthOverTimeBefore('比上一年增长了多少 上海呢')).toBe(false);
  });
});
