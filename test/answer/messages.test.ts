import { describe, expect, it } from 'vitest';
import { bilingual, message } from '../../src/answer/messages.js';

describe('messages table', () => {
  it('picks the language and fills the parameters', () => {
    expect(message('fromReports', 'zh')).toBe('报告原文：');
    expect(message('fromReports', 'en')).toBe('From the reports:');
    expect(message('unknownPlace', 'zh', { places: ['纽约', '伦敦'] })).toBe('这些报告不涉及纽约、伦敦。');
    expect(message('unknownPlace', 'en', { places: ['New York', 'London'] })).toBe('The reports do not cover New York, London.');
    expect(message('leadChange', 'zh', { down: true, value: 0.3, unit: '个百分点' })).toBe('，下降0.3个百分点');
    expect(message('planPeriod', 'en', { plan: '十四五', english: '14th' })).toBe('14th Five-Year Plan (十四五) period');
  });

  it('writes both languages at once for surfaces that serve both readers', () => {
    expect(bilingual('figures')).toBe('数据 / Figures');
    expect(bilingual('chatFailed')).toBe('出错了 / something went wrong');
  });
});
