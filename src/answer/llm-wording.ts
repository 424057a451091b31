import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Citation } from './schema.js';

const LlmConfigSchema = z.object({
  LLM_BASE_URL: z.string().url('LLM_BASE_URL must be a URL such as http://127.0.0.1:8080/v1'),
  LLM_MODEL: z.string().min(1, 'LLM_MODEL is empty'),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/** Off unless both LLM_BASE_URL and LLM_MODEL are set; a broken value is an error naming it. */
export function loadLlmConfig(env: NodeJS.ProcessEnv): LlmConfig | null {
  if (!env.LLM_BASE_URL && !env.LLM_MODEL) return null;
  const parsed = LlmConfigSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`LLM configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const CompletionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

const PROMPTS_DIR = new URL('../../prompts/', import.meta.url);

function template(name: string): string {
  return readFileSync(new URL(name, PROMPTS_DIR), 'utf8');
}

export type WordingResult = { ok: true; text: string } | { ok: false; reason: string };

/** Numbers as the passages write them, NFKC, without thousands separators. */
function numbersIn(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/(\d),(?=\d{3})/g, '$1')
      .match(/\d+(?:\.\d+)?/g) ?? []
  ).map((n) => n.replace(/^0+(?=\d)/, ''));
}

/**
 * Accepts a model's wording only when it is grounded: at least one valid [n] marker, no marker
 * beyond the passages, and every number it writes present in the cited passages.
 */
export function checkWording(text: string, citations: readonly Citation[]): WordingResult {
  const trimmed = text.trim();
  if (!trimmed || /NOT_ANSWERED/.test(trimmed)) return { ok: false, reason: 'the model said the passages do not answer' };
  const markers = [...trimmed.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (!markers.length) return { ok: false, reason: 'no citation marker' };
  if (markers.some((n) => n < 1 || n > citations.length)) return { ok: false, reason: 'a marker points past the passages' };
  // A passage is shown with its source line, so its section and title numbers (the year) are grounded too.
  const allowed = new Set(citations.flatMap((c) => numbersIn(`${c.sentence} ${c.section} ${c.title}`)));
  for (const n of numbersIn(trimmed.replace(/\[\d+\]/g, ''))) {
    if (!allowed.has(n)) return { ok: false, reason: `number ${n} is not in the cited passages` };
  }
  return { ok: true, text: trimmed };
}

export class LlmWording {
  constructor(
    private readonly config: LlmConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async word(question: string, citations: readonly Citation[]): Promise<WordingResult> {
    if (!citations.length) return { ok: false, reason: 'no passages' };
    const passages = citations.map((c, i) => `[${i + 1}] (${c.district} · ${c.title} · ${c.section}) ${c.sentence}`).join('\n');
    const user = template('answer-user.md').replace('{{question}}', question).replace('{{passages}}', passages);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.config.LLM_TIMEOUT_MS);
    try {
      const response = await this.fetchImpl(`${this.config.LLM_BASE_URL.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.config.LLM_API_KEY ? { authorization: `Bearer ${this.config.LLM_API_KEY}` } : {}),
        },
        body: JSON.stringify({
          model: this.config.LLM_MODEL,
          temperature: 0,
          messages: [
            { role: 'system', content: template('answer-system.md') },
            { role: 'user', content: user },
          ],
        }),
        signal: controller.signal,
      });
      if (!response.ok) return { ok: false, reason: `endpoint answered ${response.status}` };
      const parsed = CompletionSchema.safeParse(await response.json());
      if (!parsed.success) return { ok: false, reason: 'endpoint reply is not a chat completion' };
      return checkWording(parsed.data.choices[0].message.content, citations);
    } catch (error) {
      return { ok: false, reason: controller.signal.aborted ? 'endpoint timed out' : `endpoint unreachable (${(error as Error).message})` };
    } finally {
      clearTimeout(timer);
    }
  }
}
