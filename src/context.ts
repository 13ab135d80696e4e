import type { YogaInitialContext } from 'graphql-yoga';
import type { CallScope } from './aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from './aiqum/client.ts';
import { UnauthenticatedError } from './errors.ts';
import type { JobWatcher } from './live/job-watcher.ts';
import type { JobListWatcher } from './live/list/job-list-watcher.ts';
import { type Logger, requestLogger } from './logger.ts';
import { createJobLoader, type JobLoader } from './resolvers/job-loader.ts';
import { ListBudget } from './resolvers/list-budget.ts';
import { LookupLoaders } from './resolvers/lookup-loaders.ts';

/** What every resolver receives: the caller's credentials and per-request loaders. */
export interface Context {
  credentials: Credentials | undefined;
  aiqum: AiqumClient;
  jobLoader: JobLoader;
  /** Clusters, SVMs, LUNs, ... by key, batched like jobs. */
  lookups: LookupLoaders;
  /** The lists of a parent's objects (`Svm.luns`, ...) this operation may still read. */
  parentLists: ListBudget;
  jobWatcher: JobWatcher;
  jobListWatcher: JobListWatcher;
  /** Aborted when the caller goes away. */
  signal: AbortSignal | undefined;
  /** Every line it writes carries the id of the request (or WebSocket connection) served. */
  logger: Logger;
  /** Counts this operation's upstream calls (access log) and parents their spans (tracing). */
  upstream: CallScope;
}

/** The long-lived services a context is made from. */
export interface Services {
  aiqum: AiqumClient;
  jobWatcher: JobWatcher;
  jobListWatcher: JobListWatcher;
  logger: Logger;
  /** `MAX_PARENT_LISTS`. */
  maxParentLists: number;
}

/** graphql-ws passes its `connection_init` payload here; HTTP passes the request. */
export interface InitialContext extends Partial<YogaInitialContext> {
  connectionParams?: Record<string, unknown> | undefined;
  signal?: AbortSignal | undefined;
  /** The access record of the HTTP request or WebSocket operation: it counts upstream calls. */
  access?: CallScope | undefined;
}

/**
 * The context of one operation. Throws UnauthenticatedError when the caller's credentials could
 * not go into an HTTP header: they are the caller's error, and never reach an upstream request.
 */
export function createContext(initial: InitialContext, services: Services): Context {
  const credentials = credentialsOf(initial);
  const signal = initial.signal ?? initial.request?.signal;
  // Operations of one batched HTTP request share its record.
  const upstream = initial.access ?? { upstreamCalls: 0 };
  const aiqum = services.aiqum.withScope(upstream);
  return {
    credentials,
    aiqum,
    jobLoader: createJobLoader(aiqum, credentials, signal),
    lookups: new LookupLoaders(aiqum, credentials, signal),
    parentLists: new ListBudget(services.maxParentLists),
    jobWatcher: services.jobWatcher,
    jobListWatcher: services.jobListWatcher,
    signal,
    logger: requestLogger(services.logger, upstream.requestId),
    upstream,
  };
}

// HTTP Basic is printable ASCII: no CR or LF (header injection), no NUL, nothing beyond ASCII.
const PRINTABLE_ASCII = /^[\t\x20-\x7e]*$/;

function credentialsOf(initial: InitialContext): Credentials | undefined {
  const credentials = rawCredentialsOf(initial);
  if (credentials !== undefined && !PRINTABLE_ASCII.test(credentials)) {
    throw new UnauthenticatedError(
      'The authorization value expects HTTP Basic credentials in printable ASCII, but holds control or non-ASCII characters',
    );
  }
  return credentials;
}

/**
 * HTTP: the `Authorization` header. WebSocket: `connectionParams.authorization` or
 * `connectionParams.headers.authorization`, else the operation's `extensions.headers`
 * authorization (where GraphiQL puts what its headers editor holds).
 */
function rawCredentialsOf(initial: InitialContext): string | undefined {
  const fromHeader = initial.request?.headers.get('authorization');
  if (fromHeader) return fromHeader;
  const params = initial.connectionParams;
  if (!params) return undefined;
  return (
    authorizationIn(params) ??
    authorizationIn(params.headers) ??
    authorizationIn(initial.params?.extensions?.headers)
  );
}

/** The value of an `authorization` key, in any letter case, of a plain object. */
function authorizationIn(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() === 'authorization' && typeof value === 'string' && value) return value;
  }
  return undefined;
}
