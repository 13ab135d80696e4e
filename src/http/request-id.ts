import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller-chosen id is kept when it looks like one; anything else is replaced.
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane one, or a new id. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

/**
 * The id of an HTTP request, answered in `x-request-id`. It travels with the request's access
 * record, which the GraphQL context and the AIQUM client carry, so every log line the request
 * causes names it; no async context is kept per request.
 */
export function takeRequestId(request: IncomingMessage, response: ServerResponse): string {
  const requestId = requestIdOf(request);
  response.setHeader(REQUEST_ID_HEADER, requestId);
  return requestId;
}
