/**
 * Diagnosis aid (session 17): the reports' Chinese spellings of romanised names, as the retriever finds them.
 * Usage: npx tsx scripts/romanised-probe.ts Zhongguancun "Xiong'an" Binhai …
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDictionaryHeadword } from '../src/lang/en/english-lexicon.js';
import { RomanisedNames } from '../src/retrieve/romanised-names.js';

const corpus = '.cache/eval-corpus';
const text = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
  .join('\n');
const names = new RomanisedNames(() => text, isDictionaryHeadword);
for (const name of process.argv.slice(2)) {
  const started = Date.now();
  console.log(name, names.writtenAs(name), `${Date.now() - started} ms`);
}
