/**
 * Diagnosis aid for English questions (session 13): how each question is read — its glossary
 * indicators, the dictionary's Chinese for its other words, the Chinese search text. Reads the
 * eval corpus's text for how often the reports write a word, as the retriever does.
 * Usage: npx tsx scripts/en-probe.ts [--corpus DIR] "question" … (or questions one a line on stdin)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownPlaces, understandQuery } from '../src/retrieve/query.js';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = at >= 0 ? args.splice(at, 2)[1] : '.cache/eval-corpus';
const text = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
  .join('\n');
const issuers = ['钱塘区', '拱墅区', '杭州市', '国务院', '安徽省', '北京市', '福建省', '广东省', '江苏省', '山东省', '上海市', '浙江省'];
const counts = new Map<string, number>();
const timesWritten = (zh: string): number => {
  const known = counts.get(zh);
  if (known !== undefined) return known;
  let n = 0;
  for (let i = text.indexOf(zh); i >= 0 && n < 1000; i = text.indexOf(zh, i + zh.length)) n++;
  counts.set(zh, n);
  return n;
};
const sentences = text.split(/[。！？；\n]/);
const sentencesOf = new Map<string, Set<number>>();
const withWord = (w: string): Set<number> => {
  let found = sentencesOf.get(w);
  if (!found) {
    found = new Set(sentences.flatMap((s, i) => (s.includes(w) ? [i] : [])));
    sentencesOf.set(w, found);
  }
  return found;
};
const writtenTogether = (a: string, b: string): number => [...withWord(a)].filter((i) => withWord(b).has(i)).length;
const questions = args.length ? args : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const q of questions) {
  const u = understandQuery(q, knownPlaces(issuers), { timesWritten, writtenTogether, today: new Date('2026-12-01') });
  console.log(`Q: ${q}`);
  console.log(`  indicators: ${u.indicators.map((i) => i.name).join(', ') || '-'}  intent: ${u.intent}  quantity: ${u.wantsQuantity}`);
  console.log(`  lexicon: ${(u.lexiconTranslations ?? []).map((t) => `${t.english}→${t.chinese.join('/') || '∅'}`).join('; ')}`);
  console.log(`  alternatives: ${(u.termAlternatives ?? []).map((t) => `${t.english}→${t.chinese.join('/')}`).join('; ')}`);
  console.log(`  search: ${u.searchText}`);
}
