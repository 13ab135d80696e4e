import { type Client, createClient } from 'graphql-ws';
import { GatewayError, type WireError } from './gateway-error.ts';
import type { TypedDocumentString } from './generated/graphql.ts';
import { OFFLINE_AFTER_ATTEMPTS, RetryTimer, retryDelayMs } from './reconnect.ts';

// Same origin: the page talks to the gateway that served it.
const GRAPHQL_PATH = '/graphql';
/** The gateway's answer to a document id it does not hold (it may hold no trusted documents). */
const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** What names an operation on the wire: its id (persisted documents), or its text. */
function operationOf<TResult, TVariables>(document: Document<TResult, TVariables>, byId: boolean) {
  const id = document.__meta__?.hash;
  return byId && typeof id === 'string' ? { documentId: id } : { query: document.toString() };
}
/** The page pings this often; a pong missing for PONG_TIMEOUT_MS means a dead connection. */
const PING_INTERVAL_MS = 10_000;
const PONG_TIMEOUT_MS = 5000;

/** The live connection as the indicator shows it. */
export type Connection =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'reconnecting'; attempt: number; retryAtMs: number | undefined }
  | { state: 'offline'; reason: string; retryAtMs: number | undefined };

export interface GatewayListener {
  connection(connection: Connection): void;
  /** The connection is back after a loss: events may have been missed, so refetch. */
  reconnected(): void;
}

export interface Follower<TResult> {
  next(data: TResult): void;
  error(error: GatewayError): void;
  complete(): void;
}

interface WireResult<TResult> {
  data?: TResult | null;
  errors?: WireError[];
}

/**
 * One login's connection to the gateway: queries and mutations over HTTP, subscriptions over
 * one graphql-ws connection that is kept open and comes back on its own after any loss
 * (retried without end, with backoff); subscriptions open at the time are resubscribed.
 * Operations go by document id (`persisted-documents.json`, which a gateway with
 * TRUSTED_DOCUMENTS serves alone); a gateway that holds no such id gets the text from then on.
 */
export class Gateway {
  readonly #authorization: string;
  readonly #listener: GatewayListener;
  readonly #retryTimer = new RetryTimer();
  readonly #webSocket: Client;
  #wasLive = false;
  #lost = false;
  #disposed = false;
  #byId = true;
  #pongTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(authorization: string, listener: GatewayListener) {
    this.#authorization = authorization;
    this.#listener = listener;
    const webSocketUrl = new URL(GRAPHQL_PATH, location.href);
    webSocketUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#webSocket = createClient({
      url: webSocketUrl.href,
      connectionParams: { authorization },
      lazy: false,
      keepAlive: PING_INTERVAL_MS,
      retryAttempts: Number.POSITIVE_INFINITY,
      // Any loss is worth a retry (a restarted gateway first refuses the socket with a bare
      // error Event); graphql-ws itself still gives up on the close codes that mean "never".
      shouldRetry: () => true,
      retryWait: (retries) => this.#waitBeforeRetry(retries),
      onNonLazyError: (error) => this.#gaveUp(error),
      on: {
        connecting: (isRetry) => {
          if (!isRetry) this.#emit({ state: 'connecting' });
        },
        connected: () => {
          this.#emit({ state: 'live' });
          if (this.#lost) this.#listener.reconnected();
          this.#wasLive = true;
          this.#lost = false;
        },
        closed: () => {
          clearTimeout(this.#pongTimer);
          if (this.#disposed) return;
          if (this.#wasLive) this.#lost = true;
          this.#emit({ state: 'reconnecting', attempt: 1, retryAtMs: undefined });
        },
        ping: (received) => {
          if (received) return;
          clearTimeout(this.#pongTimer);
          this.#pongTimer = setTimeout(() => this.#webSocket.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(this.#pongTimer);
        },
      },
    });
  }

  /** Runs a query or mutation; resolves with its data or rejects with a GatewayError. */
  async request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const byId = this.#byId;
    let result = await this.#post<TResult>({ ...operationOf(document, byId), variables });
    if (byId && codeOf(result.errors) === PERSISTED_QUERY_NOT_FOUND) {
      this.#byId = false;
      result = await this.#post<TResult>({ ...operationOf(document, false), variables });
    }
    if (result.errors?.length) throw GatewayError.fromWire(result.errors);
    if (!result.data) throw new GatewayError('The gateway answered without data', 'NO_DATA');
    return result.data;
  }

  async #post<TResult>(body: Record<string, unknown>): Promise<WireResult<TResult>> {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: this.#authorization,
        },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw GatewayError.from(error);
    }
    return readResult<TResult>(response);
  }

  /** Follows a subscription until it completes or fails; the returned function stops it. */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: Document<TResult, TVariables>,
    variables: TVariables,
    follower: Follower<TResult>,
  ): () => void {
    const byId = this.#byId;
    // graphql-ws requires a query string: an operation sent by id carries an empty one.
    const operation = { query: '', ...operationOf(document, byId), variables };
    let stop = this.#webSocket.subscribe<TResult>(operation, {
      next(result) {
        if (result.errors?.length) follower.error(GatewayError.fromWire(result.errors));
        else if (result.data) follower.next(result.data);
      },
      error: (error) => {
        const failure = GatewayError.from(error);
        if (byId && failure.code === PERSISTED_QUERY_NOT_FOUND) {
          this.#byId = false;
          stop = this.subscribe(document, variables, follower);
        } else {
          follower.error(failure);
        }
      },
      complete: () => follower.complete(),
    });
    return () => stop();
  }

  /** Ends the wait before the next reconnect attempt: "Retry now". */
  retryNow(): void {
    this.#retryTimer.skip();
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#pongTimer);
    this.#retryTimer.skip();
    void this.#webSocket.dispose();
  }

  async #waitBeforeRetry(retries: number): Promise<void> {
    const delayMs = retryDelayMs(retries);
    const retryAtMs = Date.now() + delayMs;
    const attempt = retries + 1;
    if (!navigator.onLine) {
      this.#emit({ state: 'offline', reason: 'This computer is offline.', retryAtMs });
    } else if (attempt > OFFLINE_AFTER_ATTEMPTS) {
      const reason = 'The gateway has not answered for a while.';
      this.#emit({ state: 'offline', reason, retryAtMs });
    } else {
      this.#emit({ state: 'reconnecting', attempt, retryAtMs });
    }
    await this.#retryTimer.wait(delayMs);
  }

  #gaveUp(error: unknown): void {
    if (this.#disposed) return;
    const reason = `The gateway refused the live connection: ${GatewayError.from(error).message}.`;
    this.#emit({ state: 'offline', reason, retryAtMs: undefined });
  }

  #emit(connection: Connection): void {
    if (!this.#disposed) this.#listener.connection(connection);
  }
}

function codeOf(errors: readonly WireError[] | undefined): unknown {
  return errors?.[0]?.extensions?.code;
}

async function readResult<TResult>(response: Response): Promise<WireResult<TResult>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw GatewayError.from(error);
  }
  try {
    return JSON.parse(text) as WireResult<TResult>;
  } catch {
    throw new GatewayError(
      `The gateway answered ${response.status} ${response.statusText}, not GraphQL: ${text.slice(0, 200)}`,
      `HTTP_${response.status}`,
    );
  }
}
