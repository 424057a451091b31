/**
 * Several levels passed in one phrase ("地区生产总值连续迈上4个万亿元台阶", "全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶"):
 * no value of the year (extract.ts blanks the phrase so the subject carries over to the value after it), but what a
 * question about the milestones asks ("跨了哪几个台阶", "连续迈上几个万亿台阶"). Each level written, and the count of levels,
 * are figures of shape 'milestone', named by the subject, the verb and the step their qualifier: they lead only when
 * milestones are asked.
 */
import {
  MILESTONE_COUNT_UNIT,
  MILESTONE_LEVEL,
  MILESTONE_NOUNS,
  MILESTONE_VERBS,
  MILESTONES_COUNTED,
  SEVERAL_MILESTONES,
  milestonePattern,
} from '../lang/zh/milestone-words.js';
import { MAGNITUDE } from '../lang/zh/units.js';
import { SMALL_CHINESE_NUMBERS } from '../lang/zh/small-numbers.js';
import { asksForMilestone } from '../lang/zh/asked-shape-words.js';
import { cleanIndicator, clip } from './indicator-naming.js';
import type { Figure } from './figure-schema.js';

/** What a milestone figure takes from the sentence's other figures: where, when, of what kind, cited where. */
export interface MilestoneFrame {
  period: string;
  district: string;
  citationId: string;
  kind: Figure['kind'];
}

/** The word of a run of levels passed one after another. */
const STREAK_WORD = '连续';
/** Marks a subject starts after. */
const CLAUSE_MARKS = /[，,；;。：:]/;
/** A subject shorter than this ("我省") names no indicator. */
const MIN_SUBJECT = 3;

/** The milestone figures of a sentence (as read, half-width), in the order written; none when it passes no several levels. */
export function milestonesPassed(read: string, frame: MilestoneFrame): Figure[] {
  const out: Figure[] = [];
  for (const m of read.matchAll(milestonePattern())) {
    const phrase = m[0];
    if (!SEVERAL_MILESTONES.test(phrase)) continue;
    const before = read.slice(0, m.index);
    const subject = cleanIndicator(before.split(CLAUSE_MARKS).at(-1) ?? '');
    if (subject.length < MIN_SUBJECT) continue;
    const verb = MILESTONE_VERBS.find((v) => phrase.includes(v)) ?? '';
    const run = phrase.startsWith(STREAK_WORD) ? STREAK_WORD : '';
    // Named by the subject; the verb and the step are the value's qualifier ("连续迈上…台阶"), as a streak's are.
    const figure = (value: number, unit: string, tail: string, inBase?: number): Figure => ({
      indicator: clip(subject),
      value,
      unit,
      qualifier: `${run}${verb}…${tail}`,
      kind: frame.kind,
      period: frame.period,
      district: frame.district,
      citationId: frame.citationId,
      ...(inBase !== undefined ? { valueInBaseUnit: inBase } : {}),
      shape: 'milestone',
    });
    for (const level of phrase.matchAll(MILESTONE_LEVEL)) {
      const value = Number(level[1]);
      const unit = `${level[2]}${level[3] ?? ''}`;
      out.push(
        figure(value, unit, MILESTONE_NOUNS.find((n) => phrase.endsWith(n)) ?? MILESTONE_NOUNS[0], value * (MAGNITUDE[level[2]] ?? 1)),
      );
    }
    const counted = MILESTONES_COUNTED.exec(phrase);
    const count = counted === null ? null : /^[0-9]+$/.test(counted[1]) ? Number(counted[1]) : (SMALL_CHINESE_NUMBERS[counted[1]] ?? null);
    // "4个万亿元台阶": the step counted ("万亿元台阶") after the count.
    if (counted && count !== null) out.push(figure(count, MILESTONE_COUNT_UNIT, counted[0].slice(counted[1].length + 1), count));
  }
  return out;
}

/** Whether a figure is a level passed read here (地区生产总值 连续迈上4个万亿元台阶): it answers only a question about milestones. */
export function isLevelPassed(f: Pick<Figure, 'qualifier' | 'shape'>): boolean {
  return f.shape === 'milestone' && MILESTONE_NOUNS.some((n) => (f.qualifier ?? '').endsWith(n));
}

/** Whether a figure may answer the question: a level passed only a question about milestones ("跨了哪几个台阶"). */
export function shownForQuestion(question: string): (f: Pick<Figure, 'qualifier' | 'shape'>) => boolean {
  const milestonesAsked = asksForMilestone(question);
  return (f) => milestonesAsked || !isLevelPassed(f);
}
