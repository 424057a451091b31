import { describe, expect, it } from 'vitest';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';
import { placesInsideRomanisedNames } from '../../src/understand/entity-named-after-place.js';

/** A few report sentences: names written twice or more, a homophone of common Chinese, a polyphone. */
const TEXT = [
  '雄安新区中关村科技园新增入驻企业132家。',
  '提升雄安新区中关村科技园发展能级。',
  '天津滨海-中关村科技园新增注册企业689家。',
  '支持天津滨海-中关村科技园等合作园区发展。',
  '义务教育优质均衡发展，义务教育学校新建，落实义务教育。',
  '义乌小商品市场，义乌国际商贸城。',
  '长江经济带，长江大保护，长江流域，长江岸线。',
  '张江科学城，张江实验室。',
].join('\n');

describe('romanised names read as the reports spell them (s17)', () => {
  const names = new RomanisedNames(
    () => TEXT,
    (zh) => zh === '义务',
  );

  it('finds a name of two, three characters by its pinyin, an apostrophe or none', () => {
    expect(names.writtenAs('Zhongguancun')).toEqual(['中关村']);
    expect(names.writtenAs("Xiong'an")).toEqual(['雄安']);
    expect(names.writtenAs('Binhai')).toEqual(['滨海']);
  });

  it('prefers a proper name to a common word that sounds alike, and first readings to rarer ones', () => {
    // 义务 ("duty") is written more often; 义乌 is the name.
    expect(names.writtenAs('Yiwu')).toEqual(['义乌']);
    // 长 is zhang only as a rarer reading: 张江, not 长江, though 长江 is written more often.
    expect(names.writtenAs('Zhangjiang')).toEqual(['张江']);
  });

  it('gives nothing for a spelling written once or not at all, or too short to tell', () => {
    expect(names.writtenAs('Lingang')).toEqual([]);
    expect(names.writtenAs('an')).toEqual([]);
  });
});

describe('a place that only starts a romanised name is no place asked (s17)', () => {
  it('"the Tianjin Binhai one": 天津 starts 天津滨海, which the reports write', () => {
    const readings = new Map([['binhai', ['滨海']]]);
    const found = placesInsideRomanisedNames('What about the Tianjin Binhai one?', ['天津市'], readings, (name) => TEXT.includes(name));
    expect([...found]).toEqual([['天津市', '天津滨海']]);
  });

  it('a place followed by no such name stays a place', () => {
    const readings = new Map([['binhai', ['滨海']]]);
    expect(placesInsideRomanisedNames('What about Tianjin?', ['天津市'], readings, (name) => TEXT.includes(name)).size).toBe(0);
    expect(placesInsideRomanisedNames('Tianjin GDP growth', ['天津市'], readings, (name) => TEXT.includes(name)).size).toBe(0);
  });
});
