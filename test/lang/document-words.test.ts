import { describe, expect, it } from 'vitest';
import { PUBLICATION_DATE, REPORT_KINDS, REPORT_TITLE } from '../../src/lang/zh/document-metadata-words.js';
import { DELIVERY_DATE, OFFICE_AND_NAME, SALUTATION } from '../../src/lang/zh/front-matter-words.js';
import { TABLE_GROUP_LABEL, TABLE_HEADER_CELL } from '../../src/lang/zh/flattened-table-words.js';
import { alternation } from '../../src/lang/zh/regexp.js';

const kindOf = (title: string) => REPORT_KINDS.find((k) => k.pattern.test(title))?.kind ?? 'other';

describe('document metadata words', () => {
  it('names report kinds by their title words, in order', () => {
    expect(kindOf('图解：2024年政府工作报告')).toBe('illustrated-summary');
    expect(kindOf('关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告')).toBe('plan-execution-report');
    expect(kindOf('钱塘区人民政府（筹）工作报告')).toBe('government-work-report');
    expect(kindOf('统计公报')).toBe('other');
    expect(REPORT_TITLE.test('2026年浙江省政府工作报告')).toBe(true);
  });

  it('reads publication and delivery dates', () => {
    expect(PUBLICATION_DATE.exec('发布日期：2024-01-20')?.slice(1)).toEqual(['2024', '01', '20']);
    expect(DELIVERY_DATE.exec('——2024年3月5日在第十四届全国人民代表大会第二次会议上')?.slice(1)).toEqual(['2024', '3', '5']);
  });
});

describe('front matter and table words', () => {
  it('knows speakers, salutations and table headers', () => {
    expect(OFFICE_AND_NAME.test('国务院总理 李强')).toBe(true);
    expect(SALUTATION.test('各位代表：')).toBe(true);
    expect(TABLE_HEADER_CELL.test('指标名称')).toBe(true);
    expect(TABLE_GROUP_LABEL.test('经济发展指标')).toBe(true);
  });

  it('builds alternations of escaped words', () => {
    expect(alternation(['备注/文号', 'a.b'])).toBe('备注\\/文号|a\\.b');
  });
});
