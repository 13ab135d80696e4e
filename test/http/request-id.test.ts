import { createClient } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../src/logger.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN, createTestApp } from '../support/app.ts';
import { within } from '../support/async.ts';

const query = `{ job(key: "${SEEDED_KEYS.running}") { key } }`;
const disposables: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

/** A gateway on port 0 whose log lines land in `logs`, with one upstream 503 to log a retry (unless not `faulty`). */
async function start({ faulty = true } = {}) {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line)) });
  const app = createTestApp({ overrides: { logger } });
  if (faulty) app.simulator.injectFault({ status: 503 });
  const { url } = await app.start();
  disposables.push(() => app.stop());
  const retries = () => logs.filter((entry) => entry.msg === 'retrying upstream request');
  return { app, url, logs, retries };
}

function post(url: string, headers: Record<string, string> = {}, body = { query }) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ADMIN, ...headers },
    body: JSON.stringify(body),
  });
}

describe('request ids', () => {
  it("should keep the caller's x-request-id, answer it, and put it on the request's log lines", async () => {
    const { url, retries } = await start();
    const response = await post(url, { 'x-request-id': 'req-123' });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(retries().map((entry) => entry.requestId)).toEqual(['req-123']);
  });

  it('should make an id when the caller sends none, or an unusable one', async () => {
    const { url, retries } = await start();
    const response = await post(url, { 'x-request-id': 'two words and "quotes"' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(retries().map((entry) => entry.requestId)).toEqual([id]);
  });

  it("should put the request's id on the warning of an operation whose job could not be read", async () => {
    const { app, url, logs } = await start({ faulty: false });
    // After the 202, every read of the job fails.
    app.simulator.injectFault({
      status: 503,
      times: 20,
      match: (request) => request.method === 'GET' && request.jobKey !== undefined,
    });
    const response = await post(
      url,
      { 'x-request-id': 'req-operation-7' },
      { query: 'mutation { createBackup { job { key } } }' },
    );
    expect(response.status).toBe(200);
    const warnings = logs.filter((entry) => String(entry.msg).startsWith('upstream accepted'));
    expect(warnings.map((entry) => entry.requestId)).toEqual(['req-operation-7']);
  });

  it("should put the connection's id on the log lines of its WebSocket operations", async () => {
    const { url, retries } = await start();
    // The id is the upgrade request's, as an HTTP request's is.
    class WebSocketWithId extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'x-request-id': 'ws-connection-3' } });
      }
    }
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocketWithId,
      connectionParams: { authorization: ADMIN },
      retryAttempts: 0,
    });
    disposables.push(() => client.dispose());
    const result = await within(
      new Promise((resolve, reject) => {
        client.subscribe({ query }, { next: resolve, error: reject, complete: () => {} });
      }),
      10_000,
      'the answer over the WebSocket',
    );
    expect(result).toMatchObject({ data: { job: { key: SEEDED_KEYS.running } } });
    expect(retries().map((entry) => entry.requestId)).toEqual(['ws-connection-3']);
  });
});
