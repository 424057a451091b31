/**
 * A question's subject outside the glossary ("上海去年美丽街区目标完成了吗", "安徽人工造林面积近两年变化"):
 * the words it shares with the name of a figure the place's reports state (the figure table's
 * "建成“美丽街区”" 116个, "人工造林" 27.24万亩), so trends and target-vs-result answers read that
 * subject like an indicator. Only names the reports give a figure under count: no number comes from
 * anywhere else.
 */
import { levelPrefixVariant } from '../../lang/zh/name-variants.js';
import type { IndicatorEntry } from '../../lang/zh/glossary.js';
import { placeAliases } from '../../lang/zh/glossary.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import type { AnswerTools } from './answer-tools.js';
import { longestCommonRun, RUN_BREAK } from '../longest-common-run.js';
import { withoutAmountAsked } from '../../lang/zh/asked-shape-words.js';

/** Fewer characters than this shared with a figure's name is a word in common, not a subject ("建设", "目标"). */
export const SUBJECT_MIN_CHARS = 3;

/** Quotes and brackets a report writes around a name ("建成“美丽街区”"): no part of the name. */
const NAME_MARKS = /[“”"「」『』《》〈〉（）()]/g;

/**
 * The longest run of characters the question (without its places and years) shares with one of
 * `names`, at least SUBJECT_MIN_CHARS long; the name written most often wins a tie. Null when none.
 */
export function sharedSubject(question: string, names: readonly string[], dropped: readonly string[] = []): string | null {
  const text = cutQuestion(question, dropped);
  const counts = new Map<string, number>();
  for (const name of names) {
    const clean = name.replace(NAME_MARKS, '');
    counts.set(clean, (counts.get(clean) ?? 0) + 1);
  }
  let best: { run: string; times: number } | null = null;
  for (const [name, times] of counts) {
    const run = longestCommonRun(text, name);
    if (run.length < SUBJECT_MIN_CHARS) continue;
    if (!best || run.length > best.run.length || (run.length === best.run.length && times > best.times)) best = { run, times };
  }
  return best?.run ?? null;
}

/**
 * The query with its subject as its one indicator, when it names no glossary indicator and its one
 * place's reports state figures under a name it shares (a level or a rate, of a year, in the figure
 * table); null otherwise. Its only other names are the subject as the reports write it: marked
 * ("“美丽街区”", so "建成116个“美丽街区”" counts it before its name) or with the count inside it
 * ("打通53条断头路"); a sentence must write one of them.
 */
export function withAskedSubject(tools: AnswerTools, query: UnderstoodQuery): UnderstoodQuery | null {
  if (query.indicators.length || query.places.length !== 1 || query.language !== 'zh') return null;
  const place = query.places[0];
  const rows = tools.figureTable
    .select({ place, kind: 'actual', measures: ['level', 'rate'] })
    .filter((r) => r.year !== null && !r.inGlossary);
  const names = rows.map((r) => r.indicator);
  const dropped = [...query.places.flatMap(placeAliases), ...query.yearNotes.map((n) => n.phrase)];
  // "上海24年新增了几个公园": the asking of how many taken out, the verb and its noun are one name (新增公园).
  const subject = sharedSubject(query.question, names, dropped) ?? sharedSubject(withoutAmountAsked(query.question), names, dropped);
  if (!subject) return null;
  const sentences = rows.filter((r) => r.indicator.replace(NAME_MARKS, '').includes(subject)).map((r) => r.sentence);
  // "和美乡村覆盖率" where the figure's name lost its first character to a reading of 和 as "and":
  // the subject as long as the question and the figure's sentence write it together.
  const whole = wholeSubject(subject, cutQuestion(query.question, dropped), sentences);
  // "省级专精特新中小企业" asked, "省专精特新中小企业70家" planned: the level written with or without 级 is one name.
  const levelVariant = levelPrefixVariant(whole);
  const synonyms = [
    ...(whole !== subject ? [subject] : []),
    ...markedForms(subject, names),
    ...countedApart(subject, sentences),
    ...(levelVariant ? [levelVariant] : []),
  ];
  const indicator: IndicatorEntry = { name: whole, synonyms: [...new Set(synonyms)], en: [] };
  SUBJECTS.add(indicator);
  return { ...query, indicators: [indicator] };
}

/**
 * The subject as the names write it with quotes or brackets around or inside it ("“美丽街区”" in
 * "建成“美丽街区”"), each form once; the bare subject is not among them.
 */
export function markedForms(subject: string, names: readonly string[]): string[] {
  const mark = NAME_MARKS.source;
  const chars = [...subject].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`${mark}?${chars.join(`${mark}*`)}${mark}?`);
  const forms = new Set<string>();
  for (const name of names) {
    const found = pattern.exec(name)?.[0];
    if (found && found !== subject) forms.add(found);
  }
  return [...forms];
}

/**
 * The subject's object as sentences write it with the count between verb and object ("打通53条断头路"
 * for 打通断头路): the longest ending of the subject, at least SUBJECT_MIN_CHARS long, that a sentence
 * filed under it writes where it does not write the subject whole.
 */
export function countedApart(subject: string, sentences: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const sentence of sentences) {
    const plain = sentence.replace(NAME_MARKS, '');
    if (plain.includes(subject)) continue;
    for (let cut = 1; subject.length - cut >= SUBJECT_MIN_CHARS; cut++) {
      const ending = subject.slice(cut);
      if (plain.includes(ending)) {
        forms.add(ending);
        break;
      }
    }
  }
  return [...forms];
}

/** The question cut at its places, year phrases, numbers and punctuation: no subject runs across them. */
function cutQuestion(question: string, dropped: readonly string[]): string {
  let text = question;
  for (const word of [...dropped].sort((a, b) => b.length - a.length)) if (word) text = text.split(word).join(RUN_BREAK);
  return text.replace(/[\d\s,，。？?！!、]+/g, RUN_BREAK);
}

/** The longest run holding the subject that the question and one of the sentences both write; the subject when none is longer. */
export function wholeSubject(subject: string, question: string, sentences: readonly string[]): string {
  let best = subject;
  for (const sentence of sentences) {
    const run = longestCommonRun(question, sentence.replace(NAME_MARKS, ''));
    if (run.length > best.length && run.includes(subject)) best = run;
  }
  return best;
}

/** Indicators read from a question's subject, not the glossary's: their name is the question's words. */
const SUBJECTS = new WeakSet<IndicatorEntry>();

/** Whether an indicator was read from the question's subject (withAskedSubject), not the glossary. */
export function isAskedSubject(indicator: IndicatorEntry | undefined): boolean {
  return indicator !== undefined && SUBJECTS.has(indicator);
}

/**
 * The name a lead gives the figure: the subject as the question writes it when it holds the figure's
 * own shorter name ("和美乡村覆盖率" for 美乡村覆盖率); the figure's name otherwise.
 */
export function subjectLabel(query: Pick<UnderstoodQuery, 'indicators'>, figureName: string): string {
  const asked = query.indicators[0];
  if (!asked || !SUBJECTS.has(asked)) return figureName;
  const plain = figureName.replace(NAME_MARKS, '');
  return asked.name.length > plain.length && asked.name.includes(plain) ? asked.name : figureName;
}
