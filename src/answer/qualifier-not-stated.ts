import { askedResidentQualifier, namesResidentQualifier } from '../lang/zh/resident-qualifiers.js';
import { groupInEnglish } from '../lang/zh/population-qualifiers.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { askedFigures } from './level-not-stated.js';
import { message } from './messages.js';
import type { Figure } from './schema.js';

/**
 * The words that go before a lead answering one group of residents ("上海农村居民收入", "农村的呢" after
 * 上海居民收入) with the only figure the reports give, that of all residents: "报告未给出农村居民的数据，只有全体居民：".
 * Without it the all-resident 9.2万元 reads as the rural figure. Null when no one group is asked, when a
 * figure of that group is among the asked ones, or when no figure of the asked indicator is there at all.
 */
export function qualifierNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  if (!query.wantsQuantity || !query.indicators.length) return null;
  const resident = askedResidentQualifier(query.question);
  if (!resident) return null;
  const asked = askedFigures(query, figures);
  if (!asked.length || asked.some((f) => namesResidentQualifier(f.indicator, resident))) return null;
  return message('qualifierNotStated', query.language, { group: resident.word, groupEn: groupInEnglish(resident.word) });
}
