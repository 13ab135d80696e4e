// The only module that reads the environment. Everything else receives a typed Config.

import { readTrustedDocuments, type TrustedDocuments } from './trusted-documents.ts';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '0.0.0.0';
/** The embedded simulator takes writes from admin/admin: off the network unless HOST says so. */
export const DEFAULT_HOST_WITH_SIMULATOR = '127.0.0.1';
export const DEFAULT_POLL_INTERVAL_MS = 2000;
export const DEFAULT_LONG_POLL_TIMEOUT_S = 30;
export const DEFAULT_ACCESS_RECHECK_S = 60;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
export const DEFAULT_UPSTREAM_RETRIES = 2;
export const DEFAULT_AIQUM_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_LOG_LEVEL = 'info';
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 8000;
export const DEFAULT_REDIS_LEASE_TTL_MS = 5000;
export const DEFAULT_REDIS_KEY_PREFIX = 'aiqum-gateway:';
/** Where OTLP/HTTP traces go when tracing is on but no endpoint is named (a local collector). */
export const DEFAULT_OTLP_TRACES_URL = 'http://localhost:4318/v1/traces';
export const DEFAULT_LIVE_LIST: LiveListConfig = {
  pageSize: 100,
  maxFollowed: 1000,
  maxListsPerLogin: 20,
};
export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 100,
  maxObjects: 100_000,
  maxAliases: 100,
  maxTokens: 5000,
  maxDirectives: 20,
  maxBodyBytes: 100_000,
  maxWebSocketPayloadBytes: 100_000,
  connectionInitTimeoutMs: 3000,
  maxSubscriptionsPerConnection: 100,
  maxOperationsPerConnection: 50,
  maxSubscriptions: 50_000,
  batchLimit: 0,
  maxParentLists: 50,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Bounds on what one client may ask of the gateway. */
export interface Limits {
  maxDepth: number;
  /** AIQUM requests one operation may cause, priced before it runs. */
  maxCost: number;
  /** Objects one answer may hold, priced before it runs. */
  maxObjects: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** A larger HTTP request body is refused with 413. */
  maxBodyBytes: number;
  maxWebSocketPayloadBytes: number;
  /** A WebSocket that sends no `connection_init` in time is closed with 4408. */
  connectionInitTimeoutMs: number;
  maxSubscriptionsPerConnection: number;
  /** Queries and mutations one WebSocket may have running at once. */
  maxOperationsPerConnection: number;
  /** Subscriptions open at once in this process, over every transport. */
  maxSubscriptions: number;
  /** Operations per batched HTTP request; 0 turns batching off. */
  batchLimit: number;
  /**
   * Lists of a parent's objects (`Svm.luns`, `Svm.fileShares`, `Cluster.svms`) one operation
   * may read: each is one AIQUM request.
   */
  maxParentLists: number;
}

/** The live jobs list (`jobsUpdated`). */
export interface LiveListConfig {
  /** Records one discovery poll reads (AIQUM's newest jobs). */
  pageSize: number;
  /** Running jobs one list follows at most. */
  maxFollowed: number;
  /** Distinct lists (filters) one login may have followed at once, per process. */
  maxListsPerLogin: number;
}

export interface Config {
  /** Upstream base URL including `/api`; undefined starts the embedded simulator. */
  aiqumUrl: string | undefined;
  aiqumCaFile: string | undefined;
  aiqumTlsInsecure: boolean;
  port: number;
  /** Default: loopback with the embedded simulator, every interface with `aiqumUrl`. */
  host: string;
  pollIntervalMs: number;
  longPollTimeoutS: number;
  /**
   * How stale a login's access check may be while it receives live updates of a job
   * (`ACCESS_RECHECK_S`, in seconds there; in ms here so tests may go below a second).
   */
  accessRecheckMs: number;
  /** Wall-clock limit of one upstream call: every attempt and every wait between them. */
  upstreamTimeoutMs: number;
  /** How many times a GET is retried after a 5xx, a 429 or a network error. */
  upstreamRetries: number;
  /** The most of one AIQUM answer the gateway reads; a larger answer is an upstream error. */
  aiqumMaxResponseBytes: number;
  redisUrl: string | undefined;
  /** How long a job's poll lease outlives a replica that died; renewed every third of it. */
  redisLeaseTtlMs: number;
  /** Prefix of every Redis key and channel, so several gateways may share one Redis. */
  redisKeyPrefix: string;
  logLevel: LogLevel;
  limits: Limits;
  liveList: LiveListConfig;
  /** Schema introspection; turn off in production to hide the schema. */
  introspection: boolean;
  graphiql: boolean;
  /** How long a SIGTERM waits for in-flight requests before closing them. */
  shutdownTimeoutMs: number;
  /** OpenTelemetry tracing; undefined when off (nothing is installed). */
  tracing: TracingConfig | undefined;
  /** With a persisted-documents file: only these operations are served, by id. */
  trustedDocuments: TrustedDocuments | undefined;
  /** Origins (`https://app.example.com`) whose pages may call the API; empty: none but our own. */
  corsOrigins: string[];
}

