import type { Logger, webApi } from '@slack/bolt';
import type { Answer, Chart } from '../answer/schema.js';
import type { ChartPngRenderer } from '../chart/off-thread-renderer.js';
import { figuresCsv } from '../cli/figures-csv.js';
import { describeError } from './describe-error.js';

/** Where an answer's files go: the answer's own thread (or the channel top level, when it has none). */
export interface FilesDestination {
  channel: string;
  threadTs?: string;
}

/** Slack's limit on alt_text. */
const ALT_TEXT_MAX = 1000;
/** Kinds of upload failure remembered, so a new kind still gets its warning. */
const MAX_FAILURE_KINDS = 50;
/**
 * A UTF-8 byte order mark: Excel (the spreadsheet most analysts open a CSV in) reads a CSV
 * without one in the system's legacy code page, and every Chinese cell turns to mojibake.
 */
const UTF8_BOM = '\uFEFF';

/**
 * After a trend or ranking answer is posted, uploads its chart (PNG, with alt text) and its figures
 * (CSV) into the thread as one message, with files.uploadV2. Attached rather than behind a "CSV"
 * button: the analyst who asked for a trend or a ranking wants the numbers in a spreadsheet, and a
 * file in the thread is one click away, survives restarts and can be shared, where a button would
 * need the answer kept in this process's memory until clicked. Answers without a chart upload
 * nothing (their few figures are in the message). The chart is rendered off the event loop by
 * `render`; an upload that fails is logged (warn once per kind of failure, debug after) and
 * never touches the answer already posted.
 */
export class AnswerFiles {
  private readonly failureKinds = new Set<string>();

  constructor(
    private readonly render: ChartPngRenderer,
    private readonly logger: Logger,
  ) {}

  async upload(client: webApi.WebClient, where: FilesDestination, answer: Answer): Promise<void> {
    const chart = answer.chart;
    if (chart === undefined) return;
    try {
      const png = await this.render(chart);
      const csv = Buffer.from(UTF8_BOM + figuresCsv(answer), 'utf8');
      const en = chart.language === 'en';
      await client.files.uploadV2({
        channel_id: where.channel,
        ...(where.threadTs === undefined ? {} : { thread_ts: where.threadTs }),
        file_uploads: [
          { file: png, filename: 'chart.png', title: chart.title, alt_text: chartAltText(chart) },
          { file: csv, filename: 'figures.csv', title: en ? `${chart.title} (figures, CSV)` : `${chart.title}（数据 CSV）` },
        ],
      });
      this.logger.debug(`uploaded the chart and figures of ${answer.id} to ${where.channel}`);
    } catch (error) {
      this.failed(where.channel, error);
    }
  }

  private failed(channel: string, error: unknown): void {
    const description = describeError(error);
    const kind = slackErrorCode(error) ?? description;
    if (this.failureKinds.has(kind) || this.failureKinds.size >= MAX_FAILURE_KINDS) {
      this.logger.debug(`uploading a chart to ${channel} failed again: ${description}`);
      return;
    }
    this.failureKinds.add(kind);
    this.logger.warn(
      `uploading a chart to ${channel} failed: ${description} (the answer itself was posted; is files:write granted? further failures like this are logged at debug)`,
    );
  }
}

/**
 * The chart in words, for screen readers and for whoever cannot load the image: its kind, title,
 * unit and every series' values, cut at Slack's limit.
 */
export function chartAltText(chart: Chart): string {
  const en = chart.language === 'en';
  const kind = chart.type === 'line' ? (en ? 'Line chart' : '折线图') : en ? 'Bar chart' : '柱状图';
  const sep = en ? ', ' : '，';
  const series = chart.series.map((s) => {
    const points = s.values.map((v, i) => `${chart.categories[i] ?? ''} ${v === null ? '—' : `${v}`}`).join(sep);
    return `${s.name}${en ? ': ' : '：'}${points}`;
  });
  const unit = en ? `unit ${chart.unit}` : `单位${chart.unit}`;
  const text = en ? `${kind}: ${chart.title} (${unit}). ${series.join('; ')}` : `${kind}：${chart.title}（${unit}）。${series.join('；')}`;
  return text.length <= ALT_TEXT_MAX ? text : `${text.slice(0, ALT_TEXT_MAX - 1)}…`;
}

function slackErrorCode(error: unknown): string | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  const code = typeof data === 'object' && data !== null && 'error' in data ? data.error : undefined;
  return typeof code === 'string' ? code : undefined;
}
