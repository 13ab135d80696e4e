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
  /** Ends every call to AIQUM in flight, and every later one, with `reason` (shutdown). */
  cutOff(reason: Error): void;
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
  const cutOff = new AbortController();
  const aiqum = new AiqumClient({
    baseUrl: config.aiqumUrl ?? EMBEDDED_SIMULATOR_URL,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    logger,
    ...(overrides.retryDelayMs === undefined ? {} : { retryDelayMs: overrides.retryDelayMs }),
    fetch: measureUpstream(withCutOff(transport, cutOff.signal), metrics),
    tracer,
  });
  return {
    aiqum,
    simulator,
    dependency: { name: 'upstream', check: (signal) => aiqum.ping(signal) },
    cutOff: (reason) => cutOff.abort(reason),
    async close() {
      if (!overrides.simulator) simulator?.close();
      await agent.close();
    },
  };
}

/**
 * `fetch`, each of whose calls also ends when `cutOff` aborts, rejecting with its reason. Each
 * call listens to `cutOff` only while it runs: a long-lived signal must not collect listeners
 * (nor AbortSignal.any composites, which Node 20 never frees).
 */
export function withCutOff(upstreamFetch: typeof fetch, cutOff: AbortSignal): typeof fetch {
  return async (input, init) => {
    if (cutOff.aborted) throw cutOff.reason;
    const callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const call = new AbortController();
    const onCallerAbort = () => call.abort(callerSignal?.reason);
    const onCutOff = () => call.abort(cutOff.reason);
    if (callerSignal?.aborted) onCallerAbort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    cutOff.addEventListener('abort', onCutOff, { once: true });
    try {
      return await upstreamFetch(input, { ...init, signal: call.signal });
    } finally {
      callerSignal?.removeEventListener('abort', onCallerAbort);
      cutOff.removeEventListener('abort', onCutOff);
    }
  };
}
