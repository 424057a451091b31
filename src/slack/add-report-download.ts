import path from 'node:path';
import { z } from 'zod';
import { AddProblemError } from './add-report-problem.js';
import { REPORT_EXTENSIONS } from './add-report-request.js';

/** The files.info call this module makes; the bot's WebClient has it. */
export interface FilesInfoClient {
  files: { info(args: { file: string }): Promise<unknown> };
}

export interface SharedFileDownloadOptions {
  /** The bot token, sent only as `Authorization: Bearer` to a host `mayReceiveToken` accepts. */
  token: string;
  maxBytes: number;
  /** Whether the token may be sent to this host (Slack's file host, or a test's fake). */
  mayReceiveToken(url: URL): boolean;
  timeoutMs?: number;
}

export interface DownloadedFile {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
}

export const DOWNLOAD_TIMEOUT_MS = 60_000;

const FileInfoSchema = z.object({
  file: z.object({
    id: z.string(),
    name: z.string().optional(),
    title: z.string().optional(),
    size: z.number().optional(),
    mimetype: z.string().optional(),
    url_private_download: z.string().optional(),
    url_private: z.string().optional(),
  }),
});

/**
 * Slack's own file host and, when the bot talks to another Web API host (SLACK_API_URL: a test's
 * fake, a proxy), that host: the bot token goes nowhere else, whatever URL files.info names.
 */
export function tokenHosts(apiUrl: string | undefined): (url: URL) => boolean {
  const apiHost = apiUrl === undefined ? undefined : new URL(apiUrl).host;
  return (url) =>
    (url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'))) || url.host === apiHost;
}

/** A name safe inside the corpus folder: no directories, nothing but letters, digits, dots, dashes. */
export function corpusFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const extension = path.extname(base).toLowerCase();
  const stem = base
    .slice(0, base.length - extension.length)
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 100);
  return `${stem || 'report'}${extension.replace(/[^a-z0-9.]/g, '')}`;
}

function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

/** A shared file as files.info describes it, checked: a type the corpus reads, within the size limit. */
export interface SharedFile {
  id: string;
  /** The name it will have in the corpus folder. */
  fileName: string;
  /** The private download link. */
  url: URL;
}

/**
 * files.info for a shared file's name, size and private download link (the event itself may carry
 * only the id). The type and the declared size are checked here, before anything is downloaded.
 */
export async function describeSharedFile(
  client: FilesInfoClient,
  fileId: string,
  options: Pick<SharedFileDownloadOptions, 'maxBytes' | 'mayReceiveToken'>,
): Promise<SharedFile> {
  let info: z.infer<typeof FileInfoSchema>['file'];
  try {
    info = FileInfoSchema.parse(await client.files.info({ file: fileId })).file;
  } catch (error) {
    const code = slackErrorCode(error);
    throw new AddProblemError({ kind: 'download', detail: `files.info: ${code ?? (error instanceof Error ? error.message : 'no file')}` });
  }
  const fileName = corpusFileName(info.name ?? info.title ?? fileId);
  if (!REPORT_EXTENSIONS.includes(extensionOf(fileName))) throw new AddProblemError({ kind: 'unsupported', name: info.name ?? fileName });
  if (info.size !== undefined && info.size > options.maxBytes)
    throw new AddProblemError({ kind: 'tooLarge', bytes: info.size, limit: options.maxBytes });
  const link = info.url_private_download ?? info.url_private;
  if (link === undefined)
    throw new AddProblemError({ kind: 'download', detail: 'Slack gave no download link (a file stored outside Slack?)' });
  const url = new URL(link);
  if (!options.mayReceiveToken(url))
    throw new AddProblemError({ kind: 'download', detail: `the download link is not on Slack's file host (${url.host})` });
  return { id: info.id, fileName, url };
}

/** The bytes of a described file, with the bot token; the size is checked again while reading. */
export async function downloadSharedFile(file: SharedFile, options: SharedFileDownloadOptions): Promise<DownloadedFile> {
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  if (!options.mayReceiveToken(file.url))
    throw new AddProblemError({ kind: 'download', detail: `the download link is not on Slack's file host (${file.url.host})` });
  let response: Response;
  try {
    // Redirects are followed; fetch drops the Authorization header when one leaves the host.
    response = await fetch(file.url, { headers: { authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new AddProblemError({ kind: 'download', detail: timedOut ? `no answer within ${timeoutMs} ms` : 'Slack could not be reached' });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new AddProblemError({ kind: 'download', detail: `HTTP ${response.status}` });
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  // Without files:read Slack answers the download link with its sign-in page, status 200.
  if (/text\/html/i.test(contentType ?? '') && !['.html', '.htm'].includes(extensionOf(file.fileName))) {
    await response.body?.cancel();
    throw new AddProblemError({ kind: 'signIn' });
  }
  const bytes = await readCapped(response, options.maxBytes);
  return { bytes, fileName: file.fileName, ...(contentType === undefined ? {} : { contentType }) };
}

/** The body, abandoned as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new AddProblemError({ kind: 'tooLarge', bytes: declared, limit: maxBytes });
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      if (reader === undefined) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new AddProblemError({ kind: 'tooLarge', bytes: null, limit: maxBytes });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AddProblemError) throw error;
    throw new AddProblemError({
      kind: 'download',
      detail: error instanceof Error && error.name === 'TimeoutError' ? 'timed out while reading' : 'the download broke off',
    });
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function slackErrorCode(error: unknown): string | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  const code = typeof data === 'object' && data !== null && 'error' in data ? data.error : undefined;
  return typeof code === 'string' ? code : undefined;
}
