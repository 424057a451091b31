import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/hash.js';
import { inferMetadata } from '../../src/ingest/infer-metadata.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { DocumentMetaSchema, type IngestedDocument } from '../../src/ingest/types.js';
import { FIXTURES_DIR } from './helpers.js';

/** Ingests a fixture the way loadCorpus does for a file with no manifest entry. */
function ingestFixture(file: string): IngestedDocument {
  const text = readFileSync(path.join(FIXTURES_DIR, file), 'utf8');
  const inferred = inferMetadata(file, text.split('\n', 60));
  const meta = DocumentMetaSchema.parse({ ...inferred, id: file.replace(/\.txt$/, ''), file });
  return ingestDocument(meta, text, contentHash(text));
}

const texts = (doc: IngestedDocument) => doc.sentences.map((s) => s.text);
const find = (doc: IngestedDocument, start: string) => {
  const s = doc.sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starting ${start}`);
  return s;
};

describe('a provincial work report copied from a web page', () => {
  const doc = ingestFixture('web-page-work-report.txt');

  it('infers its metadata from the title and opening lines', () => {
    expect(doc.meta).toMatchObject({
      title: '2027年浙江省政府工作报告',
      issuer: '浙江省',
      level: 'province',
      kind: 'government-work-report',
      docYear: 2027,
      reportsOn: 2026,
      plansFor: 2027,
      publishedDate: '2027-01-20',
    });
  });

  it('drops the toolbar, the source and time lines, the photo caption and the licence footer', () => {
    const all = texts(doc).join('\n');
    for (const chrome of ['下载', '打印', '字号', '来源', '时间：', '记者', '摄', '本作品', '公有领域', 'Public domain', 'false']) {
      expect(all).not.toContain(chrome);
    }
    expect(doc.stats.chromeLinesRemoved).toBeGreaterThanOrEqual(20);
  });

  it('removes the injected spam words from inside sentences', () => {
    expect(texts(doc)).toContain('过去一年，全省生产总值增长5.6%，城乡居民人均可支配收入分别增长4.5%、6.0%。');
    expect(texts(doc)).toContain('社会消费品零售总额增长5%。');
    expect(doc.stats.spamRemoved).toBe(2);
  });

  it('rejoins lines broken at a subscript and at a bold phrase', () => {
    expect(texts(doc)).toContain('空气质量持续改善，细颗粒物（PM2.5）平均浓度下降3.2%。');
    expect(texts(doc)).toContain('今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，居民收入增长和经济增长同步。');
  });

  it('keeps the front matter and salutations out of results and plans', () => {
    for (const start of [
      '2027年浙江省政府工作报告',
      '——2027年1月15日',
      '浙江省省长张三',
      '各位代表：',
      '现在，我代表省人民政府',
      '各位代表！',
    ]) {
      expect(find(doc, start).kind, start).toBe('other');
    }
  });

  it('reads part 一 as last year’s results and the later parts as this year’s plan', () => {
    const headings = doc.headings.map((h) => [h.text, h.depth, h.style, h.period, h.kind]);
    expect(headings).toEqual([
      ['一、2026年工作回顾', 1, 'cn-dun', '2026', 'result'],
      ['（一）坚持创新驱动，新质生产力加快发展', 2, 'cn-paren', '2026', 'result'],
      ['（二）坚持扩大内需，经济循环更加畅通', 2, 'cn-paren', '2026', 'result'],
      ['二、2027年工作总体要求和主要目标', 1, 'cn-dun', '2027', 'plan'],
      ['三、2027年重点工作', 1, 'cn-dun', '2027', 'plan'],
      ['（一）着力扩大有效需求', 2, 'cn-paren', '2027', 'plan'],
      ['（二）着力推进科技创新', 2, 'cn-paren', '2027', 'plan'],
    ]);
    expect([find(doc, '研发投入强度').period, find(doc, '研发投入强度').kind]).toEqual(['2026', 'result']);
    expect([find(doc, '新增高新技术企业').period, find(doc, '新增高新技术企业').kind]).toEqual(['2027', 'plan']);
  });

  it('puts a paragraph after the last item of a list under the list’s parent', () => {
    expect(find(doc, '各位代表！').section).toEqual(['一、2026年工作回顾']);
  });
});

describe('a district plan execution report from a government portal', () => {
  const doc = ingestFixture('district-plan-report.txt');

  it('infers a district plan report reporting on one year and planning the next', () => {
    expect(doc.meta).toMatchObject({
      issuer: '西湖区',
      level: 'district',
      kind: 'plan-execution-report',
      docYear: 2025,
      reportsOn: 2024,
      plansFor: 2025,
      publishedDate: '2025-03-01',
    });
  });

  it('drops the portal metadata lines', () => {
    expect(texts(doc).join('\n')).not.toMatch(/信息索引号|发布机构|生成日期|点击率/);
  });

  it('nests (一) and lead-phrase items under their part', () => {
    expect(find(doc, '城镇新增就业').section).toEqual([
      '一、2024年国民经济和社会发展计划执行情况',
      '(二)民生保障持续加强',
      '1.就业形势总体稳定',
    ]);
    expect(find(doc, '1.就业形势总体稳定').isHeading).toBe(true);
  });

  it('closes a list after its last item and weighs the problems as other', () => {
    expect(find(doc, '总体来看').section).toEqual(['一、2024年国民经济和社会发展计划执行情况']);
    expect(find(doc, '总体来看').kind).toBe('result');
    expect(find(doc, '但仍存在一些问题').kind).toBe('other');
    expect(find(doc, '二是创新能力有待提升').kind).toBe('other');
  });

  it('keeps a target with its bracketed range in one sentence', () => {
    const s = find(doc, '综合考虑各方面因素');
    expect(s.text.endsWith('(确保5%以上;力争6%),一般公共预算收入增长5%。')).toBe(true);
    expect([s.period, s.kind]).toEqual(['2025', 'plan']);
  });

  it('reads the appendix table as facts of the year it reports on', () => {
    const rows = doc.sentences.filter((s) => s.source === 'table');
    expect(rows.map((r) => r.text)).toEqual([
      '地区生产总值增长：年度目标6%，2024年完成5.2%，低于目标0.8个百分点。备注：受外部环境影响',
      '一般公共预算收入增长：年度目标5%，2024年完成6.1%，高于目标1.1个百分点。',
      '固定资产投资增长：年度目标7%，2024年完成8.5%，高于目标1.5个百分点。',
    ]);
    for (const r of rows) {
      expect([r.period, r.kind]).toEqual(['2024', 'result']);
      expect(r.section).toEqual(['附件:2024年西湖区主要指标执行情况表', '主要预期目标']);
    }
  });

  it('derives sentence ids from content and position, so they repeat across runs', () => {
    const again = ingestFixture('district-plan-report.txt');
    expect(again.sentences.map((s) => s.id)).toEqual(doc.sentences.map((s) => s.id));
    expect(new Set(doc.sentences.map((s) => s.id)).size).toBe(doc.sentences.length);
  });
});
