// What each layer of the gateway costs per request: the gateway as production runs it, beside
// builds of the same source with one layer taken out (bench/layers.patch, applied to a copy of
// src/ and compiled like `npm run build`; a variable chooses the layer at start), and the bare
// proxy, all against one upstream, rounds alternated, CPU from each process's /proc/<pid>/stat.
// These variants exist only here: production has no switch for any of these layers.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startChildSimulator } from './child-simulator.ts';
import { startOtlpSink } from './otlp-sink.ts';
import { processCpuMicros } from './process-cpu.ts';
import { HEADERS, JOB_BODY, JOBS_BODY, productionEnv } from './query-documents.ts';
import { machineLine, writeSection } from './report.ts';
import { type ServerProcess, startBareProxy, startGatewayProcess } from './server-processes.ts';

const ROOT = new URL('../', import.meta.url).pathname;
// Inside node_modules, so the build resolves packages as dist/ does.
const BUILD_DIR = `${ROOT}node_modules/.cache/aiqum-bench-layers`;
const CONNECTIONS = 8;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_S = 2;

/** Each layer the patch can take out, and what taking it out removes. */
const LAYERS: { name: string; removes: string }[] = [
  {
    name: 'ky',
    removes:
      "ky's call (its options merge, Request, clone, signals): the same fetch chain is called with one plain Request",
  },
  {
    name: 'upstream-wrappers',
    removes:
      'the upstream metrics (counter, histogram timer) and the shutdown cut-off around each upstream call',
  },
  { name: 'tracing', removes: 'every tracing hook (tracing as if not configured)' },
  { name: 'access-log', removes: 'the access log line of each request' },
  {
    name: 'limits',
    removes:
      'the limit plugins: body limit, CSRF, graphql-armor rules, one mutation field, validation codes, cost limits',
  },
  { name: 'http-metrics', removes: 'the HTTP request histogram' },
  {
    name: 'operation-metrics',
    removes: 'the operation counter (and the operation names of the access log)',
  },
  { name: 'error-masking', removes: 'the error masker and the per-operation unexpected-error log' },
];

function buildVariants(): string {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  for (const file of ['src', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(`${ROOT}${file}`, `${BUILD_DIR}/${file}`, { recursive: true });
  }
  execFileSync('patch', ['-p1', '-s', '-d', BUILD_DIR, '-i', `${ROOT}bench/layers.patch`], {
    stdio: 'inherit',
  });
  execFileSync(`${ROOT}node_modules/.bin/tsc`, ['-b', `${BUILD_DIR}/tsconfig.build.json`], {
    stdio: 'inherit',
  });
  return `${BUILD_DIR}/dist/server.js`;
}

interface Target {
  name: string;
  server: ServerProcess;
  url: string;
}

async function cpuPerRequest(target: Target, body: string, durationS: number) {
  const before = processCpuMicros(target.server.pid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: HEADERS,
    body,
    connections: CONNECTIONS,
    duration: durationS,
  });
  if (result.non2xx + result.errors > 0) throw new Error(`${target.name} failed requests`);
  return { cpuMicros: processCpuMicros(target.server.pid) - before, requests: result['2xx'] };
}

async function price(targets: Target[], body: string) {
  for (const target of targets) await cpuPerRequest(target, body, WARM_UP_S);
  const totals = new Map(targets.map((target) => [target, { cpuMicros: 0, requests: 0 }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets) {
      const measured = await cpuPerRequest(target, body, DURATION_S);
      const total = totals.get(target) ?? { cpuMicros: 0, requests: 0 };
      total.cpuMicros += measured.cpuMicros;
      total.requests += measured.requests;
      totals.set(target, total);
      console.log(target.name, JSON.stringify(measured));
    }
  }
  return new Map(
    targets.map((target) => {
      const total = totals.get(target) ?? { cpuMicros: 0, requests: 1 };
      return [target.name, total.cpuMicros / total.requests];
    }),
  );
}

const loadBefore = loadavg()[0] ?? 0;
const entry = buildVariants();
const upstream = await startChildSimulator(0);
const otlp = await startOtlpSink();
const env = productionEnv(upstream.url, otlp.url);
const servers = new Map<string, ServerProcess>();
servers.set('all on', await startGatewayProcess(env, [], entry));
for (const layer of LAYERS) {
  servers.set(
    layer.name,
    await startGatewayProcess({ ...env, BENCH_LAYER_OFF: layer.name }, [], entry),
  );
}
// Not a layer: the same gateway with V8's young generation doubled (README, Build and start).
const LARGER_YOUNG_GENERATION = 'all on, --max-semi-space-size=32';
servers.set(
  LARGER_YOUNG_GENERATION,
  await startGatewayProcess(env, ['--max-semi-space-size=32'], entry),
);
const proxy = await startBareProxy(upstream.url);

const queries = [
  { name: '`job(key)`', body: JOB_BODY, proxyPath: '/job' },
  { name: '`jobs(first: 20)`', body: JOBS_BODY, proxyPath: '/jobs' },
];
const figures = [];
for (const query of queries) {
  const targets: Target[] = [...servers].map(([name, server]) => ({
    name,
    server,
    url: server.url,
  }));
  targets.push({ name: 'bare proxy', server: proxy, url: `${proxy.url}${query.proxyPath}` });
  figures.push({ query, cpu: await price(targets, query.body) });
}
for (const server of servers.values()) await server.stop();
await proxy.stop();
await upstream.stop();
await otlp.close();
const loadAfter = loadavg()[0] ?? 0;

const us = (value: number) => Math.round(value).toLocaleString('en-US');
const tables = figures.map(({ query, cpu }) => {
  const all = cpu.get('all on') ?? Number.NaN;
  const floor = cpu.get('bare proxy') ?? Number.NaN;
  const rows = LAYERS.map(({ name, removes }) => {
    const without = cpu.get(name) ?? Number.NaN;
    const saved = all - without;
    return `| ${name} | ${removes} | ${us(without)} | ${us(saved)} | ${((100 * saved) / all).toFixed(0)}% |`;
  });
  const youngGeneration = cpu.get(LARGER_YOUNG_GENERATION) ?? Number.NaN;
  return `### ${query.name}

All on: **${us(all)} µs** per request; bare proxy: **${us(floor)} µs** (${(all / floor).toFixed(2)}x).
All on with \`--max-semi-space-size=32\`: ${us(youngGeneration)} µs (${((100 * (youngGeneration - all)) / all).toFixed(0)}%).

| layer out | what goes | CPU µs / request without it | µs it costs | share of all on |
| --- | --- | ---: | ---: | ---: |
${rows.join('\n')}`;
});

const body = `## Layers: what each costs per request

\`bench/layers.ts\`: the gateway as in the queries section (compiled, every production feature
on, tracing configured with sampling at 0), beside builds of the same source with one layer
taken out (\`bench/layers.patch\`, applied to a copy of \`src/\` only for this bench: production
has no switch for any of them), and the bare proxy; one upstream simulator, ${CONNECTIONS} connections,
${ROUNDS} rounds of ${DURATION_S} s per server, alternated, after ${WARM_UP_S} s of warm-up each. A layer's cost
is the CPU per request with everything on minus the CPU per request without it: each figure
moves by some tens of µs from run to run on this shared machine, so read the large ones.

Machine: ${machineLine()}. Load average (1 min) ${loadBefore.toFixed(2)} before the run and ${loadAfter.toFixed(2)} after it.

${tables.join('\n\n')}
`;
writeSection('layers', body);
console.log(body);
