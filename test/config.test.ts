import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('should use the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      aiqumUrl: undefined,
      aiqumCaFile: undefined,
      aiqumTlsInsecure: false,
      port: 4000,
      host: '0.0.0.0',
      pollIntervalMs: 2000,
      longPollTimeoutS: 30,
      upstreamTimeoutMs: 30_000,
      upstreamRetries: 2,
      redisUrl: undefined,
      redisLeaseTtlMs: 5000,
      redisKeyPrefix: 'aiqum-gateway:',
      logLevel: 'info',
      limits: DEFAULT_LIMITS,
      introspection: true,
      graphiql: true,
      shutdownTimeoutMs: 8000,
    });
  });

  it('should read the limits and switches', () => {
    const config = loadConfig({
      MAX_DEPTH: '5',
      MAX_COST: '100',
      MAX_ALIASES: '3',
      MAX_TOKENS: '50',
      MAX_DIRECTIVES: '2',
      MAX_BODY_BYTES: '2048',
      WS_MAX_PAYLOAD_BYTES: '4096',
      CONNECTION_INIT_TIMEOUT_MS: '500',
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '7',
      MAX_SUBSCRIPTIONS: '70',
      BATCH_LIMIT: '4',
      INTROSPECTION: 'false',
      GRAPHIQL: 'false',
      SHUTDOWN_TIMEOUT_MS: '1000',
    });
    expect(config).toMatchObject({
      limits: {
        maxDepth: 5,
        maxCost: 100,
        maxAliases: 3,
        maxTokens: 50,
        maxDirectives: 2,
        maxBodyBytes: 2048,
        maxWebSocketPayloadBytes: 4096,
        connectionInitTimeoutMs: 500,
        maxSubscriptionsPerConnection: 7,
        maxSubscriptions: 70,
        batchLimit: 4,
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
      UPSTREAM_TIMEOUT_MS: '5000',
      UPSTREAM_RETRIES: '0',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_LEASE_TTL_MS: '2000',
      REDIS_KEY_PREFIX: 'gw-eu:',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      aiqumUrl: 'https://um.example.com/api',
      aiqumCaFile: '/etc/aiqum-ca.pem',
      aiqumTlsInsecure: true,
      port: 8080,
      host: '127.0.0.1',
      pollIntervalMs: 500,
      longPollTimeoutS: 60,
      upstreamTimeoutMs: 5000,
      upstreamRetries: 0,
      redisUrl: 'redis://127.0.0.1:6379',
      redisLeaseTtlMs: 2000,
      redisKeyPrefix: 'gw-eu:',
      logLevel: 'debug',
    });
  });

  it.each([
    ['AIQUM_URL', 'um.example.com', /AIQUM_URL expects a URL/],
    ['AIQUM_URL', 'ftp://um.example.com/api', /http: or https:/],
    ['AIQUM_TLS_INSECURE', 'yes', /true or false/],
    ['PORT', '70000', /PORT expects an integer from 0 to 65535, but got '70000'/],
    ['POLL_INTERVAL_MS', '10', /POLL_INTERVAL_MS/],
    ['LONG_POLL_TIMEOUT_S', '121', /from 1 to 120/],
    ['REDIS_URL', 'http://localhost', /redis: or rediss:/],
    ['REDIS_LEASE_TTL_MS', '100', /REDIS_LEASE_TTL_MS expects an integer from 300/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL expects one of/],
    ['MAX_DEPTH', '0', /MAX_DEPTH expects an integer from 1/],
    ['MAX_BODY_BYTES', '10', /MAX_BODY_BYTES expects an integer from 1024/],
    ['INTROSPECTION', 'maybe', /INTROSPECTION expects true or false/],
  ])('should refuse %s=%s with a message that says what was expected', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
