import { Engine } from '../src/answer/engine.js';
import { embedderChoice } from '../src/config.js';
const engine = await Engine.open({ corpusDir: '.cache/eval-corpus-l', indexDir: '.cache/eval-index-l', embedder: await embedderChoice(undefined), wording: null, log: () => {} });
const today = new Date('2026-12-01');
const convos: string[][] = JSON.parse(process.argv[2]);
for (const c of convos) {
  const history: string[] = [];
  for (const q of c) {
    const a = await engine.ask(q, { today, history: [...history] });
    console.log(`${history.length ? '   ' : '>> '}${q}\n      ${a.text.split('\n')[0].slice(0, 150)}`);
    history.push(q);
  }
}
