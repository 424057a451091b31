import type { DocumentMeta } from '../ingest/types.js';
import { englishPlace } from './english-names.js';
import { placeLabel } from '../lang/zh/place-words.js';
import { type Lang, message } from './messages.js';

/** At most this many places are used for example questions and named in the coverage line. */
const EXAMPLE_PLACES = 3;

/**
 * What the bot can be asked, with examples drawn from what the corpus holds: the latest report of
 * a few places, its results year and its plan year. Answers "help", "/help", "你能做什么".
 */
export function helpText(documents: readonly DocumentMeta[], lang: Lang): string {
  const latest = new Map<string, DocumentMeta>();
  for (const doc of documents) {
    const seen = latest.get(doc.issuer);
    if (!seen || (doc.docYear ?? 0) > (seen.docYear ?? 0)) latest.set(doc.issuer, doc);
  }
  const docs = [...latest.values()].filter((d) => d.reportsOn !== null || d.plansFor !== null).slice(0, EXAMPLE_PLACES);
  const examples: string[] = [];
  for (const [i, doc] of docs.entries()) {
    const place = lang === 'en' ? englishPlace(doc.issuer) : placeLabel(doc.issuer);
    if (i === 0 && doc.reportsOn !== null) examples.push(message('helpExampleFigure', lang, { place, year: doc.reportsOn }));
    if (i === 1 && doc.plansFor !== null) examples.push(message('helpExampleTarget', lang, { place, year: doc.plansFor }));
    if (i === 2 && doc.plansFor !== null) examples.push(message('helpExampleOutline', lang, { place, year: doc.plansFor }));
  }
  if (docs.length >= 2 && docs[0].reportsOn !== null) {
    const places = docs.slice(0, 2).map((d) => (lang === 'en' ? englishPlace(d.issuer) : placeLabel(d.issuer)));
    examples.push(message('helpExampleComparison', lang, { places, year: docs[0].reportsOn }));
  }
  examples.push(message('helpExampleFollowUp', lang));
  const places = [...latest.keys()].map((p) => (lang === 'en' ? englishPlace(p) : placeLabel(p)));
  return [
    message('helpIntro', lang),
    message('helpKinds', lang),
    message('helpExamples', lang),
    ...examples.map((e) => `• ${e}`),
    message('helpCoverage', lang, { places, documents: documents.length }),
  ].join('\n');
}
