import type { UnderstoodQuery } from '../retrieve/query.js';

/**
 * The other reading of a question about a report named by its year ("24年政府工作报告里赤字规模比上年多了多少"):
 * a work report reviews the year before its own and plans its own, and the words "多少" or "增加了" do not say
 * which of the two the asker means. Read first as one, the question is tried as the other when that finds nothing.
 * Null when no report is named, or other years are asked.
 */
export function otherReadingOfNamedReport(query: UnderstoodQuery): UnderstoodQuery | null {
  const named = query.namedReport;
  if (!named || query.years.length !== 1 || query.years[0] !== named.readAs) return null;
  const year = named.readAs === named.year ? named.year - 1 : named.year;
  const note = `“${named.phrase}”`;
  const yearNotes = query.yearNotes.filter((n) => n.phrase !== note);
  if (year !== named.year) yearNotes.push({ phrase: note, year });
  return {
    ...query,
    years: [year],
    intent: year === named.year ? 'plan' : 'result',
    yearNotes,
    namedReport: { ...named, readAs: year },
  };
}
