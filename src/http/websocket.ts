import { once, setMaxListeners } from 'node:events';
import type { Server } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  type FormattedExecutionResult,
  GraphQLError,
  getOperationAST,
} from 'graphql';
import type { Context, OperationResult, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { createGraphQLError, type YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Limits } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { TrustedDocuments } from '../trusted-documents.ts';
import { AccessRecord, logWebSocketOperation, outcomeOf } from './access-log.ts';
import { type MaskError, toClientPayload } from './error-masking.ts';
import { serveGraphQLWebSocket } from './graphql-ws-server.ts';
import { resolveWebSocketDocument } from './persisted-documents.ts';
import { requestIdOf } from './request-id.ts';

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

// biome-ignore lint/suspicious/noExplicitAny: yoga's server and user context types vary per app
type AnyYoga = YogaServerInstance<any, any>;

/** What is kept per socket. */
interface Connection {
  /** Aborted when the socket closes, so the upstream calls of its operations stop. */
  abort: AbortController;
  /** The request id of its upgrade. */
  requestId: string;
  /** The access records of its operations in flight. */
  operations: Map<string, AccessRecord>;
  /** Its queries and mutations admitted and not yet settled. */
  operationsInFlight: number;
}

type GraphQLWsContext = Context<Record<string, unknown> | undefined, Extra>;

export const CLOSE_GOING_AWAY = 1001;
const KEEP_ALIVE_MS = 12_000;
const CLOSE_GRACE_MS = 1000;
const UNEXPECTED = 'Unexpected error.';

export interface WebSocketOptions {
  limits: Limits;
  metrics: Metrics;
  logger: Logger;
  /** The masker yoga uses, for errors graphql-ws would otherwise send as they are. */
  maskError: MaskError;
  /** Trusted mode: only these documents run, by id, as over HTTP. */
  trustedDocuments?: TrustedDocuments | undefined;
}

/**
 * graphql-ws on the yoga endpoint of `server`. Operations run through `yoga.getEnveloped`, so
 * plugins, context (credentials from `connectionParams`) and error masking match HTTP.
 */
export function attachGraphQLWebSocket(server: Server, yoga: AnyYoga, options: WebSocketOptions) {
  const { limits, metrics, logger, maskError, trustedDocuments } = options;
  const masked = (error: unknown): GraphQLError => {
    const result = maskError(error, UNEXPECTED);
    return result instanceof GraphQLError ? result : new GraphQLError(UNEXPECTED);
  };
  const webSocketServer = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: limits.maxWebSocketPayloadBytes,
  });
  const connections = new WeakMap<WebSocket, Connection>();
  webSocketServer.on('connection', (socket, request) => {
    const abort = new AbortController();
    // Every operation on the connection listens to its signal.
    setMaxListeners(0, abort.signal);
    connections.set(socket, {
      abort,
      requestId: requestIdOf(request),
      operations: new Map(),
      operationsInFlight: 0,
    });
    metrics.webSocketConnections.inc();
    socket.once('close', () => {
      abort.abort();
      metrics.webSocketConnections.dec();
    });
  });

  /** What an operation answers, or its failure as a result rather than a throw. */
  async function settled(run: () => OperationResult): Promise<Awaited<OperationResult>> {
    try {
      return await run();
    } catch (error) {
      return { errors: [masked(error)] };
    }
  }

  async function prepareOperation(
    context: GraphQLWsContext,
    id: string,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const connection = connections.get(context.extra.socket);
    if (!connection) return [new GraphQLError('The connection is closing')];
    const access = new AccessRecord(connection.requestId);
    const refuse = (errors: readonly GraphQLError[]) => {
      access.refusal = outcomeOf({ errors });
      logWebSocketOperation(logger, access, id);
      return errors;
    };
    const enveloped = yoga.getEnveloped({
      ...context,
      connectionParams: context.connectionParams,
      signal: connection.abort.signal,
      params: payload,
      access,
    });
    const query = resolveWebSocketDocument(trustedDocuments, payload);
    if (query instanceof GraphQLError) return refuse([query]);
    let document: DocumentNode;
    try {
      document = enveloped.parse(query);
    } catch (error) {
      return refuse([parseFailure(error)]);
    }
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) return refuse(errors);
    // graphql-ws lists the connection's operations, this one included, and drops an entry
    // as soon as the client completes it.
    const operations = Object.keys(context.subscriptions).length;
    const operation = getOperationAST(document, payload.operationName)?.operation;
    if (operation === 'subscription' && operations > limits.maxSubscriptionsPerConnection) {
      return refuse([
        new GraphQLError(
          `A connection may hold at most ${limits.maxSubscriptionsPerConnection} subscriptions`,
          { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
        ),
      ]);
    }
    // Counted from here, before anything is awaited, so simultaneous operations cannot
    // all pass the check; released when the execution settles (graphql-ws always executes
    // an operation it was handed), not when the client completes it, since its upstream
    // calls go on until then.
    const counted = operation === 'query' || operation === 'mutation';
    if (counted && connection.operationsInFlight >= limits.maxOperationsPerConnection) {
      return refuse([
        new GraphQLError(
          `A connection may run at most ${limits.maxOperationsPerConnection} queries and mutations at once`,
          { extensions: { code: 'TOO_MANY_OPERATIONS' } },
        ),
      ]);
    }
    if (counted) connection.operationsInFlight += 1;
    const release = () => {
      if (counted) connection.operationsInFlight -= 1;
    };
    let contextValue: unknown;
    try {
      // Refuses malformed credentials; yoga has masked the error already.
      contextValue = await enveloped.contextFactory();
    } catch (error) {
      release();
      return refuse([masked(error)]);
    }
    connection.operations.set(id, access);
    const execute: EnvelopedRoot['execute'] = async (args) => {
      try {
        return await enveloped.execute(args);
      } finally {
        release();
      }
    };
    return {
      schema: enveloped.schema,
      operationName: payload.operationName,
      document,
      variableValues: payload.variables,
      contextValue,
      rootValue: {
        execute: counted ? execute : enveloped.execute,
        subscribe: enveloped.subscribe,
      },
    };
  }

  const graphqlWs = serveGraphQLWebSocket(
    {
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      // A refused or failing operation gets an answer of its own; a throw from any of these
      // would close the whole socket (4500) and every subscription on it.
      execute: (args) => settled(() => (args.rootValue as EnvelopedRoot).execute(args)),
      subscribe: (args) => settled(() => (args.rootValue as EnvelopedRoot).subscribe(args)),
      onSubscribe: async (context, id, payload) => {
        try {
          return await prepareOperation(context, id, payload);
        } catch (error) {
          return [masked(error)];
        }
      },
      onError: (_context, _id, _payload, errors) =>
        errors.map((error) => toClientPayload(masked(error))),
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors ? formatted(result, result.errors) : undefined,
      // Called once per operation that ran, whoever ended it (and on an abrupt close).
      onComplete: (context, id) => {
        const operations = connections.get(context.extra.socket)?.operations;
        const access = operations?.get(id);
        if (!access) return;
        operations?.delete(id);
        logWebSocketOperation(logger, access, id);
      },
    },
    webSocketServer,
    KEEP_ALIVE_MS,
    logger,
  );

  return {
    webSocketServer,
    /** Closes every socket with 1001 (going away), then drops what did not close in time. */
    async close(): Promise<void> {
      const closing = [...webSocketServer.clients].map(async (socket) => {
        socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
        const closed = once(socket, 'close');
        const timer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
        await closed;
        clearTimeout(timer);
      });
      await Promise.all(closing);
      graphqlWs.dispose();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },
  };
}

/** A document that does not parse; over HTTP yoga gives these their code itself. */
function parseFailure(error: unknown): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError(String(error));
  if (error.extensions.code) return error;
  return createGraphQLError(error.message, {
    source: error.source ?? null,
    positions: error.positions ?? null,
    extensions: { ...error.extensions, code: 'GRAPHQL_PARSE_FAILED' },
  });
}

function formatted(
  result: {
    data?: Record<string, unknown> | null | undefined;
    extensions?: Record<string, unknown> | undefined;
  },
  errors: readonly GraphQLError[],
): FormattedExecutionResult {
  return {
    ...(result.data === undefined ? {} : { data: result.data }),
    errors: errors.map(toClientPayload),
    ...(result.extensions === undefined ? {} : { extensions: result.extensions }),
  };
}
