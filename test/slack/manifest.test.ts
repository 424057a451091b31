import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_PROMPTS } from '../../src/slack/notices.js';

const manifest = readFileSync(new URL('../../src/slack/app-manifest.yaml', import.meta.url), 'utf8');

describe('app-manifest.yaml', () => {
  it('asks for the scopes and events the bot uses', () => {
    for (const scope of [
      'app_mentions:read',
      'chat:write',
      'im:history',
      'im:read',
      'im:write',
      'reactions:write',
      'commands',
      'assistant:write',
    ]) {
      expect(manifest).toMatch(new RegExp(`^\\s+- ${scope}$`, 'm'));
    }
    for (const event of ['app_mention', 'message.im', 'assistant_thread_started', 'assistant_thread_context_changed']) {
      expect(manifest).toMatch(new RegExp(`^\\s+- ${event.replace('.', '\\.')}$`, 'm'));
    }
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
