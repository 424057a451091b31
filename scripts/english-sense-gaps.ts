/**
 * The reports' frequent content words that no English key reaches (session 21): an English question can only find
 * what some English word reads as. Segments every report of the corpora given (default .cache/eval-corpus-l and
 * .cache/fresh-l) with jieba and its part-of-speech tags, counts the words of two Chinese characters or more written
 * at least MIN_TIMES times that are nouns, place-less names or adjectives (no verbs, no function words), and prints
 * those no key of the lexicon (english-lexicon.json), the report senses (english-report-senses.json, senses and
 * wordings), the glossary (its English terms and indicators) or the qualifiers reaches — and, with --phrase-only,
 * also those reached only by a phrase of two words (a question writing the word alone does not reach them).
 * Re-run it when reports are added; write the English an analyst would type for a word into english-report-senses.json.
 *
 * With --check-keys, prints instead the report senses the English reader cannot reach: a key holding a digit or a word
 * shorter than three letters ("co2", "ev battery": the reader drops them), or a two-word key with a hyphenated word the
 * dictionary does not hold whole ("coal-fired power": the reader splits it); write such a sense under a key it reads.
 *
 * Usage: npx tsx scripts/english-sense-gaps.ts [--phrase-only] [--min N] [--all-tags] [--json] [--check-keys] [corpus dir or .txt …]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { reportSensePhrases, translateContentWords } from '../src/lang/en/english-lexicon.js';
import { ENGLISH_QUALIFIERS } from '../src/lang/en/english-qualifiers.js';
import { glossary } from '../src/lang/zh/glossary.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const minAt = args.indexOf('--min');
const MIN_TIMES = minAt >= 0 ? Number(args[minAt + 1]) : 3;
const sources = args.filter((a, i) => !a.startsWith('--') && !(minAt >= 0 && i === minAt + 1));
const roots = sources.length ? sources : ['.cache/eval-corpus-l', '.cache/fresh-l'];

const files = roots.flatMap((root) =>
  statSync(root).isDirectory()
    ? readdirSync(root)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(root, f))
    : [root],
);

const lexicon = JSON.parse(readFileSync('src/lang/en/english-lexicon.json', 'utf8')).entries as Record<string, string[]>;
const reportSenses = JSON.parse(readFileSync('src/lang/en/english-report-senses.json', 'utf8')) as {
  senses: Record<string, string[]>;
  wordings: Record<string, string[]>;
};

/** Chinese → the English keys that reach it, a key of one word marked by having no space. */
const reachedBy = new Map<string, Set<string>>();
const reach = (zh: string, en: string) => {
  let keys = reachedBy.get(zh);
  if (!keys) reachedBy.set(zh, (keys = new Set()));
  keys.add(en);
};
for (const [en, zhs] of Object.entries(lexicon)) for (const zh of zhs) reach(zh, en);
for (const [en, zhs] of Object.entries(reportSenses.senses)) for (const zh of zhs) reach(zh, en);
for (const [zh, others] of Object.entries(reportSenses.wordings)) for (const other of others) reach(other, `(wording of ${zh})`);
const g = glossary();
for (const term of g.english) for (const zh of term.zh) for (const en of term.en) reach(zh, en);
for (const indicator of g.indicators) for (const zh of [indicator.name, ...indicator.synonyms]) for (const en of indicator.en) reach(zh, en);
for (const [en, zhs] of Object.entries(ENGLISH_QUALIFIERS)) for (const zh of zhs) reach(zh, en);

/** Place names are read by the gazetteer, not by English words. */
const placeWords = new Set(g.places.flatMap((p) => [p.name, ...p.aliases]));

/** jieba's tags of words a question asks about: nouns, names of things (nz), other proper nouns, adjectives, nominal verbs. */
const CONTENT_TAGS = /^(n|nz|nt|nl|ng|vn|an|a|b|j|l)$/;
/** Function words jieba tags as content now and then. */
const FUNCTION_WORDS = new Set(
  '我们 进一步 全面 坚持 加快 推进 推动 加强 实施 持续 深入 不断 积极 着力 有效 大力 更加 切实 扎实 聚焦 围绕 统筹 稳步 同时 以上 以下 其中 方面 工作 进行 重要 主要 一批 一系列 有序 深化 完善 提升 提高 支持 建设 发展 实现 全市 全省 全区 全国 今年 去年 明年 各类 各级 有关 相关 新的 一些 部分 基本 显著 明显 更好 更高 较快 总体 整体 良好'.split(
    ' ',
  ),
);

if (flag('--check-keys')) {
  const glossaryNames = g.english.flatMap((t) => t.en.map((en) => en.toLowerCase()));
  const readWhole = new Set(reportSensePhrases(glossaryNames).flatMap((t) => t.en));
  let unreached = 0;
  for (const [en, zh] of Object.entries(reportSenses.senses)) {
    if (readWhole.has(en)) continue;
    const read = translateContentWords(en, { timesWritten: () => 1 }).flatMap((t) => t.chinese);
    if (zh.some((z) => read.includes(z))) continue;
    unreached++;
    console.log(`${en}\t${zh.join(' ')}\t(read as: ${read.slice(0, 4).join(' ') || 'nothing'})`);
  }
  console.log(`# ${unreached} report senses the reader does not reach`);
  process.exit(0);
}

const jieba = Jieba.withDict(dict);
const counts = new Map<string, { times: number; tags: Map<string, number> }>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const { word, tag } of jieba.tag(line.normalize('NFKC'), true)) {
      if (!/^[\u4e00-\u9fff]{2,}$/.test(word)) continue;
      let c = counts.get(word);
      if (!c) counts.set(word, (c = { times: 0, tags: new Map() }));
      c.times++;
      c.tags.set(tag, (c.tags.get(tag) ?? 0) + 1);
    }
  }
}

const mainTag = (tags: Map<string, number>) => [...tags.entries()].sort((a, b) => b[1] - a[1])[0][0];
const gaps: { zh: string; times: number; tag: string; keys: string[] }[] = [];
for (const [zh, { times, tags }] of counts) {
  if (times < MIN_TIMES || FUNCTION_WORDS.has(zh) || placeWords.has(zh)) continue;
  const tag = mainTag(tags);
  if (!flag('--all-tags') && !CONTENT_TAGS.test(tag)) continue;
  const keys = [...(reachedBy.get(zh) ?? [])];
  const byWord = keys.some((k) => !k.includes(' '));
  if (!keys.length || (flag('--phrase-only') && !byWord)) gaps.push({ zh, times, tag, keys });
}
gaps.sort((a, b) => b.times - a.times);
if (flag('--json')) console.log(JSON.stringify(gaps, null, 1));
else {
  console.log(`# ${files.length} reports; ${gaps.length} content words written ≥ ${MIN_TIMES} times no English word reaches`);
  for (const { zh, times, tag, keys } of gaps) console.log(`${zh}\t${times}\t${tag}${keys.length ? `\t(phrase only: ${keys.slice(0, 3).join('; ')})` : ''}`);
}
