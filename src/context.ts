import type { YogaInitialContext } from 'graphql-yoga';
import type { CallScope } from './aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from './aiqum/client.ts';
import type { JobWatcher } from './live/job-watcher.ts';
import type { Logger } from './logger.ts';
import { createJobLoader, type JobLoader } from './resolvers/job-loader.ts';

/** What every resolver receives: the caller's credentials and per-request loaders. */
export interface Context {
  credentials: Credentials | undefined;
  aiqum: AiqumClient;
  jobLoader: JobLoader;
  jobWatcher: JobWatcher;
  /** Aborted when the caller goes away. */
  signal: AbortSignal | undefined;
  logger: Logger;
  /** Counts this operation's upstream calls (access log) and parents their spans (tracing). */
  upstream: CallScope;
}

/** The long-lived services a context is made from. */
export interface Services {
  aiqum: AiqumClient;
  jobWatcher: JobWatcher;
  logger: Logger;
}

/** graphql-ws passes its `connection_init` payload here; HTTP passes the request. */
export interface InitialContext extends Partial<YogaInitialContext> {
  connectionParams?: Record<string, unknown> | undefined;
  signal?: AbortSignal | undefined;
  /** The access record of the HTTP request or WebSocket operation: it counts upstream calls. */
  access?: CallScope | undefined;
}

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
    jobWatcher: services.jobWatcher,
    signal,
    logger: services.logger,
    upstream,
  };
}

function credentialsOf(initial: InitialContext): Credentials | undefined {
  const fromHeader = initial.request?.headers.get('authorization');
  if (fromHeader) return fromHeader;
  const params = initial.connectionParams;
  if (!params) return undefined;
  if (typeof params.authorization === 'string' && params.authorization) return params.authorization;
  const headers = params.headers;
  if (typeof headers === 'object' && headers !== null && 'authorization' in headers) {
    const value = (headers as Record<string, unknown>).authorization;
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}
