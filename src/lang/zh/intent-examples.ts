import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The question intents the classifier tells apart; the examples file must use exactly these. */
export const INTENT_NAMES = [
  'figure.amount',
  'figure.growth',
  'figure.share',
  'figure.rank',
  'target',
  'outline',
  'overview',
  'lookup',
  'comparison',
  'superlative',
  'trend',
  'multi',
  'help',
  'out-of-scope',
] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

export const IntentNameSchema = z.enum(INTENT_NAMES);

const IntentExamplesSchema = z.object({
  note: z.string().optional(),
  intents: z
    .array(
      z.object({
        intent: IntentNameSchema,
        description: z.string(),
        examples: z.array(z.string().min(1)).min(30),
      }),
    )
    .refine((list) => new Set(list.map((i) => i.intent)).size === list.length, 'each intent once'),
});
export type IntentExamplesFile = z.infer<typeof IntentExamplesSchema>;

/** One phrasing and the intent it stands for. */
export interface IntentExample {
  text: string;
  intent: IntentName;
}

let cached: IntentExample[] | null = null;

/** The phrasings in intent-examples.json beside this file, validated: at least 30 per intent. */
export function intentExamples(): IntentExample[] {
  cached ??= parseIntentExamples(JSON.parse(readFileSync(new URL('./intent-examples.json', import.meta.url), 'utf8')));
  return cached;
}

/** Validates an examples file's content and flattens it into (text, intent) pairs, in file order. */
export function parseIntentExamples(content: unknown): IntentExample[] {
  const file = IntentExamplesSchema.parse(content);
  return file.intents.flatMap((entry) => entry.examples.map((text) => ({ text, intent: entry.intent })));
}
