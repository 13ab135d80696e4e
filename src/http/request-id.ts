import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller-chosen id is kept when it looks like one; anything else is replaced.
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

const requestIds = new AsyncLocalStorage<string>();

/** The id of the HTTP request whose work is running now. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/** The caller's `x-request-id` when it is a sane one, or a new id. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

/**
 * Runs each HTTP request under its id, so every log line it causes carries it, and answers
 * the id in `x-request-id`.
 */
export function withRequestIds(listener: RequestListener): RequestListener {
  return (request, response) => {
    const requestId = requestIdOf(request);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    requestIds.run(requestId, () => listener(request, response));
  };
}
