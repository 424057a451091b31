import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_PROMPTS } from '../../src/slack/notices.js';

const manifest = readFileSync(new URL('../../src/slack/app-manifest.yaml', import.meta.url), 'utf8');
const SLACK_SRC = path.resolve(import.meta.dirname, '../../src/slack');

/**
 * The bot scopes each Web API method (or Bolt helper) needs, from Slack's method reference.
 * conversations.replies needs the history scope of every conversation type a thread can be in:
 * channels (public), groups (private), im (DM, Assistant threads) and mpim (group DM).
 */
const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  say: ['chat:write'],
  respond: [],
  'reactions.add': ['reactions:write'],
  'reactions.remove': ['reactions:write'],
  'views.open': [],
  'views.update': [],
  'assistant.threads.setStatus': ['assistant:write'],
  setSuggestedPrompts: ['assistant:write'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'files.uploadV2': ['files:write'],
  'files.info': ['files:read'],
};
/** Events and features and the scopes they need. */
const EVENT_SCOPES: Readonly<Record<string, readonly string[]>> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  assistant_thread_started: ['assistant:write'],
  assistant_thread_context_changed: ['assistant:write'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Web API methods and Bolt helpers the bot's code calls. */
function methodsCalled(): Set<string> {
  const called = new Set<string>();
  for (const file of sourceFiles(SLACK_SRC)) {
    const code = readFileSync(file, 'utf8').replace(/\s*\n\s*\./g, '.');
    for (const m of code.matchAll(/\bclient\.((?:[a-z]+\.)+[a-zA-Z0-9]+)\b/g)) called.add(m[1] ?? '');
    for (const m of code.matchAll(/\b(say|respond|setSuggestedPrompts)\(/g)) called.add(m[1] ?? '');
  }
  return called;
}

function listUnder(key: string): string[] {
  const block = manifest.match(new RegExp(`\\n(\\s+)${key}:\\n((?:\\1\\s+- .+\\n)+)`));
  return (block?.[2] ?? '').split('\n').flatMap((l) => (l.trim().startsWith('- ') ? [l.trim().slice(2)] : []));
}

describe('app-manifest.yaml', () => {
  it('asks for exactly the scopes the code uses', () => {
    const called = methodsCalled();
    for (const method of called) expect(METHOD_SCOPES, `scopes of ${method} (add it to METHOD_SCOPES)`).toHaveProperty([method]);
    const events = listUnder('bot_events');
    const needed = new Set<string>(['commands']);
    for (const method of called) for (const s of METHOD_SCOPES[method] ?? []) needed.add(s);
    for (const event of events) for (const s of EVENT_SCOPES[event] ?? []) needed.add(s);
    expect(called).toContain('conversations.replies');
    expect(called).toContain('files.uploadV2');
    expect([...listUnder('bot')].sort()).toEqual([...needed].sort());
    expect(listUnder('bot')).not.toContain('im:read');
    expect(listUnder('bot')).not.toContain('im:write');
  });

  it('subscribes to the events the bot handles', () => {
    expect(listUnder('bot_events').sort()).toEqual([
      'app_mention',
      'assistant_thread_context_changed',
      'assistant_thread_started',
      'message.im',
    ]);
    expect(manifest).toMatch(/^\s+- command: \/ask$/m);
    expect(manifest).toMatch(/^\s+socket_mode_enabled: true$/m);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('suggests the same prompts as the Assistant thread greeting', () => {
    for (const prompt of SUGGESTED_PROMPTS) {
      expect(manifest).toContain(`message: ${prompt.message}`);
      expect(manifest).toContain(`title: ${prompt.title}`);
    }
  });
});
