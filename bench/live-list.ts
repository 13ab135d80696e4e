// jobsUpdated(filter) under load: 1 and 1,000 live-list subscribers on one filter, side by side
// in one run, under the same workload of jobs appearing upstream. Upstream requests per minute,
// time from a job appearing upstream to every subscriber having it, heap per subscription.
// Everything on loopback; the simulator is served over HTTP on the system clock.
// Run with `node --expose-gc --import tsx bench/live-list.ts` (npm run bench does).
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_RECORDED_REQUESTS } from '../src/simulator/simulator.ts';
import type { JobSpec } from '../src/simulator/types.ts';
import { startGateway } from './in-process-gateway.ts';
import type { LiveListClientsJob, LiveListClientsReport } from './live-list-clients.ts';
import { fixed, machineLine, percentile, writeSection } from './report.ts';
import { buildGateway } from './server-processes.ts';

const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
const SUBSCRIPTION = `subscription LiveList($filter: JobFilter) {
  jobsUpdated(filter: $filter) { key name state status taskReports { name state } }
}`;
const FILTER = { type: 'provision_*' };
const POLL_INTERVAL_MS = 1000;
const SUBSCRIBERS = [1, 1000];
const SUBSCRIPTIONS_PER_CONNECTION = 20;
/**
 * Jobs appear upstream for WORKLOAD_MS, JOB_EVERY_MS apart on average (half to one and a half of
 * it, at random, so they fall anywhere within a poll interval); each runs one step.
 */
const WORKLOAD_MS = 30_000;
const JOB_EVERY_MS = 1000;
const JOB: JobSpec = {
  name: 'Create LUN',
  type: 'provision_lun_create',
  tasks: ['create'],
  stepMs: 3000,
};

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function scenario(subscribers: number) {
  const gateway = await startGateway({
    longPoll: true,
    pollIntervalMs: POLL_INTERVAL_MS,
    seed: true,
  });
  const { simulator, app, url } = gateway;
  const heapBefore = heapUsed();

  const perConnection = Math.min(SUBSCRIPTIONS_PER_CONNECTION, subscribers);
  const child = fork(new URL('./live-list-clients.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
  });
  const reports: LiveListClientsReport[] = [];
  let wake = () => {};
  let childGone: ((error: Error) => void) | undefined;
  child.once('exit', (code, signal) => {
    childGone?.(new Error(`the clients' process exited (${code ?? signal}) before it reported`));
  });
  child.on('message', (report: LiveListClientsReport) => {
    reports.push(report);
    wake();
  });
  const nextReport = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the clients did not report in time')),
        120_000,
      );
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
      childGone = (error) => {
        clearTimeout(timer);
        reject(error);
      };
    });
  const job: LiveListClientsJob = {
    url: url.replace(/^http/, 'ws'),
    authorization: AUTHORIZATION,
    query: SUBSCRIPTION,
    variables: { filter: FILTER },
    connections: Math.ceil(subscribers / perConnection),
    subscriptionsPerConnection: perConnection,
  };
  const subscribed = nextReport();
  child.send(job);
  await subscribed;
  await waitFor(() => app.jobListWatcher.subscriberCount === subscribers, 'subscribers');
  // Admissions still under way finish within a poll; jobs before that would not be new to them.
  await sleep(POLL_INTERVAL_MS);
  const heapPerSubscriptionKb = (heapUsed() - heapBefore) / subscribers / 1024;

  const requestsBefore = simulator.requests.length;
  const cpuBefore = process.cpuUsage();
  const appeared = new Map<string, number>();
  const startedAt = Date.now();
  while (Date.now() - startedAt < WORKLOAD_MS) {
    const { key } = simulator.startJob(JOB);
    appeared.set(key, Date.now());
    await sleep(JOB_EVERY_MS * (0.5 + Math.random()));
  }
  const workloadMs = Date.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  const requests = simulator.requests.length - requestsBefore;
  if (simulator.requests.length >= MAX_RECORDED_REQUESTS) throw new Error('request log overflowed');
  // Let the last job reach everyone, then collect.
  await sleep(POLL_INTERVAL_MS + 500);
  const collected = nextReport();
  child.send('report');
  await collected;
  const report = reports.find((entry) => entry.type === 'receipts');
  if (report?.type !== 'receipts') throw new Error('no receipts from the clients');

  const toAll: number[] = [];
  const fanOut: number[] = [];
  let missing = 0;
  for (const [key, appearedAt] of appeared) {
    const times = report.receipts[key] ?? [];
    if (times.length < subscribers) missing += subscribers - times.length;
    else {
      toAll.push(Math.max(...times) - appearedAt);
      fanOut.push(Math.max(...times) - Math.min(...times));
    }
  }
  const lists = app.jobListWatcher.listCount;
  const close = () => gateway.close();
  const row = {
    subscribers,
    lists,
    requestsPerMinute: (requests / workloadMs) * 60_000,
    jobs: appeared.size,
    missing,
    errors: report.errors,
    p50: percentile(toAll, 50),
    p99: percentile(toAll, 99),
    max: Math.max(...toAll),
    fanOutP50: percentile(fanOut, 50),
    fanOutP99: percentile(fanOut, 99),
    heapPerSubscriptionKb,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  return { row, close };
}

