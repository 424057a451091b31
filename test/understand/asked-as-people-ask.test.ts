import { describe, expect, it } from 'vitest';
import { type KnownPlace, knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** The issuers of the corpus and the work reports, as the engine knows them. */
const PLACES = knownPlaces([
  '钱塘区',
  '杭州市',
  '拱墅区',
  '国务院',
  '上海市',
  '北京市',
  '安徽省',
  '福建省',
  '广东省',
  '江苏省',
  '山东省',
  '浙江省',
]);
const today = new Date('2026-12-01');
const understood = (question: string, places: readonly KnownPlace[] = PLACES): UnderstoodQuery =>
  understandQuery(question, places, { today });
const inConversation = (...questions: string[]): UnderstoodQuery => {
  const state = conversationState(questions.map((q) => understood(q)));
  if (!state) throw new Error('no questions');
  return state;
};
const indicatorNames = (query: UnderstoodQuery): string[] => query.indicators.map((i) => i.name);

describe('the outline asked in everyday words, events looked up', () => {
  it.each(['山东今年要做哪几件大事', "What is on Zhejiang's agenda for 2026?", "What's on Beijing's to-do list this year?"])(
    '%s asks the outline',
    (question) => expect(understood(question).wantsPriorities).toBe(true),
  );

  it.each(['安徽今年要办哪些大会', '广东今年有哪些重大活动', '北京明年要举办什么论坛', 'Which conferences will Jiangsu host this year?'])(
    '%s looks up events, not the outline',
    (question) => expect(understood(question).wantsPriorities).toBe(false),
  );

  it('keeps the outline when a meeting is only named as its source', () => {
    expect(understood('中央经济工作会议部署的重点工作有哪些').wantsPriorities).toBe(true);
  });
});

describe('English indicators', () => {
  it.each([
    'What growth goal did Fujian set for 2025?',
    "What's Shandong's growth target for 2026?",
    "What was Jiangsu's growth rate in 2025?",
  ])('%s asks the GDP growth of the place', (question) => expect(indicatorNames(understood(question))).toEqual(['地区生产总值']));

  it('does not make a growth word the GDP without a place (a follow-up keeps its topic)', () => {
    expect(indicatorNames(understood('And the growth target?'))).toEqual([]);
  });

  it.each([
    'which province created the most urban jobs in 2025',
    'Which province added the most jobs last year?',
    'How many jobs did Jiangsu create in 2025?',
    'Did Beijing hit the jobs target last year?',
  ])('%s asks 城镇新增就业', (question) => expect(indicatorNames(understood(question))).toEqual(['城镇新增就业']));
});

describe('year spans and second years', () => {
  it.each([
    ["How has Shanghai's GDP changed since 2020?", 2020],
    ['2022年以来全国每年新增就业多少', 2022],
    ['自2021年浙江GDP增长多少', 2021],
    ['从2023年起江苏新增就业多少', 2023],
  ] as const)('%s runs from %i to the last complete year', (question, from) => {
    expect(understood(question).yearSpan).toEqual({ from, to: 2025 });
  });

  it('reads a two-digit year after 比 even before 多', () => {
    expect(understood('浙江25年新增就业比24年多还是少').years).toEqual([2024, 2025]);
  });

  it('still reads "24年来" as a count of years', () => {
    expect(understood('浙江24年来GDP').years).toEqual([]);
  });
});

describe('a pair of qualifiers before one indicator', () => {
  it.each(['安徽24年城镇和农村收入增速谁快', '农村和城镇收入哪个增长快', '安徽24年农村收入增速'])('%s asks resident income', (question) => {
    const query = understood(question);
    expect(indicatorNames(query)).toEqual(['居民人均可支配收入']);
  });

  it('writes the pair as the reports do, so each side is read', () => {
    expect(understood('安徽24年城镇和农村收入增速谁快').question).toContain('城镇居民和农村居民人均可支配收入增速');
  });
});

describe('targets and their attainment', () => {
  it.each(['浙江25年失业率要控制在多少', '北京今年CPI涨幅控制在多少以内', '粮食产量确保达到多少'])('%s asks a target', (question) => {
    expect(understood(question).intent).toBe('plan');
    expect(understood(question).asksAttainment).toBe(false);
  });

  it.each([
    'zj25年gdp完成目标没',
    '上海25年GDP增速超过目标没有',
    '广东24年新增就业完成任务了吗',
    '广东24年GDP达标了吗',
    'Did Jiangsu meet its 2025 GDP target?',
    'Did Zhejiang hit its growth target?',
  ])('%s asks whether a target was met', (question) => {
    const query = understood(question);
    expect(query.asksAttainment).toBe(true);
    expect(query.intent).toBe('result');
  });

  it.each(['浙江25年GDP增长目标是多少', '浙江2025年GDP增长多少', '浙江空气质量达标率'])('%s is no attainment question', (question) => {
    expect(understood(question).asksAttainment).toBe(false);
  });
});

describe('places written loosely', () => {
  it.each([
    ['安微24年新增就业人数', '安徽省', '安微'],
    ['江书去年GDP', '江苏省', '江书'],
  ])('%s is read as %s, said so', (question, issuer, written) => {
    const query = understood(question);
    expect(query.places).toEqual([issuer]);
    expect(query.placeSuggestions).toEqual([{ written, issuer, reason: 'edit' }]);
  });

  it('does not call a count of years a place', () => {
    const query = understood('连续10年GDP增长');
    expect(query.places).toEqual([]);
    expect(query.unknownPlaces).toEqual([]);
  });

  it.each([
    ['zj25年gdp完成目标没', '浙江省'],
    ['js25年gdp增速', '江苏省'],
    ['sh今年GDP', '上海市'],
    ['gd 2025年GDP', '广东省'],
  ])('%s names %s by its pinyin initials', (question, issuer) => expect(understood(question).places).toEqual([issuer]));

  it('leaves initials inside English words alone', () => {
    expect(understood('What is the GDP of Shanghai in 2025?').places).toEqual(['上海市']);
    expect(understood('jsdoc 2025年GDP').places).toEqual([]);
  });
});

describe('conversations', () => {
  it('keeps the topic when a follow-up names only a place, a year and a question word', () => {
    const query = inConversation('北京今年新增就业目标是多少', '江苏呢', '江苏去年定的是多少');
    expect(indicatorNames(query)).toEqual(['城镇新增就业']);
    expect(query.places).toEqual(['江苏省']);
    expect(query.years).toEqual([2025]);
  });

  it('lets a follow-up with its own indicator stand alone', () => {
    expect(indicatorNames(inConversation('北京今年新增就业目标是多少', '江苏去年GDP是多少'))).toEqual(['地区生产总值']);
  });

  it('ranks the conversation indicator across places for an elliptical superlative', () => {
    const query = inConversation('广东去年GDP增速多少', '是不是各省里最低的');
    expect(indicatorNames(query)).toEqual(['地区生产总值']);
    expect(query.places).toEqual([]);
    expect(query.ask).toBe('superlative');
    expect(query.question).toContain('增速');
  });
});
