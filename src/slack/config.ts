import { z } from 'zod';
import { DEFAULT_WARM_UP_REQUESTS, MAX_WARM_UP_REQUESTS } from './warm-up.js';

export type SlackLogLevel = 'debug' | 'info' | 'warn' | 'error';

interface CommonSlackConfig {
  botToken: string;
  /** Web API base URL ending in "/"; undefined means Slack's own. */
  apiUrl?: string;
  /** Questions a user may ask per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Channel ids the bot answers in; null means every channel. DMs are always allowed. */
  allowedChannels: readonly string[] | null;
  feedbackLogPath: string;
  logLevel: SlackLogLevel;
  /** User ids allowed to add reports to the corpus from a DM; empty means nobody. */
  adminUsers: readonly string[];
}

export interface SocketSlackConfig extends CommonSlackConfig {
  mode: 'socket';
  appToken: string;
}

export interface HttpSlackConfig extends CommonSlackConfig {
  mode: 'http';
  signingSecret: string;
  port: number;
  /** Signed events the bot sends its own port before it reports ready (warm-up.ts); 0: none. */
  warmUpRequests: number;
}

export type SlackConfig = SocketSlackConfig | HttpSlackConfig;

/** Thrown for an unusable environment; the message names variables, never their values. */
export class SlackConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid Slack configuration: ${problems.join('; ')}`);
    this.name = 'SlackConfigError';
  }
}

// Empty strings count as unset: `FOO=` in a .env file should not switch a mode on.
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_MODE: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  PORT: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_RATE_LIMIT_PER_MINUTE: optionalText,
  SLACK_ALLOWED_CHANNELS: optionalText,
  SLACK_LOG_LEVEL: optionalText,
  FEEDBACK_LOG: optionalText,
  SLACK_ADMIN_USERS: optionalText,
  SLACK_WARM_UP_REQUESTS: optionalText,
});

const ModeSchema = z.enum(['socket', 'http']);
const PortSchema = z.coerce.number().int().min(0).max(65535);
const WarmUpSchema = z.coerce.number().int().min(0).max(MAX_WARM_UP_REQUESTS);
const RateSchema = z.coerce.number().int().min(0).max(10_000);
const LogLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);
const ApiUrlSchema = z.url({ protocol: /^https?$/ });
const ChannelIdSchema = z.string().regex(/^[CGD][A-Z0-9]{2,}$/);
/** Member ids: U… for users, W… for Enterprise Grid users. */
const UserIdSchema = z.string().regex(/^[UW][A-Z0-9]{2,}$/);

/**
 * Reads the Slack settings from the environment. Returns null when SLACK_BOT_TOKEN is unset, so the
 * caller can run without Slack; throws SlackConfigError listing every problem otherwise.
 */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const vars = EnvSchema.parse(env);
  if (vars.SLACK_BOT_TOKEN === undefined) return null;

  const problems: string[] = [];
  const botToken = vars.SLACK_BOT_TOKEN;
  if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"');

  let mode: 'socket' | 'http' | undefined;
  if (vars.SLACK_MODE !== undefined) {
    const parsed = ModeSchema.safeParse(vars.SLACK_MODE.toLowerCase());
    if (parsed.success) mode = parsed.data;
    else problems.push('SLACK_MODE must be "socket" or "http"');
  } else if (vars.SLACK_APP_TOKEN !== undefined) {
    mode = 'socket';
  } else {
    problems.push('set SLACK_APP_TOKEN for Socket Mode, or SLACK_MODE=http with SLACK_SIGNING_SECRET and PORT');
  }

  let apiUrl: string | undefined;
  if (vars.SLACK_API_URL !== undefined) {
    const parsed = ApiUrlSchema.safeParse(vars.SLACK_API_URL);
    if (parsed.success) apiUrl = parsed.data.endsWith('/') ? parsed.data : `${parsed.data}/`;
    else problems.push('SLACK_API_URL must be an http(s) URL such as https://slack.com/api/');
  }

  let rateLimitPerMinute = 10;
  if (vars.SLACK_RATE_LIMIT_PER_MINUTE !== undefined) {
    const parsed = RateSchema.safeParse(vars.SLACK_RATE_LIMIT_PER_MINUTE);
    if (parsed.success) rateLimitPerMinute = parsed.data;
    else problems.push('SLACK_RATE_LIMIT_PER_MINUTE must be a whole number from 0 (no limit) to 10000');
  }

  let allowedChannels: string[] | null = null;
  if (vars.SLACK_ALLOWED_CHANNELS !== undefined) {
    const ids = vars.SLACK_ALLOWED_CHANNELS.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const bad = ids.filter((id) => !ChannelIdSchema.safeParse(id).success);
    if (bad.length > 0) problems.push('SLACK_ALLOWED_CHANNELS must be comma-separated channel ids such as C0123ABCD');
    else if (ids.length > 0) allowedChannels = ids;
  }

  let adminUsers: string[] = [];
  if (vars.SLACK_ADMIN_USERS !== undefined) {
    const ids = vars.SLACK_ADMIN_USERS.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.some((id) => !UserIdSchema.safeParse(id).success))
      problems.push('SLACK_ADMIN_USERS must be comma-separated member ids such as U0123ABCD');
    else adminUsers = [...new Set(ids)];
  }

  let logLevel: SlackLogLevel = 'info';
  if (vars.SLACK_LOG_LEVEL !== undefined) {
    const parsed = LogLevelSchema.safeParse(vars.SLACK_LOG_LEVEL.toLowerCase());
    if (parsed.success) logLevel = parsed.data;
    else problems.push('SLACK_LOG_LEVEL must be one of debug, info, warn, error');
  }

  const common: CommonSlackConfig = {
    botToken,
    apiUrl,
    rateLimitPerMinute,
    allowedChannels,
    feedbackLogPath: vars.FEEDBACK_LOG ?? './feedback.jsonl',
    logLevel,
    adminUsers,
  };

  if (mode === 'socket') {
    const appToken = vars.SLACK_APP_TOKEN;
    if (appToken === undefined) problems.push('SLACK_APP_TOKEN is required for Socket Mode');
    else if (!appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-"');
    if (problems.length > 0 || appToken === undefined) throw new SlackConfigError(problems);
    return { ...common, mode, appToken };
  }
  if (mode === 'http') {
    const signingSecret = vars.SLACK_SIGNING_SECRET;
    if (signingSecret === undefined) problems.push('SLACK_SIGNING_SECRET is required when SLACK_MODE=http');
    let port = 3000;
    if (vars.PORT !== undefined) {
      const parsed = PortSchema.safeParse(vars.PORT);
      if (parsed.success) port = parsed.data;
      else problems.push('PORT must be a whole number from 0 to 65535');
    }
    let warmUpRequests = DEFAULT_WARM_UP_REQUESTS;
    if (vars.SLACK_WARM_UP_REQUESTS !== undefined) {
      const parsed = WarmUpSchema.safeParse(vars.SLACK_WARM_UP_REQUESTS);
      if (parsed.success) warmUpRequests = parsed.data;
      else problems.push(`SLACK_WARM_UP_REQUESTS must be a whole number from 0 (no warm-up) to ${MAX_WARM_UP_REQUESTS}`);
    }
    if (problems.length > 0 || signingSecret === undefined) throw new SlackConfigError(problems);
    return { ...common, mode, signingSecret, port, warmUpRequests };
  }
  throw new SlackConfigError(problems);
}

/** The secret values of a config, for log redaction. */
export function slackSecrets(config: SlackConfig): string[] {
  return config.mode === 'socket' ? [config.botToken, config.appToken] : [config.botToken, config.signingSecret];
}
