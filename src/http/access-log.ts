import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context as TraceContext } from '@opentelemetry/api';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { CallScope } from '../aiqum/call-scope.ts';
import type { Logger } from '../logger.ts';
import { takeRequestId } from './request-id.ts';

/** One GraphQL operation as the access log (and the metrics) name it. */
export interface OperationSummary {
  /** Validated and capped, as the metrics label: never a raw client string. */
  name: string;
  type: string;
  /** "ok", or the first error's code. */
  outcome: string;
}

const LONGEST_LOGGED_PATH = 200;

/**
 * What the access log line of one HTTP request or WebSocket operation says. It is also the
 * `CallScope` of its operations: the AIQUM client counts their upstream calls in it.
 */
export class AccessRecord implements CallScope {
  upstreamCalls = 0;
  trace: TraceContext | undefined = undefined;
  readonly startedAt = performance.now();
  readonly operations: OperationSummary[] = [];
  /** The code a request was refused with before any operation ran (parse, trusted documents...). */
  refusal: string | undefined = undefined;

  constructor(readonly requestId: string | undefined) {}

  /** Fields every line shares: request id, operation(s), outcome, duration, upstream calls. */
  fields(): Record<string, unknown> {
    const [first, ...more] = this.operations;
    return {
      requestId: this.requestId,
      ...(more.length > 0
        ? { operations: this.operations }
        : {
            operationName: first?.name,
            operationType: first?.type,
            outcome: first?.outcome ?? this.refusal,
          }),
      durationMs: Math.round((performance.now() - this.startedAt) * 10) / 10,
      upstreamCalls: this.upstreamCalls,
    };
  }

  /** Whether a GraphQL operation ran or was refused: such requests are logged at info. */
  get isGraphQL(): boolean {
    return this.operations.length > 0 || this.refusal !== undefined;
  }
}

/** The access record of the request or operation a GraphQL context serves, if any. */
export function accessRecordOf(context: unknown): AccessRecord | undefined {
  const access = (context as { access?: unknown } | undefined)?.access;
  return access instanceof AccessRecord ? access : undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: yoga's server and user context types vary per app
type AnyYoga = YogaServerInstance<any, any>;

/**
 * Hands each HTTP request to yoga with an access record (and the request's id) in its server
 * context, and writes one line when the response is done: at info for GraphQL requests, at debug for everything else
 * (`/health`, `/ready`, `/metrics`, GraphiQL, the page's files). Never the query string,
 * variables, documents or headers.
 */
export function withAccessLog(yoga: AnyYoga, logger: Logger): RequestListener {
  // At run time the listener merges further arguments into the server context; its type omits them.
  const handle = yoga.requestListener as (
    request: IncomingMessage,
    response: ServerResponse,
    serverContext: { access: AccessRecord },
  ) => void;
  return (request, response) => {
    const record = new AccessRecord(takeRequestId(request, response));
    if (logger.isLevelEnabled('info')) {
      response.once('close', () => logRequest(logger, record, request, response));
    }
    handle(request, response, { access: record });
  };
}

function logRequest(
  logger: Logger,
  record: AccessRecord,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const level = record.isGraphQL ? 'info' : 'debug';
  if (!logger.isLevelEnabled(level)) return;
  const path = (request.url ?? '').split('?', 1)[0]?.slice(0, LONGEST_LOGGED_PATH);
  logger[level](
    {
      ...record.fields(),
      method: request.method,
      path,
      status: response.statusCode,
      // The client went away before the answer was complete.
      ...(response.writableFinished ? {} : { aborted: true }),
    },
    'request',
  );
}

/** Writes the line of one WebSocket operation, when it completes or is refused. */
export function logWebSocketOperation(
  logger: Logger,
  record: AccessRecord,
  operationId: string,
): void {
  if (!logger.isLevelEnabled('info')) return;
  logger.info(
    { ...record.fields(), transport: 'websocket', operationId: loggableId(operationId) },
    'operation',
  );
}

// graphql-ws operation ids are chosen by the client: log only one that looks like an id.
const LOGGABLE_ID = /^[\w.:-]{1,64}$/;
function loggableId(id: string): string {
  return LOGGABLE_ID.test(id) ? id : '[invalid]';
}

/**
 * Records the code of a GraphQL request refused before any operation ran (the operation
 * accounting records those that run).
 */
export function useAccessRefusals(): Plugin {
  return {
    onResultProcess({ result, serverContext }) {
      const record = accessRecordOf(serverContext);
      if (!record || record.operations.length > 0 || isAsyncIterable(result)) return;
      const first = Array.isArray(result) ? result[0] : result;
      record.refusal = first ? outcomeOf(first) : undefined;
    },
  };
}

/** "ok", or the code of the first error as the client sees it. */
export function outcomeOf(result: ExecutionResult): string {
  const [firstError] = result.errors ?? [];
  if (!firstError) return 'ok';
  const code = firstError.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
