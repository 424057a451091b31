import { EACH_ASKED, SHARED_HEAD_LINK, SUBJECT_JOINERS } from '../lang/zh/several-subjects-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { figureLead } from './figure-lead.js';
import { placeAliases } from '../lang/zh/glossary.js';
import { longestCommonRun } from './longest-common-run.js';
import { message } from './messages.js';
import type { Citation, Figure } from './schema.js';

/** A side's name shares at least this much with a figure's before the figure is taken for it. */
const MIN_SIDE_RUN = 2;

/**
 * Several things asked at once in words no glossary indicator holds ("广东国家先进制造业集群和国家级中小企业特色产业集群
 * 各有几个"): the question is cut at its joiners into the things asked; each figure goes to the thing whose words it
 * shares most, and each thing's own best figure leads, in the order asked. Null when the question asks no figure of
 * each, names a glossary indicator (answered part by part elsewhere), or fewer than two things find a figure.
 */
export function severalSubjectsLead(query: UnderstoodQuery, figures: readonly Figure[], citations: readonly Citation[]): string | null {
  if (query.indicators.length || !query.wantsQuantity) return null;
  const sides = askedSubjects(query.question);
  if (sides.length < 2) return null;
  const bySide = sides.map(() => [] as Figure[]);
  // "吉林“畅返不畅”和湖南农村公路提质改造…": with several places, each thing is its own place's, and only that place's
  // figures can be it.
  const placeOf = sides.map((s) =>
    query.places.length > 1 ? query.places.find((p) => placeAliases(p).some((a) => s.includes(a))) : undefined,
  );
  for (const f of figures) {
    const runs = sides.map((s, i) => (placeOf[i] && f.district !== placeOf[i] ? 0 : longestCommonRun(f.indicator, s).length));
    const best = Math.max(...runs);
    // A figure both things' words name alike is neither's.
    if (best >= MIN_SIDE_RUN && runs.filter((r) => r === best).length === 1) bySide[runs.indexOf(best)].push(f);
  }
  // Each thing asked as the question asks it ("…各有几个"): the unit and shape asked still choose.
  const ask = query.question.slice(EACH_ASKED.exec(query.question)?.index ?? query.question.length);
  const leads = bySide.map((own, i) => {
    const place = placeOf[i];
    return own.length
      ? figureLead({ ...query, question: `${sides[i]}${ask}`, ...(place ? { places: [place] } : {}) }, own, citations)
      : null;
  });
  const found = leads.filter((l): l is string => !!l);
  return found.length >= 2 && new Set(found).size === found.length ? found.join(message('leadSeparator', query.language)) : null;
}

/**
 * The things a question asks each figure of, each with the question's words before the first ("广东") and the head
 * noun after a 的 they share ("建成和在建的过江通道" → 江苏建成过江通道, 在建过江通道). Empty when the question asks
 * no figure of each or joins no things.
 */
export function askedSubjects(question: string): string[] {
  const each = EACH_ASKED.exec(question);
  if (!each) return [];
  const span = question.slice(0, each.index);
  const parts = span.split(SUBJECT_JOINERS).filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1];
  const link = last.lastIndexOf(SHARED_HEAD_LINK);
  const head = link >= 0 ? last.slice(link + SHARED_HEAD_LINK.length) : '';
  if (head) parts[parts.length - 1] = last.slice(0, link);
  return parts.map((p) => `${p}${head}`);
}
