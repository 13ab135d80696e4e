import { type DocumentNode, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Metrics } from '../metrics.ts';

// Label values come from these fixed sets, never from the URL or method as the client wrote it.
// (Yoga answers `/health` before any plugin sees the request: it is not timed.)
const ROUTES = new Set(['/graphql', '/metrics', '/ready', '/']);
const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);
const NONE = 'none';

interface Timing {
  startedAt: number;
  route: string;
  operationType: string;
  operationName: string;
}

interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null | undefined;
  contextValue: unknown;
}

/**
 * Times every HTTP request to its answer (an SSE stream: to its first event) into
 * `http_request_duration_seconds`, by route, method, status and the operation it ran.
 */
export function useHttpMetrics(metrics: Metrics): Plugin {
  const timings = new WeakMap<Request, Timing>();
  const noteOperation = ({ document, operationName, contextValue }: OperationArgs) => {
    const request = (contextValue as { request?: Request }).request;
    const timing = request && timings.get(request);
    if (!timing) return; // an operation over WebSocket
    const operation = getOperationAST(document, operationName);
    timing.operationType = operation?.operation ?? 'unknown';
    timing.operationName = metrics.operationNames.label(operation?.name?.value);
  };
  return {
    onRequest({ request, url }) {
      timings.set(request, {
        startedAt: performance.now(),
        route: ROUTES.has(url.pathname) ? url.pathname : 'other',
        operationType: NONE,
        operationName: NONE,
      });
    },
    onExecute: ({ args }) => noteOperation(args),
    onSubscribe: ({ args }) => noteOperation(args),
    onResponse({ request, response }) {
      const timing = timings.get(request);
      if (!timing) return;
      const method = METHODS.has(request.method) ? request.method : 'other';
      metrics.httpDuration.observe(
        {
          route: timing.route,
          method,
          status: response.status,
          operation_type: timing.operationType,
          operation_name: timing.operationName,
        },
        (performance.now() - timing.startedAt) / 1000,
      );
    },
  };
}
