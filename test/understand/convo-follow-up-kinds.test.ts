import { describe, expect, it } from 'vitest';
import { comparesWithYear } from '../../src/lang/zh/comparison-follow-up-words.js';
import { asksWhetherItWasMet, onlyAsksAgain, pointsBack } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

/**
 * Follow-ups that name no topic of their own and keep the conversation's: words pointing back, a
 * turn into a trend, another year to compare with, whether the target was met; and complete
 * questions, which keep nothing.
 */
const PLACES = knownPlaces(['浙江省', '江苏省', '上海市', '北京市', '安徽省', '国务院']);
const today = new Date('2026-12-01');
const read = (q: string) => understandQuery(q, PLACES, { today });
const followUp = (q: string, earlier: string) => readInConversation(read(q), read(earlier));
const names = (q: { indicators: { name: string }[] }) => q.indicators.map((i) => i.name);

describe('words that point back', () => {
  it.each(['这个指标江苏是多少', '它增长了多少', '那里的呢', 'what was it in 2023?', 'did they hit it?'])('%s points back', (q) => {
    expect(pointsBack(q)).toBe(true);
  });
  it.each(['其它省份呢', 'is there anything on ports?', '江苏去年GDP增长多少'])('%s does not', (q) => {
    expect(pointsBack(q)).toBe(false);
  });
  it('a question made of a place and a pointing word only asks again', () => {
    expect(onlyAsksAgain('这个指标江苏是多少', ['江苏省', '江苏'], [])).toBe(true);
  });
  it('"这个指标江苏是多少" asks the earlier indicator of Jiangsu', () => {
    const out = followUp('这个指标江苏是多少', '浙江去年港口集装箱吞吐量多少');
    expect(out.places).toEqual(['江苏省']);
    expect(out.years).toEqual([2025]);
    expect(names(out)).toEqual(names(read('浙江去年港口集装箱吞吐量多少')));
  });
  it('"what was it in 2024?" keeps the Chinese turn’s place and topic, with its own year', () => {
    const out = followUp('what was it in 2024?', '北京去年PM2.5多少');
    expect(out.places).toEqual(['北京市']);
    expect(out.years).toEqual([2024]);
    expect(out.indicators.length).toBeGreaterThan(0);
  });
});

describe('a place and 怎么样', () => {
  it('"北京怎么样" after a PM2.5 question asks Beijing’s PM2.5', () => {
    const out = followUp('北京怎么样', '上海去年PM2.5多少');
    expect(out.places).toEqual(['北京市']);
    expect(out.years).toEqual([2025]);
    expect(names(out)).toEqual(names(read('上海去年PM2.5多少')));
  });
  it('"浙江今年情况如何" names an overview of its own and keeps no indicator', () => {
    expect(onlyAsksAgain('浙江今年情况如何', ['浙江省', '浙江'], ['今年'])).toBe(false);
  });
});

describe('a turn into a trend', () => {
  it('"这几年怎么变的" keeps the place and the indicator', () => {
    const out = followUp('这几年怎么变的', '上海港去年集装箱吞吐量');
    expect(out.places).toEqual(['上海市']);
    expect(names(out)).toEqual(names(read('上海港去年集装箱吞吐量')));
  });
  it('an English trend follow-up after a Chinese turn keeps them too', () => {
    const out = followUp('how has it changed over the last two years?', '安徽去年粮食产量');
    expect(out.places).toEqual(['安徽省']);
    expect(out.indicators.length).toBeGreaterThan(0);
  });
});

describe('another year to compare with', () => {
  it.each(['比前年快还是慢', '比24年多了吗', '和2023年比呢', '跟上年相比如何', 'compared with 2023?'])('%s compares with a year', (q) => {
    expect(comparesWithYear(q)).toBe(true);
  });
  it.each(['和江苏比呢', '比上海快吗', '比较高吗'])('%s does not', (q) => {
    expect(comparesWithYear(q)).toBe(false);
  });
  it('"比前年快还是慢" after last year sets that year against the one before, on the same measure', () => {
    const out = followUp('比前年快还是慢', '上海去年GDP增速');
    expect(out.years).toEqual([2024, 2025]);
    expect(out.places).toEqual(['上海市']);
    expect(out.indicators.length).toBeGreaterThan(0);
    expect(out.question).toContain('增速');
  });
  it('"和2023年比呢" adds its year to the conversation’s', () => {
    expect(followUp('和2023年比呢', '全国24年GDP增长多少').years).toEqual([2023, 2024]);
  });
});

describe('whether the target was met', () => {
  it.each(['完成了吗', '实现了没有', '完成得怎么样', 'did they hit it?', 'was it met?'])('%s asks it', (q) => {
    expect(asksWhetherItWasMet(q)).toBe(true);
  });
  it.each(['完成多少', '目标是多少'])('%s does not', (q) => {
    expect(asksWhetherItWasMet(q)).toBe(false);
  });
  it('"完成了吗" after a target asks attainment of that target', () => {
    const out = followUp('完成了吗', '安徽去年粮食产量目标');
    expect(out.asksAttainment).toBe(true);
    expect(out.intent).toBe('result');
    expect(out.years).toEqual([2025]);
  });
  it('"完成了吗" after a question about nothing measurable asks no attainment', () => {
    expect(followUp('完成了吗', '浙江今年的重点工作').asksAttainment).toBe(false);
  });
});

describe('what a follow-up measures', () => {
  it('"分别是多少" after a growth question asks the growth, of each place', () => {
    const out = followUp('分别是多少', '浙江和江苏去年GDP增长');
    expect(out.places).toEqual(['浙江省', '江苏省']);
    expect(out.question).toContain('增长');
  });
  it('"总量呢" after a growth question asks the size, without the earlier growth word', () => {
    const out = followUp('总量呢', '江苏去年GDP增长多少');
    expect(out.question).toContain('总量');
    expect(out.question).not.toMatch(/增长|增速/);
    expect(out.indicators.length).toBeGreaterThan(0);
  });
  it('"增速呢" after a size question asks the growth', () => {
    expect(followUp('增速呢', '上海去年GDP总量多少').question).toContain('增速');
  });
});

describe('a complete question keeps nothing', () => {
  it('its own place, year and topic, not the earlier turn’s', () => {
    const out = followUp('江苏2024年粮食产量是多少', '上海去年PM2.5多少');
    expect(out.places).toEqual(['江苏省']);
    expect(out.years).toEqual([2024]);
    expect(names(out).join()).toContain('粮食');
  });
  it('a complete question after a target question does not ask the target', () => {
    expect(followUp('浙江2024年GDP增长多少', '上海今年GDP目标').intent).not.toBe('plan');
  });
});
