import { loadCorpus } from './src/ingest/load-corpus.js';
const c = loadCorpus(process.argv[2] ?? 'corpus');
console.error(c.warnings);
for (const d of c.documents) {
  console.log('=====', d.meta.id, d.meta.issuer, d.meta.level, d.meta.kind, d.meta.docYear, d.meta.title, JSON.stringify(d.stats));
  if (process.argv[3] === 'h') for (const h of d.headings) console.log('  '.repeat(h.depth), h.text.slice(0, 40), '|', h.period, h.kind);
  if (process.argv[3] === 's') for (const s of d.sentences) console.log(s.period, s.kind, s.isHeading ? 'H' : ' ', s.section.map(x=>x.slice(0,8)).join('›'), '|', s.text.slice(0, 70));
}
