import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import type { DocumentMeta } from '../../src/ingest/types.js';

const META: DocumentMeta = {
  id: 'linping-2024',
  file: 'linping.txt',
  title: '2024年临平区政府工作报告',
  issuer: '临平区',
  level: 'district',
  kind: 'government-work-report',
  publishedDate: null,
  docYear: 2024,
  reportsOn: 2023,
  plansFor: 2024,
};
const BODY = Array.from(
  { length: 8 },
  (_, i) => `2023年全区第${i + 1}项指标实现${1234 + i}亿元，增长5.${i}%，规模以上工业增加值增长6.1%。`,
).join('');

describe('a long body line dropped is counted and named, never silent', () => {
  it('a whole body glued to a metadata key ("发布日期：… 2023年全区…") is named in a warning', () => {
    const doc = ingestDocument(
      META,
      `2024年临平区政府工作报告\n\n发布日期：2024-01-10 ${BODY}\n\n一、2023年工作回顾\n\n全区经济稳中有进。\n`,
      'h',
    );
    expect(doc.stats.chromeLinesRemoved).toBe(1);
    expect(doc.warnings).toEqual([
      expect.stringMatching(
        /^dropped 1 long line \(up to \d+ characters\) as page chrome or a metadata block; the first: "发布日期：2024-01-10 2023年全区/,
      ),
    ]);
  });

  it('a long paragraph printed twice is counted and named once; short chrome lines stay quiet', () => {
    const doc = ingestDocument(META, `2024年临平区政府工作报告\n\n打印本页\n\n${BODY}\n\n${BODY}\n`, 'h');
    expect(doc.stats.duplicatesDropped).toBe(1);
    expect(doc.warnings).toEqual([expect.stringMatching(/^dropped 1 long line .* as repeats of earlier paragraphs/)]);
  });
});
