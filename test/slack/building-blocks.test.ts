import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/slack/in-flight.js';
import { slackTextToPlain } from '../../src/slack/incoming-text.js';
import { RedactingLogger, redact } from '../../src/slack/logger.js';
import { ThreadMemory } from '../../src/slack/thread-memory.js';
import { TokenBuckets } from '../../src/slack/token-bucket.js';
import { TtlSet } from '../../src/slack/ttl-set.js';

describe('TtlSet', () => {
  it('claims a key once until it expires', () => {
    let now = 0;
    const set = new TtlSet(1000, 10, () => now);
    expect(set.claim('a')).toBe(true);
    expect(set.claim('a')).toBe(false);
    now = 1001;
    expect(set.claim('a')).toBe(true);
  });
  it('never grows beyond its size, dropping the oldest', () => {
    const set = new TtlSet(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) set.claim(k);
    expect(set.size).toBe(3);
    expect(set.has('a')).toBe(false);
    expect(set.has('d')).toBe(true);
  });
});

describe('TokenBuckets', () => {
  it('allows a burst of perMinute, then refills evenly', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('u'))).toEqual([true, true, true, false]);
    expect(buckets.take('other')).toBe(true);
    now = 20_000; // one token per 20 s at 3/min
    expect(buckets.take('u')).toBe(true);
    expect(buckets.take('u')).toBe(false);
  });
  it('treats 0 as no limit', () => {
    const buckets = new TokenBuckets(0);
    expect(Array.from({ length: 100 }, () => buckets.take('u')).every(Boolean)).toBe(true);
  });
});

describe('ThreadMemory', () => {
  it('keeps recent questions per thread and forgets the least recently used threads', () => {
    const memory = new ThreadMemory(2, 2);
    memory.remember('t1', 'q1');
    memory.remember('t1', 'q2');
    memory.remember('t1', 'q3');
    expect(memory.history('t1')).toEqual(['q2', 'q3']);
    memory.remember('t2', 'x');
    memory.history('t1');
    memory.remember('t3', 'y');
    expect(memory.history('t2')).toEqual([]);
    expect(memory.history('t1')).toEqual(['q2', 'q3']);
  });
});

describe('slackTextToPlain', () => {
  it('drops the bot mention and decodes Slack markup', () => {
    expect(slackTextToPlain('<@UBOT> 钱塘区2024年GDP &amp; 增速 &lt;5%?', 'UBOT')).toBe('钱塘区2024年GDP & 增速 <5%?');
    expect(slackTextToPlain('<@UBOT|bot> hi <@U2|alice> in <#C1|general> see <https://x.test|link> <https://y.test> <!here>', 'UBOT')).toBe(
      'hi @alice in #general see link https://y.test @here',
    );
  });
  it('drops leading mentions when the bot id is unknown', () => {
    expect(slackTextToPlain('<@U0BOT> 问题 <@U2>')).toBe('问题 @U2');
  });
});

describe('RedactingLogger', () => {
  it('redacts configured secrets and anything shaped like a Slack token', () => {
    const lines: string[] = [];
    const logger = new RedactingLogger(['my-signing-secret'], LogLevel.INFO, (l) => lines.push(l));
    logger.debug('hidden');
    logger.error('failed with xoxb-123-456-abc and xapp-1-A-xyz and my-signing-secret', new Error('token xoxp-9-9'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/xoxb-|xapp-|xoxp-|my-signing-secret/);
    expect(lines[0]).toContain('[redacted]');
    expect(redact('nothing here', [])).toBe('nothing here');
  });
});

describe('InFlight', () => {
  it('waits for running work, bounded by a timeout', async () => {
    const inFlight = new InFlight();
    let release!: () => void;
    const work = inFlight.run(() => new Promise<void>((r) => (release = r)));
    expect(await inFlight.drain(20)).toBe(false);
    release();
    await work;
    expect(await inFlight.drain(1000)).toBe(true);
  });
});
