import { once } from 'node:events';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { App } from '../src/server.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN, createTestApp } from './support/app.ts';

// 4 properties x 2,500 runs: 10,000 generated requests; then odd keys against the upstream
// paths, and WebSocket frames.
const RUNS = 2500;
const VALID = `query Job($key: ID!) { job(key: $key) { key state taskReports { name } } }`;

let app: App;
let wsUrl: string;
beforeAll(async () => {
  app = createTestApp();
  wsUrl = (await app.start()).url.replace(/^http/, 'ws');
});
afterAll(() => app.stop());

async function send(body: string, contentType = 'application/json') {
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: ADMIN },
    body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** No crash, and no 5xx unless it is upstream's fault. */
function expectHandled({ status, text }: { status: number; text: string }) {
  if (status < 500) return;
  const codes = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.map(
    (error) => error.extensions?.code,
  );
  expect(codes?.every((code) => code?.startsWith('UPSTREAM_'))).toBe(true);
}

const oddKey = fc.oneof(
  fc.constantFrom(
    '.',
    '..',
    '%2e%2e',
    '.%2E',
    './',
    '../',
    '../../etc/passwd',
    '\u0000',
    'k'.repeat(5000),
    '%2F..%2F',
    '*',
    'a|b',
    '"',
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constant(SEEDED_KEYS.running),
);

describe('fuzzing the HTTP endpoint', () => {
  it('should handle arbitrary JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), async (body) => expectHandled(await send(body))),
      { numRuns: RUNS },
    );
  });

  it('should handle arbitrary text as a query, with odd content types', async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/graphql',
      'text/plain',
      '',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 500 }),
        contentType,
        async (text, type) => expectHandled(await send(JSON.stringify({ query: text }), type)),
      ),
      { numRuns: RUNS },
    );
  });

  it('should handle valid queries broken at random places', async () => {
    const broken = fc
      .tuple(fc.nat(VALID.length), fc.nat(20), fc.string({ maxLength: 10 }))
      .map(([at, cut, insert]) => VALID.slice(0, at) + insert + VALID.slice(at + cut));
    await fc.assert(
      fc.asyncProperty(broken, oddKey, async (query, key) =>
        expectHandled(await send(JSON.stringify({ query, variables: { key } }))),
      ),
      { numRuns: RUNS },
    );
  });

  it('should handle variables of the wrong types and odd keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(oddKey, fc.anything()), fc.anything(), async (key, extra) =>
        expectHandled(
          await send(
            JSON.stringify({ query: VALID, variables: { key, extra }, operationName: 'Job' }),
          ),
        ),
      ),
      { numRuns: RUNS },
    );
  });
});

// Every upstream path is one of AIQUM's collections, with at most one key segment after it that
// is not a folder (`.`, `..`, encoded or not).
const UPSTREAM_PATH =
  /^\/api\/(?:management-server\/jobs|storage-provider\/(?:luns|file-shares|access-endpoints)|datacenter\/svm\/svms)(?:\/([^/]+))?$/;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

function expectPathsInTemplates(paths: string[]) {
  for (const path of paths) {
    const match = UPSTREAM_PATH.exec(path);
    expect(match, path).not.toBeNull();
    expect(DOT_SEGMENT.test(match?.[1] ?? 'key'), path).toBe(false);
  }
}

/** The first event of a subscription over SSE, then the stream is cancelled. */
async function firstSseEvent(body: string) {
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: ADMIN,
    },
    body,
  });
  const reader = response.body?.getReader();
  await reader?.read();
  await reader?.cancel();
}

describe('fuzzing the keys that reach upstream paths', () => {
  it('should never let a key change the path AIQUM receives', async () => {
    const deleteLun = 'mutation($key: ID!) { deleteLun(key: $key) { job { key } } }';
    const watch = 'subscription($key: ID!) { jobUpdated(key: $key) { key } }';
    await fc.assert(
      fc.asyncProperty(oddKey, async (key) => {
        app.simulator?.requests.splice(0);
        expectHandled(await send(JSON.stringify({ query: deleteLun, variables: { key } })));
        expectHandled(await send(JSON.stringify({ query: VALID, variables: { key } })));
        await firstSseEvent(JSON.stringify({ query: watch, variables: { key } }));
        expectPathsInTemplates(app.simulator?.requests.map((request) => request.path) ?? []);
      }),
      { numRuns: RUNS / 10 },
    );
  });
});

describe('fuzzing the WebSocket endpoint', () => {
  it('should survive garbage frames and abrupt disconnects, and still serve', async () => {
    const frames = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.json({ maxDepth: 3 }),
        fc
          .record({
            type: fc.constantFrom(
              'subscribe',
              'next',
              'complete',
              'ping',
              'pong',
              'connection_init',
            ),
            id: fc.string(),
            payload: fc.anything(),
          })
          .map((frame) => JSON.stringify(frame)),
      ),
      { numRuns: 300, seed: 42 },
    );
    for (const [index, frame] of frames.entries()) {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
      await once(socket, 'open');
      if (index % 2 === 0) {
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
      }
      socket.send(frame);
      // Every third socket drops mid-conversation; the others close when the server does or now.
      if (index % 3 === 0) socket.terminate();
      else socket.close();
      await once(socket, 'close');
    }
    const health = await fetch(new URL('/health', wsUrl.replace(/^ws/, 'http')));
    expect(health.status).toBe(200);
    const answer = await send(
      JSON.stringify({ query: VALID, variables: { key: SEEDED_KEYS.running } }),
    );
    expect(JSON.parse(answer.text)).toMatchObject({ data: { job: { key: SEEDED_KEYS.running } } });
  });

  it('should survive HTTP requests aborted mid-flight', async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const controller = new AbortController();
      const pending = fetch(wsUrl.replace(/^ws/, 'http'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ADMIN },
        body: JSON.stringify({ query: VALID, variables: { key: SEEDED_KEYS.running } }),
        signal: controller.signal,
      });
      controller.abort();
      await pending.catch(() => undefined);
    }
    const answer = await send(
      JSON.stringify({ query: VALID, variables: { key: SEEDED_KEYS.running } }),
    );
    expect(answer.status).toBe(200);
  });
});
