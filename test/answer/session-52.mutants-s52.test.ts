import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { extractFigures } from '../../src/figures/extract.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 52's answers told apart on small reports of hand-written sentences: two places' difference, two places' figures
 * of different periods, a level asked where only its growth is given, a count asked of a thing no figure of the indicator
 * counts, a follow-up's carried place, an English pronoun's subject.
 */
const today = new Date('2026-12-07');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s52-answer-', {
    '2026_ZJ_浙江省_政府工作报告.txt': [
      '2026年浙江省政府工作报告',
      '一、2025年工作回顾',
      '全省地区生产总值达到9.2万亿元、增长5.5%。全省进出口增长4.5%，举办外贸优品购物季活动6000多场。',
      '城镇新增就业115.8万人。',
    ],
    '2026_JS_江苏省_政府工作报告.txt': [
      '2026年江苏省政府工作报告',
      '一、2025年工作回顾',
      '全省地区生产总值达到14.2万亿元、增长5.3%。城镇新增就业130万人。',
    ],
    '2025_YN_云南省_政府工作报告.txt': [
      '2025年云南省政府工作报告',
      '一、2024年工作回顾',
      '融信服平台新增授信超2100亿元，惠及经营主体14.6万户次。全省经营主体达到680万户。',
      '二、2025年工作安排',
      '对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业。办好十项民生实事。',
    ],
    '2025_AH_安徽省_政府工作报告.txt': [
      '2025年安徽省政府工作报告',
      '一、2024年工作回顾',
      '全省地区生产总值增长5.8%。临淄至临沂、济菏高速改扩建等8个项目建成，高速公路通车里程突破8700公里。',
    ],
  });
});

const first = async (question: string, history: string[] = []) =>
  (await engine.ask(question, { today, history })).text.split('\n')[0] ?? '';

describe('two places, the difference asked', () => {
  it('levels: which is higher, and by how much in the unit written, said to be worked out', async () => {
    expect(await first('浙江和江苏2025年GDP总量差多少')).toMatch(/。江苏省更高：14\.2万亿元 对 9\.2万亿元，多5万亿元（两数相减）$/);
  });

  it('growth rates: by how many points', async () => {
    expect(await first('浙江和江苏去年GDP增速差多少')).toMatch(/。浙江省更高：5\.5% 对 5\.3%，高0\.2个百分点（两数相减）$/);
  });

  it("counts: more, in the count's unit", async () => {
    expect(await first('浙江和江苏去年城镇新增就业差多少')).toMatch(/江苏省更多：130万人 对 115\.8万人，多14\.2万人（两数相减）$/);
  });

  it('which is higher, no difference asked: the verdict alone', async () => {
    expect(await first('浙江和江苏去年GDP增速谁快')).toMatch(/。浙江省更高：5\.5% 对 5\.3%$/);
  });
});

describe('two places whose latest figures are of different periods', () => {
  it('are set side by side, said to be of different periods, with no verdict', async () => {
    expect(await first('浙江和安徽GDP增速哪个快')).toMatch(/浙江省2025年.*；安徽省2024年.*（两者时期不同，不作比较）$/);
  });
});

describe('a level asked where the report gives only its growth', () => {
  it('"浙江去年进出口总额是多少": said so, though an activity named by a loose synonym (外贸) has a count', async () => {
    expect(await first('浙江去年进出口总额是多少')).toMatch(
      /^（去年 = 2025年）报告未给出2025年总量，只有增速：浙江省2025年进出口总额（实绩）：增长4\.5% \[1\]$/,
    );
  });

  it('a level the report gives leads', async () => {
    expect(await first('浙江去年GDP是多少')).toMatch(/^（去年 = 2025年）浙江省2025年地区生产总值（实绩）：9\.2万亿元/);
  });
});

