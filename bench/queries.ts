// `job(key)` through the gateway vs the same read straight from the simulator's REST API,
// side by side in one run, same machine, same concurrency. Also checks that a query with 20
// `job(key)` fields costs one upstream request.
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/server.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { serveSimulator } from '../src/simulator/serve.ts';
import { Simulator } from '../src/simulator/simulator.ts';
import { machineLine, writeSection } from './report.ts';

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = 2;
const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
const KEY = SEEDED_KEYS.completedNormal;
const JOB_FIELDS =
  'key name type state status submitTime completeTime taskReports { name state status }';

const simulator = new Simulator();
const upstream = await serveSimulator(simulator);
const app = buildApp({
  ...loadConfig({}),
  aiqumUrl: upstream.url,
  host: '127.0.0.1',
  port: 0,
  logLevel: 'silent',
});
const { url: gatewayUrl } = await app.start();

function load(title: string, options: autocannon.Options): Promise<Result> {
  return autocannon({
    title,
    connections: CONNECTIONS,
    duration: DURATION_S,
    workers: 1,
    ...options,
  });
}

const direct = () =>
  load('direct REST', {
    url: `${upstream.url}/management-server/jobs/${encodeURIComponent(KEY)}`,
    headers: { authorization: AUTHORIZATION },
  });
const gateway = () =>
  load('gateway job(key)', {
    url: gatewayUrl,
    method: 'POST',
    headers: { authorization: AUTHORIZATION, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query Job($key: ID!) { job(key: $key) { ${JOB_FIELDS} } }`,
      variables: { key: KEY },
    }),
  });

// Warm both paths, then alternate so neither gets the quieter machine.
await load('warm-up', {
  url: gatewayUrl,
  duration: 2,
  method: 'POST',
  headers: { authorization: AUTHORIZATION, 'content-type': 'application/json' },
  body: JSON.stringify({ query: `{ job(key: "${KEY}") { key } }` }),
});
const results: { direct: Result[]; gateway: Result[] } = { direct: [], gateway: [] };
for (let round = 0; round < ROUNDS; round++) {
  results.direct.push(await direct());
  results.gateway.push(await gateway());
}

const twentyKeys = await twentyKeyUpstreamRequests();

await app.stop();
await upstream.close();
simulator.close();

function summary(runs: Result[]) {
  const errors = runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0);
  const requestsPerSecond = runs.reduce((sum, run) => sum + run.requests.average, 0) / runs.length;
  const p50 = runs.reduce((sum, run) => sum + run.latency.p50, 0) / runs.length;
  const p99 = runs.reduce((sum, run) => sum + run.latency.p99, 0) / runs.length;
  return { requestsPerSecond, p50, p99, errors };
}

async function twentyKeyUpstreamRequests(): Promise<number> {
  const list = await fetch(`${upstream.url}/management-server/jobs?max_records=20`, {
    headers: { authorization: AUTHORIZATION },
  });
  const keys = ((await list.json()) as { records: { key: string }[] }).records.map(
    (job) => job.key,
  );
  const fields = keys
    .map((key, index) => `j${index}: job(key: ${JSON.stringify(key)}) { key state }`)
    .join(' ');
  const before = simulator.requests.length;
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { authorization: AUTHORIZATION, 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ ${fields} }` }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || Object.keys(body.data ?? {}).length !== 20)
    throw new Error(`20-key query failed: ${JSON.stringify(body)}`);
  return simulator.requests.length - before;
}

const d = summary(results.direct);
const g = summary(results.gateway);
const ratio = g.requestsPerSecond / d.requestsPerSecond;
const row = (name: string, s: ReturnType<typeof summary>) =>
  `| ${name} | ${Math.round(s.requestsPerSecond)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.errors} |`;

const body = `## Queries: \`job(key)\` through the gateway vs direct REST

\`bench/queries.ts\`: the simulator served over HTTP on loopback, the gateway in the same process
pointed at it (\`AIQUM_URL\`), autocannon in a worker thread: ${CONNECTIONS} connections,
${ROUNDS} alternating rounds of ${DURATION_S} s per path (averages shown), after a warm-up.
Direct: \`GET /api/management-server/jobs/{key}\`. Gateway: \`POST /graphql\` with
\`job(key) { ${JOB_FIELDS} }\`, which makes one upstream list request per query.

Machine: ${machineLine()}.

| path | requests/s | p50 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: |
${row('direct REST', d)}
${row('gateway job(key)', g)}

- Gateway / direct throughput: **${ratio.toFixed(2)}** (target ≥ 0.6).
- A query with 20 \`job(key)\` fields cost **${twentyKeys}** upstream request(s) (target 1).
`;
writeSection('queries', body);
console.log(body);
if (ratio < 0.6 || twentyKeys !== 1) process.exitCode = 1;
