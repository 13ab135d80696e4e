import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { ADMIN, createTestApp } from '../support/app.ts';
import { disposedAfterEach } from '../support/gateway.ts';

const PROTOCOL = 'graphql-transport-ws';
const disposables = disposedAfterEach();

async function start(limits: Partial<Limits> = {}, logLines: Record<string, unknown>[] = []) {
  const logger = createLogger('info', {
    write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const app = createTestApp({
    config: { limits: { ...DEFAULT_LIMITS, ...limits } },
    overrides: { logger },
  });
  const { url } = await app.start();
  disposables.push(() => app.stop());
  return { app, wsUrl: url.replace(/^http/, 'ws') };
}

async function connect(wsUrl: string): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl, PROTOCOL);
  disposables.push(() => socket.terminate());
  await once(socket, 'open');
  return socket;
}

function nextMessage(socket: WebSocket): Promise<Record<string, unknown>> {
  return once(socket, 'message').then(([data]) => JSON.parse(String(data)));
}

function closeCode(socket: WebSocket): Promise<number> {
  return once(socket, 'close').then(([code]) => code as number);
}

describe('graphql-ws transport', () => {
  it('should close with 4408 a connection that sends no connection_init in time', async () => {
    const { wsUrl } = await start({ connectionInitTimeoutMs: 200 });
    const socket = await connect(wsUrl);
    expect(await closeCode(socket)).toBe(4408);
  });

  it('should close with 4400 a connection that sends a frame that is not the protocol', async () => {
    const { wsUrl } = await start();
    const socket = await connect(wsUrl);
    const closed = closeCode(socket);
    socket.send('this is not json {');
    expect(await closed).toBe(4400);
  });

  it('should close with 1009 a connection that sends a frame over the payload limit', async () => {
    const { wsUrl } = await start({ maxWebSocketPayloadBytes: 2048 });
    const socket = await connect(wsUrl);
    const closed = closeCode(socket);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(4096) } }));
    expect(await closed).toBe(1009);
  });

  it('should answer an invalid operation with an error and keep the connection open', async () => {
    const { wsUrl } = await start();
    const socket = await connect(wsUrl);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
    expect(await nextMessage(socket)).toEqual({ type: 'connection_ack' });
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ job(' } }));
    const error = await nextMessage(socket);
    expect(error).toMatchObject({ id: '1', type: 'error' });
    socket.send(
      JSON.stringify({ id: '2', type: 'subscribe', payload: { query: '{ __typename }' } }),
    );
    expect(await nextMessage(socket)).toEqual({
      id: '2',
      type: 'next',
      payload: { data: { __typename: 'Query' } },
    });
  });

  it.each([
    [
      'a frame over the payload limit',
      { type: 'connection_init', payload: { pad: 'x'.repeat(4096), secret: 'SECRET-1' } },
      1009,
    ],
    [
      'a next message, which only servers send',
      { id: '1', type: 'next', payload: { data: { secret: 'SECRET-1' } } },
      4500,
    ],
  ])(
    'should log %s as one structured line, with no stack and nothing the client sent',
    async (_case, message, code) => {
      const consoleError = vi.spyOn(console, 'error');
      disposables.push(() => consoleError.mockRestore());
      const lines: Record<string, unknown>[] = [];
      const { wsUrl } = await start({ maxWebSocketPayloadBytes: 2048 }, lines);
      const socket = await connect(wsUrl);
      if (message.type !== 'connection_init') {
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: ADMIN } }));
        await nextMessage(socket);
      }
      const closed = closeCode(socket);
      socket.send(JSON.stringify(message));
      expect(await closed).toBe(code);

      const failures = lines.filter((line) => /closing/.test(String(line.msg)));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ level: 40, error: { name: expect.any(String) } });
      expect(JSON.stringify(lines)).not.toMatch(/SECRET|"stack"/);
      expect(consoleError).not.toHaveBeenCalled();
    },
  );

  it('should count open connections in the metrics', async () => {
    const { app, wsUrl } = await start();
    const open = async () => (await app.metrics.webSocketConnections.get()).values[0]?.value;
    const socket = await connect(wsUrl);
    await expect.poll(open).toBe(1);
    socket.close();
    await expect.poll(open).toBe(0);
  });

  it('should close open connections with 1001 when the gateway stops', async () => {
    const { app, wsUrl } = await start();
    const socket = await connect(wsUrl);
    const closed = closeCode(socket);
    await app.stop();
    expect(await closed).toBe(1001);
  });
});
