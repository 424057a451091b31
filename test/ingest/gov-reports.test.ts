import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { periodYears } from '../../src/ingest/periods.js';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { GOV_REPORTS_DIR } from './helpers.js';

/**
 * Held-out reports that are not in the corpus (national and provincial work reports, copied from
 * portals, a docx and Wikisource), kept in test/fixtures/gov-reports so they never skip.
 */
const FOLDERS = ['provincial-2026', 'provincial-2025', 'national'] as const;

const CHROME =
  /^(下载|打印|全屏|收藏|加大|还原|减小|】|公有领域|false)$|^(【?字号|来源\s*[:：]|时间\s*[:：]|本作品|Public domain)|记者.{0,8}摄$/;

function loaded(folder: string) {
  const dir = path.join(GOV_REPORTS_DIR, folder);
  return { dir, corpus: loadCorpus(dir), files: readdirSync(dir).filter((f) => f.endsWith('.txt')) };
}

function topLevelParts(doc: IngestedDocument) {
  return doc.headings.filter((h) => h.depth === 1 && h.style === 'cn-dun');
}

describe('held-out government work reports', () => {
  const folders = Object.fromEntries(FOLDERS.map((f) => [f, loaded(f)]));

  it.each(FOLDERS)('%s: every report ingests with no warning, and index.json is ignored', (folder) => {
    const { corpus, files } = folders[folder];
    expect(corpus.warnings).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.file).sort()).toEqual([...files].sort());
  });

  it('infers issuer, level, years and kind from titles, date lines and file names', () => {
    const meta = (folder: string, code: string) => folders[folder].corpus.documents.find((d) => d.meta.file.includes(code))!.meta;
    expect(meta('provincial-2026', '_ZJ_')).toMatchObject({
      title: '2026年浙江省政府工作报告',
      issuer: '浙江省',
      level: 'province',
      kind: 'government-work-report',
      docYear: 2026,
      reportsOn: 2025,
      plansFor: 2026,
    });
    expect(meta('provincial-2025', '_ZJ_')).toMatchObject({
      issuer: '浙江省',
      docYear: 2025,
      reportsOn: 2024,
      plansFor: 2025,
      publishedDate: '2025-01-14',
    });
    expect(meta('provincial-2026', '_BJ_')).toMatchObject({ issuer: '北京市', level: 'province', docYear: 2026 });
    expect(meta('provincial-2025', '_SH_')).toMatchObject({
      issuer: '上海市',
      level: 'province',
      docYear: 2025,
      publishedDate: '2025-01-15',
    });
    expect(meta('provincial-2026', '_GD_')).toMatchObject({ title: '2026年广东省政府工作报告', issuer: '广东省', docYear: 2026 });
    for (const year of [2022, 2023, 2024, 2025]) {
      expect(meta('national', String(year))).toMatchObject({
        title: `${year}年国务院政府工作报告`,
        issuer: '国务院',
        level: 'national',
        kind: 'government-work-report',
        docYear: year,
        reportsOn: year - 1,
        plansFor: year,
      });
    }
    expect(meta('national', '2024').publishedDate).toBe('2024-03-05');
  });

  it.each(FOLDERS)('%s: no page chrome, licence footer or photo caption is left as a sentence', (folder) => {
    for (const doc of folders[folder].corpus.documents) {
      for (const s of doc.sentences) expect(s.text, `${doc.meta.file}: ${s.text}`).not.toMatch(CHROME);
    }
  });

  it.each(FOLDERS)('%s: headings 一、 and （一） are recognised', (folder) => {
    for (const doc of folders[folder].corpus.documents) {
      const parts = topLevelParts(doc);
      expect(parts.length, doc.meta.file).toBeGreaterThanOrEqual(2);
      expect(parts[0].text.startsWith('一、'), doc.meta.file).toBe(true);
      expect(
        doc.headings.some((h) => h.style === 'cn-paren' && h.depth === 2),
        doc.meta.file,
      ).toBe(true);
    }
  });

  it.each(FOLDERS)('%s: part 一 gives the previous year’s results, the later parts plan the report year on', (folder) => {
    for (const doc of folders[folder].corpus.documents) {
      const year = doc.meta.docYear!;
      const [first, ...later] = topLevelParts(doc);
      expect([first.kind, first.period], `${doc.meta.file}: ${first.text}`).toEqual(['result', String(year - 1)]);
      for (const part of later) {
        expect(part.kind, `${doc.meta.file}: ${part.text}`).toBe('plan');
        expect(periodYears(part.period)!.from, `${doc.meta.file}: ${part.text}`).toBeGreaterThanOrEqual(year);
      }
      for (const s of doc.sentences.filter((x) => x.section[0] === first.text)) {
        expect(s.kind, `${doc.meta.file}: ${s.text}`).not.toBe('plan');
        // Or, from "过去五年，…" on, the five years ending then.
        if (s.kind === 'result') expect([String(year - 1), `${year - 5}-${year - 1}`]).toContain(s.period);
      }
    }
  });

  it('rejoins text broken at links and subscripts', () => {
    const all = FOLDERS.flatMap((f) => folders[f].corpus.documents.flatMap((d) => d.sentences.map((s) => s.text)));
    expect(all.some((t) => t.includes('细颗粒物（PM2.5）平均浓度下降9.1%'))).toBe(true);
    expect(all.some((t) => t.startsWith('推动区域全面经济伙伴关系协定（RCEP）生效实施'))).toBe(true);
    expect(all.filter((t) => /^(PM|2\.5|推动|法律|法规)$/.test(t))).toEqual([]);
  });
});
