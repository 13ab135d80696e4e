// The requests bench/queries.ts and bench/profile.ts send, with the usual selections.
import { SEEDED_KEYS } from '../src/simulator/seed.ts';

export const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
export const HEADERS = { authorization: AUTHORIZATION, 'content-type': 'application/json' };
export const KEY = SEEDED_KEYS.completedNormal;
export const JOB_FIELDS =
  'key name type state status submitTime completeTime taskReports { name state status }';
export const JOBS_FIELDS =
  'totalCount pageInfo { hasNextPage endCursor } nodes { key name type state status submitTime completeTime }';
export const JOB_BODY = JSON.stringify({
  query: `query Job($key: ID!) { job(key: $key) { ${JOB_FIELDS} } }`,
  variables: { key: KEY },
});
export const JOBS_BODY = JSON.stringify({
  query: `query Jobs { jobs(first: 20) { ${JOBS_FIELDS} } }`,
});

/**
 * The gateway's environment with every production feature on, against `upstreamUrl`: info logs
 * (the access log), and tracing configured but exporting nothing (an OTLP endpoint, a sampler
 * that samples no trace).
 */
export function productionEnv(upstreamUrl: string, otlpTracesUrl: string): Record<string, string> {
  return {
    AIQUM_URL: upstreamUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpTracesUrl,
    OTEL_TRACES_SAMPLER: 'traceidratio',
    OTEL_TRACES_SAMPLER_ARG: '0',
  };
}
