import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import {
  CloseCode,
  type ConnectionInitMessage,
  handleProtocols,
  makeServer,
  type ServerOptions,
} from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger.ts';

type ConnectionParams = ConnectionInitMessage['payload'];
// A close reason must fit in a control frame.
const MAX_CLOSE_REASON_LENGTH = 123;
const INTERNAL_ERROR = 'Internal server error';

/**
 * graphql-ws on a `ws` server: graphql-ws's own `useServer` adapter, reshaped so that an internal
 * error (a frame over the payload limit, a message the protocol does not let a client send) is
 * one structured pino line, not a stack trace on stderr. The stack is logged at debug only, and
 * nothing the client sent is.
 */
export function serveGraphQLWebSocket(
  options: ServerOptions<ConnectionParams, Extra>,
  webSocketServer: WebSocketServer,
  keepAliveMs: number,
  logger: Logger,
): { dispose(): void } {
  const server = makeServer(options);
  webSocketServer.options.handleProtocols = handleProtocols;

  const logFailure = (message: string, error: unknown) => {
    const { name, code, message: reason } = describe(error);
    logger.warn({ error: { name, code, reason } }, message);
    if (logger.isLevelEnabled('debug')) logger.debug({ err: error }, message);
  };

  const onConnection = (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      logFailure('WebSocket failed; closing it', error);
      socket.close(CloseCode.InternalServerError, INTERNAL_ERROR);
    });

    let pongWait: NodeJS.Timeout | undefined;
    const pingInterval = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, keepAliveMs);

    const coalesce = coalescedWrites(request.socket);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            coalesce();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              logFailure('graphql-ws could not handle a message; closing the WebSocket', error);
              const reason = describe(error).message;
              socket.close(
                CloseCode.InternalServerError,
                reason.length <= MAX_CLOSE_REASON_LENGTH ? reason : INTERNAL_ERROR,
              );
            }
          }),
      },
      { socket, request },
    );

    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(pingInterval);
      closed(code, String(reason));
    });
  };
  // The HTTP server's errors (a port already taken) reach the WebSocket server too; the HTTP
  // side reports them, and an 'error' without a listener would end the process.
  const onServerError = (error: Error) => {
    logFailure('WebSocket server failed; closing its sockets', error);
    for (const socket of webSocketServer.clients) {
      socket.close(CloseCode.InternalServerError, INTERNAL_ERROR);
    }
  };
  webSocketServer.on('connection', onConnection);
  webSocketServer.on('error', onServerError);

  return {
    dispose() {
      webSocketServer.off('connection', onConnection);
      webSocketServer.off('error', onServerError);
    },
  };
}

/**
 * Holds a connection's writes until the current burst of work is done, then writes them with
 * one syscall: the subscriptions of a socket receiving one event would otherwise cost a write
 * each. Backpressure is unchanged: each message's send callback still waits for its write.
 */
function coalescedWrites(connection: Socket): () => void {
  let corked = false;
  const uncork = () => {
    corked = false;
    connection.uncork();
  };
  return () => {
    if (corked) return;
    corked = true;
    connection.cork();
    process.nextTick(uncork);
  };
}

function describe(error: unknown): { name: string; code: unknown; message: string } {
  if (!(error instanceof Error))
    return { name: typeof error, code: undefined, message: INTERNAL_ERROR };
  return { name: error.name, code: (error as { code?: unknown }).code, message: error.message };
}
