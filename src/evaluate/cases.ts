import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One line of a question file in the format of ../shared/eval/dev.jsonl. */
export const EvalCaseSchema = z.object({
  id: z.string(),
  q: z.string(),
  cite: z.array(z.string()).optional(),
  fig: z.array(z.object({ value: z.number(), unit: z.string().optional() })).optional(),
  notFound: z.boolean().optional(),
  priorities: z.array(z.string()).optional(),
  minPriorities: z.number().int().optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export function parseCases(jsonl: string, source = 'questions'): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = EvalCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${source}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

export function loadCases(file: string): EvalCase[] {
  return parseCases(readFileSync(file, 'utf8'), file);
}

/** The question as score.mjs sends it to `ask --jsonl`: one line, trimmed by the reader. */
export function questionText(c: EvalCase): string {
  return c.q.replace(/\n/g, ' ').trim();
}
