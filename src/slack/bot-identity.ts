import type { AuthorizeResult, Logger, webApi } from '@slack/bolt';
import { describeError } from './describe-error.js';

/** How long after a failed auth.test we wait before trying again from an incoming event. */
const RETRY_AFTER_MS = 60_000;

/**
 * The bot's own user and bot ids from auth.test, asked once and cached.
 *
 * Why not Bolt's built-in: with a plain `token` Bolt calls auth.test in the App constructor and an
 * unreachable Slack becomes an unhandled rejection that kills the process; with
 * `tokenVerificationEnabled: false` it calls auth.test on every event instead. Here a failure is
 * logged, events keep flowing without the ids (our handlers skip bot messages themselves), and
 * the call is retried at most once a minute.
 */
export class BotIdentity {
  private ids: { botId?: string; botUserId?: string } = {};
  private pending: Promise<boolean> | undefined;
  private failedAt: number | undefined;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly botToken: string,
    private readonly logger: Logger,
  ) {}

  get botUserId(): string | undefined {
    return this.ids.botUserId;
  }

  /** Calls auth.test (once at a time); true when the token works. Never throws. */
  verify(): Promise<boolean> {
    this.pending ??= this.client.auth
      .test({ token: this.botToken })
      .then((result) => {
        this.ids = { botId: result.bot_id, botUserId: result.user_id };
        this.failedAt = undefined;
        this.logger.info(`Slack auth.test ok: bot user ${result.user_id ?? '?'} in team ${result.team_id ?? '?'}`);
        return true;
      })
      .catch((error: unknown) => {
        this.failedAt = Date.now();
        this.logger.error(`Slack auth.test failed; is SLACK_BOT_TOKEN valid? ${describeError(error)}`);
        return false;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Bolt `authorize`: the token plus whatever ids are known, never waiting on the network. */
  readonly authorize = async (): Promise<AuthorizeResult> => {
    if (this.ids.botUserId === undefined && this.pending === undefined) {
      if (this.failedAt === undefined || Date.now() - this.failedAt > RETRY_AFTER_MS) void this.verify();
    }
    return { botToken: this.botToken, ...this.ids };
  };
}
