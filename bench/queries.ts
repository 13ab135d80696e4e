// `job(key)` through the gateway vs the same read straight from the simulator's REST API,
// side by side in one run, same machine, same concurrency. Also checks that a query with 20
// `job(key)` fields costs one upstream request.
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/server.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { startChildSimulator } from './child-simulator.ts';
import { machineLine, writeSection } from './report.ts';

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = 2;
const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
const KEY = SEEDED_KEYS.completedNormal;
const JOB_FIELDS =
  'key name type state status submitTime completeTime taskReports { name state status }';
const JSON_HEADERS = { authorization: AUTHORIZATION, 'content-type': 'application/json' };

const upstream = await startChildSimulator();
let upstreamRequests = 0;
const app = buildApp(
  { ...loadConfig({}), aiqumUrl: upstream.url, host: '127.0.0.1', port: 0, logLevel: 'silent' },
  {
    fetch: (input, init) => {
      upstreamRequests++;
      return fetch(input, init);
    },
  },
);
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
    headers: JSON_HEADERS,
    body: JSON.stringify({
      query: `query Job($key: ID!) { job(key: $key) { ${JOB_FIELDS} } }`,
      variables: { key: KEY },
    }),
  });

// Warm both paths up, then alternate them so neither gets the quieter machine.
await load('warm-up', {
  url: gatewayUrl,
  duration: 3,
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify({ query: `{ job(key: "${KEY}") { key } }` }),
});
// GraphQL over HTTP with no upstream call at all: the floor the gateway's server stack sets.
const noUpstream = () =>
  load('gateway { __typename }', {
    url: gatewayUrl,
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: '{ __typename }' }),
  });
const results: Record<'direct' | 'gateway' | 'noUpstream', Result[]> = {
  direct: [],
  gateway: [],
  noUpstream: [],
};
for (let round = 0; round < ROUNDS; round++) {
  results.direct.push(await direct());
  results.gateway.push(await gateway());
  results.noUpstream.push(await noUpstream());
}
const twentyKeyCost = await twentyKeyUpstreamRequests();

await app.stop();
await upstream.stop();

async function twentyKeyUpstreamRequests(): Promise<number> {
  const list = await fetch(`${upstream.url}/management-server/jobs?max_records=20`, {
    headers: { authorization: AUTHORIZATION },
  });
  const keys = ((await list.json()) as { records: { key: string }[] }).records.map(
    (job) => job.key,
  );
  const fields = keys.map(
    (key, index) => `j${index}: job(key: ${JSON.stringify(key)}) { key state }`,
  );
  const before = upstreamRequests;
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: `{ ${fields.join(' ')} }` }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || Object.keys(body.data ?? {}).length !== 20) {
    throw new Error(`the 20-key query failed: ${JSON.stringify(body)}`);
  }
  return upstreamRequests - before;
}

function summary(runs: Result[]) {
  const mean = (pick: (run: Result) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    requestsPerSecond: mean((run) => run.requests.average),
    p50: mean((run) => run.latency.p50),
    p99: mean((run) => run.latency.p99),
    errors: runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
  };
}

const d = summary(results.direct);
const g = summary(results.gateway);
const floor = summary(results.noUpstream);
const ratio = g.requestsPerSecond / d.requestsPerSecond;
const row = (name: string, s: ReturnType<typeof summary>) =>
  `| ${name} | ${Math.round(s.requestsPerSecond)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.errors} |`;

const body = `## Queries: \`job(key)\` through the gateway vs direct REST

\`bench/queries.ts\`: the simulator in a process of its own (as AIQUM would be on its own host),
served over HTTP on loopback; the gateway in the bench process pointed at it (\`AIQUM_URL\`);
autocannon in a worker thread, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of
${DURATION_S} s per path (means shown), after a warm-up. Direct: \`GET
/api/management-server/jobs/{key}\`. Gateway: \`POST /graphql\` with \`job(key) { ${JOB_FIELDS} }\`.

Machine: ${machineLine()}.

| path | requests/s | p50 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: |
${row('direct REST', d)}
${row('gateway job(key)', g)}
${row('gateway { __typename } (no upstream call)', floor)}

- Gateway / direct throughput: **${ratio.toFixed(2)}** (target ≥ 0.6).
- GraphQL over HTTP alone (\`{ __typename }\`, no upstream call) / direct:
  ${(floor.requestsPerSecond / d.requestsPerSecond).toFixed(2)}: the ceiling yoga's server stack
  sets for any query on this machine, before the gateway makes its upstream call.
- A query with 20 \`job(key)\` fields cost **${twentyKeyCost}** upstream request(s) (target 1).
`;
writeSection('queries', body);
console.log(body);
