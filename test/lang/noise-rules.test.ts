import { describe, expect, it } from 'vitest';
import { GAMBLING_BRANDS, METADATA_LINE, SPAM_INLINE_PATTERNS, SPAM_REMNANT_LINE } from '../../src/lang/zh/noise-rules.js';

function strip(text: string): string {
  return SPAM_INLINE_PATTERNS.reduce((out, pattern) => out.replace(pattern, ''), text);
}

describe('noise rules: the kind of injection, not one mirror', () => {
  it('strips an injected Latin brand with its lure and call to action', () => {
    expect(strip('全年地区生产总值增长5.5%B33体育app下载，')).toBe('全年地区生产总值增长5.5%，');
    expect(strip('新建5G基站1200个QX88娱乐官网')).toBe('新建5G基站1200个');
  });

  it('strips a brand named in the table, with its "(中国)官方网站" tail', () => {
    expect(strip('开云体育·(中国)官方网站')).toBe('');
    expect(GAMBLING_BRANDS).toContain('开云');
  });

  it('keeps tech acronyms before 体育/娱乐', () => {
    expect(strip('发展5G体育、VR娱乐等新业态')).toBe('发展5G体育、VR娱乐等新业态');
  });

  it('knows a remnant line and a metadata line', () => {
    expect(SPAM_REMNANT_LINE.test('·(中国)官方网站')).toBe(true);
    expect(SPAM_REMNANT_LINE.test('全年增长5%')).toBe(false);
    expect(METADATA_LINE.test('索引号：000014349/2024-00012')).toBe(true);
  });
});
