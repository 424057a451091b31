import { z } from 'zod';
import { LIMITS } from './block-kit.js';
import type { Lang } from './language.js';

/**
 * Button values carry what a click handler needs, so clicks work after a restart and across
 * instances without server-side state. Both fit Slack's 2000-character value limit.
 */

const PassagesValueSchema = z.object({ ids: z.array(z.string().min(1)).min(1).max(20), l: z.enum(['zh', 'en']).default('zh') });
const FeedbackValueSchema = z.object({ a: z.string(), q: z.string() });

export interface FeedbackValue {
  answerId: string;
  question: string;
}

export interface PassagesValue {
  ids: string[];
  /** Language of the modal, that of the question. */
  lang: Lang;
}

/** JSON of as many citation ids as fit, in order; null when not even one fits. */
export function encodePassagesValue(ids: readonly string[], lang: Lang): string | null {
  const kept: string[] = [];
  for (const id of ids.slice(0, 20)) {
    if (JSON.stringify({ ids: [...kept, id], l: lang }).length > LIMITS.buttonValue) break;
    kept.push(id);
  }
  return kept.length > 0 ? JSON.stringify({ ids: kept, l: lang }) : null;
}

export function decodePassagesValue(value: string | undefined): PassagesValue | null {
  const parsed = PassagesValueSchema.safeParse(parseJson(value));
  return parsed.success ? { ids: parsed.data.ids, lang: parsed.data.l } : null;
}

/** JSON of the answer id and question, the question shortened (by code points) until it fits. */
export function encodeFeedbackValue(answerId: string, question: string): string {
  const a = Array.from(answerId).slice(0, 200).join('');
  let chars = Array.from(question);
  let json = JSON.stringify({ a, q: question });
  while (json.length > LIMITS.buttonValue && chars.length > 0) {
    chars = chars.slice(0, Math.floor(chars.length * 0.9));
    json = JSON.stringify({ a, q: `${chars.join('')}…` });
  }
  return json;
}

export function decodeFeedbackValue(value: string | undefined): FeedbackValue | null {
  const parsed = FeedbackValueSchema.safeParse(parseJson(value));
  return parsed.success ? { answerId: parsed.data.a, question: parsed.data.q } : null;
}

function parseJson(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
