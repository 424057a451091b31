import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/ingest/infer-metadata.js';
import { readManifest } from '../../src/ingest/manifest.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const GOV = path.join(REPO, 'test/fixtures/gov-reports');

function openingLines(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/, 60);
}

describe('title inference reads every title shape of the real reports', () => {
  for (const group of ['national', 'provincial-2025', 'provincial-2026']) {
    const index = JSON.parse(readFileSync(path.join(GOV, group, 'index.json'), 'utf8')) as Array<{
      file: string;
      province?: string;
      year: number;
    }>;
    for (const entry of index) {
      it(`${group}/${entry.file}`, () => {
        const meta = inferMetadata(entry.file, openingLines(path.join(GOV, group, entry.file)));
        expect(meta.issuer).toBe(entry.province ?? '国务院');
        expect(meta.docYear).toBe(entry.year);
        expect(meta.kind).toBe('government-work-report');
      });
    }
  }

  it('the seed corpus: every manifest entry is inferred as its manifest says', () => {
    const corpus = path.join(REPO, 'corpus');
    const { entries } = readManifest(corpus);
    expect(entries.size).toBeGreaterThanOrEqual(5);
    for (const [file, entry] of entries) {
      const meta = inferMetadata(file, [entry.title ?? '', ...openingLines(path.join(corpus, file))]);
      expect({ file, issuer: meta.issuer, kind: meta.kind, docYear: meta.docYear }).toEqual({
        file,
        issuer: entry.issuer,
        kind: entry.kind,
        docYear: entry.docYear,
      });
    }
  });

  it('the Word and PDF reports are named by their file names: "2025年云南省政府工作报告.docx"', () => {
    const names = readdirSync(path.resolve(import.meta.dirname, '../fixtures/report-formats/docx'))
      .filter((f) => f.endsWith('.docx'))
      .sort();
    expect(names).toEqual(['2025年云南省政府工作报告.docx', '2025年吉林省政府工作报告.docx', '2025年湖南省政府工作报告.docx']);
    for (const name of names) {
      const meta = inferMetadata(name, ['各位代表：']);
      expect(meta.issuer).toBe(/2025年(.+省)/.exec(name)?.[1]);
      expect(meta.level).toBe('province');
      expect(meta.docYear).toBe(2025);
      expect(meta.title).toBe(name.replace(/\.docx$/, ''));
    }
  });

  const shapes: Array<[string, string, string, number, string]> = [
    // title, issuer, level, docYear, kind
    ['2024年临平区政府工作报告', '临平区', 'district', 2024, 'government-work-report'],
    ['2024年杭州市政府工作报告', '杭州市', 'city', 2024, 'government-work-report'],
    ['2024年淳安县政府工作报告', '淳安县', 'district', 2024, 'government-work-report'],
    ['2024年余杭区人民政府工作报告', '余杭区', 'district', 2024, 'government-work-report'],
    ['2024年建德市政府工作报告', '建德市', 'city', 2024, 'government-work-report'],
    ['2024年杭州市临平区政府工作报告', '临平区', 'district', 2024, 'government-work-report'],
    ['临平区2024年政府工作报告', '临平区', 'district', 2024, 'government-work-report'],
    ['2024年广西壮族自治区政府工作报告', '广西壮族自治区', 'province', 2024, 'government-work-report'],
    ['图解钱塘区2021年政府工作报告', '钱塘区', 'district', 2021, 'illustrated-summary'],
    ['2024年鄞州区国民经济和社会发展计划执行情况与2025年计划草案的报告', '鄞州区', 'district', 2025, 'plan-execution-report'],
  ];
  for (const [title, issuer, level, docYear, kind] of shapes) {
    it(`"${title}" → ${issuer}`, () => {
      const meta = inferMetadata('page.html', [title]);
      expect({ issuer: meta.issuer, level: meta.level, docYear: meta.docYear, kind: meta.kind, title: meta.title }).toEqual({
        issuer,
        level,
        docYear,
        kind,
        title,
      });
    });
  }

  it('a bare "政府工作报告" title takes the issuer from the delivery line: "在临平区第二届人民代表大会…"', () => {
    const meta = inferMetadata('page.html', ['政府工作报告', '——2024年1月10日在临平区第二届人民代表大会第四次会议上']);
    expect(meta.issuer).toBe('临平区');
    expect(meta.docYear).toBe(2024);
  });
});
