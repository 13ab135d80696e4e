import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN } from './support/app.ts';
import { valueWithin } from './support/async.ts';
import { startChildGateway } from './support/child-gateway.ts';
import { graphqlOverSse } from './support/sse.ts';

const EXIT_BOUND_MS = 10_000;

const WATCH = `subscription Watch($key: ID!) { jobUpdated(key: $key) { key state } }`;

describe('shutdown on a signal', () => {
  it('should end live subscriptions over WebSocket and SSE and exit 0 in time', async () => {
    const gateway = await startChildGateway();
    const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
    await once(socket, 'message');
    const payload = { query: WATCH, variables: { key: SEEDED_KEYS.running } };
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
    const [first] = await once(socket, 'message');
    expect(JSON.parse(String(first))).toMatchObject({
      type: 'next',
      payload: { data: { jobUpdated: { state: 'RUNNING' } } },
    });
    const closed = once(socket, 'close').then(([code]) => code);

    const sse = graphqlOverSse(gateway.url, payload, { authorization: ADMIN });
    expect((await valueWithin(sse, 5000)).event).toBe('next');
    // Shutdown cuts the stream: it fails, and never says `complete`.
    const sseEvents = (async () => {
      const events: string[] = [];
      try {
        for await (const event of sse) events.push(event.event);
      } catch {
        events.push('cut');
      }
      return events;
    })();

    const signalledAt = performance.now();
    gateway.child.kill('SIGTERM');
    const { code } = await gateway.exited;

    expect(code).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(EXIT_BOUND_MS);
    expect(await closed).toBe(1001);
    expect(await sseEvents).toEqual(['cut']);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'should close WebSockets with 1001 and exit 0 in time on %s',
    async (signal) => {
      const gateway = await startChildGateway();
      const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      await once(socket, 'open');
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
      await once(socket, 'message');
      const closed = once(socket, 'close').then(([code]) => code);

      const signalledAt = performance.now();
      gateway.child.kill(signal);
      const { code } = await gateway.exited;

      expect(code).toBe(0);
      expect(performance.now() - signalledAt).toBeLessThan(EXIT_BOUND_MS);
      expect(await closed).toBe(1001);
      expect(gateway.logs.map((entry) => entry.msg)).toContain('stopped');
    },
  );
});