/** Where spans go. The SDK reads the other `OTEL_*` variables itself (README). */
export interface TracingConfig {
  exporters: TraceExporterName[];
  /** The OTLP/HTTP (JSON) traces URL, used when `exporters` holds `otlp`. */
  otlpTracesUrl: string;
}

const TRACE_EXPORTERS = ['otlp', 'console'] as const;
export type TraceExporterName = (typeof TRACE_EXPORTERS)[number];
// The gateway ships the OTLP/HTTP JSON exporter; a collector's OTLP receiver takes it on 4318.
const OTLP_PROTOCOL = 'http/json';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const aiqumUrl = readUrl(env, 'AIQUM_URL', ['http:', 'https:']);
  return {
    aiqumUrl,
    aiqumCaFile: readString(env, 'AIQUM_CA_FILE'),
    aiqumTlsInsecure: readBoolean(env, 'AIQUM_TLS_INSECURE', false),
    port: readInteger(env, 'PORT', DEFAULT_PORT, 0, 65_535),
    host: readString(env, 'HOST') ?? (aiqumUrl ? DEFAULT_HOST : DEFAULT_HOST_WITH_SIMULATOR),
    pollIntervalMs: readInteger(env, 'POLL_INTERVAL_MS', DEFAULT_POLL_INTERVAL_MS, 100, 3_600_000),
    longPollTimeoutS: readInteger(env, 'LONG_POLL_TIMEOUT_S', DEFAULT_LONG_POLL_TIMEOUT_S, 1, 120),
    accessRecheckMs: readInteger(env, 'ACCESS_RECHECK_S', DEFAULT_ACCESS_RECHECK_S, 1, 3600) * 1000,
    upstreamTimeoutMs: readInteger(
      env,
      'UPSTREAM_TIMEOUT_MS',
      DEFAULT_UPSTREAM_TIMEOUT_MS,
      100,
      600_000,
    ),
    upstreamRetries: readInteger(env, 'UPSTREAM_RETRIES', DEFAULT_UPSTREAM_RETRIES, 0, 10),
    aiqumMaxResponseBytes: readInteger(
      env,
      'AIQUM_MAX_RESPONSE_BYTES',
      DEFAULT_AIQUM_MAX_RESPONSE_BYTES,
      1024,
      1024 * 1024 * 1024,
    ),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisLeaseTtlMs: readInteger(
      env,
      'REDIS_LEASE_TTL_MS',
      DEFAULT_REDIS_LEASE_TTL_MS,
      300,
      600_000,
    ),
    redisKeyPrefix: readString(env, 'REDIS_KEY_PREFIX') ?? DEFAULT_REDIS_KEY_PREFIX,
    logLevel: readLogLevel(env),
    limits: readLimits(env),
    liveList: {
      pageSize: readInteger(env, 'LIVE_LIST_PAGE_SIZE', DEFAULT_LIVE_LIST.pageSize, 1, 1000),
      maxFollowed: readInteger(
        env,
        'LIVE_LIST_MAX_FOLLOWED',
        DEFAULT_LIVE_LIST.maxFollowed,
        1,
        1000,
      ),
      maxListsPerLogin: readInteger(
        env,
        'LIVE_LISTS_PER_LOGIN',
        DEFAULT_LIVE_LIST.maxListsPerLogin,
        1,
        10_000,
      ),
    },
    introspection: readBoolean(env, 'INTROSPECTION', true),
    graphiql: readBoolean(env, 'GRAPHIQL', true),
    shutdownTimeoutMs: readInteger(
      env,
      'SHUTDOWN_TIMEOUT_MS',
      DEFAULT_SHUTDOWN_TIMEOUT_MS,
      0,
      60_000,
    ),
    tracing: readTracing(env),
    trustedDocuments: readTrustedDocumentsFile(env),
    corsOrigins: readOrigins(env, 'CORS_ORIGINS'),
  };
}

