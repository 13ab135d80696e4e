import { type Client, createClient } from 'graphql-ws';
import { GatewayError, type WireError } from './gateway-error.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

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

interface WireResult<TResult> {
  data?: TResult | null;
  errors?: WireError[];
}

export interface Follower<TResult> {
  next(data: TResult): void;
  error(error: GatewayError): void;
  complete(): void;
}

/**
 * One login's connection to the gateway: queries and mutations over HTTP, subscriptions over
 * graphql-ws. Operations go by document id (`persisted-documents.json`, which a gateway with
 * TRUSTED_DOCUMENTS serves alone); a gateway that holds no such id gets the text from then on.
 */
export class Gateway {
  readonly #authorization: string;
  readonly #webSocket: Client;
  #byId = true;

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

  dispose(): void {
    void this.#webSocket.dispose();
  }
}

function codeOf(errors: readonly WireError[] | undefined): unknown {
  return errors?.[0]?.extensions?.code;
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
