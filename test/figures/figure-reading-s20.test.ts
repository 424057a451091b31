/**
 * Session 20's figure reading on hand-built sentences shaped like the reports': a rank clause naming nothing after a
 * clause with no number, quoted names side by side in a 分别 list, a part named after its number ("其中56项为全国首创"),
 * a count verb before a batch ("落地新一批22项…"), a list's second count named before it, kinds of a count ("12类45件"),
 * from–to pairs in 类, and a list item's circled number.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a rank in a clause that names nothing', () => {
  it('ranks the subject of the clause before it when that clause states no number', () => {
    expect(names('肉牛屠宰量实现翻番，由全国第11位跃升至第5位。')).toEqual(['肉牛屠宰量:5位', '肉牛屠宰量:11位']);
    expect(names('肉牛屠宰量实现翻番，居全国第5位。')).toEqual(['肉牛屠宰量:5位']);
  });

  it('ranks nothing when the clause before has no verb to end its subject', () => {
    expect(names('全省上下团结一心，居全国第5位。')).toEqual([]);
  });
});

describe('quoted names side by side in a 分别 list', () => {
  it('are the list’s items, sharing what follows the last quote', () => {
    expect(names('“保交楼”“保交房”交付率分别达100%、98%，均居全国前列。')).toEqual(['“保交楼”交付率:100%', '“保交房”交付率:98%']);
  });
});

describe('a part named after its number', () => {
  it('is the whole’s part, named by what it is', () => {
    expect(names('自贸试验区累计推出259项制度创新成果，其中56项为全国首创。')).toEqual([
      '推出制度创新成果:259项',
      '推出制度创新成果中全国首创:56项',
    ]);
  });

  it('leaves a part named before its number as it was', () => {
    expect(names('新登记147万户、其中企业57.3万家')).toEqual(['新登记:147万户', '新登记企业:57.3万家']);
  });
});

describe('counts named after their numbers', () => {
  it('reads a count verb before a batch word as counting the noun after the number', () => {
    expect(names('加快落地新一批22项新城功能性导入事项、10个区区结对合作重点项目。')).toEqual([
      '落地新城功能性导入事项:22项',
      '区区结对合作重点项目:10个',
    ]);
  });

  it('names a list’s second count by the words before it, not the first count’s noun', () => {
    expect(names('深圳先行示范区47项经验、深圳综合改革试点48项经验获全国推广。')).toEqual(['深圳先行示范区:47项', '深圳综合改革试点:48项']);
  });

  it('still reads short names listed before a count as examples of the noun after it', () => {
    expect(names('广州、深圳2个城市入选。').at(0)).toMatch(/^城市入选:2个$/);
  });
});

describe('kinds, from–to pairs in 类, and list numbers', () => {
  it('reads the kinds of the count after them as no figure', () => {
    expect(names('12类45件民生实事全面完成。')).toEqual(['12类民生实事:45件']);
  });

  it('reads a from–to pair counted in 类', () => {
    expect(names('工业产品生产许可证从60类减少到10类。')).toEqual(['工业产品生产许可证:10类', '工业产品生产许可证:60类']);
  });

  it('drops a list item’s circled number from the name', () => {
    expect(names('⑩提质改造农村公路3000公里。')).toEqual(['提质改造农村公路:3000公里']);
  });
});
