import { readFileSync } from 'node:fs';
import { z } from 'zod';

const GlossarySchema = z.object({
  places: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  indicators: z.array(z.object({ name: z.string(), synonyms: z.array(z.string()), en: z.array(z.string()) })),
  english: z.array(
    z.object({
      en: z.array(z.string()),
      zh: z.array(z.string()),
      intent: z.enum(['plan', 'result']).optional(),
      // The Chinese are wordings the reports use in turn ("重大项目", "重点项目"): a sentence writes one of them.
      alternatives: z.boolean().optional(),
    }),
  ),
});
export type Glossary = z.infer<typeof GlossarySchema>;
export type IndicatorEntry = Glossary['indicators'][number];

let cached: Glossary | null = null;

/** The bilingual glossary kept as data beside this file: places, indicator synonyms, English terms. */
export function glossary(): Glossary {
  cached ??= GlossarySchema.parse(JSON.parse(readFileSync(new URL('./glossary.json', import.meta.url), 'utf8')));
  return cached;
}

/** Names a place goes by: the issuer, its short form ("钱塘区" → "钱塘") and the glossary's aliases. */
export function placeAliases(issuer: string): string[] {
  const entry = glossary().places.find((p) => p.name === issuer);
  const short = issuer.replace(/(壮族|回族|维吾尔)?(自治区|省|市|区|县)$/, '');
  return [...new Set([issuer, ...(short.length >= 2 ? [short] : []), ...(entry?.aliases ?? [])])];
}
