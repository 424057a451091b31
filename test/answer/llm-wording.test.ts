import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { checkWording, LlmWording, loadLlmConfig } from '../../src/answer/llm-wording.js';
import { realCorpusEngine } from '../support/engine.js';

/** A local OpenAI-compatible endpoint whose reply depends on the model name asked for. */
let server: Server;
let baseUrl: string;
const requests: Array<{ model: string; messages: Array<{ role: string; content: string }>; auth: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { model: string; messages: Array<{ role: string; content: string }> };
      requests.push({ ...parsed, auth: req.headers.authorization });
      const replies: Record<string, string> = {
        grounded: '钱塘区2024年地区生产总值1416亿元，增长5.1%[1]。',
        inventor: '钱塘区2024年地区生产总值1500亿元，增长6.3%[1]。',
        uncited: '钱塘区2024年地区生产总值1416亿元。',
        refuser: 'NOT_ANSWERED',
      };
      if (parsed.model === 'broken') {
        res.writeHead(500).end('boom');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: replies[parsed.model] ?? '' } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function engineWith(model: string): Promise<Engine> {
  const base = await realCorpusEngine();
  const config = loadLlmConfig({ LLM_BASE_URL: baseUrl, LLM_MODEL: model, LLM_API_KEY: 'sk-test' })!;
  return Engine.fromIndex(base.retriever.data, undefined, new LlmWording(config));
}

describe('optional LLM wording', () => {
  it('is off unless configured, and names a broken variable', () => {
    expect(loadLlmConfig({})).toBeNull();
    expect(() => loadLlmConfig({ LLM_BASE_URL: 'not a url', LLM_MODEL: 'm' })).toThrow(/LLM_BASE_URL/);
  });

  it('uses a grounded wording, sending only the numbered passages', async () => {
    const answer = await (await engineWith('grounded')).ask('钱塘区2024年GDP是多少？');
    expect(answer.text.split('\n')[0]).toBe('钱塘区2024年地区生产总值1416亿元，增长5.1%[1]。');
    const last = requests[requests.length - 1];
    expect(last.auth).toBe('Bearer sk-test');
    expect(last.messages[0].content).toMatch(/ONLY from the numbered passages/);
    expect(last.messages[1].content).toContain('[1] (钱塘区');
  });

  it.each(['inventor', 'uncited', 'refuser', 'broken'])('discards the %s reply for the extractive answer', async (model) => {
    const answer = await (await engineWith(model)).ask('钱塘区2024年GDP是多少？');
    expect(answer.text).not.toContain('1500亿元');
    expect(answer.text).toContain('全年地区生产总值达1416亿元');
    expect(answer.citations[0].sentence).toContain('1416亿元');
  });

  it('checks numbers and markers against the citations', () => {
    const citations = [{ sentence: '全年地区生产总值达1416亿元,增长5.1%' }] as unknown as Parameters<typeof checkWording>[1];
    expect(checkWording('GDP 1416亿元 [1]', citations).ok).toBe(true);
    expect(checkWording('GDP 1416亿元 [2]', citations)).toMatchObject({ ok: false, reason: /past the passages/ });
    expect(checkWording('GDP 1,416亿元, up 5.2% [1]', citations)).toMatchObject({ ok: false, reason: /5\.2/ });
  });
});
