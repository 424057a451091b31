/**
 * Survey of five-year reviews: for every report of the seed corpus and the external reports, the
 * headings that name a five-year plan ending in the year the report reviews (or "过去五年", "五年来"),
 * and how each paragraph under them is labelled. `npx tsx eval/period-survey.ts [--paragraphs]`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/ingest/load-corpus.js';
import { reviewHeadingSpan } from '../src/ingest/periods.js';
import type { IngestedDocument } from '../src/ingest/types.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const folders = ['corpus', 'test/fixtures/gov-reports/national', 'test/fixtures/gov-reports/provincial-2025', 'test/fixtures/gov-reports/provincial-2026'];
const showParagraphs = process.argv.includes('--paragraphs');

function survey(doc: IngestedDocument): void {
  const reviews = doc.headings.filter((h) => reviewHeadingSpan(h.text, doc.meta.reportsOn) !== null);
  if (!reviews.length) {
    console.log(`| ${doc.meta.file} | ${doc.meta.reportsOn} | — | | | |`);
    return;
  }
  for (const h of reviews) {
    const under = doc.sentences.filter((s) => !s.isHeading && s.section.length >= h.path.length && h.path.every((p, i) => s.section[i] === p));
    const byParagraph = new Map<number, string[]>();
    for (const s of under) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s.period]);
    const counts: Record<string, number> = {};
    for (const periods of byParagraph.values()) {
      const key = [...new Set(periods)].join('+');
      counts[key] = (counts[key] ?? 0) + 1;
    }
    const summary = Object.entries(counts)
      .map(([k, n]) => `${k}:${n}`)
      .join(' ');
    console.log(`| ${doc.meta.file} | ${doc.meta.reportsOn} | ${h.text} | ${h.period} | ${byParagraph.size} | ${summary} |`);
    if (showParagraphs) {
      for (const [p, periods] of byParagraph) {
        const first = under.find((s) => s.paragraph === p)!;
        const text = under.filter((s) => s.paragraph === p).map((s) => `[${s.period}]${s.text.slice(0, 50)}`).join(' ');
        console.log(`    p${p} ${[...new Set(periods)].join('+')} ${first.kind}: ${text.slice(0, 400)}`);
      }
    }
  }
}

console.log('| report | reportsOn | review heading | heading period | paragraphs | paragraph labels (period:count) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const folder of folders) for (const doc of loadCorpus(path.join(root, folder)).documents) survey(doc);
