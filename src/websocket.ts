import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

// biome-ignore lint/suspicious/noExplicitAny: yoga's server and user context types vary per app
type AnyYoga = YogaServerInstance<any, any>;

/**
 * graphql-ws on the yoga endpoint of `server`. Operations run through `yoga.getEnveloped`, so
 * plugins, context (credentials from `connectionParams`) and error masking match HTTP.
 */
export function attachGraphQLWebSocket(server: Server, yoga: AnyYoga) {
  const webSocketServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const graphqlWs = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (context, _id, payload) => {
        const abort = new AbortController();
        context.extra.socket.once('close', () => abort.abort());
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          connectionParams: context.connectionParams,
          signal: abort.signal,
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
