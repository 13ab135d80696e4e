import type { UpstreamErrorBody } from '../aiqum/wire-types.ts';

/** AIQUM's error codes are strings; these are the simulator's, one per kind of refusal. */
export const ErrorCode = {
  InvalidParameter: '2',
  NotFound: '4',
  MethodNotAllowed: '5',
  Conflict: '6',
  InjectedFault: '9',
} as const;

const JSON_HEADERS = { 'content-type': 'application/json' };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function errorBody(message: string, code: string, target?: string): UpstreamErrorBody {
  return { error: target === undefined ? { message, code } : { message, code, target } };
}

export function errorResponse(
  status: number,
  message: string,
  code: string,
  target?: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(errorBody(message, code, target), status, headers);
}

/** 401 and 403 carry no body upstream. */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}
