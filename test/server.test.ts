import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN, createTestApp } from './support/app.ts';
import {
  disposedAfterEach,
  startGateway as startTestGateway,
  webSocketClient as testWebSocketClient,
} from './support/gateway.ts';

const query = `query { job(key: "${SEEDED_KEYS.running}") { key state } }`;

const disposables = disposedAfterEach();

const startGateway = () => startTestGateway(disposables);
const webSocketClient = (url: string, connectionParams: Record<string, unknown>) =>
  testWebSocketClient(disposables, url, connectionParams);

function runOnce(client: Client, text: string) {
  return new Promise<{ data?: unknown; errors?: readonly { extensions?: unknown }[] }>(
    (resolve, reject) => {
      let result: { data?: unknown } = {};
      client.subscribe(
        { query: text },
        { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
      );
    },
  );
}

describe('server over the wire', () => {
  it('should answer /health', async () => {
    const { url } = await startGateway();
    const response = await fetch(new URL('/health', url));
    expect(response.status).toBe(200);
  });

  it('should answer a query over HTTP POST and GET', async () => {
    const { url } = await startGateway();
    const post = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: JSON.stringify({ query }),
    });
    expect(await post.json()).toEqual({
      data: { job: { key: SEEDED_KEYS.running, state: 'RUNNING' } },
    });

    const get = await fetch(`${url}?query=${encodeURIComponent(query)}`, {
      headers: { authorization: ADMIN, accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(await get.json()).toEqual({
      data: { job: { key: SEEDED_KEYS.running, state: 'RUNNING' } },
    });
  });

  it('should serve GraphiQL to a browser', async () => {
    const { url } = await startGateway();
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
  });

  it('should answer a query over graphql-ws with credentials from connectionParams', async () => {
    const { url } = await startGateway();
    const result = await runOnce(webSocketClient(url, { authorization: ADMIN }), query);
    expect(result).toEqual({ data: { job: { key: SEEDED_KEYS.running, state: 'RUNNING' } } });
  });

  it('should accept connectionParams.headers.authorization too', async () => {
    const { url } = await startGateway();
    const client = webSocketClient(url, { headers: { authorization: ADMIN } });
    const result = await runOnce(client, query);
    expect(result.data).toEqual({ job: { key: SEEDED_KEYS.running, state: 'RUNNING' } });
  });

  it('should refuse a graphql-ws operation without credentials with UNAUTHENTICATED', async () => {
    const { url } = await startGateway();
    const result = await runOnce(webSocketClient(url, {}), query);
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'UNAUTHENTICATED' }]);
  });

  it('should leave no server, socket or timer behind after stop()', async () => {
    const count = (type: string) =>
      process.getActiveResourcesInfo().filter((resource) => resource === type).length;
    const before = {
      servers: count('TCPServerWrap'),
      sockets: count('TCPSocketWrap'),
      timers: count('Timeout'),
    };
    const app = createTestApp();
    const { url } = await app.start();
    const client = webSocketClient(url, { authorization: ADMIN });
    await runOnce(client, query);
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN, connection: 'close' },
      body: JSON.stringify({ query }),
    });
    await app.stop();
    await client.dispose();
    // Handles close asynchronously in libuv: wait for the counts, with a bound.
    await expect.poll(() => count('TCPServerWrap')).toBe(before.servers);
    await expect.poll(() => count('TCPSocketWrap')).toBeLessThanOrEqual(before.sockets);
    await expect.poll(() => count('Timeout')).toBeLessThanOrEqual(before.timers);
  });

  it('should let an in-flight request finish while draining, and refuse new connections', async () => {
    const app = createTestApp();
    const { url } = await app.start();
    app.simulator.injectFault({ delayMs: 300 });
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: JSON.stringify({ query }),
    });
    await expect.poll(() => app.simulator.heldRequestCount).toBe(1);
    const stopped = app.stop({ drainMs: 5000 });
    const response = await inFlight;
    expect(await response.json()).toEqual({
      data: { job: { key: SEEDED_KEYS.running, state: 'RUNNING' } },
    });
    await stopped;
    await expect(fetch(url)).rejects.toThrow();
  });

  it('should answer a request that outlasts the drain time with SHUTTING_DOWN', async () => {
    const app = createTestApp();
    const { url } = await app.start();
    app.simulator.injectFault({ delayMs: 30_000 });
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: JSON.stringify({ query }),
    });
    await expect.poll(() => app.simulator.heldRequestCount).toBe(1);
    await app.stop({ drainMs: 100 });
    expect(await (await inFlight).json()).toMatchObject({
      errors: [{ extensions: { code: 'SHUTTING_DOWN' } }],
    });
  });
});