type Row = Awaited<ReturnType<typeof scenario>>['row'];

/** Each scenario runs in a process of its own, one after the other: heaps do not mix. */
function runScenario(subscribers: number): Promise<Row> {
  const child = fork(new URL(import.meta.url), [String(subscribers)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (row: Row) => resolve(row));
    child.once('exit', (code) =>
      reject(new Error(`the ${subscribers}-subscriber run exited with ${code}`)),
    );
  });
}

const only = process.argv[2];
if (only !== undefined) {
  const { row, close } = await scenario(Number(only));
  process.send?.(row);
  // The figures are out; the clean-up only gets a bounded wait.
  await Promise.race([close(), sleep(10_000)]);
  process.exit(0);
}

buildGateway();
const benchStartedAt = Date.now();
const loadBefore = loadavg()[0] ?? 0;
const rows: Row[] = [];
for (const subscribers of SUBSCRIBERS) {
  rows.push(await runScenario(subscribers));
  console.log(rows.at(-1));
}
const benchSeconds = Math.round((Date.now() - benchStartedAt) / 1000);
const loadAfter = loadavg()[0] ?? 0;

const table = rows
  .map(
    (row) =>
      `| ${row.subscribers} | ${row.lists} | ${fixed(row.requestsPerMinute, 0)} | ${row.jobs} | ${row.missing} | ${fixed(row.p50, 0)} | ${fixed(row.p99, 0)} | ${fixed(row.max, 0)} | ${fixed(row.fanOutP50, 0)} | ${fixed(row.fanOutP99, 0)} | ${fixed(row.heapPerSubscriptionKb)} | ${fixed(row.cpuMs, 0)} | ${row.errors} |`,
  )
  .join('\n');
const [one, many] = rows as [Row, Row];
const ratio = many.requestsPerMinute / one.requestsPerMinute;
const p99Target = POLL_INTERVAL_MS + 50;

const body = `## Live lists: \`jobsUpdated(filter)\`, one discovery poll per filter and login

\`bench/live-list.ts\` (${benchSeconds} s): the simulator (seeded with the demo jobs) served over HTTP on loopback
on the system clock, the gateway's compiled JavaScript (\`npm run build\`, as production runs it) in the same process pointed at it (\`AIQUM_URL\`), one process per N, run one after the other,
\`POLL_INTERVAL_MS\`=${POLL_INTERVAL_MS}, long polling on. N subscriptions of \`jobsUpdated(filter: ${JSON.stringify(FILTER).replaceAll('"', '')})\` with one
login, ${SUBSCRIPTIONS_PER_CONNECTION} per WebSocket, opened by a child process (raw graphql-transport-ws over \`ws\`). Then, for
${WORKLOAD_MS / 1000} s, a job of one ${JOB.stepMs} ms step appears upstream every ${JOB_EVERY_MS} ms on average, at random (\`startJob\`). Upstream requests =
every request the simulator received during those ${WORKLOAD_MS / 1000} s (discovery polls, the followed jobs' long polls),
per minute. Time to all = from \`startJob\` to the last of the N subscriptions receiving the job,
one sample per job; fan-out = from the first to the last of them receiving it. Heap = \`heapUsed\`
of the gateway process after forced GC, before the first subscription and after all N joined,
divided by N. CPU = user and system time of that process (gateway and simulator) during the
workload. Machine: ${machineLine()}.
Load average (1 min) ${fixed(loadBefore, 2)} before the run and ${fixed(loadAfter, 2)} after it.

| N | lists | upstream requests / min | jobs | job receipts missing | time to all p50 ms | p99 ms | max ms | fan-out p50 ms | fan-out p99 ms | heap KB / sub | CPU ms | errors |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${table}

- Upstream requests per minute with ${many.subscribers} subscribers / with 1: **${fixed(ratio, 2)}** (target: the same).
- Time to all p99 with ${many.subscribers}: **${fixed(many.p99, 0)} ms** (target < POLL_INTERVAL_MS + 50 = ${p99Target} ms).
- A job appears at a random instant within a poll interval, so time to all spreads over
  0..\`POLL_INTERVAL_MS\` plus the list request and the fan-out.
- What keeps the fan-out cheap: subscribers with the same document, variables and login share
  one execution of each event (\`src/http/shared-event-execution.ts\`), and the messages one
  event sends on a socket leave in one write (\`src/http/graphql-ws-server.ts\`). A CPU profile
  of the ${many.subscribers}-subscriber process over the 30 s workload (\`npm run build\`, then \`node --cpu-prof --expose-gc --import tsx
  bench/live-list.ts 1000\`), before and after both, back to back on this machine (2026-11-30,
  load average 0.7 to 1.2): busy 4964 ms before, 1514 ms after; of which garbage collection
  1203 → 74 ms, executing events 948 → 41 ms, \`writev\` 876 → 137 ms. This bench before
  both, run just before them on the same machine (load average 0.80 to 3.05): with 1000
  subscribers time to all p99 1061 ms, fan-out p50 23 ms and p99 65 ms, CPU 4821 ms.
`;
writeSection('live-list', body);
console.log(body);
if (many.missing > 0 || !(ratio < 1.1) || !(many.p99 < p99Target)) process.exitCode = 1;
