/** Whether a clause's figures are targets or results: the section's kind, then the clause's own words. */
import { ACHIEVED_WORDS, TARGET_WORDS } from '../lang/zh/target-words.js';
import type { Figure } from './figure-schema.js';
import type { Ctx } from './types.js';

export function kindFor(ctx: Ctx, clause: string, clauseEnd: number): Figure['kind'] {
  if (ctx.input.kind === 'plan') return 'target';
  if (ACHIEVED_WORDS.test(clause)) return 'actual';
  return TARGET_WORDS.test(clause) || ctx.targetHeadingEnd <= clauseEnd ? 'target' : 'actual';
}
