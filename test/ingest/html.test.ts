import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, dropChromeLines, extractHtml } from '../../src/ingest/formats/html.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { inferMetadata } from '../../src/ingest/infer-metadata.js';
import type { DocumentMeta } from '../../src/ingest/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/html');
const GOV = path.resolve(import.meta.dirname, '../fixtures/gov-reports');
type Expected = Record<string, { title: string; issuer: string; charset: string; source: string; skip: number; count: number }>;
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Expected;

function bodyOf(entry: Expected[string]): string[] {
  const lines = readFileSync(path.join(GOV, entry.source), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(entry.skip, entry.skip + entry.count);
}

/** Chrome of the saved pages, by the words that print it: none may survive extraction. */
const CHROME = [
  /字体/,
  /分享到/,
  /打印本页/,
  /关闭窗口/,
  /上一篇/,
  /下一篇/,
  /相关链接/,
  /当前位置|您现在的位置/,
  /主办/,
  /版权所有/,
  /ICP备/,
  /网站标识码/,
  /浏览次数/,
  /长者模式/,
  /首页/,
  /预算执行情况$/,
];

describe('web pages: the article without the portal around it', () => {
  for (const [file, entry] of Object.entries(expected)) {
    describe(file, () => {
      const bytes = readFileSync(path.join(FIXTURES, file));
      const extracted = extractHtml(bytes);
      const lines = extracted.text.split('\n').filter((l) => l.trim());

      it('keeps every paragraph of the report, whole and in order', () => {
        const body = bodyOf(entry);
        expect(body.length).toBeGreaterThanOrEqual(30);
        const positions = body.map((p) => lines.indexOf(p));
        expect(positions.filter((p) => p < 0)).toEqual([]);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      });

      it('drops the chrome: nav, breadcrumbs, 字体：大 中 小, share bar, toolbar, related links, footer', () => {
        const body = new Set(bodyOf(entry));
        const extra = lines.filter((l) => !body.has(l));
        expect(extra).toEqual([entry.title, '发布日期：2025-01-22']);
        for (const pattern of CHROME) expect(lines.filter((l) => pattern.test(l) && !body.has(l))).toEqual([]);
      });

      it(`decodes the page's ${entry.charset} and reads its title`, () => {
        expect(extracted.encoding).toBe(entry.charset);
        expect(extracted.title).toBe(entry.title);
        expect(extracted.text).not.toContain('\uFFFD');
      });

      it('gives metadata right: issuer, year, kind, publication date', () => {
        const meta = inferMetadata(file, extracted.text.split('\n', 60));
        expect(meta).toMatchObject({
          issuer: entry.issuer,
          level: 'province',
          docYear: 2025,
          kind: 'government-work-report',
          publishedDate: '2025-01-22',
        });
        expect(meta.title).toBe(entry.title);
      });

      it('ingests into sections and sentences, with no chrome in any sentence', () => {
        const meta = inferMetadata(file, extracted.text.split('\n', 60));
        const doc = ingestDocument(
          {
            id: 'page',
            file,
            title: meta.title ?? file,
            issuer: meta.issuer ?? '',
            level: meta.level ?? 'province',
            kind: meta.kind,
            publishedDate: meta.publishedDate,
            docYear: meta.docYear,
            reportsOn: meta.reportsOn,
            plansFor: meta.plansFor,
          } satisfies DocumentMeta,
          extracted.text,
          'hash',
        );
        expect(doc.stats.sections).toBeGreaterThanOrEqual(1);
        expect(doc.sentences.length).toBeGreaterThan(50);
        for (const s of doc.sentences)
          for (const pattern of CHROME) expect(pattern.test(s.text) && !s.text.includes('。') ? s.text : '').toBe('');
      });
    });
  }

  it('the body finders agree with the measurement: container rules alone lose a split article, readability keeps it', () => {
    const file = 'shandong-2025-strong-headings.html';
    const body = bodyOf(expected[file]);
    const bytes = readFileSync(path.join(FIXTURES, file));
    const lost = (method: 'rules' | 'readability') => {
      const lines = extractHtml(bytes, { method }).text.split('\n');
      return body.filter((p) => !lines.includes(p)).length;
    };
    expect(lost('readability')).toBe(0);
    expect(lost('rules')).toBeGreaterThan(0);
  });

  it('the Content-Type header charset wins over a wrong page declaration', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>地区生产总值增长5.5%。</p></body></html>';
    const bytes = new TextEncoder().encode(html);
    expect(decodeHtml(bytes, 'text/html; charset=UTF-8').html).toContain('地区生产总值增长5.5%');
    expect(decodeHtml(bytes).html).not.toContain('地区生产总值增长5.5%');
  });

  it('a GBK page that declares no charset is still read (UTF-8 fails, GB18030 follows)', () => {
    const html = '<html><body><p>地区生产总值增长5.5%。</p></body></html>';
    expect(decodeHtml(iconv.encode(html, 'gbk'))).toMatchObject({ encoding: 'gb18030' });
    expect(decodeHtml(iconv.encode(html, 'gbk')).html).toContain('地区生产总值增长5.5%');
  });

  it('a long line is never dropped as chrome, even when it holds chrome words', () => {
    const long = `分享到${'全省经济运行总体平稳，高质量发展扎实推进。'.repeat(10)}`;
    expect(dropChromeLines(['分享到：微信 微博', long]).kept).toEqual([long]);
  });
});
