import { describe, expect, it } from 'vitest';
import { fromSource } from '../../src/ingest/mapped-text.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const split = (text: string) => splitSentences(fromSource(text)).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on 。！？； and their half-width forms', () => {
    expect(split('甲。乙！丙？丁；戊;己!庚?')).toEqual(['甲。', '乙！', '丙？', '丁；', '戊;', '己!', '庚?']);
  });

  it('never splits a decimal number', () => {
    expect(split('增长5.5%，高于全市0.4个百分点。收入倍差缩小至1.42。')).toEqual([
      '增长5.5%，高于全市0.4个百分点。',
      '收入倍差缩小至1.42。',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('2024年是关键之年。”我们要努力。')).toEqual(['2024年是关键之年。”', '我们要努力。']);
    expect(split('他说：“今年要稳中求进。”随后散会。')).toEqual(['他说：“今年要稳中求进。”', '随后散会。']);
    expect(split('（一）以扩大需求为导向。）下文。')).toEqual(['（一）以扩大需求为导向。）', '下文。']);
    expect(split('蝉联“浙江制造天工鼎”。』余下')).toEqual(['蝉联“浙江制造天工鼎”。』', '余下']);
  });

  it('does not end a sentence inside parentheses', () => {
    expect(split('地区生产总值增长5.5%左右(确保5%以上;力争6%),收入增长5%。下一句。')).toEqual([
      '地区生产总值增长5.5%左右(确保5%以上;力争6%),收入增长5%。',
      '下一句。',
    ]);
    expect(split('服务业增加值增长6%左右（确保5.5%以上；含新业态）；固定资产投资增长7%。')).toEqual([
      '服务业增加值增长6%左右（确保5.5%以上；含新业态）；',
      '固定资产投资增长7%。',
    ]);
  });

  it('lets a parenthesis that is never closed stop holding back sentence ends', () => {
    const long = `（${'长'.repeat(130)}。后一句。`;
    expect(split(long)).toEqual([`（${'长'.repeat(130)}。`, '后一句。']);
  });

  it('keeps the tail of a paragraph that ends without a terminator', () => {
    expect(split('形成资产管理闭环。深化招投标')).toEqual(['形成资产管理闭环。', '深化招投标']);
  });

  it('drops pieces that are only punctuation and trims spaces', () => {
    expect(split('  第一句。 。”  第二句。  ')).toEqual(['第一句。', '第二句。']);
  });

  it('maps each sentence back to its place in the paragraph', () => {
    const paragraph = fromSource('甲乙。丙丁；戊');
    const [a, b, c] = splitSentences(paragraph);
    expect([a.offsets[0], b.offsets[0], c.offsets[0]]).toEqual([0, 3, 6]);
  });
});
