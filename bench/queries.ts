// What a query costs the gateway, against the floor any Node gateway has: a bare node:http +
// undici proxy that makes the same upstream call and passes the body on; and against the floor
// of the stack it is built on: graphql-yoga as it comes, over the same single GET. Side by side
// in one run, each server a process of its own (the gateway as production runs it, every
// feature on), the same upstream simulator in another, autocannon in this one. CPU per request comes from
// each server's /proc/<pid>/stat; rounds alternate between the servers.
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startChildSimulator } from './child-simulator.ts';
import { startOtlpSink } from './otlp-sink.ts';
import { CPU_TICK_MICROS, processCpuMicros } from './process-cpu.ts';
import {
  AUTHORIZATION,
  HEADERS,
  JOB_BODY,
  JOB_FIELDS,
  JOBS_BODY,
  JOBS_FIELDS,
  KEY,
  productionEnv,
} from './query-documents.ts';
import { machineLine, writeSection } from './report.ts';
import {
  buildGateway,
  type ServerProcess,
  startBareProxy,
  startGatewayProcess,
  startYogaFloor,
} from './server-processes.ts';

/** Modest, for the CPU figures: 2 cores serve the simulator, the server and the load. */
const CPU_CONNECTIONS = 8;
const LATENCY_CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_S = 3;
const CPU_GOAL = 2;
const P99_GOAL = 2;
/** The BENCHMARKS.md section written (default "queries"): a run on another Node can sit beside it. */
const SECTION = process.env.BENCH_QUERIES_SECTION ?? 'queries';

interface Target {
  name: string;
  server: ServerProcess;
  path: string;
  body: string;
}

