import { MAX_REPORT_BYTES } from './decode.js';

/** A report fetched from the web: its bytes, the server's content type and a file name for the corpus. */
export interface FetchedReport {
  bytes: Uint8Array;
  contentType: string | null;
  fileName: string;
  url: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export const FETCH_TIMEOUT_MS = 30_000;

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim());
}

/** The extension a content type implies when the URL's path names none. */
const EXTENSION_OF_TYPE: ReadonlyArray<[RegExp, string]> = [
  [/html|xhtml/i, '.html'],
  [/pdf/i, '.pdf'],
  [/wordprocessingml|msword/i, '.docx'],
  [/text\/plain/i, '.txt'],
];

/**
 * A corpus file name for a fetched page: the path's last segment when it names a file
 * ("…/t20250122_123.html"), else host and path ("www.zj.gov.cn-art-2025-1-22.html").
 */
export function fileNameForUrl(url: URL, contentType: string | null, disposition: string | null): string {
  const fromDisposition = /filename\*?=(?:UTF-8'')?["']?([^"';]+)/i.exec(disposition ?? '');
  const raw = fromDisposition ? fromDisposition[1] : (url.pathname.split('/').filter(Boolean).pop() ?? '');
  let name = safeName(decodeURIComponentSafe(raw));
  const typeExtension = EXTENSION_OF_TYPE.find(([p]) => p.test(contentType ?? ''))?.[1] ?? '.html';
  if (!/\.[a-z0-9]{2,5}$/i.test(name)) name = `${safeName(`${url.hostname}${url.pathname}`.replace(/\/+$/, ''))}${typeExtension}`;
  // Dynamic pages ("detail.jsp", "show.aspx") serve HTML under a script's name.
  return name.replace(/\.(jsp|aspx?|php|cgi|shtml|htm)$/i, typeExtension === '.html' ? '.html' : typeExtension);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Letters (any script), digits, dots, dashes and underscores: nothing that climbs out of the folder. */
function safeName(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 120);
}

/**
 * Fetches an http(s) URL with a timeout and a size cap (the body is read in chunks and abandoned once
 * past the cap). Throws an Error that says what went wrong; the machine may have no network.
 */
export async function fetchReport(urlText: string, options: FetchOptions = {}): Promise<FetchedReport> {
  const url = new URL(urlText.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`only http(s) URLs are fetched, not ${url.protocol}`);
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': 'reports-bot/0.1' },
    });
  } catch (error) {
    const cause = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
    throw new Error(`could not fetch ${url.href} (${cause}; does this machine have a network?)`);
  }
  if (!response.ok) throw new Error(`could not fetch ${url.href}: HTTP ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`too large (${declared} bytes, limit ${maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new Error(`too large (more than ${maxBytes} bytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`could not fetch ${url.href} (no answer within ${timeoutMs} ms)`);
    throw error;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const contentType = response.headers.get('content-type');
  const finalUrl = new URL(response.url || url.href);
  return {
    bytes,
    contentType,
    fileName: fileNameForUrl(finalUrl, contentType, response.headers.get('content-disposition')),
    url: finalUrl.href,
  };
}
