/**
 * Figure reading, one concept a file: candidates (numbers that may be figures), clauses and
 * clause reading, pre-analysis (qualifiers, growth and gap verbs), indicator naming, 分别 lists,
 * from–to pairs, table facts, and ranking for a question.
 */
export { extractFigures } from './extract.js';
export { rankFiguresForQuestion } from './ranking.js';
export type { FigureInput } from './types.js';
