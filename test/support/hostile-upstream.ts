import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Disposables } from './gateway.ts';

export interface HostileRequest {
  method: string;
  /** As received, still percent-encoded, e.g. `/api/management-server/jobs`. */
  path: string;
  query: URLSearchParams;
  /** When the request arrived, in `performance.now()` time. */
  receivedAt: number;
}

export type HostileHandler = (
  request: HostileRequest,
  response: ServerResponse,
  raw: IncomingMessage,
) => void | Promise<void>;

export interface HostileUpstream {
  /** Base URL including `/api`, for `aiqumUrl`. */
  url: string;
  requests: HostileRequest[];
  /** Sets how the next requests are answered. */
  handle(handler: HostileHandler): void;
}

/**
 * An upstream served over real HTTP on 127.0.0.1 that answers whatever the test tells it to:
 * a broken or malicious AIQUM. Closed after the test, its connections dropped.
 */
export async function startHostileUpstream(
  disposables: Disposables,
  handler: HostileHandler,
): Promise<HostileUpstream> {
  let current = handler;
  const requests: HostileRequest[] = [];
  const server = createServer((raw, response) => {
    const url = new URL(raw.url ?? '/', 'http://upstream');
    const request = {
      method: raw.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      receivedAt: performance.now(),
    };
    requests.push(request);
    raw.resume(); // the body, if any, is not needed
    Promise.resolve(current(request, response, raw)).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposables.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    handle(next) {
      current = next;
    },
  };
}

/** Answers JSON with `status`. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json' }).end(text);
}
