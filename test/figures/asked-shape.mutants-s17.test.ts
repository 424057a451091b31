/**
 * A population group's figure set behind everyone's only when everyone's figure of the same measure stands beside it
 * (src/figures/asked-shape.ts: `preferByQuestion`'s `named`, `measureOf`, `ofGroup`), on hand-built figures. Written
 * from the code before the mutation run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';

const fig = (indicator: string, unit = '元', change = false) => ({
  indicator,
  value: 1,
  unit,
  qualifier: undefined,
  ...(change ? { change: { direction: 'up' as const, value: 5, unit: '%' as const } } : {}),
});
const names = (q: string, figures: ReturnType<typeof fig>[]) => preferAskedShape(q, figures).map((f) => f.indicator);

describe('a group’s figure beside everyone’s, no group asked', () => {
  it('gives way to everyone’s figure that writes the group’s measure', () => {
    expect(names('居民收入多少', [fig('农村居民人均可支配收入'), fig('居民人均可支配收入')])).toEqual(['居民人均可支配收入']);
    // Everyone's figure writes more than the measure: 居民人均收入增速 holds 居民人均收入.
    expect(names('居民收入多少', [fig('全省农村居民人均收入'), fig('居民人均收入增速')])).toEqual(['居民人均收入增速']);
  });

  it('gives way to everyone’s figure the measure holds, four characters or more, not three', () => {
    expect(names('收入多少', [fig('城镇居民人均收入'), fig('人均收入')])).toEqual(['人均收入']);
    expect(names('收入多少', [fig('城镇居民人均收入'), fig('均收入')])).toEqual(['城镇居民人均收入', '均收入']);
  });

  it('needs a measure of two characters at least after the group’s word', () => {
    expect(names('居民收入多少', [fig('农村居民收入', '元'), fig('居民收入', '元')])).toEqual(['居民收入']);
    expect(names('工多少', [fig('农民工', '人'), fig('务工', '人')])).toEqual(['农民工', '务工']);
    // A rural thing (农村公路, session 23) is no group of people at all.
    expect(names('公路多少', [fig('农村公路', '公里'), fig('公路', '公里')])).toEqual(['农村公路', '公路']);
  });

  it('does not count another group’s figure as everyone’s', () => {
    expect(names('居民收入多少', [fig('农村居民人均可支配收入'), fig('城镇居民人均可支配收入'), fig('地区生产总值')])).toEqual([
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入',
      '地区生产总值',
    ]);
  });

  it('keeps a figure whose group word names no residents’ group, with nothing of its measure beside it', () => {
    expect(names('开工改造了多少个老旧小区', [fig('开工改造城镇老旧小区', '个'), fig('棚户区改造', '套')])).toEqual([
      '开工改造城镇老旧小区',
      '棚户区改造',
    ]);
  });

  it('a growth asked: keeps a group’s rate over everyone’s level', () => {
    expect(names('居民收入增长多少', [fig('城镇居民人均可支配收入', '%', true), fig('居民人均可支配收入', '万元')])).toEqual([
      '城镇居民人均可支配收入',
      '居民人均可支配收入',
    ]);
    expect(names('居民收入增长多少', [fig('城镇居民人均可支配收入', '%', true), fig('居民人均可支配收入', '万元', true)])).toEqual([
      '居民人均可支配收入',
    ]);
  });

  it('a group asked: its own figure', () => {
    expect(names('农村居民收入多少', [fig('农村居民人均可支配收入'), fig('居民人均可支配收入')])).toEqual(['农村居民人均可支配收入']);
  });
});
