import type { YogaServerOptions } from 'graphql-yoga';

type Cors = YogaServerOptions<object, object>['cors'];

// What a page needs to call the API: its credentials, JSON, the CSRF header GET requests need.
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'x-request-id',
];
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Cross-origin access for the listed origins only; none at all when the list is empty (the
 * example page is served by the gateway itself). Any other origin gets no CORS header, so a
 * browser keeps its page from reading an answer.
 */
export function corsOptions(origins: readonly string[]): Cors {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  const granted = {
    // Yoga answers with the request's origin when it is in this list, and varies on Origin.
    origin: [...origins],
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id'],
    maxAge: PREFLIGHT_MAX_AGE_S,
  };
  return (request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.has(origin) ? granted : false;
  };
}
