import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../src/logger.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway } from '../support/gateway.ts';

// What a caller may hide in a request: none of it may reach a log line.
const SECRET_VARIABLE = 'variable-secret-7f3a';
const SECRET_HEADER = 'header-secret-91c2';
const SECRET_PARAM = 'connection-param-secret-c0de';
const SECRET_LITERAL = 'inline-literal-secret-5e5e';
const SECRETS = [SECRET_VARIABLE, SECRET_HEADER, SECRET_PARAM, SECRET_LITERAL, ADMIN.slice(6)];

const disposables = disposedAfterEach();

/** A gateway on port 0 whose log lines (at `level`) land in `lines`, parsed. */
async function start(level: 'info' | 'debug' = 'info') {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => raw.push(line) });
  const gateway = await startGateway(disposables, { overrides: { logger } });
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  const accessLines = () =>
    lines().filter((line) => ['request', 'operation'].includes(String(line.msg)));
  return { ...gateway, raw, lines, accessLines };
}

function expectNoSecret(raw: string[]): void {
  const output = raw.join('');
  for (const secret of SECRETS) expect(output).not.toContain(secret);
}

describe('access log', () => {
  it('should write one info line per HTTP request with its id, operation, outcome, duration and upstream calls, and no secret', async () => {
    const { app, url, raw, accessLines } = await start();
    const before = app.simulator.requests.length;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: ADMIN,
        'x-request-id': 'req-access-1',
        'x-api-key': SECRET_HEADER,
        cookie: `session=${SECRET_HEADER}`,
      },
      body: JSON.stringify({
        query: `query RecentJobs($name: String) {
          jobs(first: 2, filter: { name: $name, type: "${SECRET_LITERAL}*" }) { totalCount nodes { key } }
          job(key: "${SEEDED_KEYS.running}") { key }
        }`,
        variables: { name: SECRET_VARIABLE },
      }),
    });
    expect(response.status).toBe(200);
    await response.text();
    await expect.poll(() => accessLines().length).toBe(1);
    const [line] = accessLines();
    expect(line).toMatchObject({
      level: 30,
      msg: 'request',
      requestId: 'req-access-1',
      operationName: 'RecentJobs',
      operationType: 'query',
      outcome: 'ok',
      method: 'POST',
      path: '/graphql',
      status: 200,
      upstreamCalls: app.simulator.requests.length - before,
    });
    expect(line?.upstreamCalls).toBeGreaterThanOrEqual(2);
    expect(line?.durationMs).toEqual(expect.any(Number));
    expectNoSecret(raw);
  });

  it("should log a request's outcome code, including one refused before it ran", async () => {
    const { url, accessLines } = await start();
    const post = (body: unknown, authorization?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(body),
      }).then((response) => response.text());
    await post({ query: '{ jobs(first: 1) { totalCount } }' });
    await post({ query: '{ jobs(' });
    await post({ query: '{ nothingHere }' });
    await expect.poll(() => accessLines().length).toBe(3);
    expect(accessLines().map((line) => line.outcome)).toEqual([
      'UNAUTHENTICATED',
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(accessLines()[0]).toMatchObject({ operationType: 'query', upstreamCalls: 0 });
  });

  it('should write one line per WebSocket operation, when it completes, and no secret', async () => {
    const { app, url, raw, accessLines } = await start();
    const { key } = app.simulator.startJob({ name: 'Create LUN', type: 'lun', stepMs: 1000 });
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: {
        authorization: ADMIN,
        token: SECRET_PARAM,
        headers: { 'x-api-key': SECRET_PARAM },
      },
      retryAttempts: 0,
      lazy: true,
      generateID: () => 'op-1',
    });
    disposables.push(() => client.dispose());
    const events = client.iterate({
      query: 'subscription Follow($key: ID!) { jobUpdated(key: $key) { key state } }',
      variables: { key, note: SECRET_VARIABLE },
    });
    await valueWithin(events);
    expect(accessLines()).toEqual([]);
    await events.return?.();
    await expect.poll(() => accessLines().length).toBe(1);
    expect(accessLines()[0]).toMatchObject({
      msg: 'operation',
      transport: 'websocket',
      operationId: 'op-1',
      operationName: 'Follow',
      operationType: 'subscription',
      outcome: 'ok',
      upstreamCalls: 1,
    });
    expect(accessLines()[0]?.requestId).toEqual(expect.any(String));
    expectNoSecret(raw);
  });

  it('should not let a hostile operation name or id forge fields', async () => {
    const { url, raw, accessLines } = await start();
    const hostileId = 'x","level":60,"msg":"forged\n{"forged":true}';
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: ADMIN },
      retryAttempts: 0,
      lazy: true,
      generateID: () => hostileId,
    });
    disposables.push(() => client.dispose());
    const longName = `Q${'x'.repeat(300)}`;
    const events = client.iterate({ query: `query ${longName} { jobs(first: 1) { totalCount } }` });
    await valueWithin(events);
    await expect.poll(() => accessLines().length).toBe(1);
    expect(raw).toHaveLength(raw.join('').split('\n').length - 1);
    expect(accessLines()[0]).toMatchObject({
      operationId: '[invalid]',
      operationName: 'anonymous',
      level: 30,
      msg: 'operation',
    });
    expect(raw.join('')).not.toContain('forged');
    expect(raw.join('')).not.toContain(longName);
  });

  it('should log a WebSocket operation refused before it ran, with its code', async () => {
    const { url, accessLines } = await start();
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: ADMIN },
      retryAttempts: 0,
      lazy: true,
    });
    disposables.push(() => client.dispose());
    const events = client.iterate({ query: '{ nothingHere }' });
    await expect(valueWithin(events)).rejects.toBeDefined();
    await expect.poll(() => accessLines().length).toBe(1);
    expect(accessLines()[0]).toMatchObject({
      outcome: 'GRAPHQL_VALIDATION_FAILED',
      upstreamCalls: 0,
    });
  });

  it('should log /health, /ready, /metrics, GraphiQL and static files at debug only', async () => {
    const quiet = await start('info');
    const origin = new URL(quiet.url).origin;
    for (const path of ['/health', '/ready', '/metrics', '/nothing-here']) {
      await (await fetch(`${origin}${path}`)).text();
    }
    await (await fetch(quiet.url, { headers: { accept: 'text/html' } })).text();
    const verbose = await start('debug');
    await (await fetch(`${new URL(verbose.url).origin}/health`)).text();
    await expect.poll(() => verbose.accessLines().length).toBe(1);
    expect(verbose.accessLines()[0]).toMatchObject({ level: 20, path: '/health', status: 200 });
    expect(quiet.accessLines()).toEqual([]);
  });
});
