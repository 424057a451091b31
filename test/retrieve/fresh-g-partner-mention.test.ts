import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { mentionsOnlyForPartners, narrowedToPartner, partnersNamed } from '../../src/lang/zh/partner-markets.js';

describe('fresh-g: an indicator narrowed to a trade partner', () => {
  it('reads the partners a question or a name writes', () => {
    expect(partnersNamed('福建去年对一带一路国家进出口增长多少')).toEqual(['一带一路']);
    expect(partnersNamed('对RCEP成员国出口')).toEqual(['rcep']);
    expect(partnersNamed('福建去年外贸情况')).toEqual([]);
    expect(partnersNamed("Shanghai's trade growth with Belt and Road countries last year?")).toEqual(['一带一路']);
    expect(partnersNamed('fujian exports to latin america growth')).toEqual(['拉美']);
    expect(partnersNamed('Can you tell us Fujian exports?')).toEqual([]);
  });

  it('a partner earlier in the same clause narrows the name; one in another clause does not', () => {
    expect(narrowedToPartner('对东盟、共建“一带一路”国家')).toBe(true);
    expect(narrowedToPartner('对非美市场')).toBe(true);
    expect(narrowedToPartner('开通中亚班列，全省')).toBe(false);
    expect(narrowedToPartner('全省')).toBe(false);
  });

  it('tells a sentence that gives the indicator only for partners from one that gives it outright', () => {
    const names = ['进出口总额', '进出口', '外贸'];
    expect(mentionsOnlyForPartners('与共建“一带一路”国家进出口贸易额突破5万亿元', names)).toBe(true);
    expect(mentionsOnlyForPartners('对东盟、中东进出口分别增长9.9%、10.5%', names)).toBe(true);
    expect(mentionsOnlyForPartners('固定资产投资下降3.3%，进出口下降5.4%', names)).toBe(false);
    // both: the indicator outright, then a partner's share of it
    expect(mentionsOnlyForPartners('进出口总额增长6%，对东盟进出口增长9%', names)).toBe(false);
    expect(mentionsOnlyForPartners('社会消费品零售总额增长4.4%', names)).toBe(false);
  });
});

describe('fresh-g: indicators the reports write often and readers ask by their short names', () => {
  const PLACES = knownPlaces(['浙江省', '北京市', '安徽省']);
  const indicatorsOf = (q: string) => understandQuery(q, PLACES).indicators.map((i) => i.name);
  it('服务贸易 and 数字贸易 are indicators of their own, not GDP nor 进出口总额', () => {
    expect(indicatorsOf('浙江今年服务贸易增长目标')).toEqual(['服务贸易']);
    expect(indicatorsOf('浙江24年数字贸易增长多少')).toEqual(['数字贸易']);
  });
  it('the farm output family: 农业产值 is 农林牧渔业总产值 as readers say it; 渔业, 林业, 畜牧业产值 are parts of it', () => {
    expect(indicatorsOf('广东去年农业产值增长多少')).toEqual(['农林牧渔业总产值']);
    expect(indicatorsOf('福建渔业产值')).toEqual(['渔业产值']);
    expect(indicatorsOf('福建林业总产值多少')).toEqual(['林业产值']);
  });
  it('绿电 is 绿色电力, 省级财政 the province’s 省级财政资金', () => {
    expect(indicatorsOf('北京绿电占比多少')).toEqual(['绿色电力占比']);
    expect(indicatorsOf('安徽今年省级财政安排多少资金')).toEqual(['省级财政资金']);
  });
});
