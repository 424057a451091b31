import { linksOutside } from './inside-folder.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DOC_KINDS, LEVELS } from './types.js';

/** One manifest entry: everything optional but the file, so an entry overrides only what it names. */
export const ManifestEntrySchema = z.object({
  file: z.string().min(1),
  id: z
    .string()
    // The shape documentIdFromFile gives a file without an entry, so `npm run add` can write it back.
    .regex(/^[a-z0-9\u4e00-\u9fff][a-z0-9\u4e00-\u9fff-]*$/, 'lowercase letters, digits, Chinese characters and dashes')
    .optional(),
  title: z.string().min(1).optional(),
  issuer: z.string().min(1).optional(),
  level: z.enum(LEVELS).optional(),
  kind: z.enum(DOC_KINDS).optional(),
  publishedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .nullable()
    .optional(),
  docYear: z.number().int().min(1949).max(2100).nullable().optional(),
  reportsOn: z.number().int().min(1949).max(2100).nullable().optional(),
  plansFor: z.number().int().min(1949).max(2100).nullable().optional(),
  notes: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({ documents: z.array(ManifestEntrySchema) });
export const MANIFEST_FILE = 'manifest.json';

export type ManifestResult = { entries: Map<string, ManifestEntry>; warning: string | null; raw: string };

/** A broken manifest is reported and ignored, so metadata falls back to inference for every file. */
export function readManifest(corpusDir: string): ManifestResult {
  const file = path.join(corpusDir, MANIFEST_FILE);
  if (!existsSync(file)) return { entries: new Map(), warning: null, raw: '' };
  if (linksOutside(corpusDir, file))
    return { entries: new Map(), warning: 'symbolic link to a file outside the corpus folder (not read)', raw: '' };
  const raw = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { entries: new Map(), warning: `not valid JSON (${(error as Error).message})`, raw };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { entries: new Map(), warning: `invalid manifest (${issues})`, raw };
  }
  return { entries: new Map(parsed.data.documents.map((d) => [d.file, d])), warning: null, raw };
}
