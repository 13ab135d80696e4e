import { setMaxListeners } from 'node:events';
import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

export interface WebSocketOptions {
  /** A connection that sends no `connection_init` within this is closed with 4408. */
  connectionInitWaitMs?: number;
  /** Ping interval; a client that does not pong within it is dropped. */
  keepAliveMs?: number;
}

export const DEFAULT_CONNECTION_INIT_WAIT_MS = 3000;
export const DEFAULT_KEEP_ALIVE_MS = 12_000;

// biome-ignore lint/suspicious/noExplicitAny: yoga's server and user context types vary per app
type AnyYoga = YogaServerInstance<any, any>;

/**
 * graphql-ws on the yoga endpoint of `server`. Operations run through `yoga.getEnveloped`, so
 * plugins, context (credentials from `connectionParams`) and error masking match HTTP.
 */
export function attachGraphQLWebSocket(
  server: Server,
  yoga: AnyYoga,
  options: WebSocketOptions = {},
) {
  const webSocketServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  // One signal per connection, aborted when its socket closes: every operation on it listens.
  const connectionSignals = new WeakMap<object, AbortSignal>();
  const signalOf = (context: { extra: Extra }) => {
    let signal = connectionSignals.get(context);
    if (!signal) {
      const abort = new AbortController();
      setMaxListeners(0, abort.signal);
      context.extra.socket.once('close', () => abort.abort());
      signal = abort.signal;
      connectionSignals.set(context, signal);
    }
    return signal;
  };
  const graphqlWs = useServer(
    {
      connectionInitWaitTimeout: options.connectionInitWaitMs ?? DEFAULT_CONNECTION_INIT_WAIT_MS,
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (context, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          connectionParams: context.connectionParams,
          signal: signalOf(context),
          params: payload,
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length > 0) return errors;
        return args;
      },
    },
    webSocketServer,
    options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
  );
  return {
    webSocketServer,
    async close(): Promise<void> {
      for (const client of webSocketServer.clients) client.terminate();
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },
  };
}
