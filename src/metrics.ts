import { Counter, Gauge, Histogram, Registry } from 'prom-client';

// Nothing a client sends becomes a label value as it is: routes and methods come from fixed
// sets, and operation names pass OperationNameLabels. So every label set, and /metrics, is
// bounded whatever clients send.

/** How many distinct operation names become label values; later ones count as "other". */
export const MAX_OPERATION_NAMES = 500;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** The label value of a client's operation name: the first names seen, then a fixed word. */
export class OperationNameLabels {
  readonly #known = new Set<string>();

  label(name: string | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.#known.has(name)) return name;
    if (this.#known.size >= MAX_OPERATION_NAMES) return 'other';
    this.#known.add(name);
    return name;
  }
}

export type HttpLabel = 'route' | 'method' | 'status' | 'operation_type' | 'operation_name';

/** The gateway's own Prometheus metrics, one registry per app. */
export interface Metrics {
  registry: Registry;
  upstreamRequests: Counter<'route' | 'method' | 'status'>;
  upstreamDuration: Histogram<'route' | 'method'>;
  operations: Counter<'operation_name' | 'operation_type' | 'outcome'>;
  /** The one naming of operations that both the operation counter and HTTP timings use. */
  operationNames: OperationNameLabels;
  httpDuration: Histogram<HttpLabel>;
  webSocketConnections: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    operationNames: new OperationNameLabels(),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to the answer of an HTTP request (to the first event of a stream), by route, method, status and GraphQL operation',
      labelNames: ['route', 'method', 'status', 'operation_type', 'operation_name'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    upstreamRequests: new Counter({
      name: 'aiqum_upstream_requests_total',
      help: 'Requests sent to AIQUM, by route template, method and status (or "error")',
      labelNames: ['route', 'method', 'status'],
      registers,
    }),
    upstreamDuration: new Histogram({
      name: 'aiqum_upstream_request_duration_seconds',
      help: 'Time to an answer from AIQUM, long polls included',
      labelNames: ['route', 'method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    operations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name, type and outcome ("ok" or the first error code)',
      labelNames: ['operation_name', 'operation_type', 'outcome'],
      registers,
    }),
    webSocketConnections: new Gauge({
      name: 'graphql_ws_connections',
      help: 'Open graphql-ws connections',
      registers,
    }),
  };
}

/** What the job watchers report, read at each scrape. */
export interface WatcherGauges {
  jobWatcher: {
    readonly activeLoopCount: number;
    readonly pollMode: 'long-poll' | 'interval';
  };
  jobListWatcher: { readonly listCount: number };
  /** Every open subscription, `jobUpdated` and `jobsUpdated`. */
  limit: { readonly count: number };
}

export function registerWatcherMetrics(metrics: Metrics, watchers: WatcherGauges): void {
  const registers = [metrics.registry];
  const { jobWatcher, jobListWatcher, limit } = watchers;
  new Gauge({
    name: 'graphql_subscriptions',
    help: 'Open jobUpdated and jobsUpdated subscriptions, over WebSocket and SSE',
    registers,
    collect() {
      this.set(limit.count);
    },
  });
  new Gauge({
    name: 'aiqum_poll_loops',
    help: 'Upstream poll loops running in this process (one per watched job)',
    registers,
    collect() {
      this.set(jobWatcher.activeLoopCount);
    },
  });
  new Gauge({
    name: 'aiqum_live_lists',
    help: 'Live lists discovered by this process (one list poll per interval each: one per filter and login)',
    registers,
    collect() {
      this.set(jobListWatcher.listCount);
    },
  });
  new Gauge({
    name: 'aiqum_poll_mode',
    help: '1 for the way loops ask upstream now: long-poll, or interval where upstream has no long polling',
    labelNames: ['mode'],
    registers,
    collect() {
      this.set({ mode: 'long-poll' }, jobWatcher.pollMode === 'long-poll' ? 1 : 0);
      this.set({ mode: 'interval' }, jobWatcher.pollMode === 'interval' ? 1 : 0);
    },
  });
}

// AIQUM keys in paths become `{key}` so each route is one label value.
const UPSTREAM_ROUTES: [RegExp, string][] = [
  [/\/management-server\/jobs\/[^/]+$/, '/management-server/jobs/{key}'],
  [/\/management-server\/jobs$/, '/management-server/jobs'],
  [
    /\/(storage-provider\/[a-z-]+|datacenter\/(?:svm\/svms|cluster\/clusters))\/[^/]+$/,
    '/$1/{key}',
  ],
  [
    /\/(storage-provider\/[a-z-]+|datacenter\/(?:svm\/svms|cluster\/clusters)|admin\/backup)$/,
    '/$1',
  ],
];

export function upstreamRoute(pathname: string): string {
  for (const [pattern, template] of UPSTREAM_ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return template.replace('$1', match[1] ?? '');
  }
  return 'other';
}

/** Wraps the upstream fetch so every request to AIQUM, retries included, is counted and timed. */
export function measureUpstream(upstreamFetch: typeof fetch, metrics: Metrics): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const labels = { route: upstreamRoute(new URL(request.url).pathname), method: request.method };
    const stopTimer = metrics.upstreamDuration.startTimer(labels);
    try {
      const response = await upstreamFetch(input, init);
      metrics.upstreamRequests.inc({ ...labels, status: String(response.status) });
      return response;
    } catch (error) {
      metrics.upstreamRequests.inc({ ...labels, status: 'error' });
      throw error;
    } finally {
      stopTimer();
    }
  };
}
