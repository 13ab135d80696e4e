import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { collectDefaultMetrics } from 'prom-client';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createContext, type InitialContext, type Services } from './context.ts';
import { ShuttingDownError } from './errors.ts';
import { useAccessRefusals, withAccessLog } from './http/access-log.ts';
import { useCompiledExecution } from './http/compiled-execution.ts';
import { corsOptions } from './http/cors.ts';
import { createErrorMasker } from './http/error-masking.ts';
import { offlineGraphiQL } from './http/graphiql.ts';
import { useHttpMetrics } from './http/http-metrics.ts';
import { InFlightRequests } from './http/in-flight.ts';
import { limitPlugins } from './http/limits.ts';
import { useMetricsEndpoint } from './http/metrics-endpoint.ts';
import { useOperationAccounting } from './http/operation-metrics.ts';
import { usePersistedDocuments } from './http/persisted-documents.ts';
import { useReadinessEndpoint } from './http/readiness-endpoint.ts';
import { useSharedEventExecution } from './http/shared-event-execution.ts';
import { pageIsBuilt, useStaticPage } from './http/static-page.ts';
import { tracingPlugins } from './http/tracing.ts';
import { useUnexpectedErrorLog } from './http/unexpected-errors.ts';
import { attachGraphQLWebSocket } from './http/websocket.ts';
import { type Cluster, createCluster } from './live/cluster/cluster.ts';
import { JobWatcher } from './live/job-watcher.ts';
import { JobListWatcher } from './live/list/job-list-watcher.ts';
import { SubscriptionLimit } from './live/subscription-limit.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics, type Metrics, registerWatcherMetrics } from './metrics.ts';
import { Readiness } from './readiness.ts';
import { schema } from './schema/index.ts';
import { exitOnShutdownSignals } from './signals.ts';
import type { Simulator } from './simulator/simulator.ts';
import { startTracing, type Tracing } from './tracing.ts';
import { createUpstream, type UpstreamOverrides } from './upstream.ts';

/** What tests and benchmarks may swap; production passes nothing. */
export interface AppOverrides extends UpstreamOverrides {
  logger?: Logger;
  /** The built page served at `/`; default `examples/live-jobs/dist`. */
  pageDir?: string;
  /** How long `stop()` waits for the last spans to be exported. */
  traceFlushTimeoutMs?: number;
}

export interface App {
  yoga: ReturnType<typeof createYoga<object, object>>;
  /** Set when `aiqumUrl` is unset. */
  simulator: Simulator | undefined;
  jobWatcher: JobWatcher;
  jobListWatcher: JobListWatcher;
  logger: Logger;
  metrics: Metrics;
  readiness: Readiness;
  /** Set when `redisUrl` is: this replica's link to the others. */
  cluster: Cluster | undefined;
  /** Set when `tracing` is configured. */
  tracing: Tracing | undefined;
  start(): Promise<{ url: string; port: number }>;
  /**
   * Stops accepting, answers `/ready` with 503, closes WebSockets with 1001, waits up to
   * `drainMs` for in-flight requests, then closes everything. Idempotent. `abandonLeases`
   * (tests, benchmarks) leaves job leases in Redis to expire, as a crashed replica would.
   */
  stop(options?: { drainMs?: number; abandonLeases?: boolean }): Promise<void>;
}

