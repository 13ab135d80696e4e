import type { Tracer } from '@opentelemetry/api';
import ky, { HTTPError, type KyInstance, type Options as KyOptions, type RetryOptions } from 'ky';
import {
  UnauthenticatedError,
  UpstreamProtocolError,
  UpstreamUnavailableError,
} from '../errors.ts';
import type { Logger } from '../logger.ts';
import { CallDeadline, retryAfterMs } from './call-deadline.ts';
import type { CallScope } from './call-scope.ts';
import { toGatewayError } from './error-mapping.ts';
import { readable, readJob, readJobList } from './job-reading.ts';
import { keyPath } from './keys.ts';
import type { UpstreamList } from './lookup-wire-types.ts';
import { LOOKUPS, type LookupKind, type LookupWireTypes } from './lookups.ts';
import { UpstreamSpan } from './upstream-span.ts';
import type { UpstreamJob, UpstreamJobLinkResponse, UpstreamJobList } from './wire-types.ts';

/** The caller's `Authorization` header value (HTTP Basic), forwarded as is. */
export type Credentials = string;

export const JOBS_PATH = 'management-server/jobs';
export const MAX_RECORDS_PER_PAGE = 1000;
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUS_CODES = [413, 429, 503];
const MAX_RETRY_DELAY_MS = 5000;

export interface AiqumClientOptions {
  /** Upstream base URL including `/api`. */
  baseUrl: string;
  /** The time limit of one call: every attempt and every wait between retries included. */
  timeoutMs: number;
  retries: number;
  /** First retry delay; each later retry waits twice as long, with jitter. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
  logger: Logger;
  /** Set when tracing is on: every call gets a client span and sends its `traceparent`. */
  tracer?: Tracer | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the client's time limit of the call, e.g. for a long poll. */
  timeoutMs?: number;
  /** Counts the call and parents its span; a client made by `withScope` passes its own. */
  scope?: CallScope | undefined;
}

/** One call in flight, as ky's hooks see it (ky's per-call `context`). */
interface CallInFlight {
  scope: CallScope | undefined;
  span: UpstreamSpan | undefined;
}

/** What every client made from one set of options shares. */
interface ClientCore {
  http: KyInstance;
  timeoutMs: number;
  baseUrl: string;
  tracer: Tracer | undefined;
}

const SHARED_CORE = Symbol('shared core');

/** AIQUM list parameters: filters by upstream field name, `order_by` terms, paging. */
export interface ListQuery {
  filters?: Record<string, string>;
  orderBy?: string[];
  offset?: number;
  maxRecords?: number;
}

/** The HTTP methods of AIQUM's asynchronous operations. */
export type OperationMethod = 'POST' | 'PATCH' | 'DELETE';

/** What an operation sends: a JSON body and query parameters, both optional. */
export interface OperationRequest {
  body?: Record<string, unknown>;
  searchParams?: URLSearchParams;
}

export interface LongPoll {
  timeoutS: number;
  lastModified?: string | undefined;
}

/** The only code that speaks HTTP to AIQUM. Every method takes the caller's credentials. */
export class AiqumClient {
  readonly #core: ClientCore;
  readonly #scope: CallScope | undefined;

