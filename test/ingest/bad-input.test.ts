import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport, MAX_REPORT_BYTES } from '../../src/ingest/decode.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { FIXTURES_DIR, gbk, tempCorpus } from './helpers.js';

const planReport = readFileSync(path.join(FIXTURES_DIR, 'district-plan-report.txt'), 'utf8');
const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256);

describe('decodeReport', () => {
  it('reads UTF-8, UTF-8 with a BOM, UTF-16 and GBK', () => {
    const text = '拱墅区2025年政府工作报告。';
    expect(decodeReport(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeReport(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toMatchObject({ ok: true, text });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeReport(utf16)).toMatchObject({ ok: true, text, encoding: 'utf-16' });
    expect(decodeReport(gbk(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('says why a file is not a report', () => {
    expect(decodeReport(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeReport(binary)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeReport(new Uint8Array(11), 10)).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});

describe('loadCorpus on a folder with bad files', () => {
  const dir = tempCorpus({
    'gbk-plan-report.txt': gbk(planReport),
    'empty.txt': '',
    'binary.txt': binary,
    'manifest.json': '{ "documents": [ { "file": ',
    'index.json': '{"not": "a report"}',
  });
  const huge = path.join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, MAX_REPORT_BYTES + 1);
  const corpus = loadCorpus(dir);
  const reasons = Object.fromEntries(corpus.warnings.map((w) => [w.file, w.reason]));

  it('reports each bad file with its name and reason', () => {
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'empty.txt', 'huge.txt', 'manifest.json']);
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    expect(reasons['manifest.json']).toMatch(/not valid JSON/);
  });

  it('still ingests every good report, with metadata inferred since the manifest is broken', () => {
    expect(corpus.documents.map((d) => d.meta.file).sort()).toEqual([
      'district-plan-report.txt',
      'gbk-plan-report.txt',
      'web-page-work-report.txt',
    ]);
    const web = corpus.documents.find((d) => d.meta.file === 'web-page-work-report.txt')!;
    expect(web.meta).toMatchObject({ issuer: '浙江省', level: 'province', docYear: 2027 });
  });

  it('decodes the GBK report into the same sentences as its UTF-8 original', () => {
    const original = corpus.documents.find((d) => d.meta.file === 'district-plan-report.txt')!;
    const decoded = corpus.documents.find((d) => d.meta.file === 'gbk-plan-report.txt')!;
    expect(decoded.encoding).toBe('gb18030');
    expect(original.encoding).toBe('utf-8');
    expect(decoded.sentences.length).toBeGreaterThan(20);
    const shape = (d: typeof original) => d.sentences.map((s) => [s.text, s.period, s.kind, s.section.join(' › '), s.source]);
    expect(shape(decoded)).toEqual(shape(original));
    expect(decoded.meta).toMatchObject({ issuer: '西湖区', docYear: 2025 });
  });

  it('reports a manifest that parses but breaks the schema, and one naming a missing file', () => {
    const schemaDir = tempCorpus({ 'manifest.json': JSON.stringify({ documents: [{ file: 'x.txt', level: 'galaxy' }] }) });
    expect(loadCorpus(schemaDir).warnings).toEqual([{ file: 'manifest.json', reason: expect.stringMatching(/invalid manifest.*level/) }]);
    const missingDir = tempCorpus({ 'manifest.json': JSON.stringify({ documents: [{ file: 'gone.txt', issuer: '某区' }] }) });
    expect(loadCorpus(missingDir).warnings).toEqual([{ file: 'manifest.json', reason: 'entry for missing file gone.txt' }]);
  });

  it('lets a manifest entry override what is inferred', () => {
    const entry = { file: 'web-page-work-report.txt', id: 'zj-2027', issuer: '浙江省人民政府', publishedDate: '2027-01-15' };
    const overridden = loadCorpus(tempCorpus({ 'manifest.json': JSON.stringify({ documents: [entry] }) }));
    const doc = overridden.documents.find((d) => d.meta.file === entry.file)!;
    expect(doc.meta).toMatchObject({
      id: 'zj-2027',
      issuer: '浙江省人民政府',
      publishedDate: '2027-01-15',
      docYear: 2027,
      level: 'province',
    });
  });
});
