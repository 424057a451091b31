/**
 * Reading a question in its conversation (src/understand/conversation.ts): the session-11 rules its
 * session-12 mutation re-run found no test of the mutation set reaching — help typed in a command
 * word keeps the conversation's language, a ranking of every place with its own subject stands
 * alone, and a share asked again for another place. Understood questions are built field by field,
 * as in conversation.mutants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { asked, indicator } from '../support/hand-built-query.js';
import { readInConversation } from '../../src/understand/conversation.js';

const GDP = indicator('地区生产总值');
const RD = indicator('研发经费');
const EXPORTS = indicator('货物出口');

describe('session-12 re-run: help, rankings of every place, shares asked again', () => {
  it("answers help typed as a command word in the conversation's language; other help wording in its own", () => {
    const earlier = asked('浙江GDP多少', { places: ['浙江省'], indicators: [GDP], wantsQuantity: true });
    const command = readInConversation(asked('help', { language: 'en', ask: 'help', askConfidence: 0.95 }), earlier);
    expect([command.language, command.places, command.indicators]).toEqual(['zh', [], []]);
    const english = asked('what else can you answer', { language: 'en', ask: 'help', askConfidence: 0.95 });
    expect(readInConversation(english, earlier)).toBe(english);
  });

  it('reads a ranking of every place with its own subject as a new question', () => {
    const plan = asked('浙江2026年有哪些重点工作', { places: ['浙江省'], years: [2026], intent: 'plan', wantsPriorities: true });
    const ranking = asked('各省2025年GDP增速排名', { years: [2025], indicators: [GDP], ask: 'superlative', askConfidence: 0.9 });
    const out = readInConversation(ranking, plan);
    // Standing alone, it keeps its own (any) intent, not the plan's.
    expect([out.intent, out.places, out.wantsPriorities]).toEqual(['any', [], false]);
  });

  it('asks a share again for another place, part over whole in the order the earlier question wrote them', () => {
    const earlier = asked('上海R&D经费占GDP比重多少', { places: ['上海市'], indicators: [GDP, RD], wantsQuantity: true });
    const out = readInConversation(asked('那北京呢', { places: ['北京市'] }), earlier);
    expect(out.question).toBe('研发经费占地区生产总值比重那北京呢');
    expect(out.indicators).toEqual([GDP, RD]);
    // The first place any of its names is written decides, the question's first character included.
    const twice = asked('R&D经费占GDP比重多少，研发经费支出增长多少', { indicators: [GDP, RD], wantsQuantity: true });
    expect(readInConversation(asked('那北京呢', { places: ['北京市'] }), twice).question).toBe('研发经费占地区生产总值比重那北京呢');
  });

  it('asks a share of one indicator again as its 占比, and a share asked with a measure of its own as that measure', () => {
    const earlier = asked('浙江货物出口占比多少', { places: ['浙江省'], indicators: [EXPORTS], wantsQuantity: true });
    expect(readInConversation(asked('那江苏呢', { places: ['江苏省'] }), earlier).question).toBe('货物出口占比那江苏呢');
    expect(readInConversation(asked('那江苏增速呢', { places: ['江苏省'] }), earlier).question).toBe('货物出口那江苏增速呢');
    // No indicator read at all: the earlier question's own words, without its place (session 15).
    const bare = asked('浙江占比多少', { places: ['浙江省'], wantsQuantity: true });
    expect(readInConversation(asked('那江苏呢', { places: ['江苏省'] }), bare).question).toBe('占比多少那江苏呢');
  });
});
