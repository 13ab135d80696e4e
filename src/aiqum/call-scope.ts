import type { Context } from '@opentelemetry/api';

/**
 * What the upstream calls made for one GraphQL operation (or one poll of a job) report to. It
 * travels in the GraphQL context, not in async-local storage: the client is handed it.
 */
export interface CallScope {
  /** HTTP requests sent to AIQUM, retries included. */
  upstreamCalls: number;
  /** The id of the HTTP request (or WebSocket connection) the calls serve, for log lines. */
  readonly requestId?: string | undefined;
  /** The trace context the calls' spans are children of; unset while tracing is off. */
  trace?: Context | undefined;
}
