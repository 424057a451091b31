import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MiniWebSocket } from './mini-websocket.js';

export { MiniWebSocket } from './mini-websocket.js';
export * from './slack-requests.js';

/** One recorded request to the fake: a Web API method or a response_url POST. */
export interface ApiCall {
  /** Web API method ("chat.postMessage"), or "response_url" for POSTs to a response URL. */
  method: string;
  /** Form fields with JSON-looking values (blocks, prompts, view) decoded, or the JSON body. */
  params: Record<string, unknown>;
  /** Bearer token from the Authorization header, or the `token` form field. */
  token?: string;
  /** For response_url calls: the id in /response/<id>. */
  responseId?: string;
  /** For file uploads (method "file_upload", POSTs to an upload_url): the file id and the raw body. */
  fileId?: string;
  body?: Buffer;
  at: number;
}

export type ApiHandler = (params: Record<string, unknown>, call: ApiCall) => Record<string, unknown>;

/**
 * A scripted misbehaviour for the next call of a method: HTTP 429 or `ok:false ratelimited` with
 * Retry-After seconds, a Slack error code, or no answer at all (the request hangs).
 */
export type Misbehaviour =
  | { kind: 'http429'; retryAfter: number }
  | { kind: 'ratelimited'; retryAfter: number }
  | { kind: 'error'; error: string }
  | { kind: 'hang' };

/** A message received from the bot over the fake Socket Mode connection (an ack). */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
  at: number;
}

/** A file the fake serves: files.info describes it, its private download link serves the bytes. */
export interface HostedFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  mimetype: string;
  /** The size files.info reports; default the bytes' length (a test may make Slack's word differ). */
  size?: number;
}

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';

