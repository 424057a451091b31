import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import { INDICATOR_QUALIFIERS } from '../../lang/zh/follow-up-words.js';
import { message } from '../messages.js';
import { figureLead } from '../figure-lead.js';
import type { ScoredSentence } from '../../retrieve/retriever.js';
import type { Answer, Figure } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';
import { interleave } from './interleave.js';

/** Several indicators asked at once: each one's best evidence cited, each one's figure in the lead. */
export async function severalIndicatorsAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  const pair = query.indicators.length === 1 ? qualifierPairOf(query.question) : null;
  const parts: UnderstoodQuery[] = pair
    ? pair.qualifiers.map((q) => ({ ...query, question: `${query.question.replace(pair.written, q)} ${q}${query.indicators[0].name}` }))
    : askedOrder(query).map((indicator) => ({ ...query, indicators: [indicator] }));
  const found: { one: UnderstoodQuery; part: number; sentences: ScoredSentence[] }[] = [];
  for (const [part, one] of parts.entries()) {
    const outcome = await tools.retriever.retrieve(one, 3);
    if (outcome.kind === 'found') found.push({ one, part, sentences: outcome.sentences });
  }
  if (found.length < 2) return null;
  const seen = new Set<string>();
  const merged = interleave(found.map((f) => f.sentences))
    .filter((s) => !seen.has(s.sentence.id) && seen.add(s.sentence.id))
    .slice(0, 5);
  const citations = merged.map((s) => tools.citation(s.sentence, s.score));
  const figures = tools.figuresFor(query, citations);
  // A qualifier's part leads with a figure of that qualifier ("农村居民…"), where one is cited.
  // A result asked is answered by results where one is cited, a target by targets: the 社零 of a
  // past year is what it came to, not the plan's "增长5%左右" cited beside it.
  const wantedKind = query.intent === 'result' ? 'actual' : query.intent === 'plan' ? 'target' : null;
  const ofKind = (fs: Figure[]) => {
    const kept = wantedKind ? fs.filter((f) => f.kind === wantedKind) : fs;
    return kept.length ? kept : fs;
  };
  const figuresOf = (i: number) => {
    const qualifier = pair?.qualifiers[i];
    const own = qualifier ? figures.filter((f) => f.indicator.includes(qualifier)) : [];
    return ofKind(own.length ? own : figures);
  };
  const leads = found.map((f) => figureLead(f.one, figuresOf(f.part), citations)).filter((l): l is string => !!l);
  const lead = leads.length ? [...new Set(leads)].join(message('leadSeparator', query.language)) : null;
  return frameAnswer(frame, { notFound: false, text: composeText(query, citations, lead), citations, figures });
}

/** "城镇和农村居民收入": the two qualifiers asked side by side, as written ("城镇和农村"). */
export function qualifierPairOf(question: string): { written: string; qualifiers: [string, string] } | null {
  const alternatives = INDICATOR_QUALIFIERS.join('|');
  const m = new RegExp(`(${alternatives})(?:居民)?(?:和|与|及|、)(${alternatives})`).exec(question);
  return m && m[1] !== m[2] ? { written: m[0], qualifiers: [m[1], m[2]] } : null;
}

/** The asked indicators in the order the question names them ("GDP和财政收入": GDP first). */
function askedOrder(query: UnderstoodQuery): UnderstoodQuery['indicators'] {
  const text = query.question.toLowerCase();
  const at = (ind: UnderstoodQuery['indicators'][number]) => {
    const positions = [ind.name, ...ind.synonyms, ...ind.en].map((n) => text.indexOf(n.toLowerCase())).filter((i) => i >= 0);
    return positions.length ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
  };
  return [...query.indicators].sort((a, b) => at(a) - at(b));
}
