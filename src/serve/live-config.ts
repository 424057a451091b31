import { z } from 'zod';

const LiveEnvSchema = z.object({
  /** 0/false/off: the corpus folder is not watched; a restart picks up new reports. */
  WATCH_CORPUS: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['1', 'true', 'on', 'yes', '0', 'false', 'off', 'no']))
    .optional(),
});

export interface LiveConfig {
  watchCorpus: boolean;
}

/** Whether a running bot watches its corpus folder; on unless WATCH_CORPUS turns it off. */
export function loadLiveConfig(env: NodeJS.ProcessEnv = process.env): LiveConfig {
  const parsed = LiveEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`configuration: WATCH_CORPUS must be 1 or 0 (${parsed.error.issues[0]?.message ?? ''})`);
  const value = parsed.data.WATCH_CORPUS;
  return { watchCorpus: value === undefined || ['1', 'true', 'on', 'yes'].includes(value) };
}