describe('a count asked of a thing no figure of the indicator counts', () => {
  it('"安徽前年建成了几个高速公路项目": the 8 projects before the 8700 km', async () => {
    expect(await first('安徽前年建成了几个高速公路项目')).toMatch(/^（前年 = 2024年）安徽省2024年项目建成（实绩）：8个 \[1\]$/);
  });

  it('a short thing counted (no head of its own) keeps the named figure', async () => {
    expect(await first('安徽前年高速公路通车里程多少')).toMatch(/突破8700公里/);
  });
});

/** A sentence's figures and its citation, as the engine would cite it. */
function cited(sentence: string, id: string, district: string, period: string) {
  const figures = extractFigures({ sentence, district, period, kind: 'result', source: 'text', citationId: id });
  return { figures, citation: { id, sentence, period, district, kind: 'result', source: 'text', score: 1 } };
}

const leadOver = (question: string, ...sentences: ReturnType<typeof cited>[]) =>
  figureLead(
    engine.understand(question, { today }),
    sentences.flatMap((c) => c.figures),
    sentences.map((c) => c.citation) as never,
  );

describe('the thing counted by its head, with no indicator', () => {
  const sentence = cited('建成城市绿道120公里，新建口袋公园15个。', 'c1', '浙江省', '2025');

  it('"浙江去年新建了几个城市口袋公园": the 15 parks (a count whose name holds 公园), not the km cited first', () => {
    expect(leadOver('浙江去年新建了几个城市口袋公园', sentence)).toMatch(/新建口袋公园（实绩）：15个/);
  });

  it('asked its length, the km', () => {
    expect(leadOver('浙江去年建成城市绿道多少公里', sentence)).toMatch(/120公里/);
  });
});

describe('follow-ups of their own subject', () => {
  it('"…不低于多少" after an overview asks its own bound, no gap of the earlier subject', async () => {
    expect(await first('给重点就业群体新发的创业担保贷款不低于多少', ['云南去年十项民生实事里 就业和法律援助这两块'])).toMatch(
      /云南省2025年重点就业群体新发放创业担保贷款（目标）：不低于80亿元 \[1\]$/,
    );
  });

  it('"how many businesses did it reach?": the businesses the platform talked about reached, not all of the province\'s', async () => {
    expect(
      await first('how many businesses did it reach?', ["How much new credit did Yunnan's financing service platform extend in 2024?"]),
    ).toMatch(/^Yunnan 2024 惠及经营主体 \(actual\): 14\.6万户次 \[1\]$/);
  });

  it("the same question with no pronoun asks the province's businesses", async () => {
    expect(
      await first('how many businesses were there in yunnan in 2024?', [
        "How much new credit did Yunnan's financing service platform extend in 2024?",
      ]),
    ).toMatch(/680万户/);
  });
});

describe("the lead over two places' cited figures (in-process)", () => {
  const zj = cited('全省地区生产总值达到9.2万亿元、增长5.5%。', 'z1', '浙江省', '2025');
  const js = cited('全省地区生产总值达到14.2万亿元、增长5.3%。', 'j1', '江苏省', '2025');
  const ah = cited('全省地区生产总值增长5.8%。', 'a1', '安徽省', '2024');

  it('a difference asked of two levels: by how much, worked out', () => {
    expect(leadOver('浙江和江苏2025年GDP总量差多少', zj, js)).toMatch(/江苏省更高：14\.2万亿元 对 9\.2万亿元，多5万亿元（两数相减）$/);
  });

  it('a difference asked of two growths: in points', () => {
    expect(leadOver('浙江和江苏2025年GDP增速差多少', zj, js)).toMatch(/浙江省更高：5\.5% 对 5\.3%，高0\.2个百分点（两数相减）$/);
  });

  it('no difference asked: none written', () => {
    expect(leadOver('浙江和江苏2025年GDP增速谁快', zj, js)).toMatch(/浙江省更高：5\.5% 对 5\.3%$/);
  });

  it('two periods: side by side, no verdict', () => {
    expect(leadOver('浙江和安徽GDP增速哪个快', zj, ah)).toMatch(/（两者时期不同，不作比较）$/);
    expect(leadOver('浙江和安徽GDP增速哪个快', zj, ah)).not.toMatch(/更高/);
  });
});