  constructor(options: AiqumClientOptions | { [SHARED_CORE]: ClientCore; scope: CallScope }) {
    if (SHARED_CORE in options) {
      this.#core = options[SHARED_CORE];
      this.#scope = options.scope;
      return;
    }
    this.#scope = undefined;
    const retryDelayMs = options.retryDelayMs ?? 300;
    const kyOptions: KyOptions = {
      prefixUrl: `${options.baseUrl}/`,
      timeout: options.timeoutMs,
      retry: {
        limit: options.retries,
        methods: ['get'],
        statusCodes: RETRY_STATUS_CODES,
        afterStatusCodes: RETRY_AFTER_STATUS_CODES,
        maxRetryAfter: options.timeoutMs,
        backoffLimit: MAX_RETRY_DELAY_MS,
        delay: (attempt) => retryDelayMs * 2 ** (attempt - 1),
        jitter: true,
      },
      hooks: {
        beforeRetry: [
          ({ request, retryCount, error, options: callOptions }) => {
            const call = callOptions.context.call as CallInFlight | undefined;
            if (call?.scope) call.scope.upstreamCalls += 1;
            call?.span?.retried();
            options.logger.warn(
              {
                requestId: call?.scope?.requestId,
                method: request.method,
                url: request.url,
                retryCount,
                reason: error.message,
              },
              'retrying upstream request',
            );
          },
        ],
      },
    };
    if (options.fetch) kyOptions.fetch = options.fetch;
    this.#core = {
      http: ky.create(kyOptions),
      timeoutMs: options.timeoutMs,
      baseUrl: `${options.baseUrl}/`,
      tracer: options.tracer,
    };
  }

  /** This client, with every call counted in `scope` and traced under its trace context. */
  withScope(scope: CallScope): AiqumClient {
    return new AiqumClient({ [SHARED_CORE]: this.#core, scope });
  }

  /** Reads one job; throws NotFoundError on 404. With `longPoll`, upstream may hold the call. */
  async getJob(
    key: string,
    credentials: Credentials | undefined,
    options: CallOptions & { longPoll?: LongPoll } = {},
  ): Promise<UpstreamJob> {
    const searchParams = new URLSearchParams();
    const { longPoll } = options;
    if (longPoll) {
      searchParams.set('poll_timeout', String(longPoll.timeoutS));
      if (longPoll.lastModified) searchParams.set('last_modified', longPoll.lastModified);
    }
    const job = readJob(
      await this.#getJson<unknown>(keyPath(JOBS_PATH, key), credentials, {
        ...options,
        searchParams,
      }),
    );
    readable(job, 'key'); // a job that cannot be told apart is no answer
    return job;
  }

  listJobs(
    query: ListQuery,
    credentials: Credentials | undefined,
    options: CallOptions = {},
  ): Promise<UpstreamJobList> {
    return this.#list<unknown>(JOBS_PATH, query, credentials, options).then(readJobList);
  }

  /**
   * Lists clusters, SVMs, LUNs, ... (`LOOKUPS`). Paging parameters go only to lists that take
   * them; the caller pages the others.
   */
  listObjects<Kind extends LookupKind>(
    kind: Kind,
    query: ListQuery,
    credentials: Credentials | undefined,
    options: CallOptions = {},
  ): Promise<UpstreamList<LookupWireTypes[Kind]>> {
    const resource = LOOKUPS[kind];
    const { offset, maxRecords, ...rest } = query;
    const sent = resource.paged ? query : rest;
    return this.#list<LookupWireTypes[Kind]>(resource.path, sent, credentials, options);
  }

  /** Reads one cluster, SVM, LUN, ...; throws NotFoundError on 404. */
  async getObject<Kind extends LookupKind>(
    kind: Kind,
    key: string,
    credentials: Credentials | undefined,
    options: CallOptions = {},
  ): Promise<LookupWireTypes[Kind]> {
    const path = keyPath(LOOKUPS[kind].path, key);
    const object = await this.#getJson<LookupWireTypes[Kind] | null>(path, credentials, {
      ...options,
      searchParams: new URLSearchParams(),
    });
    if (typeof object?.key !== 'string') {
      throw new UpstreamProtocolError(
        `Upstream ${LOOKUPS[kind].path}/{key} expects an object with a string 'key', but got ${typeof object?.key}`,
      );
    }
    return object;
  }

  /**
   * Resolves when upstream answers HTTP at all (401 included: it is up, it wants credentials);
   * rejects on a network error, a timeout or a 5xx. No credentials are sent, no retries made.
   */
  async ping(signal: AbortSignal): Promise<void> {
    let status: number;
    const call = this.#begin('GET', JOBS_PATH, undefined);
    try {
      const response = await this.#core.http.get(JOBS_PATH, {
        headers: call.span?.headers ?? {},
        searchParams: { max_records: 1 },
        retry: 0,
        throwHttpErrors: false,
        signal,
      });
      await response.body?.cancel();
      status = response.status;
      call.span?.answered(status);
    } catch (error) {
      call.span?.failed(error);
      throw new UpstreamUnavailableError('Upstream is unreachable', { cause: error });
    }
    if (status >= 500) throw new UpstreamUnavailableError(`Upstream answered ${status}`);
  }

  /**
   * Starts an asynchronous operation and answers the key of the job AIQUM created for it (from
   * its 202 body). Never retried: the operation is not idempotent, and a timeout leaves its
   * outcome unknown.
   */
  async startOperation(
    method: OperationMethod,
    path: string,
    request: OperationRequest,
    credentials: Credentials | undefined,
    options: CallOptions = {},
  ): Promise<string> {
    if (!credentials) throw new UnauthenticatedError('Credentials are required: send HTTP Basic');
    const deadline = new CallDeadline(options.timeoutMs ?? this.#core.timeoutMs, options.signal);
    let body: unknown;
    const call = this.#begin(method, path, options.scope);
    try {
      const response = await this.#core.http(path, {
        method,
        headers: { authorization: credentials, accept: 'application/json', ...call.span?.headers },
        ...(request.body === undefined ? {} : { json: request.body }),
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        retry: { limit: 0 },
        signal: deadline.signal,
        timeout: false,
      });
      call.span?.answered(response.status);
      body = await response.json();
    } catch (error) {
      endWithError(call, error);
      throw await toGatewayError(error, `${method} ${path}`, {
        write: true,
        timedOutAfterMs: deadline.timedOut ? deadline.budgetMs : undefined,
      });
    } finally {
      deadline.end();
    }
    return jobKeyOf(body, `${method} ${path}`);
  }

  async #list<T>(
    path: string,
    query: ListQuery,
    credentials: Credentials | undefined,
    options: CallOptions,
  ): Promise<UpstreamList<T> & { num_records: number }> {
    const searchParams = new URLSearchParams(query.filters);
    if (query.orderBy?.length) searchParams.set('order_by', query.orderBy.join(','));
    if (query.offset) searchParams.set('offset', String(query.offset));
    if (query.maxRecords !== undefined) searchParams.set('max_records', String(query.maxRecords));
    const list = await this.#getJson<UpstreamList<T> & { num_records: number }>(path, credentials, {
      ...options,
      searchParams,
    });
    if (!Array.isArray(list?.records)) {
      throw new UpstreamProtocolError(
        `Upstream ${path} expects 'records' to be an array, but got ${typeof list?.records}`,
      );
    }
    return list;
  }

  async #getJson<T>(
    path: string,
    credentials: Credentials | undefined,
    options: CallOptions & { searchParams: URLSearchParams },
  ): Promise<T> {
    if (!credentials) throw new UnauthenticatedError('Credentials are required: send HTTP Basic');
    const deadline = new CallDeadline(options.timeoutMs ?? this.#core.timeoutMs, options.signal);
    const call = this.#begin('GET', path, options.scope);
    try {
      // The query goes in the input: given as searchParams, ky would build its Request twice.
      const query = options.searchParams.toString();
      const response = await this.#core.http.get(query ? `${path}?${query}` : path, {
        headers: { authorization: credentials, accept: 'application/json', ...call.span?.headers },
        signal: deadline.signal,
        timeout: false,
        retry: { shouldRetry: ({ error }) => retryWithin(deadline, error) },
        context: { call },
      });
      call.span?.answered(response.status);
      return await response.json<T>();
    } catch (error) {
      endWithError(call, error);
      throw await toGatewayError(error, path, {
        timedOutAfterMs: deadline.timedOut ? deadline.budgetMs : undefined,
      });
    } finally {
      deadline.end();
    }
  }

  /** Counts a call about to be sent, and opens its span when tracing is on. */
  #begin(method: string, path: string, given: CallScope | undefined): CallInFlight {
    const scope = given ?? this.#scope;
    if (scope) scope.upstreamCalls += 1;
    const { tracer, baseUrl } = this.#core;
    const span = tracer && new UpstreamSpan(tracer, method, new URL(path, baseUrl), scope?.trace);
    return { scope, span };
  }
}

