import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ADMIN } from './support/app.ts';
import { startChildGateway } from './support/child-gateway.ts';

const EXIT_BOUND_MS = 10_000;

describe('shutdown on a signal', () => {
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