interface Round {
  requests: number;
  failures: number;
  cpuMicros: number;
  upstreamCpuMicros: number;
  linesPrinted: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

async function post(target: Target): Promise<unknown> {
  const response = await fetch(`${target.server.url}${target.path}`, {
    method: 'POST',
    headers: HEADERS,
    body: target.body,
  });
  if (!response.ok) throw new Error(`${target.name} answered ${response.status}`);
  return response.json();
}

/** One round of load on one target; CPU of the target and of the upstream read around it. */
async function measure(target: Target, connections: number, durationS: number): Promise<Round> {
  const cpuBefore = processCpuMicros(target.server.pid);
  const upstreamBefore = processCpuMicros(upstream.pid);
  const linesBefore = target.server.linesPrinted;
  const result = await autocannon({
    url: `${target.server.url}${target.path}`,
    method: 'POST',
    headers: HEADERS,
    body: target.body,
    connections,
    duration: durationS,
  });
  return {
    requests: result['2xx'],
    failures: result.errors + result.timeouts + result.non2xx,
    cpuMicros: processCpuMicros(target.server.pid) - cpuBefore,
    upstreamCpuMicros: processCpuMicros(upstream.pid) - upstreamBefore,
    linesPrinted: target.server.linesPrinted - linesBefore,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

function summary(rounds: Round[]) {
  const total = (pick: (round: Round) => number) =>
    rounds.reduce((sum, round) => sum + pick(round), 0);
  const requests = total((round) => round.requests);
  return {
    requests,
    failures: total((round) => round.failures),
    cpuPerRequest: total((round) => round.cpuMicros) / requests,
    upstreamCpuPerRequest: total((round) => round.upstreamCpuMicros) / requests,
    linesPerRequest: total((round) => round.linesPrinted) / requests,
    cpuMicros: total((round) => round.cpuMicros),
    requestsPerSecond: total((round) => round.requestsPerSecond) / rounds.length,
    p50: total((round) => round.p50) / rounds.length,
    p99: total((round) => round.p99) / rounds.length,
  };
}
type Summary = ReturnType<typeof summary>;

/** Rounds of `durationS` at `connections`, alternating over `targets`; totals per target. */
async function alternate(targets: Target[], connections: number, durationS: number) {
  const rounds = new Map<Target, Round[]>(targets.map((target) => [target, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets) {
      const measured = await measure(target, connections, durationS);
      rounds.get(target)?.push(measured);
      console.log(target.name, `${connections} conns`, JSON.stringify(measured));
    }
  }
  return new Map(targets.map((target) => [target, summary(rounds.get(target) ?? [])]));
}

/** How many upstream requests a query with 20 `job(key)` fields cost, from its access log line. */
async function twentyKeyCost(gateway: ServerProcess): Promise<number> {
  const list = await fetch(`${upstream.url}/management-server/jobs?max_records=20`, {
    headers: { authorization: AUTHORIZATION },
  });
  const keys = ((await list.json()) as { records: { key: string }[] }).records.map(
    (job) => job.key,
  );
  const fields = keys.map(
    (key, index) => `j${index}: job(key: ${JSON.stringify(key)}) { key state }`,
  );
  const requestId = `bench-twenty-keys-${Date.now()}`;
  gateway.startCapture();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { ...HEADERS, 'x-request-id': requestId },
    body: JSON.stringify({ query: `{ ${fields.join(' ')} }` }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || Object.keys(body.data ?? {}).length !== 20) {
    throw new Error(`the 20-key query failed: ${JSON.stringify(body)}`);
  }
  // The access log line is written when the response is done: wait for it, bounded.
  for (let waited = 0; waited < 5000; waited += 50) {
    const line = gateway
      .stopCapture()
      .map((text) => JSON.parse(text) as { requestId?: string; upstreamCalls?: number })
      .find((entry) => entry.requestId === requestId);
    if (line) return line.upstreamCalls ?? Number.NaN;
    gateway.startCapture();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no access log line for the 20-key query');
}

// --- the run ---

const loadBefore = loadavg()[0] ?? 0;
buildGateway();
const upstream = await startChildSimulator(0);
const otlp = await startOtlpSink();
const gateway = await startGatewayProcess(productionEnv(upstream.url, otlp.url));
if (!gateway.startupLines.some((line) => line.includes('"tracing on"'))) {
  throw new Error(`tracing is not on: ${gateway.startupLines.join('\n')}`);
}
const proxy = await startBareProxy(upstream.url);
const floor = await startYogaFloor(upstream.url);

const targets = {
  gatewayJob: { name: 'gateway job(key)', server: gateway, path: '', body: JOB_BODY },
  proxyJob: { name: 'bare proxy GET /jobs/{key}', server: proxy, path: '/job', body: JOB_BODY },
  floorJob: { name: 'yoga floor job(key)', server: floor, path: '', body: JOB_BODY },
  gatewayJobs: { name: 'gateway jobs(first: 20)', server: gateway, path: '', body: JOBS_BODY },
  proxyJobs: {
    name: 'bare proxy GET /jobs?max_records=20',
    server: proxy,
    path: '/jobs',
    body: JOBS_BODY,
  },
  floorJobs: { name: 'yoga floor jobs(first: 20)', server: floor, path: '', body: JOBS_BODY },
} satisfies Record<string, Target>;

// Each answers what it should before it is timed.
const jobAnswer = (await post(targets.gatewayJob)) as { data?: { job?: { key?: string } } };
if (jobAnswer.data?.job?.key !== KEY) throw new Error(`job(key): ${JSON.stringify(jobAnswer)}`);
const proxyJob = (await post(targets.proxyJob)) as { key?: string };
if (proxyJob.key !== KEY) throw new Error(`bare proxy job: ${JSON.stringify(proxyJob)}`);
const jobsAnswer = (await post(targets.gatewayJobs)) as { data?: { jobs?: { nodes?: unknown[] } } };
if (jobsAnswer.data?.jobs?.nodes?.length !== 20)
  throw new Error(`jobs: ${JSON.stringify(jobsAnswer)}`);
const proxyJobs = (await post(targets.proxyJobs)) as { records?: unknown[] };
if (proxyJobs.records?.length !== 20)
  throw new Error(`bare proxy jobs: ${JSON.stringify(proxyJobs)}`);
const floorJob = (await post(targets.floorJob)) as { data?: { job?: { key?: string } } };
if (floorJob.data?.job?.key !== KEY) throw new Error(`yoga floor job: ${JSON.stringify(floorJob)}`);
const floorJobs = (await post(targets.floorJobs)) as { data?: { jobs?: { nodes?: unknown[] } } };
if (floorJobs.data?.jobs?.nodes?.length !== 20)
  throw new Error(`yoga floor jobs: ${JSON.stringify(floorJobs)}`);

for (const target of Object.values(targets)) await measure(target, CPU_CONNECTIONS, WARM_UP_S);
const cpu = await alternate(Object.values(targets), CPU_CONNECTIONS, DURATION_S);
const latency = await alternate(
  [targets.gatewayJob, targets.proxyJob, targets.floorJob],
  LATENCY_CONNECTIONS,
  DURATION_S,
);
const twentyKeys = await twentyKeyCost(gateway);

await gateway.stop();
await proxy.stop();
await floor.stop();
await upstream.stop();
const exportsReceived = otlp.requests;
await otlp.close();
const loadAfter = loadavg()[0] ?? 0;

// --- the report ---

const get = (figures: Map<Target, Summary>, target: Target): Summary => {
  const found = figures.get(target);
  if (!found) throw new Error(`no figures for ${target.name}`);
  return found;
};
const us = (value: number) => Math.round(value).toLocaleString('en-US');
const cpuRow = (target: Target) => {
  const s = get(cpu, target);
  return `| ${target.name} | ${Math.round(s.requestsPerSecond)} | **${us(s.cpuPerRequest)}** | ${us(s.upstreamCpuPerRequest)} | ${s.p99.toFixed(1)} | ${s.requests} | ${s.failures} |`;
};
const ratio = (gatewayTarget: Target, proxyTarget: Target, figures = cpu) =>
  get(figures, gatewayTarget).cpuPerRequest / get(figures, proxyTarget).cpuPerRequest;
const p99Ratio = get(latency, targets.gatewayJob).p99 / get(latency, targets.proxyJob).p99;
const verdict = (value: number, goal: number) =>
  value <= goal
    ? `met (goal ≤ ${goal}x)`
    : `**missed**: ${(value / goal).toFixed(2)} times the goal (≤ ${goal}x)`;
const jobRatio = ratio(targets.gatewayJob, targets.proxyJob);
const jobsRatio = ratio(targets.gatewayJobs, targets.proxyJobs);
const floorJobRatio = ratio(targets.floorJob, targets.proxyJob);
const floorJobsRatio = ratio(targets.floorJobs, targets.proxyJobs);
const floorP99Ratio = get(latency, targets.floorJob).p99 / get(latency, targets.proxyJob).p99;
const smallestRoundCpu = Math.min(...[...cpu.values()].map((s) => s.cpuMicros / ROUNDS));
const latencyRow = (target: Target) => {
  const s = get(latency, target);
  return `| ${target.name} | ${Math.round(s.requestsPerSecond)} | ${s.p50.toFixed(1)} | **${s.p99.toFixed(1)}** | ${us(s.cpuPerRequest)} | ${s.failures} |`;
};

const body = `## Queries${SECTION === 'queries' ? '' : ` (${SECTION})`}: the gateway against a bare Node proxy and against yoga as it comes

\`bench/queries.ts\`, each server a process of its own, the same upstream for both:

- **gateway**: the compiled JavaScript as production runs it (\`npm run build\`, then \`node
  --enable-source-maps dist/server.js\`, what \`npm start\` runs), every production feature on:
  Prometheus metrics, request ids, the limits (body, depth, cost, aliases, tokens, directives),
  CSRF prevention, error masking, \`LOG_LEVEL=info\` with the access log (stdout read by the bench as
  a log collector would: ${get(cpu, targets.gatewayJob).linesPerRequest.toFixed(2)} lines per request), and tracing configured but exporting
  nothing: \`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT\` set (a sink in the bench that counts what
  reaches it: ${exportsReceived} requests) with \`OTEL_TRACES_SAMPLER=traceidratio\`,
  \`OTEL_TRACES_SAMPLER_ARG=0\`, so every tracing hook runs and every span is a non-recording one.
- **bare proxy** (\`bench/bare-proxy.ts\`, compiled to JavaScript the same way): \`node:http\`, the
  JSON request body read and parsed, one undici \`GET\` of the same upstream URL the gateway
  calls (\`/management-server/jobs/{key}\`, \`/management-server/jobs?max_records=20\`), the
  upstream body out as it came. The floor for any Node gateway: the reference here (no
  GraphQL Mesh peer was added; the bare proxy is the stricter reference).
- **yoga floor** (\`bench/yoga-floor.ts\`, compiled the same way): graphql-yoga 5 as it comes
  (no plugin, limit, log, metric or trace), each query compiled by graphql-jit on its first
  run, resolvers that make the bare proxy's single undici \`GET\` and map its fields: the least any
  server on this stack costs for these queries, whatever it adds.
- **upstream**: the simulator (\`bench/simulator-process.ts\`), answering at once.
- **load**: autocannon in the bench process, \`POST\` with the same JSON body to both
  (\`job(key) { ${JOB_FIELDS} }\`; \`jobs(first: 20) { ${JOBS_FIELDS} }\`).

CPU per request = the server's user + system CPU time (all its threads, \`/proc/<pid>/stat\`,
${CPU_TICK_MICROS / 1000} ms ticks; the smallest total per round here is ${us(smallestRoundCpu / 1000)} ms) divided by the
requests it answered with 2xx. ${ROUNDS} rounds of ${DURATION_S} s per server, alternated, after ${WARM_UP_S} s of warm-up each.

Machine: ${machineLine()}. Load average (1 min) ${loadBefore.toFixed(2)} before the run and
${loadAfter.toFixed(2)} after it: the machine is shared, so absolute figures move with whatever
else runs; the ratios come from rounds alternated within one run.

### CPU per request, ${CPU_CONNECTIONS} connections

| server and query | requests/s | CPU µs / request | upstream CPU µs / request | p99 ms | requests | failures |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${cpuRow(targets.gatewayJob)}
${cpuRow(targets.proxyJob)}
${cpuRow(targets.gatewayJobs)}
${cpuRow(targets.proxyJobs)}
${cpuRow(targets.floorJob)}
${cpuRow(targets.floorJobs)}

- \`job(key)\`: gateway / bare proxy CPU per request **${jobRatio.toFixed(2)}x**: ${verdict(jobRatio, CPU_GOAL)}.
- \`jobs(first: 20)\`: gateway / bare proxy CPU per request **${jobsRatio.toFixed(2)}x**: ${verdict(jobsRatio, CPU_GOAL)}.
- yoga floor / bare proxy: \`job(key)\` **${floorJobRatio.toFixed(2)}x**, \`jobs(first: 20)\` **${floorJobsRatio.toFixed(2)}x**:
  what graphql-yoga itself costs before any feature of the gateway. Gateway / yoga floor:
  \`job(key)\` ${ratio(targets.gatewayJob, targets.floorJob).toFixed(2)}x, \`jobs(first: 20)\` ${ratio(targets.gatewayJobs, targets.floorJobs).toFixed(2)}x.

### Latency, ${LATENCY_CONNECTIONS} connections, \`job(key)\`

| server | requests/s | p50 ms | p99 ms | CPU µs / request | failures |
| --- | ---: | ---: | ---: | ---: | ---: |
${latencyRow(targets.gatewayJob)}
${latencyRow(targets.proxyJob)}
${latencyRow(targets.floorJob)}

- p99 gateway / bare proxy: **${p99Ratio.toFixed(2)}x**: ${verdict(p99Ratio, P99_GOAL)}.
- p99 yoga floor / bare proxy: **${floorP99Ratio.toFixed(2)}x**.

A query with 20 \`job(key)\` fields cost **${twentyKeys}** upstream request (its access log line's
\`upstreamCalls\`; target 1).
`;
writeSection(SECTION, body);
console.log(body);
