import { ENGLISH_SUBJECT_JOINERS } from '../lang/en/english-subject-joiners.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { figureLead } from './figure-lead.js';
import { message } from './messages.js';
import type { Citation, Figure } from './schema.js';

/** Marks a phrase the dictionary read whole, so a joiner inside it ("science and technology") cuts nothing. */
const READ_MARK = '\u0001';
const READ_AT = new RegExp(`${READ_MARK}(\\d+)${READ_MARK}`, 'g');
/** The citation a lead's figure is marked with, at its end ("… 94% [1]"). */
const CITED = /\[(\d+)\]\s*$/;

/**
 * The Chinese each English thing asked was read as, in the order asked: "kindergarten enrolment & inclusive rate" →
 * [入园率 入园, 普惠率]. Empty unless two or more things joined by and, & or a comma each read as some Chinese.
 */
export function englishThingsAsked(query: Pick<UnderstoodQuery, 'language' | 'question' | 'lexiconTranslations'>): string[][] {
  if (query.language !== 'en') return [];
  const read = (query.lexiconTranslations ?? []).filter((t) => t.chinese.length);
  // Longest first, so a phrase is marked before a word inside it.
  const byLength = read.map((t, i) => ({ english: t.english, i })).sort((a, b) => b.english.length - a.english.length);
  const marked = byLength.reduce(
    (text, { english, i }) => text.split(english).join(`${READ_MARK}${i}${READ_MARK}`),
    query.question.toLowerCase(),
  );
  const things = marked
    .split(ENGLISH_SUBJECT_JOINERS)
    .map((part) => [...part.matchAll(READ_AT)].flatMap((m) => read[Number(m[1])].chinese))
    .filter((chinese) => chinese.length > 0);
  return things.length >= 2 ? things : [];
}

/**
 * "beijing 2025: kindergarten enrolment & inclusive rate?": several things asked at once in English, none a glossary
 * indicator: each thing's figure, named by the Chinese it was read as, in the order asked. Null when fewer than two
 * things find a figure of their own.
 */
export function englishSeveralSubjectsLead(
  query: UnderstoodQuery,
  figures: readonly Figure[],
  citations: readonly Citation[],
): string | null {
  if (!query.wantsQuantity || query.indicators.length) return null;
  const leads = englishThingsAsked(query).map((chinese) => figureLead({ ...query, searchText: chinese.join(' ') }, figures, citations));
  const found = leads.filter((l): l is string => !!l);
  if (found.length < 2 || new Set(found).size !== found.length) return null;
  // Only things one sentence states together ("适龄儿童入园率和普惠率分别达96%和94%"): English joins modifiers as
  // readily as things ("elderly and childcare tax deductions"), and two sentences' figures would answer a modifier.
  const cited = new Set(found.map((lead) => CITED.exec(lead)?.[1]));
  if (cited.size !== 1 || cited.has(undefined)) return null;
  return found.join(message('leadSeparator', query.language));
}
