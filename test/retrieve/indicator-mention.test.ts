import { describe, expect, it } from 'vitest';
import { growthMention, indicatorMention, multiYearMention, quantityMention } from '../../src/retrieve/indicator-mention.js';

const GDP = ['地区生产总值', '生产总值', 'gdp'];
const POPULATION = ['常住人口', '人口'];
const INVESTMENT = ['固定资产投资', '固投', '投资'];
const DEFICIT = ['财政赤字率', '赤字率'];

describe('quantityMention: the sentence gives the asked indicator a number', () => {
  it('takes the full name, or a shorter one after the issuer, a time or punctuation', () => {
    expect(quantityMention('全年实现地区生产总值(gdp)1416亿元,增长5.1%', GDP)).toBe(true);
    expect(quantityMention('主要预期目标是:全市生产总值增长5%左右', GDP)).toBe(true);
    expect(quantityMention('今年赤字率拟按4%左右安排', DEFICIT)).toBe(true);
    expect(quantityMention('年末常住人口1252万人', POPULATION)).toBe(true);
  });

  it('refuses a shorter name inside another indicator', () => {
    expect(quantityMention('多措并举应对学龄人口达峰,新增中小学学位2.4万个', POPULATION)).toBe(false);
    expect(quantityMention('推动制造业投资保持增长,新开工项目120个', INVESTMENT)).toBe(false);
    expect(quantityMention('全省常住人口城镇化率提高到76.58%', POPULATION)).toBe(false);
    expect(quantityMention('人均地区生产总值达到3.2万美元', GDP)).toBe(false);
    expect(quantityMention('亿元gdp生产安全事故死亡率低于0.01人/亿元', GDP)).toBe(false);
    expect(quantityMention('县城常住人口占县域比重达63%', POPULATION)).toBe(false);
    expect(quantityMention('地区生产总值在全省排名第3位', GDP)).toBe(false);
    // A kind of firm is no figure of the indicator its name begins with.
    expect(indicatorMention('外资企业出口', ['外资'])).toBe(0);
    expect(indicatorMention('实际使用外资115.6亿美元', ['外资'])).toBe(1);
  });

  it('wants the number in the same clause, not the next indicator’s', () => {
    expect(quantityMention('打造“投资福建”品牌,新引进落地总投资超10亿元项目50个以上', INVESTMENT)).toBe(false);
    expect(quantityMention('地区生产总值稳步增长,一般公共预算收入134亿元', GDP)).toBe(false);
    expect(quantityMention('经济总量跃上新台阶', GDP)).toBe(false);
  });
});

describe('growthMention: the indicator with a growth rate', () => {
  it('finds 增长/下降 and a percentage after the name', () => {
    expect(growthMention('全市生产总值增长5%左右', GDP)).toBe(true);
    expect(growthMention('固定资产投资下降3.3%', INVESTMENT)).toBe(true);
    expect(growthMention('全市生产总值从4.16万亿元增加到5.67万亿元', GDP)).toBe(false);
    // Districts write the amount, a comma, then the growth.
    expect(growthMention('实现地区生产总值1416亿元,同比增长5.1%', GDP)).toBe(true);
    expect(growthMention('地区生产总值稳步提升,一般公共预算收入增长3%', GDP)).toBe(false);
  });
});

describe('indicatorMention', () => {
  it('still scores a full name above a partial one', () => {
    expect(indicatorMention('地区生产总值1416亿元', GDP)).toBe(1);
    expect(indicatorMention('全市生产总值增长5%', GDP)).toBe(0.6);
    expect(indicatorMention('海洋生产总值增长5%', GDP)).toBe(0);
  });
});

describe('multiYearMention: an average or a total over years', () => {
  const JOBS = ['城镇新增就业', '新增就业'];
  it('finds 年均 and 累计 around the indicator', () => {
    expect(multiYearMention('城镇新增就业年均1270多万人', JOBS)).toBe(true);
    expect(multiYearMention('城镇累计新增就业超700万人', JOBS, '一、2025年和“十四五”时期工作回顾')).toBe(true);
    // Within one year's review 累计 is the year's own stock or year-to-date total.
    expect(multiYearMention('城镇累计新增就业超70万人', JOBS, '一、2025年工作回顾')).toBe(false);
    expect(multiYearMention('城镇新增就业149.4万人、超额完成国家下达任务', JOBS)).toBe(false);
    // The average of another clause is not the indicator's.
    expect(multiYearMention('地区生产总值达14.2万亿元、年均增长5.7%', GDP)).toBe(false);
  });
});