export function buildApp(config: Config, overrides: AppOverrides = {}): App {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const tracing =
    config.tracing && startTracing(config.tracing, logger, overrides.traceFlushTimeoutMs);
  const upstream = createUpstream(config, logger, metrics, overrides, tracing?.tracer);
  const cluster = createCluster(config, logger, metrics);
  const readiness = new Readiness([upstream.dependency], logger);
  const retryDelay =
    overrides.retryDelayMs === undefined ? {} : { retryDelayMs: overrides.retryDelayMs };
  const coordinator = cluster ? { coordinator: cluster.coordinator } : {};
  const limit = new SubscriptionLimit(config.limits.maxSubscriptions);
  const jobWatcher = new JobWatcher(upstream.aiqum, {
    logger,
    pollIntervalMs: config.pollIntervalMs,
    longPollTimeoutS: config.longPollTimeoutS,
    accessRecheckMs: config.accessRecheckMs,
    ...retryDelay,
    ...coordinator,
    limit,
    tracer: tracing?.tracer,
  });
  const jobListWatcher = new JobListWatcher(upstream.aiqum, jobWatcher, {
    logger,
    pollIntervalMs: config.pollIntervalMs,
    accessRecheckMs: config.accessRecheckMs,
    ...config.liveList,
    ...retryDelay,
    ...coordinator,
    limit,
  });
  registerWatcherMetrics(metrics, { jobWatcher, jobListWatcher, limit });
  const services: Services = {
    aiqum: upstream.aiqum,
    jobWatcher,
    jobListWatcher,
    logger,
    maxParentLists: config.limits.maxParentLists,
  };

  const loggedErrors = new WeakSet<Error>();
  const maskError = createErrorMasker(logger, loggedErrors);
  const inFlight = new InFlightRequests();
  const yoga = createYoga<object, object>({
    schema,
    context: (initial: InitialContext) => createContext(initial, services),
    maskedErrors: { maskError },
    graphiql: config.graphiql && { subscriptionsProtocol: 'WS', title: 'AIQUM jobs gateway' },
    renderGraphiQL: offlineGraphiQL(),
    landingPage: false,
    // One body limit: useBodyLimit (limits.ts) refuses by Content-Length and bounds the read of
    // a chunked body. Yoga's own would pipe every body through a TransformStream as well.
    maxRequestBodySize: false,
    cors: corsOptions(config.corsOrigins),
    batching: config.limits.batchLimit > 0 && { limit: config.limits.batchLimit },
    logging: yogaLogger(logger),
    plugins: [
      // First: a plugin after it that wraps the execute function wraps the compiled one too.
      useCompiledExecution(),
      // Before the plugins that wrap the subscribe function (tracing), after any that replace it.
      useSharedEventExecution(),
      useHttpMetrics(metrics),
      usePersistedDocuments(config.trustedDocuments),
      useReadinessEndpoint(readiness),
      useMetricsEndpoint(metrics),
      ...(tracing ? tracingPlugins(tracing) : []),
      useOperationAccounting(metrics),
      useAccessRefusals(),
      useUnexpectedErrorLog(loggedErrors),
      ...limitPlugins(config),
      useStaticPage(overrides.pageDir),
      inFlight.plugin(),
    ],
  });

  const httpServer: Server = createServer(inFlight.track(withAccessLog(yoga, logger)));
  const webSocket = attachGraphQLWebSocket(httpServer, yoga, {
    limits: config.limits,
    metrics,
    logger,
    maskError,
    trustedDocuments: config.trustedDocuments,
  });
  let stopping: Promise<void> | undefined;

  async function stop(drainMs: number, abandonLeases: boolean): Promise<void> {
    readiness.markShuttingDown();
    if (abandonLeases) cluster?.coordinator.abandonLeases();
    const closed = httpServer.listening
      ? new Promise<void>((resolve) => httpServer.close(() => resolve()))
      : Promise.resolve();
    await webSocket.close();
    // A subscription ended by shutdown must not look complete: an SSE client would take it
    // for the end of the job. Its stream is cut instead, and the client retries elsewhere.
    inFlight.cutSubscriptionStreams();
    await jobListWatcher.close();
    await jobWatcher.close();
    await drain(httpServer, closed, drainMs);
    const answering = inFlight.answering;
    if (answering > 0) {
      // Requests AIQUM still holds get an answer that says why, not a closed connection.
      logger.warn(
        { requests: answering, drainMs },
        'shutting down: answering the requests still in flight with SHUTTING_DOWN',
      );
      upstream.cutOff(
        new ShuttingDownError('The gateway is shutting down and stopped waiting for AIQUM'),
      );
      await drain(httpServer, closed, CUT_OFF_GRACE_MS);
    }
    httpServer.closeAllConnections();
    await closed;
    await yoga.dispose();
    await cluster?.close();
    await upstream.close();
    await tracing?.shutdown();
  }

  return {
    yoga,
    simulator: upstream.simulator,
    jobWatcher,
    jobListWatcher,
    logger,
    metrics,
    readiness,
    cluster,
    tracing,
    async start() {
      await cluster?.connect();
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => resolve());
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      return { url: `http://${urlHost}:${port}${yoga.graphqlEndpoint}`, port };
    },
    stop(options = {}) {
      stopping ??= stop(options.drainMs ?? 0, options.abandonLeases ?? false);
      return stopping;
    },
  };
}

