import { once } from 'node:events';
import { createClient } from 'graphql-sse';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN } from './support/app.ts';
import { nextWithin, valueWithin, within } from './support/async.ts';
import { startChildGateway } from './support/child-gateway.ts';
import { disposedAfterEach } from './support/gateway.ts';
import { startHostileUpstream } from './support/hostile-upstream.ts';

const WATCH = 'subscription Watch($key: ID!) { jobUpdated(key: $key) { key state } }';
const BOUND_MS = 10_000;
/** Three HTTP operations and one over the WebSocket, each a call to AIQUM. */
const HELD_REQUESTS = 4;

const disposables = disposedAfterEach();

describe('shutdown with work in flight', () => {
  it('should cut an SSE subscription without complete, so that a graphql-sse client retries', async () => {
    const gateway = await startChildGateway();
    let retried!: () => void;
    const retrying = new Promise<void>((resolve) => (retried = resolve));
    const client = createClient({
      url: gateway.url,
      headers: { authorization: ADMIN },
      retryAttempts: 1,
      retry: async () => retried(),
    });
    disposables.push(() => client.dispose());
    const events = client.iterate({ query: WATCH, variables: { key: SEEDED_KEYS.running } });
    expect((await valueWithin(events, BOUND_MS)).data).toEqual({
      jobUpdated: { key: SEEDED_KEYS.running, state: 'RUNNING' },
    });

    gateway.child.kill('SIGTERM');
    await within(retrying, BOUND_MS, 'a retry of the graphql-sse client');
    // Its one retry finds the gateway gone: the stream fails, it never completes.
    const end = await nextWithin(events, BOUND_MS).then(
      (result) => ({ done: result.done }),
      (error: unknown) => ({ error }),
    );
    expect(end).toHaveProperty('error');
    expect((await gateway.exited).code).toBe(0);
  });

  it('should answer requests a hung upstream holds past the drain time with SHUTTING_DOWN', async () => {
    // An AIQUM that takes every request and never answers it.
    let allHeld!: () => void;
    const held = new Promise<void>((resolve) => (allHeld = resolve));
    const upstream = await startHostileUpstream(disposables, () => {
      if (upstream.requests.length === HELD_REQUESTS) allHeld();
    });
    const gateway = await startChildGateway({
      AIQUM_URL: upstream.url,
      SHUTDOWN_TIMEOUT_MS: '300',
      UPSTREAM_TIMEOUT_MS: '600000',
    });
    const post = (query: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ADMIN },
        body: JSON.stringify({ query }),
      }).then((response) => response.json());
    const answers = Promise.all([
      post('{ jobs { totalCount } }'),
      post('{ job(key: "a:b") { key } }'),
      post('mutation { createBackup { job { key } } }'),
    ]);
    // A WebSocket is closed with 1001 at once; its client retries its operations elsewhere.
    const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
    await once(socket, 'message');
    const query = { query: '{ jobs { totalCount } }' };
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: query }));
    const closed = once(socket, 'close').then(([code]) => code);
    await within(held, BOUND_MS, `${HELD_REQUESTS} requests held by the upstream`);

    gateway.child.kill('SIGTERM');
    const [list, job, backup] = await answers;
    expect((await gateway.exited).code).toBe(0);
    expect(await closed).toBe(1001);

    for (const answer of [list, job, backup]) {
      expect(answer.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'SHUTTING_DOWN' } }),
      ]);
    }
    expect(backup.errors[0].message).toMatch(/the operation may have started/);
    const messages = gateway.logs.map((entry) => entry.msg);
    expect(messages.filter((message) => /in flight/.test(String(message)))).toHaveLength(1);
    expect(messages).not.toContain('unexpected error');
    expect(gateway.otherOutput.join('\n')).not.toMatch(/DOMException|AbortError/);
    expect(messages).toContain('stopped');
  });
});
