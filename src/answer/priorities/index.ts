/**
 * A plan's priorities: its outline (outline.ts), each item's commitments chosen by the rules of
 * commitment-rules.ts (commitments.ts), themes (theme.ts), two outlines matched by theme
 * (match-outlines.ts), and the answers built from them (answer.ts).
 */
export { findPriorities, type PriorityItem, type PriorityList } from './outline.js';
export { outlineAnswer, outlineComparisonAnswer } from './answer.js';
