// The only module that reads the environment. Everything else receives a typed Config.

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_POLL_INTERVAL_MS = 2000;
export const DEFAULT_LONG_POLL_TIMEOUT_S = 30;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
export const DEFAULT_UPSTREAM_RETRIES = 2;
export const DEFAULT_LOG_LEVEL = 'info';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Upstream base URL including `/api`; undefined starts the embedded simulator. */
  aiqumUrl: string | undefined;
  aiqumCaFile: string | undefined;
  aiqumTlsInsecure: boolean;
  port: number;
  host: string;
  pollIntervalMs: number;
  longPollTimeoutS: number;
  /** Per upstream call, each retry included. */
  upstreamTimeoutMs: number;
  /** How many times a GET is retried after a 5xx, a 429 or a network error. */
  upstreamRetries: number;
  redisUrl: string | undefined;
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  return {
    aiqumUrl: readUrl(env, 'AIQUM_URL', ['http:', 'https:']),
    aiqumCaFile: readString(env, 'AIQUM_CA_FILE'),
    aiqumTlsInsecure: readBoolean(env, 'AIQUM_TLS_INSECURE', false),
    port: readInteger(env, 'PORT', DEFAULT_PORT, 0, 65_535),
    host: readString(env, 'HOST') ?? DEFAULT_HOST,
    pollIntervalMs: readInteger(env, 'POLL_INTERVAL_MS', DEFAULT_POLL_INTERVAL_MS, 100, 3_600_000),
    longPollTimeoutS: readInteger(env, 'LONG_POLL_TIMEOUT_S', DEFAULT_LONG_POLL_TIMEOUT_S, 1, 120),
    upstreamTimeoutMs: readInteger(
      env,
      'UPSTREAM_TIMEOUT_MS',
      DEFAULT_UPSTREAM_TIMEOUT_MS,
      100,
      600_000,
    ),
    upstreamRetries: readInteger(env, 'UPSTREAM_RETRIES', DEFAULT_UPSTREAM_RETRIES, 0, 10),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    logLevel: readLogLevel(env),
  };
}

function readString(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const value = readString(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} expects a URL, but got '${value}'`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} expects a ${protocols.join(' or ')} URL, but got '${value}'`);
  }
  return value.replace(/\/+$/, '');
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = readString(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} expects true or false, but got '${value}'`);
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = readString(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(`${name} expects an integer from ${min} to ${max}, but got '${value}'`);
  }
  return number;
}

function readLogLevel(env: Env): LogLevel {
  const value = readString(env, 'LOG_LEVEL') ?? DEFAULT_LOG_LEVEL;
  const level = LOG_LEVELS.find((known) => known === value);
  if (!level) {
    throw new ConfigError(`LOG_LEVEL expects one of ${LOG_LEVELS.join(', ')}, but got '${value}'`);
  }
  return level;
}
