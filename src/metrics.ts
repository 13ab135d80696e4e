import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The gateway's own Prometheus metrics, one registry per app. */
export interface Metrics {
  registry: Registry;
  upstreamRequests: Counter<'route' | 'method' | 'status'>;
  upstreamDuration: Histogram<'route' | 'method'>;
  operations: Counter<'operation_name' | 'operation_type' | 'outcome'>;
  webSocketConnections: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
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

/** `/metrics` and yoga's HTTP and GraphQL phase metrics, into the app's registry. */
export function usePrometheusEndpoint(metrics: Metrics): Plugin {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: '/metrics',
    metrics: {
      // Operations are counted by graphql_operations_total; the envelop metrics would hold
      // per-operation state for as long as each subscription lives.
      graphql_yoga_http_duration: true,
      graphql_envelop_request: false,
      graphql_envelop_request_duration: false,
      graphql_envelop_error_result: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
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
