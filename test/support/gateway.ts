import { createClient as createSseClient, type Client as SseClient } from 'graphql-sse';
import { type Client, createClient } from 'graphql-ws';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import type { Config } from '../../src/config.ts';
import type { AppOverrides } from '../../src/server.ts';
import { createTestApp } from './app.ts';

/** What a test started, disposed of in reverse order after it. */
export type Disposables = (() => Promise<void> | void)[];

/**
 * What each test of a file starts, disposed of in reverse order after each test. Called at the
 * file's top level.
 */
export function disposedAfterEach(): Disposables {
  const disposables: Disposables = [];
  afterEach(async () => {
    for (const dispose of disposables.splice(0).reverse()) await dispose();
  });
  return disposables;
}

/** A gateway listening on a free port over a simulator on a manual clock. */
export async function startGateway(
  disposables: Disposables,
  options: { config?: Partial<Config>; overrides?: AppOverrides } = {},
) {
  const app = createTestApp(options);
  const { url } = await app.start();
  disposables.push(() => app.stop());
  return { app, url };
}

/**
 * The real graphql-ws client with `authorization` in its connectionParams (or, given an object,
 * those connectionParams as they are).
 */
export function webSocketClient(
  disposables: Disposables,
  url: string,
  authorization?: string | Record<string, unknown>,
): Client {
  const connectionParams =
    typeof authorization === 'string' ? { authorization } : (authorization ?? {});
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  disposables.push(() => client.dispose());
  return client;
}

/** The real graphql-sse client (distinct connections mode) with `authorization` as header. */
export function sseClient(
  disposables: Disposables,
  url: string,
  authorization?: string,
): SseClient {
  const client = createSseClient({
    url,
    headers: authorization ? { authorization } : {},
    retryAttempts: 0,
  });
  disposables.push(() => client.dispose());
  return client;
}
