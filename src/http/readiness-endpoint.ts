import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../readiness.ts';

/** `GET /ready`: 200 with the checks when ready, 503 with them when not. */
export function useReadinessEndpoint(readiness: Readiness): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      return readiness.report().then((report) => {
        endResponse(fetchAPI.Response.json(report, { status: report.ready ? 200 : 503 }));
      });
    },
  };
}
