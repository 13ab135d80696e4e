import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerAdapter } from '@whatwg-node/server';
import { describe, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { LONGEST_SPAN_TEXT } from '../../src/tracing.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver.ts';

const SERVER = 2;
const CLIENT = 3;
const ERROR = 2;
const CALLER_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01`;
const TRACEPARENT_FORMAT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/;

const disposables = disposedAfterEach();

/** The simulator served over real HTTP, recording the `traceparent` of every request. */
async function startUpstream() {
  const simulator = new Simulator({ clock: new ManualClock() });
  const traceparents: (string | null)[] = [];
  const adapter = createServerAdapter((request: Request) => {
    traceparents.push(request.headers.get('traceparent'));
    return simulator.fetch(request);
  });
  const server = createServer(adapter);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposables.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    simulator.close();
  });
  const { port } = server.address() as AddressInfo;
  return { simulator, traceparents, url: `http://127.0.0.1:${port}/api` };
}

/** A gateway over the served simulator, tracing to a receiver served here. */
async function start(options: { config?: Partial<Config>; hold?: boolean } = {}) {
  const upstream = await startUpstream();
  const receiver = await startOtlpReceiver({ hold: options.hold ?? false });
  disposables.push(() => receiver.close());
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line)) });
  const { app, url } = await startGateway(disposables, {
    config: {
      aiqumUrl: upstream.url,
      tracing: { exporters: ['otlp'], otlpTracesUrl: receiver.url },
      ...options.config,
    },
    overrides: { simulator: upstream.simulator, logger, traceFlushTimeoutMs: 300 },
  });
  const flush = () => app.tracing?.provider.forceFlush();
  return { app, url, upstream, receiver, logs, flush };
}

function post(url: string, query: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ADMIN, ...headers },
    body: JSON.stringify({ query }),
  }).then((response) => response.json() as Promise<{ errors?: unknown[] }>);
}

const named = (spans: ReceivedSpan[], name: string) => spans.filter((span) => span.name === name);
const childrenOf = (spans: ReceivedSpan[], parent: ReceivedSpan) =>
  spans.filter((span) => span.parentSpanId === parent.spanId && span.traceId === parent.traceId);

