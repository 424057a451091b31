import { Engine } from './src/answer/engine.ts';
import { findPriorities } from './src/answer/priorities/index.ts';
import { commitmentScore, firedCommitmentRules } from './src/answer/priorities/commitment-rules.ts';
const e = await Engine.open({ corpusDir: '.cache/eval-corpus', indexDir: '.cache/eval-index', log: () => {} });
const { documents, sentences } = e.retriever.corpus;
for (const doc of documents.filter((d) => process.argv.slice(2).some((a) => d.meta.id.startsWith(a)))) {
  const q = { ...e.understand('工作重点'), places: [], years: [], planPeriod: null };
  const list = findPriorities(q, [doc], sentences)!;
  for (const item of list.items.filter((i) => !i.details.length)) {
    const h = item.heading;
    const sec = sentences.filter((s) => s.docId === doc.meta.id && h.path.every((p, i) => s.section[i] === p));
    console.log('##', h.text, 'path', h.path.join(' > '), 'n', sec.length);
    for (const s of sec.slice(0, 8)) console.log('  ', commitmentScore(s.text).toFixed(2), firedCommitmentRules(s.text).join(','), s.isHeading ? 'H' : '', s.text.slice(0, 80));
    const after = sentences.filter((s) => s.docId === doc.meta.id && s.paragraph > h.paragraph && s.paragraph <= h.paragraph + 2);
    for (const s of after.slice(0, 4)) console.log('   after:', s.section.join(' > ').slice(-40), '|', s.text.slice(0, 60));
  }
}
