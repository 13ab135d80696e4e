import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createContext, type InitialContext, type Services } from './context.ts';
import { createErrorMasker } from './graphql-errors.ts';
import { createLogger, type Logger } from './logger.ts';
import { AiqumClient } from './resolvers/aiqum-client.ts';
import { JobWatcher } from './resolvers/job-watcher.ts';
import { createUpstreamAgent } from './resolvers/upstream-tls.ts';
import { schema } from './schema/index.ts';
import { Simulator } from './simulator/simulator.ts';
import { attachGraphQLWebSocket, type WebSocketOptions } from './websocket.ts';

const EMBEDDED_SIMULATOR_URL = 'http://embedded-simulator/api';

/** What tests and benchmarks may swap; production passes nothing. */
export interface AppOverrides {
  logger?: Logger;
  /** The embedded upstream used when `aiqumUrl` is unset (default: a seeded simulator). */
  simulator?: Simulator;
  /** How the upstream client sends HTTP (default: global fetch). */
  fetch?: typeof fetch;
  /** First delay between upstream GET retries, and between a job watch's retries. */
  retryDelayMs?: number;
  /** graphql-ws timings (keepalive, connection_init wait). */
  webSocket?: WebSocketOptions;
}

export interface App {
  yoga: ReturnType<typeof createYoga<object, object>>;
  /** Set when `aiqumUrl` is unset. */
  simulator: Simulator | undefined;
  jobWatcher: JobWatcher;
  logger: Logger;
  start(): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

export function buildApp(config: Config, overrides: AppOverrides = {}): App {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const simulator = config.aiqumUrl ? undefined : (overrides.simulator ?? new Simulator());
  const agent = createUpstreamAgent(
    { caFile: config.aiqumCaFile, insecure: config.aiqumTlsInsecure },
    logger,
  );
  const upstreamFetch = simulator?.fetch ?? overrides.fetch;
  const aiqum = new AiqumClient({
    baseUrl: config.aiqumUrl ?? EMBEDDED_SIMULATOR_URL,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    logger,
    ...(overrides.retryDelayMs === undefined ? {} : { retryDelayMs: overrides.retryDelayMs }),
    ...(upstreamFetch ? { fetch: upstreamFetch } : {}),
    ...(agent ? { dispatcher: agent } : {}),
  });
  const jobWatcher = new JobWatcher(aiqum, {
    logger,
    pollIntervalMs: config.pollIntervalMs,
    longPollTimeoutS: config.longPollTimeoutS,
    ...(overrides.retryDelayMs === undefined ? {} : { retryDelayMs: overrides.retryDelayMs }),
  });
  const services: Services = { aiqum, jobWatcher, logger };

  const yoga = createYoga<object, object>({
    schema,
    context: (initial: InitialContext) => createContext(initial, services),
    maskedErrors: { maskError: createErrorMasker(logger) },
    graphiql: { subscriptionsProtocol: 'WS', title: 'AIQUM jobs gateway' },
    landingPage: false,
    logging: yogaLogger(logger),
  });

  const httpServer: Server = createServer(yoga);
  const webSocket = attachGraphQLWebSocket(httpServer, yoga, overrides.webSocket);

  return {
    yoga,
    simulator,
    jobWatcher,
    logger,
    async start() {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => resolve());
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      return { url: `http://${host}:${port}${yoga.graphqlEndpoint}`, port };
    },
    async stop() {
      await webSocket.close();
      httpServer.closeAllConnections();
      await jobWatcher.close();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
      await yoga.dispose();
      if (!overrides.simulator) simulator?.close();
      await agent?.close();
    },
  };
}

/** Yoga logs through pino; messages are only built when their level is on. */
function yogaLogger(logger: Logger) {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (logger.isLevelEnabled(level)) logger[level](args.map(String).join(' '));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
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
  if (app.simulator) {
    app.logger.info(
      'AIQUM_URL is unset: serving the embedded AIQUM simulator with demo jobs. ' +
        'Log in with HTTP Basic admin/admin (may write) or operator/operator (read only).',
    );
  }
  const { url } = await app.start();
  app.logger.info({ url }, `GraphQL gateway ready: open ${url} for GraphiQL`);

  const shutdown = async (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