/** Ends a failed call's span: with upstream's status when it answered one, else as no answer. */
function endWithError(call: CallInFlight, error: unknown): void {
  if (!call.span) return;
  if (error instanceof HTTPError) call.span.answered(error.response.status);
  else call.span.failed(error);
}

/**
 * Whether a failed attempt may be tried again (undefined: as ky's retry options say). Never
 * past the call's deadline: an answer asking to wait longer than is left ends the call at once.
 * Never after an answer the gateway cannot read: the next one would be as unreadable.
 */
function retryWithin(deadline: CallDeadline, error: Error): ReturnType<RetryShouldRetry> {
  if (deadline.signal.aborted || error instanceof UpstreamProtocolError) return false;
  const waitMs = retryAfterMs(error);
  if (waitMs !== undefined && waitMs >= deadline.remainingMs()) return false;
  return undefined;
}

type RetryShouldRetry = NonNullable<RetryOptions['shouldRetry']>;

/** The job key of a 202 body `{"job": {"key": ...}}`. */
function jobKeyOf(body: unknown, call: string): string {
  const job = (body as Partial<UpstreamJobLinkResponse> | null)?.job;
  const key = typeof job === 'object' && job !== null ? job.key : undefined;
  if (typeof key !== 'string' || key === '') {
    throw new UpstreamProtocolError(
      `Upstream answered ${call} without a readable 'job.key' (expects a non-empty string, but got ${JSON.stringify(key)}); the operation may have started`,
    );
  }
  return key;
}
