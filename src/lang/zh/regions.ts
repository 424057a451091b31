import { readFileSync } from 'node:fs';
import { z } from 'zod';

const RegionSchema = z.object({
  /** The usual Chinese name: 长三角. */
  name: z.string().min(2),
  /** Other Chinese names: 长江三角洲. */
  aliases: z.array(z.string()),
  /** English names, lower-case: "yangtze river delta". */
  en: z.array(z.string()),
  /** The issuers the region stands for, as the glossary names them. */
  members: z.array(z.string()).min(1),
});
export type Region = z.infer<typeof RegionSchema>;

const RegionsFileSchema = z.object({ note: z.string().optional(), regions: z.array(RegionSchema) });

let cached: Region[] | null = null;

/** Regional groupings (长三角 → 上海市, 江苏省, 浙江省, 安徽省), from regions.json beside this file. */
export function regions(): Region[] {
  cached ??= RegionsFileSchema.parse(JSON.parse(readFileSync(new URL('./regions.json', import.meta.url), 'utf8'))).regions;
  return cached;
}
