// jobUpdated(key) under load, side by side in one run: upstream requests per job against the
// naive baseline of every client polling REST each second, change-to-client latency with long
// polling and with interval polling, and heap and fan-out time at 1,000 and 10,000 WebSocket
// subscribers. Everything on loopback; the simulator is served over HTTP on the system clock.
// Run with `node --expose-gc --import tsx bench/subscriptions.ts` (npm run bench does).
import { loadavg } from 'node:os';
import { startGateway } from './in-process-gateway.ts';
import { fixed, machineLine, percentile, writeSection } from './report.ts';
import { buildGateway } from './server-processes.ts';
import {
  CONNECTIONS_PER_CHILD,
  FAN_OUT_N,
  fanOut,
  fileLimit,
  INTERVAL_JOB,
  INTERVAL_POLL_MS,
  LATENCY_JOBS,
  LONG_POLL_JOB,
  latencies,
  NAIVE_POLL_MS,
  REQUEST_COUNTS_N,
  REQUEST_JOB,
  requestCounts,
  WS_CONNECTIONS_FOR_COUNTS,
} from './subscription-scenarios.ts';

// --- the run ---

buildGateway();
const benchStartedAt = Date.now();
const loadBefore = loadavg()[0] ?? 0;
const longPolling = await startGateway({ longPoll: true });
const longPollLatency = await latencies(longPolling, LONG_POLL_JOB);
console.log(
  'long-poll latency p50/p99',
  percentile(longPollLatency, 50),
  percentile(longPollLatency, 99),
);
const counts = [];
for (const subscribers of REQUEST_COUNTS_N)
  counts.push(await requestCounts(longPolling, subscribers));
console.log('requests', counts);
const fanOuts = [];
for (const subscribers of FAN_OUT_N) {
  fanOuts.push(await fanOut(longPolling, subscribers));
  console.log('fan-out', fanOuts.at(-1));
}
await longPolling.close();

const intervalPolling = await startGateway({ longPoll: false, pollIntervalMs: INTERVAL_POLL_MS });
const intervalLatency = await latencies(intervalPolling, INTERVAL_JOB);
console.log(
  'interval latency p50/p99',
  percentile(intervalLatency, 50),
  percentile(intervalLatency, 99),
);
await intervalPolling.close();
const benchSeconds = Math.round((Date.now() - benchStartedAt) / 1000);
const loadAfter = loadavg()[0] ?? 0;

const countRows = counts
  .map(
    (row) =>
      `| ${row.subscribers} | ${fixed(row.durationMs / 1000)} | ${row.gatewayRequests} | ${row.naiveRequests} | ${fixed(row.naiveRequests / row.gatewayRequests)}× |`,
  )
  .join('\n');
const latencyRow = (name: string, samples: number[]) =>
  `| ${name} | ${samples.length} | ${fixed(percentile(samples, 50))} | ${fixed(percentile(samples, 99))} | ${fixed(samples.at(-1) ?? Number.NaN)} |`;
const fanOutRows = fanOuts
  .map(
    (row) =>
      `| ${row.subscribers} | ${row.subscribed} | ${fixed(row.subscribeMs / 1000)} | ${fixed(row.heapPerSubscriptionKb)} | ${row.upstreamRequests} | ${row.received} | ${fixed(row.fanOutP50, 0)} | ${fixed(row.fanOutMax, 0)} | ${row.errors} |`,
  )
  .join('\n');
const independent = new Set(counts.map((row) => row.gatewayRequests)).size === 1;
const p99 = percentile(longPollLatency, 99);
const worstHeap = Math.max(...fanOuts.map((row) => row.heapPerSubscriptionKb));
const tenThousand = fanOuts.find((row) => row.subscribers === 10_000);
const allServed =
  tenThousand !== undefined && tenThousand.received === 10_000 && tenThousand.errors === 0;

const body = `## Subscriptions: \`jobUpdated(key)\`, one shared upstream poller per job

\`bench/subscriptions.ts\` (${benchSeconds} s): the simulator served over HTTP on loopback on the system clock, the gateway's
compiled JavaScript (\`npm run build\`, as production runs it) in the same process pointed at it (\`AIQUM_URL\`), \`LONG_POLL_TIMEOUT_S\`=30. Jobs are driven by
\`startJob\` steps. Machine: ${machineLine()}. Open-file limit: ${fileLimit()}.
Load average (1 min) ${fixed(loadBefore, 2)} before the run and ${fixed(loadAfter, 2)} after it: the machine is
shared, so latency tails move with whatever else runs on it.

### Upstream requests per job

A job of ${REQUEST_JOB.tasks?.length} steps of ${REQUEST_JOB.stepMs} ms, N subscribers over graphql-ws (${WS_CONNECTIONS_FOR_COUNTS} connections at most),
counted by the simulator from the first subscribe to the terminal state; then, on a second
identical job, N clients each GETting the job every ${NAIVE_POLL_MS / 1000} s until it is terminal (the naive baseline,
measured over the same lifetime).

| N | job lifetime s | gateway requests | naive REST requests | saved |
| ---: | ---: | ---: | ---: | ---: |
${countRows}

Gateway requests are ${independent ? '**independent of N**' : '**not** the same for every N'} (target: independent of N): one access check per
login plus one long poll per change.

### Latency from an upstream change to the client

${LATENCY_JOBS} jobs, one subscriber each on one connection, started ${Math.floor((LONG_POLL_JOB.stepMs ?? 0) / LATENCY_JOBS)} ms apart; latency = receipt at the client
minus the instant the simulator's step was due (so it includes the simulator's own timer lag).
Long poll: steps of ${LONG_POLL_JOB.stepMs} ms. Interval polling: an upstream without long polling,
\`POLL_INTERVAL_MS\`=${INTERVAL_POLL_MS}, steps of ${INTERVAL_JOB.stepMs} ms.

| mode | samples | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
${latencyRow('long poll', longPollLatency)}
${latencyRow(`interval polling (${INTERVAL_POLL_MS} ms)`, intervalLatency)}

Long-poll p99: **${fixed(p99)} ms** (target < 50 ms).

### Heap per subscription and fan-out

N WebSocket connections with one \`jobUpdated\` subscription each, opened by child processes
(${CONNECTIONS_PER_CHILD} connections per process, raw graphql-transport-ws over \`ws\`, so that each process stays
within the open-file limit: the gateway holds N server sockets, the clients N client sockets).
Heap = \`heapUsed\` of the gateway process after forced GC, before and after all N got their first
event, divided by N. Fan-out = from \`abortJob\`
upstream (the held long poll answers) to receipt of the terminal event at each client.

| N | subscribed | connect + subscribe s | heap KB / sub | upstream requests for the job | received | fan-out p50 ms | fan-out last ms | errors |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${fanOutRows}

- Heap per subscription: **${fixed(worstHeap)} KB** at worst (target < 20 KB).
- 10,000 subscribers on this machine: **${allServed ? 'served' : 'not all served'}**.
`;
writeSection('subscriptions', body);
console.log(body);
if (!independent || !(p99 < 50) || !(worstHeap < 20) || !allServed) process.exitCode = 1;