describe('OpenTelemetry tracing', () => {
  it("should export a span per operation under the caller's traceparent, with its upstream calls as children", async () => {
    const { url, upstream, receiver, flush } = await start();
    const result = await post(
      url,
      `query RecentJobs { jobs(first: 2) { totalCount nodes { key } } job(key: "${SEEDED_KEYS.running}") { key } }`,
      { traceparent: TRACEPARENT },
    );
    expect(result.errors).toBeUndefined();
    await flush();

    const [operation, ...others] = named(receiver.spans, 'query.RecentJobs');
    expect(others).toEqual([]);
    expect(operation).toMatchObject({
      traceId: CALLER_TRACE_ID,
      parentSpanId: CALLER_SPAN_ID,
      kind: SERVER,
      attributes: {
        'graphql.execute.operationName': 'RecentJobs',
        'graphql.execute.operationType': 'query',
        'graphql.outcome': 'ok',
      },
      resource: { 'service.name': 'aiqum-jobs-gateway' },
    });
    expect(operation?.attributes).not.toHaveProperty('graphql.execute.document');
    const calls = childrenOf(receiver.spans, operation as ReceivedSpan);
    expect(calls.length).toBe(upstream.traceparents.length);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      expect(call).toMatchObject({
        name: 'GET /management-server/jobs',
        kind: CLIENT,
        attributes: {
          'http.request.method': 'GET',
          'url.template': '/management-server/jobs',
          'http.response.status_code': 200,
          'server.address': '127.0.0.1',
        },
      });
    }
    // AIQUM received the caller's trace id, each request carrying its own client span.
    const sent = upstream.traceparents.map((header) => TRACEPARENT_FORMAT.exec(header ?? ''));
    expect(sent.map((match) => match?.[1])).toEqual(calls.map(() => CALLER_TRACE_ID));
    expect(new Set(sent.map((match) => match?.[2]))).toEqual(
      new Set(calls.map((call) => call.spanId)),
    );
  });

  it('should start a trace of its own without a traceparent, and mark an error outcome', async () => {
    const { url, upstream, receiver, flush } = await start();
    await post(url, 'mutation Backup { createBackup { job { key } } }', {
      authorization: OPERATOR,
    });
    await flush();
    const [operation] = named(receiver.spans, 'mutation.Backup');
    expect(operation).toMatchObject({
      parentSpanId: undefined,
      statusCode: ERROR,
      attributes: { 'graphql.outcome': 'FORBIDDEN' },
    });
    expect(operation?.traceId).not.toBe(CALLER_TRACE_ID);
    const [call] = childrenOf(receiver.spans, operation as ReceivedSpan);
    expect(call).toMatchObject({
      name: 'POST /admin/backup',
      statusCode: ERROR,
      attributes: { 'http.response.status_code': 403, 'error.type': '403' },
    });
    expect(upstream.traceparents[0]).toContain(operation?.traceId);
  });

  it("should cut a client's long operation name in the span's name and attributes", async () => {
    const { url, receiver, flush } = await start();
    const longName = `Op${'x'.repeat(20_000)}`;
    const answer = await post(url, `query ${longName} { __typename }`);
    expect(answer.errors).toBeUndefined();
    await flush();
    const [operation] = receiver.spans.filter((span) => span.name.startsWith('query.Op'));
    expect(operation?.name).toBe(`query.${longName}`.slice(0, LONGEST_SPAN_TEXT));
    const texts = Object.values(operation?.attributes ?? {}).filter(
      (value): value is string => typeof value === 'string',
    );
    expect(texts.some((text) => text.startsWith('Opxxx'))).toBe(true);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LONGEST_SPAN_TEXT);
  });

  it('should count retries on the upstream span', async () => {
    const { url, upstream, receiver, flush } = await start();
    upstream.simulator.injectFault({ status: 503 });
    await post(url, `query One { job(key: "${SEEDED_KEYS.running}") { key } }`);
    await flush();
    const [operation] = named(receiver.spans, 'query.One');
    const [call, ...more] = childrenOf(receiver.spans, operation as ReceivedSpan);
    expect(more).toEqual([]);
    expect(call?.attributes).toMatchObject({
      'http.request.resend_count': 1,
      'http.response.status_code': 200,
    });
    // Both attempts carried the call's traceparent.
    expect(upstream.traceparents).toHaveLength(2);
    expect(upstream.traceparents[0]).toBe(upstream.traceparents[1]);
    expect(upstream.traceparents[0]).toContain(call?.spanId);
  });

  it('should give each poll of a watched job its own span, linked to the subscription that started the watch', async () => {
    const { url, upstream, receiver, flush } = await start({ config: { pollIntervalMs: 100 } });
    const { key } = upstream.simulator.startJob({
      name: 'Create LUN',
      type: 'provision_lun_create',
      stepMs: 1000,
      tasks: ['create', 'map'],
    });
    const client = webSocketClient(disposables, url, {
      authorization: ADMIN,
      traceparent: TRACEPARENT,
    });
    const events = client.iterate({
      query: 'subscription Follow($key: ID!) { jobUpdated(key: $key) { key state } }',
      variables: { key },
    });
    disposables.push(async () => {
      await events.return?.();
    });
    await valueWithin(events);
    await vi.waitFor(() => expect(upstream.simulator.heldRequestCount).toBe(1), { interval: 1 });
    upstream.simulator.advance(1000);
    await valueWithin(events);
    await flush();

    const [subscription] = named(receiver.spans, 'subscription.Follow');
    expect(subscription).toBeUndefined(); // still open: it ends with the stream
    const polls = named(receiver.spans, 'aiqum job poll');
    expect(polls.length).toBeGreaterThanOrEqual(1);
    const [poll] = polls;
    expect(poll).toMatchObject({
      parentSpanId: undefined,
      attributes: {
        'aiqum.job.key': key,
        'aiqum.poll.mode': 'long-poll',
        'aiqum.poll.outcome': 'changed',
      },
    });
    expect(poll?.traceId).not.toBe(CALLER_TRACE_ID);
    expect(poll?.links).toHaveLength(1);
    expect(poll?.links[0]?.traceId).toBe(CALLER_TRACE_ID);
    const [pollCall] = childrenOf(receiver.spans, poll as ReceivedSpan);
    expect(pollCall).toMatchObject({ name: 'GET /management-server/jobs/{key}', kind: CLIENT });

    await events.return?.();
    await vi.waitFor(async () => {
      await flush();
      expect(named(receiver.spans, 'subscription.Follow')).toHaveLength(1);
    });
    const [ended] = named(receiver.spans, 'subscription.Follow');
    // The subscription is a child of the connection's traceparent, and the polls link to it.
    expect(ended).toMatchObject({ traceId: CALLER_TRACE_ID, parentSpanId: CALLER_SPAN_ID });
    expect(poll?.links[0]?.spanId).toBe(ended?.spanId);
    // Its own read of the job is its child.
    expect(childrenOf(receiver.spans, ended as ReceivedSpan).map((span) => span.name)).toEqual([
      'GET /management-server/jobs/{key}',
    ]);
  });

  it('should flush the spans still queued when the gateway stops', async () => {
    const { app, url, receiver } = await start();
    await post(url, '{ jobs(first: 1) { totalCount } }');
    expect(receiver.spans).toEqual([]);
    await app.stop();
    expect(named(receiver.spans, 'query.anonymous')).toHaveLength(1);
    expect(receiver.contentTypes[0]).toBe('application/json');
  });

  it('should stop in bounded time when the collector never answers', async () => {
    const { app, url, receiver, logs } = await start({ hold: true });
    await post(url, '{ jobs(first: 1) { totalCount } }');
    await app.stop();
    await vi.waitFor(() => expect(receiver.contentTypes.length).toBeGreaterThan(0));
    expect(logs.map((line) => line.msg)).toContain('gave up flushing traces');
  });

  it('should install nothing and send no traceparent when tracing is off', async () => {
    const { app, url, upstream } = await start({ config: { tracing: undefined } });
    expect(app.tracing).toBeUndefined();
    await post(url, '{ jobs(first: 1) { totalCount } }', { traceparent: TRACEPARENT });
    expect(upstream.traceparents.length).toBeGreaterThan(0);
    expect(upstream.traceparents.every((header) => header === null)).toBe(true);
  });
});
