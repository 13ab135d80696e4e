import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, DEFAULT_LIVE_LIST, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('should use the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      aiqumUrl: undefined,
      aiqumCaFile: undefined,
      aiqumTlsInsecure: false,
      port: 4000,
      host: '127.0.0.1',
      pollIntervalMs: 2000,
      longPollTimeoutS: 30,
      accessRecheckMs: 60_000,
      upstreamTimeoutMs: 30_000,
      upstreamRetries: 2,
      aiqumMaxResponseBytes: 16 * 1024 * 1024,
      redisUrl: undefined,
      redisLeaseTtlMs: 5000,
      redisKeyPrefix: 'aiqum-gateway:',
      logLevel: 'info',
      limits: DEFAULT_LIMITS,
      liveList: DEFAULT_LIVE_LIST,
      introspection: true,
      graphiql: true,
      shutdownTimeoutMs: 8000,
      corsOrigins: [],
    });
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
  });

  it('should read the live list settings and refuse them out of range', () => {
    const config = loadConfig({
      LIVE_LIST_PAGE_SIZE: '50',
      LIVE_LIST_MAX_FOLLOWED: '200',
      LIVE_LISTS_PER_LOGIN: '3',
    });
    expect(config.liveList).toEqual({ pageSize: 50, maxFollowed: 200, maxListsPerLogin: 3 });
    expect(() => loadConfig({ LIVE_LIST_PAGE_SIZE: '1001' })).toThrow(
      "LIVE_LIST_PAGE_SIZE expects an integer from 1 to 1000, but got '1001'",
    );
    expect(() => loadConfig({ LIVE_LISTS_PER_LOGIN: '0' })).toThrow(ConfigError);
  });

  it('should read the limits and switches', () => {
    const config = loadConfig({
      MAX_DEPTH: '5',
      MAX_COST: '75',
      MAX_OBJECTS: '20000',
      MAX_ALIASES: '3',
      MAX_TOKENS: '50',
      MAX_DIRECTIVES: '2',
      MAX_BODY_BYTES: '2048',
      WS_MAX_PAYLOAD_BYTES: '4096',
      CONNECTION_INIT_TIMEOUT_MS: '500',
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '7',
      MAX_OPERATIONS_PER_CONNECTION: '9',
      MAX_SUBSCRIPTIONS: '70',
      BATCH_LIMIT: '4',
      MAX_PARENT_LISTS: '9',
      INTROSPECTION: 'false',
      GRAPHIQL: 'false',
      SHUTDOWN_TIMEOUT_MS: '1000',
    });
    expect(config).toMatchObject({
      limits: {
        maxDepth: 5,
        maxCost: 75,
        maxObjects: 20_000,
        maxAliases: 3,
        maxTokens: 50,
        maxDirectives: 2,
        maxBodyBytes: 2048,
        maxWebSocketPayloadBytes: 4096,
        connectionInitTimeoutMs: 500,
        maxSubscriptionsPerConnection: 7,
        maxOperationsPerConnection: 9,
        maxSubscriptions: 70,
        batchLimit: 4,
        maxParentLists: 9,
      },
      introspection: false,
      graphiql: false,
      shutdownTimeoutMs: 1000,
    });
  });

  it('should read every variable', () => {
    const config = loadConfig({
      AIQUM_URL: 'https://um.example.com/api/',
      AIQUM_CA_FILE: '/etc/aiqum-ca.pem',
      AIQUM_TLS_INSECURE: 'true',
      PORT: '8080',
      HOST: '127.0.0.1',
      POLL_INTERVAL_MS: '500',
      LONG_POLL_TIMEOUT_S: '60',
      ACCESS_RECHECK_S: '15',
      UPSTREAM_TIMEOUT_MS: '5000',
      UPSTREAM_RETRIES: '0',
      AIQUM_MAX_RESPONSE_BYTES: '1048576',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_LEASE_TTL_MS: '2000',
      REDIS_KEY_PREFIX: 'gw-eu:',
      LOG_LEVEL: 'debug',
      CORS_ORIGINS: 'https://jobs.example.com, http://localhost:5173',
    });
    expect(config).toMatchObject({
      aiqumUrl: 'https://um.example.com/api',
      aiqumCaFile: '/etc/aiqum-ca.pem',
      aiqumTlsInsecure: true,
      port: 8080,
      host: '127.0.0.1',
      pollIntervalMs: 500,
      longPollTimeoutS: 60,
      accessRecheckMs: 15_000,
      upstreamTimeoutMs: 5000,
      upstreamRetries: 0,
      aiqumMaxResponseBytes: 1_048_576,
      redisUrl: 'redis://127.0.0.1:6379',
      redisLeaseTtlMs: 2000,
      redisKeyPrefix: 'gw-eu:',
      logLevel: 'debug',
      corsOrigins: ['https://jobs.example.com', 'http://localhost:5173'],
    });
  });

  it('should listen on loopback only with the embedded simulator, unless HOST opens it', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
  });

  it('should listen on every interface with a real AIQUM_URL, unless HOST narrows it', () => {
    expect(loadConfig({ AIQUM_URL: 'https://um.example.com/api' }).host).toBe('0.0.0.0');
    expect(loadConfig({ AIQUM_URL: 'https://um.example.com/api', HOST: '10.0.0.5' }).host).toBe(
      '10.0.0.5',
    );
  });

  it.each([
    ['AIQUM_URL', 'um.example.com', /AIQUM_URL expects a URL/],
    ['AIQUM_URL', 'ftp://um.example.com/api', /http: or https:/],
    ['AIQUM_TLS_INSECURE', 'yes', /true or false/],
    ['PORT', '70000', /PORT expects an integer from 0 to 65535, but got '70000'/],
    ['POLL_INTERVAL_MS', '10', /POLL_INTERVAL_MS/],
    ['LONG_POLL_TIMEOUT_S', '121', /from 1 to 120/],
    ['ACCESS_RECHECK_S', '0', /ACCESS_RECHECK_S expects an integer from 1 to 3600, but got '0'/],
    ['ACCESS_RECHECK_S', '0.5', /ACCESS_RECHECK_S expects an integer/],
    ['AIQUM_MAX_RESPONSE_BYTES', '100', /AIQUM_MAX_RESPONSE_BYTES expects an integer from 1024/],
    ['REDIS_URL', 'http://localhost', /redis: or rediss:/],
    ['REDIS_LEASE_TTL_MS', '100', /REDIS_LEASE_TTL_MS expects an integer from 300/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL expects one of/],
    ['MAX_DEPTH', '0', /MAX_DEPTH expects an integer from 1/],
    ['MAX_BODY_BYTES', '10', /MAX_BODY_BYTES expects an integer from 1024/],
    ['MAX_PARENT_LISTS', '1001', /MAX_PARENT_LISTS expects an integer from 1 to 1000/],
    [
      'MAX_OPERATIONS_PER_CONNECTION',
      '0',
      /MAX_OPERATIONS_PER_CONNECTION expects an integer from 1/,
    ],
    ['MAX_COST', '10001', /MAX_COST expects an integer from 1 to 10000/],
    ['MAX_OBJECTS', '0', /MAX_OBJECTS expects an integer from 1/],
    ['INTROSPECTION', 'maybe', /INTROSPECTION expects true or false/],
    ['CORS_ORIGINS', '*', /CORS_ORIGINS expects comma-separated origins .* but got '\*'/],
    ['CORS_ORIGINS', 'https://jobs.example.com/', /but got 'https:\/\/jobs.example.com\/'/],
    ['CORS_ORIGINS', 'https://Jobs.example.com', /CORS_ORIGINS expects/],
    ['CORS_ORIGINS', 'https://a.example,,https://b.example', /but got ''/],
    ['CORS_ORIGINS', 'null', /CORS_ORIGINS expects/],
    ['CORS_ORIGINS', 'ftp://files.example', /CORS_ORIGINS expects/],
  ])('should refuse %s=%s with a message that says what was expected', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe('loadConfig: tracing (OTEL_*)', () => {
  it.each([
    [{}, undefined],
    [{ OTEL_SERVICE_NAME: 'gw' }, undefined],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' },
      { exporters: ['otlp'], otlpTracesUrl: 'http://collector:4318/v1/traces' },
    ],
    [
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.com/otlp/spans',
      },
      { exporters: ['otlp'], otlpTracesUrl: 'https://traces.example.com/otlp/spans' },
    ],
    [
      { OTEL_TRACES_EXPORTER: 'otlp' },
      { exporters: ['otlp'], otlpTracesUrl: 'http://localhost:4318/v1/traces' },
    ],
    [
      { OTEL_TRACES_EXPORTER: 'console, otlp' },
      { exporters: ['console', 'otlp'], otlpTracesUrl: 'http://localhost:4318/v1/traces' },
    ],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, undefined],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, undefined],
    [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' },
      { exporters: ['otlp'], otlpTracesUrl: 'http://c:4318/v1/traces' },
    ],
  ])('should read %j as tracing %j', (env, tracing) => {
    expect(loadConfig(env).tracing).toEqual(tracing);
  });

  it.each([
    ['OTEL_TRACES_EXPORTER', 'zipkin', /OTEL_TRACES_EXPORTER expects otlp, console or none/],
    [
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'collector:4318',
      /OTEL_EXPORTER_OTLP_ENDPOINT expects a http: or https: URL/,
    ],
    ['OTEL_SDK_DISABLED', 'perhaps', /OTEL_SDK_DISABLED expects true or false/],
  ])('should refuse %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('should refuse an OTLP protocol other than http/json', () => {
    const env = { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' };
    expect(() => loadConfig(env)).toThrow(
      "OTEL_EXPORTER_OTLP_PROTOCOL expects http/json, but got 'grpc'",
    );
  });
});

