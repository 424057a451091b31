import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../src/ingest/formats/docx-html.js';
import { extractDocx } from '../../../src/ingest/formats/docx.js';

describe('Word documents', () => {
  it('reads headings, paragraphs and table rows from mammoth’s HTML', () => {
    const html =
      '<h1>一、工作回顾</h1><p>全省经济&amp;社会<br />稳定。</p><table><tr><td><p>序号</p></td><td><p>指标名称</p></td></tr><tr><td><p>1</p></td><td><p>地区生产总值</p></td></tr></table>';
    expect(htmlBlocks(html)).toEqual([
      { kind: 'text', html: '一、工作回顾' },
      { kind: 'text', html: '全省经济&amp;社会<br />稳定。' },
      {
        kind: 'table',
        rows: [
          ['序号 ', '指标名称 '],
          ['1 ', '地区生产总值 '],
        ],
      },
    ]);
  });

  it('refuses bytes that are not a Word document', async () => {
    expect(await extractDocx(new TextEncoder().encode('not a zip'), 'x.docx')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Word/),
    });
  });
});
