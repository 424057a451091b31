import type { UnderstoodQuery } from '../retrieve/query.js';
import { indicatorMention } from '../retrieve/indicator-mention.js';
import { asksForPlan } from '../lang/zh/intent-words.js';
import { TARGET_HEADING } from '../lang/zh/target-words.js';
import { message } from './messages.js';
import type { Citation } from './schema.js';

/**
 * Whether the question asks a target ("2025年居民收入目标是多少"), so only a target may answer it:
 * a year's actual beside it is not what was asked. A plan period alone ("十四五期间…怎么变的")
 * asks what it achieved.
 */
export function asksForTarget(query: Pick<UnderstoodQuery, 'intent' | 'question'>): boolean {
  return query.intent === 'plan' && asksForPlan(query.question);
}

/** The word a clause setting a target in words writes. */
const TARGET_WORD = '目标';

/** Where a sentence breaks into clauses. */
const CLAUSE_BREAK = /[，,；;。：:！!？?]/;

/**
 * A target asked and none stated as a number: said so, with the plan's own words for the asked
 * indicator when a cited plan sentence has them ("居民收入增长与经济增长基本同步").
 */
export function targetWithoutNumberLead(query: UnderstoodQuery, citations: readonly Citation[]): string {
  const names = query.indicators.flatMap((i) => [i.name, ...i.synonyms]);
  const subject = message('askedSubject', query.language, {
    places: query.places,
    years: query.years,
    indicator: query.indicators[0]?.name ?? '',
  });
  for (const [i, c] of citations.entries()) {
    if (c.kind !== 'plan') continue;
    // Only a target's own words: a clause of the sentence listing the targets ("主要预期目标是：…"),
    // or one that says 目标 itself; a plan's measure ("加大出口信用保险支持力度") sets none.
    const listsTargets = TARGET_HEADING.test(c.sentence);
    const clause = c.sentence
      .split(CLAUSE_BREAK)
      .map((s) => s.trim())
      .find((s) => indicatorMention(s, names) > 0 && (listsTargets || s.includes(TARGET_WORD)));
    if (clause) return message('noNumericTargetWords', query.language, { subject, words: clause, n: i + 1 });
  }
  return message('noNumericTarget', query.language, { subject });
}