describe('a count asked of a thing no figure of the indicator counts (in-process)', () => {
  const sentence = cited('临淄至临沂、济菏高速改扩建等8个项目建成，高速公路通车里程突破8700公里。', 's1', '安徽省', '2024');

  it("with the indicator read, the count in the measure asked, named by the thing's head, answers", () => {
    expect(leadOver('安徽2024年建成了几个高速公路项目', sentence)).toMatch(/项目建成（实绩）：8个/);
  });

  it("asked the indicator's own measure, the indicator answers", () => {
    expect(leadOver('安徽2024年高速公路通车里程多少', sentence)).toMatch(/8700公里/);
  });
});

describe('a level not stated, only its growth (in-process)', () => {
  it('a figure whose name only holds a loose synonym is no level of the indicator', async () => {
    const { levelNotStatedNote } = await import('../../src/answer/level-not-stated.js');
    const sentence = cited('全省进出口增长4.5%，举办外贸优品购物季活动6000多场。', 'x1', '浙江省', '2025');
    const query = engine.understand('浙江2025年进出口总额是多少', { today });
    expect(levelNotStatedNote(query, sentence.figures)).toMatch(/只有增速/);
    const level = cited('全省进出口总额达到5.2万亿元、增长4.5%。', 'x2', '浙江省', '2025');
    expect(levelNotStatedNote(query, level.figures)).toBeNull();
  });
});

describe("an English pronoun's subject in a conversation (in-process)", () => {
  it("the earlier question's words are searched beside the follow-up's own", async () => {
    const { conversationState } = await import('../../src/understand/conversation.js');
    const earlier = engine.understand("How much new credit did Yunnan's financing service platform extend in 2024?", { today });
    const state = conversationState([earlier, engine.understand('how many businesses did it reach?', { today })]);
    expect(state?.searchText).toContain(earlier.searchText);
    const own = conversationState([earlier, engine.understand('how many businesses did yunnan have?', { today })]);
    expect(own?.searchText).not.toContain(earlier.searchText);
  });
});

describe('a bare difference after two places (in-process)', () => {
  it('"差多少" after "浙江去年GDP增速" and "江苏呢": both places, the earlier subject', async () => {
    const { conversationState } = await import('../../src/understand/conversation.js');
    const asked = ['浙江去年GDP增速', '江苏呢', '差多少'].map((q) => engine.understand(q, { today }));
    const state = conversationState(asked);
    expect(state?.places).toEqual(['浙江省', '江苏省']);
    expect(state?.indicators.map((i) => i.name)).toContain('地区生产总值');
  });

  it('after one place, "差多少" takes no other place', async () => {
    const { conversationState } = await import('../../src/understand/conversation.js');
    const state = conversationState(['浙江去年GDP增速', '差多少'].map((q) => engine.understand(q, { today })));
    expect(state?.places).toEqual(['浙江省']);
  });
});

describe("two places' difference, only of values written plainly (in-process)", () => {
  const zj = cited('全省地区生产总值突破9万亿元、增长5.5%。', 'z2', '浙江省', '2025');
  const js = cited('全省地区生产总值达到14.2万亿元、增长5.3%。', 'j2', '江苏省', '2025');

  it('a level written with 突破 is no exact value: which is higher, no difference worked out', () => {
    const lead = leadOver('浙江和江苏2025年GDP总量差多少', zj, js) ?? '';
    expect(lead).toMatch(/江苏省更高/);
    expect(lead).not.toMatch(/两数相减/);
  });

  it("growths written beside levels differ in points (the growth read from each level's change)", () => {
    expect(leadOver('浙江和江苏2025年GDP增速差多少', zj, js)).toMatch(/高0\.2个百分点（两数相减）$/);
  });
});
