// Several replicas with Redis between them, side by side in one run: upstream requests per job
// with 1 replica, 3 replicas without Redis and 3 with it (the same subscribers), and failover
// time: the lease holder killed (the job already terminal upstream) to the terminal state
// delivered on the other replicas. Loopback only; a throwaway redis-server on a free port.
// Run with `tsx bench/replicas.ts` (npm run bench does).
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type Config, loadConfig } from '../src/config.ts';
import { type App, buildApp } from '../src/server.ts';
import { ManualClock } from '../src/simulator/clock.ts';
import { serveSimulator } from '../src/simulator/serve.ts';
import { Simulator } from '../src/simulator/simulator.ts';
import type { JobSpec } from '../src/simulator/types.ts';
import { RedisServer } from '../test/support/redis.ts';
import { fixed, machineLine, percentile, writeSection } from './report.ts';

const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
const SUBSCRIPTION = 'subscription($key: ID!) { jobUpdated(key: $key) { state } }';
const REPLICAS = 3;
const SUBSCRIBERS = 30;
const COUNT_JOB: JobSpec = {
  name: 'Create LUN',
  type: 'lun',
  tasks: ['a', 'b', 'c', 'd'],
  stepMs: 500,
};
const FAILOVER_RUNS = 10;
const BENCH_LEASE_TTL_MS = 1500;
const WAIT_BOUND_MS = 15_000;

function within<T>(promise: Promise<T>, what: string, ms = WAIT_BOUND_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`expects ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + WAIT_BOUND_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`expects ${what} within ${WAIT_BOUND_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function startReplicas(upstreamUrl: string, count: number, redisUrl?: string) {
  const config: Config = {
    ...loadConfig({}),
    aiqumUrl: upstreamUrl,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    ...(redisUrl ? { redisUrl, redisLeaseTtlMs: BENCH_LEASE_TTL_MS } : {}),
  };
  const replicas: { app: App; client: Client }[] = [];
  for (let index = 0; index < count; index++) {
    const app = buildApp(config);
    const { url } = await app.start();
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: AUTHORIZATION },
      retryAttempts: 0,
    });
    replicas.push({ app, client });
  }
  return {
    replicas,
    async close() {
      for (const { app, client } of replicas) {
        await client.dispose();
        await app.stop();
      }
    },
  };
}

/** Follows `key` on `client` until the terminal state; resolves with the time it arrived. */
async function followToEnd(client: Client, key: string, onFirst?: () => void): Promise<number> {
  let first = true;
  for await (const event of client.iterate<{ jobUpdated: { state: string } }>({
    query: SUBSCRIPTION,
    variables: { key },
  })) {
    if (first) onFirst?.();
    first = false;
    const state = event.data?.jobUpdated.state;
    if (state === 'COMPLETED' || state === 'ABORTED') return performance.now();
  }
  throw new Error('expects the terminal state before the subscription completed');
}

// --- 1. Upstream requests per job, the same 30 subscribers spread over the replicas ---

async function requestsPerJob(replicaCount: number, redisUrl?: string) {
  const simulator = new Simulator({ seed: false });
  const upstream = await serveSimulator(simulator);
  const cluster = await startReplicas(upstream.url, replicaCount, redisUrl);
  const { key } = simulator.startJob(COUNT_JOB);
  const streams = Array.from({ length: SUBSCRIBERS }, (_, index) => {
    const { client } = cluster.replicas[index % replicaCount] as { client: Client };
    return followToEnd(client, key);
  });
  await within(Promise.all(streams), 'every subscriber to see the terminal state');
  const requests = simulator.requestsForJob(key);
  await cluster.close();
  await upstream.close();
  simulator.close();
  return requests;
}

// --- 2. Failover: holder killed, job already terminal upstream, until both others have it ---

