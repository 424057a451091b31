import { z } from 'zod';
import { DEFAULT_ANSWER_TIMEOUT_MS, DEFAULT_MAX_QUEUED, defaultProcessCount } from '../answer/worker-engine.js';

const count = (min: number) => z.coerce.number().int().min(min).optional();

const PoolEnvSchema = z.object({
  SLACK_ANSWER_PROCESSES: count(1),
  SLACK_ANSWER_QUEUE: count(0),
  SLACK_ANSWER_TIMEOUT_MS: count(1000),
});

export interface AnswerPoolConfig {
  processes: number;
  maxQueued: number;
  answerTimeoutMs: number;
}

/** How many engine processes answer for the Slack bot, and how many questions may wait for them. */
export function loadAnswerPoolConfig(env: NodeJS.ProcessEnv): AnswerPoolConfig {
  const parsed = PoolEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return {
    processes: parsed.data.SLACK_ANSWER_PROCESSES ?? defaultProcessCount(),
    maxQueued: parsed.data.SLACK_ANSWER_QUEUE ?? DEFAULT_MAX_QUEUED,
    answerTimeoutMs: parsed.data.SLACK_ANSWER_TIMEOUT_MS ?? DEFAULT_ANSWER_TIMEOUT_MS,
  };
}
