import { describe, expect, it } from 'vitest';
import { askedRank, asksPlainTop, statesRank } from '../../src/lang/zh/rank-holder-words.js';
import { asksForLowest, asksForRanking, asksWhichIsMost } from '../../src/lang/zh/superlative-words.js';

describe('rankings asked by a place in the order', () => {
  it.each(['去年哪里的GDP增速排第一', '25年经济增速前三的省份', '2025年GDP增速倒数第一的是哪个省', '哪个省排名第一'])(
    '%s asks which places lead',
    (q) => {
      expect(asksForRanking(q)).toBe(true);
      expect(asksWhichIsMost(q)).toBe(true);
    },
  );

  it.each(['前三季度GDP增长多少', '钱塘区第一产业增加值', '前两年的投资', '前几个月出口多少'])('%s does not', (q) => {
    expect(asksForRanking(q)).toBe(false);
    expect(asksWhichIsMost(q)).toBe(false);
  });

  it.each(['Top 3 provinces by GDP growth in 2024', 'the top five cities by retail sales'])('%s asks which places lead', (q) =>
    expect(asksWhichIsMost(q)).toBe(true),
  );

  it.each(['top industries in Zhejiang', 'What is on top of the agenda for Anhui?'])('%s does not', (q) =>
    expect(asksWhichIsMost(q)).toBe(false),
  );

  it('倒数 asks the bottom', () => {
    expect(asksForLowest('GDP增速倒数第一的是哪个省')).toBe(true);
    expect(asksForLowest('GDP增速排第一的是哪个省')).toBe(false);
  });
});

describe('a plain top asked, or a rank only a report states', () => {
  it('"排第一" with no field, count, run of years or level is a plain top', () => {
    expect(asksPlainTop(askedRank('去年哪里的GDP增速排第一')!)).toBe(true);
  });

  it.each(['哪个省实际使用外资增速全国第一', '哪个省是全国第三个GDP超10万亿的', '进出口总额连续39年全国第一的是哪'])('%s is not', (q) => {
    const asked = askedRank(q);
    expect(asked).not.toBeNull();
    expect(asksPlainTop(asked!)).toBe(false);
  });
});

describe("a rank is of its own clause's subject", () => {
  const asked = askedRank('哪个省GDP增速全国第一')!;
  const sentence = '全省地区生产总值增速居全国前列，实际使用外资增速居全国第1位。';

  it('a rank of another indicator in the same sentence does not answer', () => {
    expect(statesRank(sentence, asked)).toBe(true);
    expect(statesRank(sentence, asked, ['地区生产总值', 'GDP'])).toBe(false);
    expect(statesRank(sentence, asked, ['实际使用外资'])).toBe(true);
  });

  it('a clause opening with 总量 or 增速 is about the figure named just before it', () => {
    const trade = '进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位，贡献了全国38.7%的贸易增量。';
    expect(statesRank(trade, askedRank('进出口总额连续39年全国第一的是哪')!, ['进出口总额'])).toBe(true);
    expect(statesRank(trade, askedRank('哪个省GDP全国第一')!, ['地区生产总值'])).toBe(false);
  });
});