const DRAIN_SWEEP_MS = 50;
/** How long requests cut off from AIQUM at shutdown get to write their answer. */
const CUT_OFF_GRACE_MS = 1000;

/**
 * Waits up to `drainMs` for `closed`. close() drops only the connections idle at that moment:
 * keep-alive connections whose last request ends later are dropped as they fall idle.
 */
async function drain(server: Server, closed: Promise<void>, drainMs: number): Promise<void> {
  const sweep = setInterval(() => server.closeIdleConnections(), DRAIN_SWEEP_MS);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, drainMs);
  });
  await Promise.race([closed, timeout]);
  clearTimeout(timer);
  clearInterval(sweep);
}

/** Yoga logs through pino; messages are only built when their level is on. */
function yogaLogger(logger: Logger) {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (logger.isLevelEnabled(level)) logger[level](args.map(String).join(' '));
    };
  const debug = at('debug');
  const error = at('error');
  return {
    debug,
    info: at('info'),
    warn: at('warn'),
    // Yoga logs every error our masker rewrote. Client errors (bad input, 403...) are no
    // server error, and the masker already logs the unexpected ones with their cause.
    error: (...args: unknown[]) =>
      args.some((arg) => arg instanceof Error) ? debug(...args) : error(...args),
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Invalid configuration: ${error.message}`);
    process.exit(2);
  }
  const app = buildApp(config);
  collectDefaultMetrics({ register: app.metrics.registry });
  if (app.simulator) app.logger.info(simulatorNotice(config.host));
  const started = app.start();
  // Handlers go in before listening: a Ctrl-C during start-up still ends with "stopped".
  exitOnShutdownSignals(process, {
    logger: app.logger,
    drainMs: config.shutdownTimeoutMs,
    async stop() {
      await started.catch(() => undefined);
      await app.stop({ drainMs: config.shutdownTimeoutMs });
    },
  });
  let url: string;
  try {
    ({ url } = await started);
  } catch (error) {
    app.logger.fatal({ err: error, host: config.host, port: config.port }, 'could not start');
    await app.stop();
    process.exit(1);
  }
  const page = new URL('/', url).href;
  app.logger.info(
    { url, page },
    readyMessage({ url, page, graphiql: config.graphiql, pageBuilt: pageIsBuilt() }),
  );
}

export function simulatorNotice(host: string): string {
  const notice =
    'AIQUM_URL is unset: serving the embedded AIQUM simulator with demo jobs. ' +
    'Log in with HTTP Basic admin/admin (may write) or operator/operator (read only).';
  return isLoopback(host)
    ? `${notice} It listens on ${host} only; HOST=0.0.0.0 opens it to the network.`
    : notice;
}

/** The start line: where to point a browser, and what is missing to see the page. */
export function readyMessage(options: {
  url: string;
  page: string;
  graphiql: boolean;
  pageBuilt: boolean;
}): string {
  const graphql = options.graphiql
    ? `GraphQL and GraphiQL at ${options.url}`
    : `GraphQL at ${options.url}`;
  const page = options.pageBuilt
    ? `the live jobs page at ${options.page}`
    : `the live jobs page at ${options.page} is not built (npm run build:example)`;
  return `GraphQL gateway ready: ${page}; ${graphql}`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
