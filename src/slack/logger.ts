import { LogLevel, type Logger } from '@slack/bolt';
import { inspect } from 'node:util';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

// Slack token shapes, redacted even when they are not the configured ones (e.g. quoted in an error body).
const TOKEN_PATTERN = /\bx(?:ox[abeprs]|app)-[A-Za-z0-9-]+/g;

export function toLogLevel(level: 'debug' | 'info' | 'warn' | 'error'): LogLevel {
  return { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR }[level];
}

/** Replaces the given secrets and anything shaped like a Slack token with "[redacted]". */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  }
  return out.replace(TOKEN_PATTERN, '[redacted]');
}

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`;
  return inspect(arg, { depth: 4, breakLength: Infinity, maxStringLength: 2000 });
}

/**
 * A Bolt-compatible logger that writes one line per entry to a sink (stderr by default) and
 * redacts secrets, so neither our code nor Bolt's can print a token.
 */
export class RedactingLogger implements Logger {
  private level: LogLevel;
  private name = 'slack';

  constructor(
    private readonly secrets: readonly string[],
    level: LogLevel = LogLevel.INFO,
    private readonly sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {
    this.level = level;
  }

  debug(...msg: unknown[]): void {
    this.write(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.write(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.write(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.write(LogLevel.ERROR, msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }

  private write(level: LogLevel, msg: unknown[]): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const text = msg.map(formatArg).join(' ');
    this.sink(redact(`${new Date().toISOString()} ${level.toUpperCase()} [${this.name}] ${text}`, this.secrets));
  }
}

/**
 * The WebClient writes "http request failed fetch failed" at warn on every failed attempt; while
 * Slack is unreachable that is a line every few seconds. The Web API policy says it once instead
 * (naming the host), so these per-attempt lines go to debug.
 */
const PER_ATTEMPT_NOISE = /^http request failed\b/;

export function quietPerAttemptFailures(logger: Logger): Logger {
  return {
    debug: (...msg: unknown[]) => logger.debug(...msg),
    info: (...msg: unknown[]) => logger.info(...msg),
    warn: (...msg: unknown[]) =>
      typeof msg[0] === 'string' && PER_ATTEMPT_NOISE.test(msg[0]) ? logger.debug(...msg) : logger.warn(...msg),
    error: (...msg: unknown[]) => logger.error(...msg),
    setLevel: (level: LogLevel) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name: string) => logger.setName(name),
  };
}
