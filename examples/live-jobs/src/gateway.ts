import { type Client, createClient } from 'graphql-ws';
import { GatewayError, type WireError } from './gateway-error.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

// Same origin: the page talks to the gateway that served it.
const GRAPHQL_PATH = '/graphql';

interface WireResult<TResult> {
  data?: TResult | null;
  errors?: WireError[];
}

export interface Follower<TResult> {
  next(data: TResult): void;
  error(error: GatewayError): void;
  complete(): void;
}

/** One login's connection to the gateway: queries and mutations over HTTP, subscriptions over graphql-ws. */
export class Gateway {
  readonly #authorization: string;
  readonly #webSocket: Client;

  constructor(authorization: string) {
    this.#authorization = authorization;
    const webSocketUrl = new URL(GRAPHQL_PATH, location.href);
    webSocketUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#webSocket = createClient({
      url: webSocketUrl.href,
      connectionParams: { authorization },
      lazy: true,
      retryAttempts: 3,
    });
  }

  /** Runs a query or mutation; resolves with its data or rejects with a GatewayError. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: this.#authorization,
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (error) {
      throw GatewayError.from(error);
    }
    const result = await readResult<TResult>(response);
    if (result.errors?.length) throw GatewayError.fromWire(result.errors);
    if (!result.data) throw new GatewayError('The gateway answered without data', 'NO_DATA');
    return result.data;
  }

  /** Follows a subscription until it completes or fails; the returned function stops it. */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    follower: Follower<TResult>,
  ): () => void {
    return this.#webSocket.subscribe<TResult>(
      { query: document.toString(), variables },
      {
        next(result) {
          if (result.errors?.length) follower.error(GatewayError.fromWire(result.errors));
          else if (result.data) follower.next(result.data);
        },
        error: (error) => follower.error(GatewayError.from(error)),
        complete: () => follower.complete(),
      },
    );
  }

  dispose(): void {
    void this.#webSocket.dispose();
  }
}

async function readResult<TResult>(response: Response): Promise<WireResult<TResult>> {
  const text = await response.text();
  try {
    return JSON.parse(text) as WireResult<TResult>;
  } catch {
    throw new GatewayError(
      `The gateway answered ${response.status} ${response.statusText}, not GraphQL: ${text.slice(0, 200)}`,
      `HTTP_${response.status}`,
    );
  }
}
