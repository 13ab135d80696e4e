// A child process of bench/soak.ts: mixed queries and mutations against the gateway from a
// few concurrent loops for a fixed time, reporting latencies and errors over IPC.
import { SEEDED_OBJECTS } from '../src/simulator/inventory-seed.ts';

export interface LoadJob {
  url: string;
  authorization: string;
  concurrency: number;
  durationMs: number;
}

export interface LoadReport {
  requests: number;
  errors: number;
  errorSamples: string[];
  latenciesMs: number[];
}

const LIST = 'query Recent { jobs(first: 20) { totalCount nodes { key name state status } } }';
const ONE = 'query One($key: ID!) { job(key: $key) { key state taskReports { name state } } }';
const CREATE_LUN = `mutation CreateLun($input: CreateLunInput!) { createLun(input: $input) { job { key state } } }`;

let created = 0;
function operationFor(tick: number, knownKey: string | undefined) {
  const pick = tick % 10;
  if (pick === 0) {
    created += 1;
    const input = {
      name: `soak_${process.pid}_${created}`,
      osType: 'LINUX',
      space: { size: String(10 * 2 ** 30) },
      svm: { key: SEEDED_OBJECTS.svm },
      performanceServiceLevel: { key: SEEDED_OBJECTS.performanceServiceLevels.value },
    };
    return { query: CREATE_LUN, variables: { input } };
  }
  if (pick <= 2 && knownKey) return { query: ONE, variables: { key: knownKey } };
  return { query: LIST, variables: {} };
}

process.once('message', async (job: LoadJob) => {
  const report: LoadReport = { requests: 0, errors: 0, errorSamples: [], latenciesMs: [] };
  const endAt = Date.now() + job.durationMs;
  let knownKey: string | undefined;
  let tick = 0;
  const loop = async () => {
    while (Date.now() < endAt) {
      const body = JSON.stringify(operationFor(tick++, knownKey));
      const startedAt = performance.now();
      try {
        const response = await fetch(job.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: job.authorization },
          body,
        });
        const result = (await response.json()) as {
          data?: Record<string, unknown>;
          errors?: unknown[];
        };
        report.latenciesMs.push(performance.now() - startedAt);
        const createdJob = (result.data?.createLun as { job?: { key?: string } } | undefined)?.job;
        if (createdJob?.key) knownKey = createdJob.key;
        if (!response.ok || result.errors)
          throw new Error(JSON.stringify(result.errors ?? response.status));
      } catch (error) {
        report.errors += 1;
        if (report.errorSamples.length < 5) report.errorSamples.push(String(error).slice(0, 300));
      }
      report.requests += 1;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, loop));
  process.send?.(report, () => process.exit(0));
});
