/**
 * A partner's figure answers no question of the whole's, even alone (src/figures/asked-shape.ts),
 * and an intensity asked ("研发投入强度") is a share of the economy, not of another whole (src/lang/zh/share-words.ts,
 * src/answer/figure-format.ts), on hand-built figures.
 */
import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { isAskedIndicator, isShareOfAsked } from '../../src/answer/figure-format.js';
import { isShareOfOtherWholeThanIntensity } from '../../src/lang/zh/share-words.js';
import { understandQuery, knownPlaces } from '../../src/retrieve/query.js';
import { namesNationalSubject } from '../../src/lang/zh/indicator-scopes.js';

const fig = (indicator: string, unit = '%') => ({ indicator, value: 47.5, unit, qualifier: undefined });
const names = (q: string, figures: ReturnType<typeof fig>[]) => preferAskedShape(q, figures).map((f) => f.indicator);

describe('a partner’s figure when no partner is asked', () => {
  it('is no answer to the whole’s amount, even when no other figure is there', () => {
    expect(names('江苏2024年进出口总额多少', [fig('对共建国家进出口占全省比重')])).toEqual([]);
    expect(names('广东出口增长多少', [fig('对东盟出口'), fig('出口')])).toEqual(['出口']);
  });

  it('answers a question naming the partner', () => {
    expect(names('对共建国家进出口占全省比重多少', [fig('对共建国家进出口占全省比重')])).toEqual(['对共建国家进出口占全省比重']);
  });

  it('leaves a share of no partner to the share preference', () => {
    expect(names('数字经济核心产业增加值多少', [fig('数字经济核心产业增加值占GDP比重')])).toEqual(['数字经济核心产业增加值占GDP比重']);
  });

  it('leaves English questions to their own reading', () => {
    expect(names("What were Jiangsu's exports?", [fig('对共建国家进出口占全省比重')])).toEqual(['对共建国家进出口占全省比重']);
  });
});

describe('an intensity asked', () => {
  const query = understandQuery('安徽研发投入强度多少', knownPlaces(['安徽省']), { today: new Date('2026-12-03') });
  it('is not answered by a share of another whole than the economy', () => {
    expect(isShareOfOtherWholeThanIntensity('企业研发投入占全社会比重', '安徽研发投入强度多少')).toBe(true);
    expect(isAskedIndicator({ indicator: '企业研发投入占全社会比重' }, query)).toBe(false);
    expect(isShareOfAsked({ indicator: '企业研发投入占全社会比重' }, query)).toBe(false);
  });

  it('is answered by a share of GDP and by the intensity named', () => {
    expect(isShareOfOtherWholeThanIntensity('全社会研发经费支出占全市生产总值比重', '研发投入强度多少')).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('研发经费投入占GDP比重', '研发投入强度多少')).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('全社会研发投入强度', '研发投入强度多少')).toBe(false);
    expect(isAskedIndicator({ indicator: '全社会研发投入强度' }, query)).toBe(true);
  });

  it('says nothing of questions asking no intensity, nor of energy intensity', () => {
    expect(isShareOfOtherWholeThanIntensity('企业研发投入占全社会比重', '企业研发投入占比多少')).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('工业用能占全社会比重', '能耗强度下降多少')).toBe(false);
  });
});

describe('the national body’s figure in a province’s report', () => {
  it('gives way to the province’s own when the question does not name the country', () => {
    const figures = [fig('办理全国政协提案', '件'), fig('省人大代表建议', '件'), fig('省政协提案', '件')];
    expect(names('政协提案办了多少', figures)).toEqual(['省人大代表建议', '省政协提案']);
    expect(names('全国政协提案办了多少', figures)).toEqual(figures.map((f) => f.indicator));
  });

  it('reads 全国 as a subject’s scope only near the name’s start, never a share’s whole', () => {
    expect(namesNationalSubject('办理全国政协提案')).toBe(true);
    expect(namesNationalSubject('全国GDP')).toBe(true);
    expect(namesNationalSubject('出口占全国比重')).toBe(false);
    expect(namesNationalSubject('占全国份额')).toBe(false);
    expect(namesNationalSubject('地区生产总值')).toBe(false);
  });
});