/**
 * A fake Slack on 127.0.0.1: the Web API under /api/<method> (form or JSON bodies, all recorded),
 * response URLs under /response/<id>, and a Socket Mode WebSocket at /socket that
 * apps.connections.open points to.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly socketAcks: SocketAck[] = [];
  readonly sockets: MiniWebSocket[] = [];
  /** Send `hello` as soon as a Socket Mode client connects, as Slack does. */
  autoHello = true;
  /**
   * The bearer token a private download link wants; any other (or none) gets Slack's sign-in page
   * with status 200, as Slack answers an app without files:read.
   */
  downloadToken: string | undefined;
  private readonly hostedFiles = new Map<string, HostedFile>();

  private readonly handlers = new Map<string, ApiHandler>();
  private readonly misbehaviours = new Map<string, Misbehaviour[]>();
  private readonly server: Server;
  private tsCounter = 0;
  private viewCounter = 0;
  private fileCounter = 0;
  private port = 0;

  private constructor() {
    this.server = createServer((req, res) => {
      void this.onRequest(req, res);
    });
    this.server.on('upgrade', (req, socket) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      const ws = MiniWebSocket.accept(req, socket);
      if (ws === null) return;
      this.sockets.push(ws);
      ws.on('message', (text: string) => {
        try {
          const parsed = JSON.parse(text) as { envelope_id?: unknown; payload?: unknown };
          if (typeof parsed.envelope_id === 'string') {
            this.socketAcks.push({ envelope_id: parsed.envelope_id, payload: parsed.payload, at: Date.now() });
          }
        } catch {
          // Not JSON: not an ack.
        }
      });
      if (this.autoHello) {
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
      }
    });
  }

  /** Listens on `port` (0: any free one). */
  static async start(port = 0): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await new Promise<void>((resolve) => fake.server.listen(port, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Value for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  get socketUrl(): string {
    return `ws://127.0.0.1:${this.port}/socket`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** Hosts a file for files.info and its download link; returns the file id to put in a message event. */
  hostFile(file: Omit<HostedFile, 'id'> & { id?: string }): string {
    this.fileCounter += 1;
    const id = file.id ?? `FSHARED${String(this.fileCounter).padStart(4, '0')}`;
    this.hostedFiles.set(id, { ...file, id });
    return id;
  }

  /** Replaces the canned reply of one Web API method. */
  on(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  /** The next `times` calls of `method` misbehave as told (recorded like any call). */
  misbehave(method: string, how: Misbehaviour, times = 1): void {
    const queue = this.misbehaviours.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(how);
    this.misbehaviours.set(method, queue);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sends an Events API envelope over every open Socket Mode connection; returns its envelope id. */
  sendEvent(body: Record<string, unknown>, envelopeId = `env-${Math.random().toString(36).slice(2)}`, retryAttempt = 0): string {
    const envelope = {
      envelope_id: envelopeId,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: retryAttempt,
      retry_reason: retryAttempt > 0 ? 'timeout' : '',
      payload: body,
    };
    for (const ws of this.sockets) if (ws.isOpen) ws.send(JSON.stringify(envelope));
    return envelopeId;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = raw.toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (url.pathname.startsWith('/upload/')) {
      // files.uploadV2's second step: the bytes go to the upload_url files.getUploadURLExternal gave.
      const fileId = url.pathname.slice('/upload/'.length);
      this.calls.push({ method: 'file_upload', params: {}, fileId, body: raw, at: Date.now() });
      const how = this.misbehaviours.get('file_upload')?.shift();
      if (how?.kind === 'hang') return;
      res.writeHead(how === undefined ? 200 : 500, { 'content-type': 'text/plain' });
      res.end(how === undefined ? `OK - ${raw.length}` : 'upload failed');
      return;
    }
    if (url.pathname.startsWith('/files-pri/')) {
      this.serveDownload(url, req, res, raw);
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    const params = contentType.includes('application/json') ? parseJsonObject(body) : parseForm(body);
    const auth = req.headers.authorization;
    const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : stringOrUndefined(params.token);

    if (url.pathname.startsWith('/response/')) {
      const call: ApiCall = { method: 'response_url', params, token, responseId: url.pathname.slice('/response/'.length), at: Date.now() };
      this.calls.push(call);
      if (this.misbehaviours.get('response_url')?.shift()?.kind === 'hang') return;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const call: ApiCall = { method, params, token, at: Date.now() };
    this.calls.push(call);
    const how = this.misbehaviours.get(method)?.shift();
    if (how !== undefined) {
      if (how.kind === 'hang') return;
      const headers = {
        'content-type': 'application/json; charset=utf-8',
        ...(how.kind === 'error' ? {} : { 'retry-after': String(how.retryAfter) }),
      };
      res.writeHead(how.kind === 'http429' ? 429 : 200, headers);
      res.end(JSON.stringify({ ok: false, error: how.kind === 'error' ? how.error : 'ratelimited' }));
      return;
    }
    if (method === 'chat.postMessage' && blocksText(params.blocks) > MAX_MESSAGE_TEXT) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: 'msg_blocks_too_long' }));
      return;
    }
    const handler = this.handlers.get(method);
    const reply = handler ? handler(params, call) : this.defaultReply(method, params);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(reply));
  }

  /** A private download link: /files-pri/<team>-<id>/download/<name>, recorded as "file_download". */
  private serveDownload(url: URL, req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const fileId = /^\/files-pri\/[A-Z0-9]+-([A-Z0-9]+)\//.exec(url.pathname)?.[1];
    const auth = req.headers.authorization;
    const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    this.calls.push({ method: 'file_download', params: {}, token, fileId, body: raw, at: Date.now() });
    const file = fileId === undefined ? undefined : this.hostedFiles.get(fileId);
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (token === undefined || (this.downloadToken !== undefined && token !== this.downloadToken)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.mimetype, 'content-length': String(file.bytes.length) }).end(Buffer.from(file.bytes));
  }

  private fileInfo(params: Record<string, unknown>): Record<string, unknown> {
    const file = this.hostedFiles.get(String(params.file));
    if (file === undefined) return { ok: false, error: 'file_not_found' };
    const link = `${this.baseUrl}/files-pri/${FAKE_TEAM_ID}-${file.id}`;
    return {
      ok: true,
      file: {
        id: file.id,
        name: file.name,
        title: file.name,
        mimetype: file.mimetype,
        size: file.size ?? file.bytes.length,
        mode: 'hosted',
        url_private: `${link}/${encodeURIComponent(file.name)}`,
        url_private_download: `${link}/download/${encodeURIComponent(file.name)}`,
      },
    };
  }

  private defaultReply(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'files.info':
        return this.fileInfo(params);
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'reportsbot',
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: this.nextTs(), message: { text: params.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update':
        return { ok: true, channel: params.channel, ts: params.ts };
      case 'views.open':
        this.viewCounter += 1;
        return { ok: true, view: { id: `V${this.viewCounter}` } };
      case 'views.update':
        return { ok: true, view: { id: params.view_id } };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'conversations.replies':
        return { ok: true, messages: [] };
      case 'files.getUploadURLExternal': {
        this.fileCounter += 1;
        const fileId = `F${String(this.fileCounter).padStart(6, '0')}`;
        return { ok: true, upload_url: `${this.baseUrl}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (Array.isArray(params.files) ? params.files : []).map((f) => ({ ...(f as object), name: 'file' })) };
      default:
        return { ok: true };
    }
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1800000000.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

/**
 * Slack rejects long messages with msg_blocks_too_long; its exact threshold is not published, so
 * the fake rejects anything over the bot's own budget.
 */
const MAX_MESSAGE_TEXT = 12_000;

/** Characters of text in a blocks array (every "text" string, at any depth). */
export function blocksText(blocks: unknown): number {
  if (Array.isArray(blocks)) return blocks.reduce((n: number, b) => n + blocksText(b), 0);
  if (typeof blocks !== 'object' || blocks === null) return 0;
  let n = 0;
  for (const [key, value] of Object.entries(blocks)) {
    if (key === 'text' && typeof value === 'string') n += value.length;
    else if (key !== 'value') n += blocksText(value);
  }
  return n;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function parseJsonObject(body: string): Record<string, unknown> {
  const parsed = tryJson(body);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Polls until `probe` returns something truthy, then returns it; fails after `timeoutMs` naming
 * what was awaited. A bounded wait for a condition, not a timing assertion.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  // A ceiling for a broken test, not a time limit: on a loaded 2-core machine the first chart
  // render (ECharts, fonts) alone passed 10 s.
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
