import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Characters per paragraph of the fixture report: longer than two Slack sections. */
export const PARAGRAPH_CHARS = 6000;
/** The figure the question asks for, in the middle of the first paragraph. */
export const GDP_CLAUSE = '全区实现地区生产总值1234.5亿元，按可比价格计算增长6.1%';

const FILLER = [
  '坚持稳中求进工作总基调',
  '统筹推进经济社会发展各项工作',
  '持续深化营商环境改革',
  '扎实推进共同富裕示范区建设',
  '加快打造现代化产业体系',
  '不断增进民生福祉',
];

/** One paragraph of `chars` characters joined by "，" only, with no sentence end: one huge sentence. */
function paragraph(chars: number, middle?: string): string {
  const clauses: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const clause = FILLER[i % FILLER.length] ?? '';
    clauses.push(clause);
    length += clause.length + 1;
    if (middle !== undefined && clauses.length === Math.floor(chars / 2 / 12)) {
      clauses.push(middle);
      length += middle.length + 1;
    }
  }
  return `${clauses.join('，')}。`;
}

/**
 * A corpus folder with one district report whose paragraphs are 6 000 characters of clauses with
 * no sentence end inside (as OCR output and table exports are), the answer to the question in the
 * middle of the first.
 */
export function longParagraphCorpus(): { corpusDir: string; indexDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'long-paragraphs-'));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  const text = [
    '2025年杭州市钱塘区人民政府工作报告',
    '',
    '一、2024年工作回顾',
    '',
    paragraph(PARAGRAPH_CHARS, GDP_CLAUSE),
    '',
    paragraph(PARAGRAPH_CHARS),
    '',
    '二、2025年工作安排',
    '',
    paragraph(PARAGRAPH_CHARS),
    '',
  ].join('\n');
  writeFileSync(path.join(corpusDir, 'qiantang-2025-long.txt'), text);
  writeFileSync(
    path.join(corpusDir, 'manifest.json'),
    JSON.stringify({
      documents: [
        {
          file: 'qiantang-2025-long.txt',
          id: 'qiantang-2025-long',
          title: '2025年杭州市钱塘区人民政府工作报告',
          issuer: '钱塘区',
          level: 'district',
          kind: 'government-work-report',
          publishedDate: '2025-01-10',
          docYear: 2025,
          reportsOn: 2024,
          plansFor: 2025,
        },
      ],
    }),
  );
  return { corpusDir, indexDir: path.join(root, 'index') };
}
