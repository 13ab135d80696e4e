import type { Plugin } from 'graphql-yoga';
import type { Metrics } from '../metrics.ts';

/** `GET /metrics`: the app's registry in Prometheus text format. */
export function useMetricsEndpoint(metrics: Metrics): Plugin {
  const { registry } = metrics;
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      return registry.metrics().then((text) => {
        endResponse(
          new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } }),
        );
      });
    },
  };
}
