import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_QUESTIONS } from '../../bench/questions.js';
import { seededRandom } from '../../src/embed/linear-algebra.js';
import { REPO_CORPUS } from '../support/corpus-copy.js';

/** A question with the earlier questions of its conversation, as `ask --jsonl` takes it. */
export interface GoldenQuestion {
  q: string;
  history?: string[];
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const GOV_REPORTS = path.join(FIXTURES, 'gov-reports');

function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const next = seededRandom(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

interface Place {
  zh: string;
  en: string;
}

const ZH_TEMPLATES = [
  (p: string, y: number, i: string) => `${p}${y}年${i}是多少？`,
  (p: string, y: number, i: string) => `${p}${y}年${i}增长多少？`,
  (p: string, y: number, i: string) => `${p}${y}年${i}增长目标是多少？`,
  (p: string, y: number, i: string) => `${p}${y}年${i}目标是多少？`,
  (p: string, _y: number, i: string) => `${p}${i}有多少？`,
];
const EN_TEMPLATES = [
  (p: string, y: number, i: string) => `What was ${p}'s ${i} in ${y}?`,
  (p: string, y: number, i: string) => `What is ${p}'s ${y} ${i} growth target?`,
];
const OUTLINE_TEMPLATES = [
  (p: string, y: number) => `${p}${y}年的工作重点有哪些？`,
  (p: string, y: number) => `${p}${y}年主要任务是什么？`,
];

interface GlossaryShape {
  indicators: { name: string; synonyms: string[]; en: string[] }[];
}

/** A report's place names, years and text, to ask about what it holds. */
interface Report {
  places: Place[];
  reportsOn: number;
  plansFor: number;
  text: string;
}

/**
 * Template questions over what each report holds (indicators its text names, for the year it
 * reports on and the year it plans for), plus one in six over any place, year and indicator, which
 * mostly asks what the reports do not hold. Sampled to `count`.
 */
function generated(reports: Report[], count: number, seed: number): GoldenQuestion[] {
  const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../src/lang/zh/glossary.json'), 'utf8')) as GlossaryShape;
  const held: string[] = [];
  const any: string[] = [];
  for (const report of reports) {
    for (const place of report.places) {
      for (const indicator of glossary.indicators) {
        const names = [indicator.name, ...indicator.synonyms.slice(0, 1)];
        const named = names.some((n) => report.text.includes(n));
        for (const name of names) {
          for (const [k, t] of ZH_TEMPLATES.entries()) {
            (named ? held : any).push(t(place.zh, k >= 2 ? report.plansFor : report.reportsOn, name));
            any.push(t(place.zh, report.plansFor + 1, name));
          }
        }
        (named ? held : any).push(
          EN_TEMPLATES[0](place.en, report.reportsOn, indicator.en[0]),
          EN_TEMPLATES[1](place.en, report.plansFor, indicator.en[0]),
        );
      }
      for (const t of OUTLINE_TEMPLATES) held.push(t(place.zh, report.plansFor));
    }
  }
  const unheld = [...new Set(any)].filter((q) => !held.includes(q));
  const refusals = Math.round(count / 6);
  return [...sample([...new Set(held)], count - refusals, seed), ...sample(unheld, refusals, seed + 1)].map((q) => ({ q }));
}

function devCases(): GoldenQuestion[] {
  return readFileSync(path.join(FIXTURES, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldenQuestion)
    .map(({ q, history }) => (history ? { q, history } : { q }));
}

const SEED_PLACES: Record<string, Place[]> = {
  钱塘区: [
    { zh: '钱塘区', en: 'Qiantang' },
    { zh: '钱塘', en: 'Qiantang District' },
  ],
  拱墅区: [
    { zh: '拱墅区', en: 'Gongshu' },
    { zh: '拱墅', en: 'Gongshu District' },
  ],
  杭州市: [
    { zh: '杭州', en: 'Hangzhou' },
    { zh: '杭州市', en: 'Hangzhou City' },
  ],
};

interface ManifestShape {
  documents: { file: string; issuer: string; reportsOn: number | null; plansFor: number | null }[];
}

function seedReports(): Report[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_CORPUS, 'manifest.json'), 'utf8')) as ManifestShape;
  return manifest.documents.map((d) => ({
    places: SEED_PLACES[d.issuer] ?? [],
    reportsOn: d.reportsOn ?? (d.plansFor ?? 2025) - 1,
    plansFor: d.plansFor ?? (d.reportsOn ?? 2024) + 1,
    text: readFileSync(path.join(REPO_CORPUS, d.file), 'utf8'),
  }));
}

/** Questions answered over the seed corpus: the dev set, the bench list and 300 generated ones. */
export function seedQuestions(): GoldenQuestion[] {
  return [...devCases(), ...BENCH_QUESTIONS.map((q) => ({ q })), ...generated(seedReports(), 300, 7)];
}

const GOV_PLACES: Record<string, Place[]> = {
  ZJ: [
    { zh: '浙江省', en: 'Zhejiang' },
    { zh: '浙江', en: 'Zhejiang Province' },
  ],
  SH: [{ zh: '上海', en: 'Shanghai' }],
  JS: [{ zh: '江苏省', en: 'Jiangsu' }],
  AH: [{ zh: '安徽', en: 'Anhui' }],
  FJ: [{ zh: '福建省', en: 'Fujian' }],
  GD: [{ zh: '广东省', en: 'Guangdong' }],
  BJ: [{ zh: '北京市', en: 'Beijing' }],
  SD: [{ zh: '山东省', en: 'Shandong' }],
  国务院: [{ zh: '全国', en: 'China' }],
};

/** "2026_ZJ_浙江省_政府工作报告.txt": delivered in 2026, on 2025's results and 2026's plans. */
function govReports(): Report[] {
  return govReportFiles().map((file) => {
    const [year, code] = path.basename(file).split('_');
    return { places: GOV_PLACES[code] ?? [], reportsOn: Number(year) - 1, plansFor: Number(year), text: readFileSync(file, 'utf8') };
  });
}

/** Questions answered over the seed corpus plus the 20 work reports: 300 generated ones. */
export function govQuestions(): GoldenQuestion[] {
  return generated(govReports(), 300, 11);
}

/** The work reports' text files, to copy into a corpus folder. */
export function govReportFiles(): string[] {
  return readdirSync(GOV_REPORTS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(GOV_REPORTS, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(GOV_REPORTS, d.name, f)),
    );
}
