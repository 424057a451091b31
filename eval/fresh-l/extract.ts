// Prints (or writes) the three added reports as the bot reads them: the text the Word / PDF extractor yields (what
// sentence spans index into) and, with --sentences, each sentence with its section kind (result / plan / other) and
// section path. make.mjs writes the texts to .cache/fresh-l/ and checks every cite against them (the cases' cites
// must be text the extraction really yields, not the Word file's or a naive pdftotext's).
//
//   npx tsx eval/fresh-l/extract.ts --write                # .cache/fresh-l/{YN25,HN25,JL25}.txt
//   npx tsx eval/fresh-l/extract.ts --sentences JL25        # one sentence a line: kind | section | text
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractorFor } from '../../src/ingest/formats/format-registry.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(root, '.cache/eval-corpus-l');
export const FILES: Record<string, string> = {
  YN25: '2025年云南省政府工作报告.docx',
  HN25: '2025年湖南省政府工作报告.docx',
  JL25: '2025年吉林省政府工作报告.pdf',
};

const args = process.argv.slice(2);
const extractions = new Map();
for (const file of Object.values(FILES)) {
  const extractor = extractorFor(file);
  if (!extractor) throw new Error(`no extractor for ${file}`);
  extractions.set(file, await extractor(new Uint8Array(readFileSync(path.join(corpus, file))), file));
}
const loaded = loadCorpus(corpus, extractions);
const docOf = (key: string) => {
  const doc = loaded.documents.find((d) => d.meta.file === FILES[key]);
  if (!doc) throw new Error(`${key}: ${FILES[key]} not loaded`);
  return doc;
};
if (args.includes('--write')) {
  const dir = path.join(root, '.cache/fresh-l');
  mkdirSync(dir, { recursive: true });
  for (const key of Object.keys(FILES)) writeFileSync(path.join(dir, `${key}.txt`), docOf(key).source);
} else if (args.includes('--sentences')) {
  const key = args[args.indexOf('--sentences') + 1];
  for (const s of docOf(key).sentences) console.log(`${s.kind}\t${s.period}\t${s.section.join(' > ').slice(0, 40)}\t${s.text}`);
} else {
  for (const key of Object.keys(FILES)) console.log(`==== ${key}\n${docOf(key).source}`);
}