async function failoverMs(redisUrl: string): Promise<number> {
  const simulator = new Simulator({ seed: false, clock: new ManualClock() });
  const upstream = await serveSimulator(simulator);
  const cluster = await startReplicas(upstream.url, REPLICAS, redisUrl);
  const { key } = simulator.startJob({ ...COUNT_JOB, stepMs: 1000 });
  let subscribed = 0;
  const arrivals = cluster.replicas.map(({ client }) =>
    followToEnd(client, key, () => {
      subscribed += 1;
    }).catch(() => Number.NaN),
  );
  await until(() => subscribed === REPLICAS, 'every replica subscribed');
  const holder = await within(
    (async () => {
      await until(
        () => cluster.replicas.some(({ app }) => app.cluster?.coordinator.holds(key)),
        'a lease holder',
      );
      return cluster.replicas.find(({ app }) => app.cluster?.coordinator.holds(key));
    })(),
    'a lease holder',
  );
  await until(() => simulator.heldRequestCount === 1, 'the holder long-polling');
  if (!holder) throw new Error('expects a lease holder');
  // Crash at a random moment of the renewal cycle, so the runs sample every phase.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * (BENCH_LEASE_TTL_MS / 3)));
  await holder.app.stop({ abandonLeases: true });
  simulator.advance(4000);
  const killedAt = performance.now();
  const others = cluster.replicas.filter((replica) => replica !== holder);
  const delivered = await within(
    Promise.all(
      others.map(({ client }) => arrivals[cluster.replicas.findIndex((r) => r.client === client)]),
    ),
    'the terminal state on the other replicas',
  );
  if (delivered.some(Number.isNaN)) throw new Error('expects the terminal state on every survivor');
  const elapsed = Math.max(...(delivered as number[])) - killedAt;
  await cluster.close();
  await upstream.close();
  simulator.close();
  return elapsed;
}

const startedAt = Date.now();
const redis = await RedisServer.start();
try {
  const one = await requestsPerJob(1);
  const threeAlone = await requestsPerJob(REPLICAS);
  const three = await requestsPerJob(REPLICAS, redis.url);
  console.log('requests per job', { one, threeAlone, three });
  const failovers: number[] = [];
  for (let run = 0; run < FAILOVER_RUNS; run++) {
    failovers.push(await failoverMs(redis.url));
    console.log('failover ms', Math.round(failovers.at(-1) ?? Number.NaN));
  }
  failovers.sort((a, b) => a - b);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const ms = (value: number) => fixed(value, 0);
  const renewMs = Math.floor(BENCH_LEASE_TTL_MS / 3);
  writeSection(
    'replicas',
    `## Replicas: ${REPLICAS} gateways with Redis between them

\`bench/replicas.ts\` (${seconds} s): the simulator served over HTTP on loopback, each replica a
\`buildApp\` in the same process pointed at it (\`AIQUM_URL\`) and at a throwaway \`redis-server\`
on loopback; subscribers over graphql-ws, one connection per replica.
Machine: ${machineLine()}.

### Upstream requests per job

A job of ${COUNT_JOB.tasks?.length} steps of ${COUNT_JOB.stepMs} ms on the system clock,
${SUBSCRIBERS} subscribers spread evenly over the replicas, counted by the simulator from the
first subscribe to the terminal state.

| setup | upstream requests per job |
| --- | ---: |
| 1 replica | ${one} |
| ${REPLICAS} replicas without Redis (each polls alone) | ${threeAlone} |
| ${REPLICAS} replicas with \`REDIS_URL\` | ${three} |

With Redis the cluster costs one replica's requests plus one access check per other replica
with subscribers (${one} + ${REPLICAS - 1} = ${one + REPLICAS - 1}): one poll loop per job.

### Failover

${FAILOVER_RUNS} runs: ${REPLICAS} replicas with a subscriber each, the lease holder stopped
without releasing its lease (as a crash would leave it), at a random moment of its renewal
cycle, while the job is already terminal upstream; time from then until both other replicas' subscribers have the terminal state.
\`REDIS_LEASE_TTL_MS\`=${BENCH_LEASE_TTL_MS} (renewed every ${renewMs} ms) to keep the run short.
Failover takes about one lease TTL (the lease lapses one TTL after its last renewal, which came
at most one renewal interval before the crash, and a follower claims it at its next round, at
most one renewal interval later), so with the default 5000 expect about 5 s.

| runs | p50 ms | p99 ms | min ms | max ms |
| ---: | ---: | ---: | ---: | ---: |
| ${failovers.length} | ${ms(percentile(failovers, 50))} | ${ms(percentile(failovers, 99))} | ${ms(failovers[0] ?? Number.NaN)} | ${ms(failovers.at(-1) ?? Number.NaN)} |

Bound: the lease TTL plus one renewal interval plus one poll (${BENCH_LEASE_TTL_MS + renewMs} ms
here), whatever the moment of the crash.
`,
  );
} finally {
  await redis.stop();
}
