/**
 * Diagnosis aid (session 17): how the last of a conversation's questions is read in its light.
 * Usage: npx tsx scripts/convo-probe.ts "first question" "follow-up" …
 */
import { openEngineFromFlags } from '../src/cli/open-engine.js';
import { conversationState } from '../src/understand/conversation.js';

const engine = await openEngineFromFlags({ corpus: '.cache/eval-corpus', index: '.cache/eval-index2', progress: false });
const questions = process.argv.slice(2).map((q) => engine.retriever.understand(q, { today: new Date('2026-12-01') }));
const state = conversationState(questions);
const { indicators, lexiconTranslations, termAlternatives, ...rest } = state ?? {};
console.log(JSON.stringify({ indicators: indicators?.map((i) => i.name), lexiconTranslations, ...rest }, null, 1).slice(0, 3000));