/**
 * Tracing is off unless `OTEL_TRACES_EXPORTER` names an exporter, or (with it unset) an OTLP
 * endpoint is given; `OTEL_SDK_DISABLED=true` turns it off whatever else says.
 */
function readTracing(env: Env): TracingConfig | undefined {
  if (readBoolean(env, 'OTEL_SDK_DISABLED', false)) return undefined;
  const tracesEndpoint = readUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']);
  const endpoint = readUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']);
  const named = readString(env, 'OTEL_TRACES_EXPORTER');
  let exporters: TraceExporterName[];
  if (named === undefined) {
    exporters = tracesEndpoint || endpoint ? ['otlp'] : [];
  } else {
    const names = named.split(',').map((name) => name.trim().toLowerCase());
    exporters = [];
    for (const name of names) {
      if (name === 'none') return undefined;
      const known = TRACE_EXPORTERS.find((exporter) => exporter === name);
      if (!known) {
        throw new ConfigError(
          `OTEL_TRACES_EXPORTER expects otlp, console or none, but got '${named}'`,
        );
      }
      if (!exporters.includes(known)) exporters.push(known);
    }
  }
  if (exporters.length === 0) return undefined;
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = readString(env, name);
    if (protocol !== undefined && protocol !== OTLP_PROTOCOL) {
      throw new ConfigError(`${name} expects ${OTLP_PROTOCOL}, but got '${protocol}'`);
    }
  }
  const otlpTracesUrl =
    tracesEndpoint ?? (endpoint ? `${endpoint}/v1/traces` : DEFAULT_OTLP_TRACES_URL);
  return { exporters, otlpTracesUrl };
}

function readTrustedDocumentsFile(env: Env): TrustedDocuments | undefined {
  const file = readString(env, 'TRUSTED_DOCUMENTS');
  if (file === undefined) return undefined;
  try {
    return readTrustedDocuments(file);
  } catch (error) {
    throw new ConfigError(`TRUSTED_DOCUMENTS: ${(error as Error).message}`);
  }
}

function readLimits(env: Env): Limits {
  const limit = (name: string, fallback: number, min = 1, max = 10_000_000) =>
    readInteger(env, name, fallback, min, max);
  const defaults = DEFAULT_LIMITS;
  return {
    maxDepth: limit('MAX_DEPTH', defaults.maxDepth),
    maxCost: limit('MAX_COST', defaults.maxCost, 1, 10_000),
    maxObjects: limit('MAX_OBJECTS', defaults.maxObjects, 1, 100_000_000),
    maxAliases: limit('MAX_ALIASES', defaults.maxAliases),
    maxTokens: limit('MAX_TOKENS', defaults.maxTokens),
    maxDirectives: limit('MAX_DIRECTIVES', defaults.maxDirectives),
    maxBodyBytes: limit('MAX_BODY_BYTES', defaults.maxBodyBytes, 1024),
    maxWebSocketPayloadBytes: limit(
      'WS_MAX_PAYLOAD_BYTES',
      defaults.maxWebSocketPayloadBytes,
      1024,
    ),
    connectionInitTimeoutMs: limit(
      'CONNECTION_INIT_TIMEOUT_MS',
      defaults.connectionInitTimeoutMs,
      100,
    ),
    maxSubscriptionsPerConnection: limit(
      'MAX_SUBSCRIPTIONS_PER_CONNECTION',
      defaults.maxSubscriptionsPerConnection,
    ),
    maxOperationsPerConnection: limit(
      'MAX_OPERATIONS_PER_CONNECTION',
      defaults.maxOperationsPerConnection,
      1,
      10_000,
    ),
    maxSubscriptions: limit('MAX_SUBSCRIPTIONS', defaults.maxSubscriptions),
    batchLimit: limit('BATCH_LIMIT', defaults.batchLimit, 0, 100),
    maxParentLists: limit('MAX_PARENT_LISTS', defaults.maxParentLists, 1, 1000),
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

/** A comma-separated list of exact origins: scheme, host and port as a browser sends them. */
function readOrigins(env: Env, name: string): string[] {
  const value = readString(env, name);
  if (value === undefined) return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    if (!isOrigin(origin)) {
      throw new ConfigError(
        `${name} expects comma-separated origins such as https://jobs.example.com (scheme, host and port only, lower case), but got '${origin}'`,
      );
    }
    return origin;
  });
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
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
