import type { DocumentMeta } from './types.js';

type Level = DocumentMeta['level'];

const MUNICIPALITIES = ['北京市', '上海市', '天津市', '重庆市'];
const TITLE_WORDS = /报告|规划|纲要|公报|计划/;

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
  if (/国务院|全国人民代表大会|中华人民共和国/.test(text)) return { issuer: '国务院', level: 'national' };
  const cityDistrict = /([\u4e00-\u9fa5]{2,4}市)([\u4e00-\u9fa5]{1,3}(?:新区|区|县))/.exec(text);
  if (cityDistrict && !/^(市|全|本)/.test(cityDistrict[2])) return { issuer: cityDistrict[2], level: 'district' };
  const municipality = MUNICIPALITIES.find((m) => text.includes(m));
  if (municipality) return { issuer: municipality, level: 'province' };
  const province = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区))/.exec(text);
  if (province && !/^(全|本|我|各)/.test(province[1])) return { issuer: province[1].replace(/^\d*年/, ''), level: 'province' };
  const district = /(?:^|[^\u4e00-\u9fa5]|年|关于)([\u4e00-\u9fa5]{2,3}(?:新区|区|县))(?=人民政府|\d{4}|政府|国民|[(（])/.exec(text);
  if (district) return { issuer: district[1], level: 'district' };
  const city = /([\u4e00-\u9fa5]{2,4}?市)(?=人民政府|\d{4}|政府|国民)/.exec(text);
  if (city) return { issuer: city[1].replace(/^关于/, ''), level: 'city' };
  return null;
}

function kindOf(text: string): DocumentMeta['kind'] {
  if (/图解/.test(text)) return 'illustrated-summary';
  if (/计划执行情况|计划草案/.test(text)) return 'plan-execution-report';
  if (/政府工作报告|政府(\(筹\)|（筹）)?工作报告/.test(text)) return 'government-work-report';
  return 'other';
}

/** "——2024年3月5日在…会议上", "----2025年1月15日龚正市长在…", "2025年1月20日在安徽省…": when it was delivered. */
const DELIVERY_DATE = /^[—\-－–]*\s*(\d{4})年(\d{1,2})月(\d{1,2})日.{0,40}(?:在|会议|大会)/;

/** The page's publication date when it prints one, else the day the report was delivered. */
function publishedDateIn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const iso = /(?:发布日期|生成日期|公布日期|发布时间|时间)\s*[：:\s]\s*(\d{4})-(\d{2})-(\d{2})/.exec(line);
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
    TITLE_WORDS.test(line) &&
    line.length <= 60 &&
    !/[，。；！？,;!?]/.test(line) &&
    !/^(来源|发布|时间|[—\-－–])/.test(line) &&
    !DELIVERY_DATE.test(line)
  );
}

/** "2025_国务院_政府工作报告" → "政府工作报告": the words of a file name after its codes and issuer. */
function titleWordsOfFileName(baseName: string, issuer: string | null): string | null {
  const words = baseName
    .split(/[_\-\s]+/)
    .filter((part) => /[\u4e00-\u9fff]/.test(part) && part !== issuer)
    .join('');
  return TITLE_WORDS.test(words) ? words : null;
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
  const titleYears = [...(titleLine ?? '').matchAll(/(20\d{2}|19\d{2})(?=年)/g)].map((m) => Number(m[1]));
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
