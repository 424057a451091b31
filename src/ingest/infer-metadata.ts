import {
  ABOUT_PREFIX,
  CITY_ALONE,
  CITY_AND_DISTRICT,
  DISTRICT_ALONE,
  LEADING_YEAR,
  MUNICIPALITIES,
  NATIONAL_ISSUER,
  NATIONAL_ISSUER_NAMED,
  NOT_A_DISTRICT,
  NOT_A_PROVINCE,
  NOT_TITLE_LINE,
  PROVINCE,
  PUBLICATION_DATE,
  REPORT_KINDS,
  REPORT_TITLE,
  TITLE_YEAR,
} from '../lang/zh/document-metadata-words.js';
import { DELIVERY_DATE } from '../lang/zh/front-matter-words.js';
import type { DocumentMeta } from './types.js';

type Level = DocumentMeta['level'];

export interface InferredMeta {
  title: string | null;
  issuer: string | null;
  level: Level | null;
  kind: DocumentMeta['kind'];
  publishedDate: string | null;
  docYear: number | null;
  reportsOn: number | null;
  plansFor: number | null;
}

/** Where an issuer's name sits in a title: "杭州市钱塘区2024年…", "2026年浙江省政府工作报告". */
export function issuerIn(text: string): { issuer: string; level: Level } | null {
  if (NATIONAL_ISSUER_NAMED.test(text)) return { issuer: NATIONAL_ISSUER, level: 'national' };
  const cityDistrict = CITY_AND_DISTRICT.exec(text);
  if (cityDistrict && !NOT_A_DISTRICT.test(cityDistrict[2])) return { issuer: cityDistrict[2], level: 'district' };
  const municipality = MUNICIPALITIES.find((m) => text.includes(m));
  if (municipality) return { issuer: municipality, level: 'province' };
  const province = PROVINCE.exec(text);
  if (province && !NOT_A_PROVINCE.test(province[1])) return { issuer: province[1].replace(LEADING_YEAR, ''), level: 'province' };
  const district = DISTRICT_ALONE.exec(text);
  if (district) return { issuer: district[1].replace(ABOUT_PREFIX, ''), level: 'district' };
  const city = CITY_ALONE.exec(text);
  if (city) return { issuer: city[1].replace(ABOUT_PREFIX, ''), level: 'city' };
  return null;
}

function kindOf(text: string): DocumentMeta['kind'] {
  return REPORT_KINDS.find((k) => k.pattern.test(text))?.kind ?? 'other';
}

/** The page's publication date when it prints one, else the day the report was delivered. */
function publishedDateIn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const iso = PUBLICATION_DATE.exec(line);
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  }
  for (const line of lines) {
    const cn = DELIVERY_DATE.exec(line);
    if (cn) return `${cn[1]}-${cn[2].padStart(2, '0')}-${cn[3].padStart(2, '0')}`;
  }
  return null;
}

/** A title is a short line without sentence punctuation: "2026年浙江省政府工作报告". */
function isTitleLine(line: string): boolean {
  return (
    REPORT_TITLE.test(line) &&
    line.length <= 60 &&
    !/[，。；！？,;!?]/.test(line) &&
    !NOT_TITLE_LINE.test(line) &&
    !DELIVERY_DATE.test(line)
  );
}

/** "2025_国务院_政府工作报告" → "政府工作报告": the words of a file name after its codes and issuer. */
function titleWordsOfFileName(baseName: string, issuer: string | null): string | null {
  const words = baseName
    .split(/[_\-\s]+/)
    .filter((part) => /[\u4e00-\u9fff]/.test(part) && part !== issuer)
    .join('');
  return REPORT_TITLE.test(words) ? words : null;
}

/**
 * Metadata from a report's title, opening lines and file name, for reports dropped into the corpus
 * without a manifest entry: "2026年浙江省政府工作报告" → 浙江省, province, 2026, work report.
 */
export function inferMetadata(fileName: string, openingLines: readonly string[]): InferredMeta {
  const lines = openingLines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 40);
  const baseName = fileName.replace(/\.[^.]+$/, '');
  const titleLine = lines.find(isTitleLine) ?? null;
  const fromTitle = titleLine ? issuerIn(titleLine) : null;
  const fromOpening = lines.map(issuerIn).find((x) => x !== null) ?? null;
  const fromName = issuerIn(baseName.replace(/_/g, ''));
  const place = fromTitle ?? fromName ?? fromOpening;
  const kind = kindOf(titleLine ?? '') !== 'other' ? kindOf(titleLine ?? '') : kindOf(baseName + lines.join(''));
  const titleYears = [...(titleLine ?? '').matchAll(TITLE_YEAR)].map((m) => Number(m[1]));
  const dateLineYear = lines.map((l) => DELIVERY_DATE.exec(l)).find(Boolean);
  const nameYear = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(baseName);
  const publishedDate = publishedDateIn(lines);
  let docYear: number | null = titleYears[0] ?? (dateLineYear ? Number(dateLineYear[1]) : nameYear ? Number(nameYear[1]) : null);
  let reportsOn: number | null = null;
  let plansFor: number | null = null;
  if (kind === 'plan-execution-report' && titleYears.length >= 2) {
    reportsOn = titleYears[0];
    plansFor = titleYears[1];
    docYear = plansFor;
  } else if (kind === 'plan-execution-report' && docYear) {
    reportsOn = docYear;
    plansFor = docYear + 1;
    docYear = plansFor;
  } else if (docYear) {
    reportsOn = docYear - 1;
    plansFor = docYear;
  }
  // A page that prints no title line is named after its file ("2025_国务院_政府工作报告").
  let title = titleLine ?? titleWordsOfFileName(baseName, place?.issuer ?? null);
  if (title && place && docYear && !title.includes(String(docYear)) && !title.includes(place.issuer)) {
    title = `${docYear}年${place.issuer}${title}`;
  }
  return { title, issuer: place?.issuer ?? null, level: place?.level ?? null, kind, publishedDate, docYear, reportsOn, plansFor };
}

export function documentIdFromFile(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
    .replace(/^-|-$/g, '');
}