describe('loadConfig: TRUSTED_DOCUMENTS', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trusted-documents-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function fileWith(name: string, content: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, content);
    return file;
  }

  it('should read the map of document id to document', async () => {
    const file = await fileWith(
      'good.json',
      JSON.stringify({ 'sha256:abc123': 'query Jobs { jobs { totalCount } }' }),
    );
    const { trustedDocuments } = loadConfig({ TRUSTED_DOCUMENTS: file });
    expect([...(trustedDocuments ?? [])]).toEqual([
      ['sha256:abc123', 'query Jobs { jobs { totalCount } }'],
    ]);
  });

  it.each([
    ['missing.json', undefined, /TRUSTED_DOCUMENTS: cannot read '.*missing.json'/],
    ['broken.json', '{"a": ', /TRUSTED_DOCUMENTS: '.*broken.json' is not JSON/],
    [
      'list.json',
      '["query { a }"]',
      /expects an object of document id to document, but got an array/,
    ],
    ['empty.json', '{}', /holds no document/],
    ['number.json', '{"abc": 42}', /the document of 'abc' to be a string, but got number/],
    ['id.json', '{"a b\\nc": "{ a }"}', /expects document ids of letters, digits and _:.-/],
    ['syntax.json', '{"abc": "query {"}', /the document of 'abc' does not parse: Syntax Error/],
  ])('should stop at start on %s with one clear line', async (name, content, message) => {
    const file = content === undefined ? join(dir, name) : await fileWith(name, content);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: file })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: file })).toThrow(message);
  });
});
