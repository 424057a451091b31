import { Engine } from './src/answer/engine.ts';
import { findPriorities } from './src/answer/priorities/index.ts';
import { commitmentScore } from './src/answer/priorities/commitment-rules.ts';
const e = await Engine.open({ corpusDir: '.cache/eval-corpus', indexDir: '.cache/eval-index', log: () => {} });
const { documents, sentences } = e.retriever.corpus;
let items = 0, withC = 0, withPass = 0, cited = 0;
for (const doc of documents) {
  const q = { ...e.understand('工作重点'), places: [], years: [], planPeriod: null };
  const list = findPriorities(q, [doc], sentences);
  if (!list) { console.log('NO LIST', doc.meta.id); continue; }
  const miss = list.items.filter((i) => !i.details.length);
  items += list.items.length; withC += list.items.length - miss.length;
  withPass += list.items.filter((i) => i.details.some((d) => commitmentScore(d.text) >= 0.5)).length;
  cited += list.items.filter((i) => i.headingSentence || i.details.length).length;
  console.log(doc.meta.id.slice(0, 40), list.period, list.items.length, 'miss', miss.length, miss.map((m) => m.heading.text.slice(0, 20)).join('|'));
}
console.log({ items, withC, withPass, cited, rate: withC / items });
