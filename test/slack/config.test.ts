import { describe, expect, it } from 'vitest';
import { SlackConfigError, loadSlackConfig } from '../../src/slack/config.js';

const BOT = 'xoxb-111-222-SECRETVALUE';
const APP = 'xapp-1-A1-SECRETAPPVALUE';
const SECRET = 'shh-signing-secret-value';

function problems(env: NodeJS.ProcessEnv): string {
  try {
    loadSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SlackConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a SlackConfigError');
}

describe('loadSlackConfig', () => {
  it('returns null without SLACK_BOT_TOKEN (Slack disabled)', () => {
    expect(loadSlackConfig({})).toBeNull();
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: '  ', SLACK_APP_TOKEN: APP })).toBeNull();
  });

  it('chooses Socket Mode when SLACK_APP_TOKEN is set', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
      apiUrl: undefined,
      rateLimitPerMinute: 10,
      allowedChannels: null,
      feedbackLogPath: './feedback.jsonl',
      logLevel: 'info',
      adminUsers: [],
    });
  });

  it('chooses HTTP mode with SLACK_MODE=http, even when an app token is present', () => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '8080',
    });
    expect(config).toMatchObject({ mode: 'http', signingSecret: SECRET, port: 8080 });
  });

  it('reads the optional settings', () => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      SLACK_RATE_LIMIT_PER_MINUTE: '3',
      SLACK_ALLOWED_CHANNELS: ' C0123ABCD, G0456EFGH ,',
      FEEDBACK_LOG: '/tmp/fb.jsonl',
      SLACK_LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      apiUrl: 'http://127.0.0.1:9999/api/',
      rateLimitPerMinute: 3,
      allowedChannels: ['C0123ABCD', 'G0456EFGH'],
      feedbackLogPath: '/tmp/fb.jsonl',
      logLevel: 'debug',
    });
  });

  it('names every bad variable and never prints a secret', () => {
    const message = problems({
      SLACK_BOT_TOKEN: 'not-a-token-SECRETVALUE',
      SLACK_MODE: 'http',
      PORT: 'eighty',
      SLACK_API_URL: 'ftp://x',
      SLACK_RATE_LIMIT_PER_MINUTE: '-1',
      SLACK_ALLOWED_CHANNELS: 'general',
      SLACK_LOG_LEVEL: 'loud',
    });
    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'PORT',
      'SLACK_API_URL',
      'SLACK_RATE_LIMIT_PER_MINUTE',
      'SLACK_ALLOWED_CHANNELS',
      'SLACK_LOG_LEVEL',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('SECRETVALUE');
    expect(message).not.toContain('eighty');
  });

  it('requires a mode', () => {
    expect(problems({ SLACK_BOT_TOKEN: BOT })).toMatch(/SLACK_APP_TOKEN.*SLACK_MODE=http/);
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_MODE: 'socket' })).toContain('SLACK_APP_TOKEN is required');
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_MODE: 'carrier-pigeon' })).toContain('SLACK_MODE');
  });

  it('rejects a wrong kind of app token without printing it', () => {
    const message = problems({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-SECRETAPPVALUE' });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).not.toContain('SECRETAPPVALUE');
  });
});
