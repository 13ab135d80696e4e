import type { Tracer } from '@opentelemetry/api';
import { AiqumClient } from './aiqum/client.ts';
import { createUpstreamAgent } from './aiqum/tls-agent.ts';
import { createUpstreamFetch } from './aiqum/transport.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { type Metrics, measureUpstream } from './metrics.ts';
import type { Dependency } from './readiness.ts';
import { Simulator } from './simulator/simulator.ts';

const EMBEDDED_SIMULATOR_URL = 'http://embedded-simulator/api';

export interface UpstreamOverrides {
  /** The embedded upstream used when `aiqumUrl` is unset (default: a seeded simulator). */
  simulator?: Simulator;
  /** How the upstream client sends HTTP (default: undici over the app's Agent). */
  fetch?: typeof fetch;
  /** First delay between upstream GET retries. */
  retryDelayMs?: number;
}

export interface Upstream {
  aiqum: AiqumClient;
  /** Set when `aiqumUrl` is unset: the embedded simulator serving as AIQUM. */
  simulator: Simulator | undefined;
  dependency: Dependency;
  close(): Promise<void>;
}

/** The AIQUM client over the configured upstream, or over the embedded simulator. */
export function createUpstream(
  config: Config,
  logger: Logger,
  metrics: Metrics,
  overrides: UpstreamOverrides,
  tracer?: Tracer,
): Upstream {
  const simulator = config.aiqumUrl ? undefined : (overrides.simulator ?? new Simulator());
  const agent = createUpstreamAgent(
    { caFile: config.aiqumCaFile, insecure: config.aiqumTlsInsecure },
    logger,
  );
  const transport =
    simulator?.fetch ??
    overrides.fetch ??
    createUpstreamFetch(agent, { maxResponseBytes: config.aiqumMaxResponseBytes });
  const aiqum = new AiqumClient({
    baseUrl: config.aiqumUrl ?? EMBEDDED_SIMULATOR_URL,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    logger,
    ...(overrides.retryDelayMs === undefined ? {} : { retryDelayMs: overrides.retryDelayMs }),
    fetch: measureUpstream(transport, metrics),
    tracer,
  });
  return {
    aiqum,
    simulator,
    dependency: { name: 'upstream', check: (signal) => aiqum.ping(signal) },
    async close() {
      if (!overrides.simulator) simulator?.close();
      await agent.close();
    },
  };
}
