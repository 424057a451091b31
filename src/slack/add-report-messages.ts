import type { DocumentMeta } from '../ingest/types.js';
import type { AddProblem } from './add-report-problem.js';
import type { Lang } from './language.js';

/**
 * Every sentence the Slack add-a-report flow writes, in both languages. Arguments arrive already
 * mrkdwn-escaped; nothing here escapes.
 */
export interface AddReportMessages {
  received(names: string): string;
  receivedFiles(count: number): string;
  notAdmin: string;
  notEnabled: string;
  added(title: string): string;
  alreadyThere(title: string): string;
  issuer(name: string, level: string): string;
  /** Field labels, each with its colon. */
  labels: { id: string; issuer: string; kind: string; years: string; published: string; counts: string; warnings: string; none: string };
  level: Record<DocumentMeta['level'], string>;
  kind: Record<DocumentMeta['kind'], string>;
  years(meta: Pick<DocumentMeta, 'kind' | 'docYear' | 'reportsOn' | 'plansFor'>): string;
  counts(sections: number, sentences: number, tableRows: number): string;
  moreWarnings(n: number): string;
  refreshed: string;
  refreshFailed: string;
  cannotAdd(name: string): string;
  problem(problem: AddProblem): string;
}

const SUPPORTED_ZH = 'PDF（有文字层）、Word（.docx）、网页（.html）、纯文本（.txt、.md）';
const SUPPORTED_EN = 'PDF (with a text layer), Word (.docx), web pages (.html), plain text (.txt, .md)';

/** Megabytes to one decimal, rounded up: a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}

const year = (y: number | null): string => (y === null ? '?' : String(y));

export const ADD_REPORT_MESSAGES: Readonly<Record<Lang, AddReportMessages>> = {
  zh: {
    received: (names) => `收到，正在读取 ${names}，读完并更新索引后在这里回复。`,
    receivedFiles: (count) => `收到 ${count} 个文件，正在读取，读完并更新索引后在这里回复。`,
    notAdmin: '抱歉，只有管理员可以往报告库里添加报告。需要添加的话请联系管理员；报告里的问题可以直接问我。',
    notEnabled: '这个机器人没有开启从 Slack 添加报告（启动时没有指定可写入的报告文件夹），请联系管理员。',
    added: (title) => `已加入报告库：*${title}*`,
    alreadyThere: (title) => `报告库里已有这份文件（内容相同），没有重复添加：*${title}*`,
    issuer: (name, level) => `${name}（${level}）`,
    labels: {
      id: '编号：',
      issuer: '发布者：',
      kind: '类型：',
      years: '年份：',
      published: '发布日期：',
      counts: '内容：',
      warnings: '提醒：',
      none: '无',
    },
    level: { district: '区县', city: '市', province: '省', national: '全国' },
    kind: {
      'plan-execution-report': '计划执行情况与计划草案报告',
      'government-work-report': '政府工作报告',
      'illustrated-summary': '图解',
      other: '其他',
    },
    years: (m) =>
      m.kind === 'plan-execution-report'
        ? `回顾 ${year(m.reportsOn)} 年，部署 ${year(m.plansFor)} 年`
        : `${year(m.docYear)} 年报告，回顾 ${year(m.reportsOn)} 年，部署 ${year(m.plansFor)} 年`,
    counts: (sections, sentences, tableRows) => `${sections} 个章节，${sentences} 句，${tableRows} 行表格`,
    moreWarnings: (n) => `另有 ${n} 条提醒未列出`,
    refreshed: '索引已更新，现在可以就这份报告提问了。',
    refreshFailed: '文件已保存进报告库，但索引没能更新；下次启动时会纳入。',
    cannotAdd: (name) => `没能加入 ${name}：`,
    problem: (p) => {
      switch (p.kind) {
        case 'tooLarge':
          return `文件太大（${p.bytes === null ? '超过' : `${megabytes(p.bytes)}，`}上限 ${megabytes(p.limit)}）。`;
        case 'unsupported':
          return `暂不支持这种文件（${p.name}）。支持：${SUPPORTED_ZH}。`;
        case 'noTextLayer':
          return '这份 PDF 没有文字层（可能是扫描件），暂不支持 OCR。请提供能复制文字的 PDF，或 Word 版本。';
        case 'download':
          return `下载失败（${p.detail}）。请稍后再试。`;
        case 'signIn':
          return 'Slack 没有把文件交给机器人：应用缺少 files:read 权限，请管理员按 SETUP.md 重新安装应用。';
        case 'refused':
          return `报告没有被接受（${p.detail}）。`;
        case 'failed':
          return `读取时出错（${p.detail}）。`;
      }
    },
  },
  en: {
    received: (names) => `Got it: reading ${names}. I will reply here once it is read and the index is updated.`,
    receivedFiles: (count) => `Got ${count} file(s): reading. I will reply here once they are read and the index is updated.`,
    notAdmin:
      'Sorry, only admins can add reports to the library. Please ask one of them; questions about the reports I can answer right here.',
    notEnabled:
      'Adding reports from Slack is not enabled on this bot (it was started without a corpus folder to write to). Please ask an admin.',
    added: (title) => `Added to the library: *${title}*`,
    alreadyThere: (title) => `This file is already in the library with the same content; nothing added: *${title}*`,
    issuer: (name, level) => `${name} (${level})`,
    labels: {
      id: 'id: ',
      issuer: 'issuer: ',
      kind: 'kind: ',
      years: 'years: ',
      published: 'published: ',
      counts: 'content: ',
      warnings: 'warnings: ',
      none: 'none',
    },
    level: { district: 'district', city: 'city', province: 'province', national: 'national' },
    kind: {
      'plan-execution-report': 'plan execution and draft plan report',
      'government-work-report': 'government work report',
      'illustrated-summary': 'illustrated summary',
      other: 'other',
    },
    years: (m) =>
      m.kind === 'plan-execution-report'
        ? `reports on ${year(m.reportsOn)}, plans for ${year(m.plansFor)}`
        : `delivered ${year(m.docYear)}, reports on ${year(m.reportsOn)}, plans for ${year(m.plansFor)}`,
    counts: (sections, sentences, tableRows) => `${sections} sections, ${sentences} sentences, ${tableRows} table rows`,
    moreWarnings: (n) => `${n} more warnings not listed`,
    refreshed: 'The index is updated: you can ask about this report now.',
    refreshFailed: 'The file is saved in the library, but the index could not be updated; it will be read at the next start.',
    cannotAdd: (name) => `Could not add ${name}: `,
    problem: (p) => {
      switch (p.kind) {
        case 'tooLarge':
          return `the file is too large (${p.bytes === null ? 'over' : `${megabytes(p.bytes)},`} limit ${megabytes(p.limit)}).`;
        case 'unsupported':
          return `this type of file is not read (${p.name}). Supported: ${SUPPORTED_EN}.`;
        case 'noTextLayer':
          return 'this PDF has no text layer (a scan?); OCR is not supported. Please share a PDF whose text can be copied, or the Word version.';
        case 'download':
          return `the download failed (${p.detail}). Please try again later.`;
        case 'signIn':
          return 'Slack did not hand the file to the bot: the app lacks the files:read scope; an admin should reinstall it (see SETUP.md).';
        case 'refused':
          return `the report was not accepted (${p.detail}).`;
        case 'failed':
          return `reading it failed (${p.detail}).`;
      }
    },
  },
};
