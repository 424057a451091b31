import { describe, expect, it } from 'vitest';
import { briefFigures } from '../support/hand-built-figures.js';

const brief = briefFigures;

describe('from–to pairs counted on a basis ("从每人每月X元提高到Y元")', () => {
  it('pairs the values, the one reached first, with the basis in neither name', () => {
    expect(brief('城市低保标准从每人每月800元提高到850元。')).toEqual([
      ['城市低保标准', 850, '元', null],
      ['城市低保标准', 800, '元', '从'],
    ]);
    expect(brief('中职学生助学金从每生每年2000元提高至2300元。')).toEqual([
      ['中职学生助学金', 2300, '元', null],
      ['中职学生助学金', 2000, '元', '从'],
    ]);
  });

  it('pairs each clause of a sentence with two such pairs on its own', () => {
    const figures = brief('高龄津贴从每人每月100元提高到120元，护理补贴从每人每月200元提高到230元。');
    expect(figures.filter((f) => f[3] === null).map((f) => [f[0], f[1]])).toEqual([
      ['高龄津贴', 120],
      ['护理补贴', 230],
    ]);
  });
});
