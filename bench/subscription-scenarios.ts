// The measurements of bench/subscriptions.ts: a gateway over the served simulator, upstream
// request counts against naive REST polling, change-to-client latency, heap and fan-out.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { JobSpec } from '../src/simulator/types.ts';
import type { Gateway } from './in-process-gateway.ts';
import { percentile } from './report.ts';
import type { ClientsJob, ClientsReport } from './subscription-clients.ts';

export const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
export const SUBSCRIPTION = `subscription JobUpdated($key: ID!) {
  jobUpdated(key: $key) { key state status taskReports { name state status } }
}`;
export const REQUEST_COUNTS_N = [1, 100, 1000];
export const REQUEST_JOB: JobSpec = {
  name: 'Create LUN',
  type: 'lun',
  tasks: ['a', 'b', 'c', 'd'],
  stepMs: 1000,
};
export const NAIVE_POLL_MS = 1000;
export const LATENCY_JOBS = 50;
export const LONG_POLL_JOB: JobSpec = {
  name: 'Create LUN',
  type: 'lun',
  tasks: ['a', 'b', 'c', 'd', 'e'],
  stepMs: 300,
};
export const INTERVAL_POLL_MS = 1000;
export const INTERVAL_JOB: JobSpec = {
  name: 'Create LUN',
  type: 'lun',
  tasks: ['a', 'b', 'c'],
  stepMs: 1500,
};
export const FAN_OUT_N = [1000, 10_000];
export const CONNECTIONS_PER_CHILD = 5000;
export const CONNECT_CONCURRENCY = 100;
export const WS_CONNECTIONS_FOR_COUNTS = 10;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

function wsClient(url: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: AUTHORIZATION },
    retryAttempts: 0,
  });
}

/** Subscribes and resolves with the receipt time of every event once the subscription completes. */
function follow(client: Client, key: string, onEvent?: (job: EventJob, atMs: number) => void) {
  return new Promise<number>((resolve, reject) => {
    let events = 0;
    client.subscribe<{ jobUpdated: EventJob }>(
      { query: SUBSCRIPTION, variables: { key } },
      {
        next: (result) => {
          const atMs = Date.now();
          events += 1;
          if (result.errors || !result.data) reject(new Error(JSON.stringify(result.errors)));
          else onEvent?.(result.data.jobUpdated, atMs);
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
  });
}

interface EventJob {
  key: string;
  state: string;
  taskReports: { state: string }[];
}

// --- 1. Upstream requests per job: the gateway vs every client polling REST each second ---

export async function requestCounts(gateway: Gateway, subscribers: number) {
  const clients = Array.from({ length: Math.min(subscribers, WS_CONNECTIONS_FOR_COUNTS) }, () =>
    wsClient(gateway.url),
  );
  const startedAt = Date.now();
  const { key } = gateway.simulator.startJob(REQUEST_JOB);
  await Promise.all(
    Array.from({ length: subscribers }, (_, index) =>
      follow(clients[index % clients.length] as Client, key),
    ),
  );
  const durationMs = Date.now() - startedAt;
  for (const client of clients) await client.dispose();
  const gatewayRequests = gateway.simulator.requestsForJob(key);

  // The baseline: each client GETs the job every second until it sees a terminal state.
  const naive = gateway.simulator.startJob(REQUEST_JOB);
  const jobUrl = `${gateway.upstreamUrl}/management-server/jobs/${encodeURIComponent(naive.key)}`;
  await Promise.all(Array.from({ length: subscribers }, () => pollUntilTerminal(jobUrl)));
  return {
    subscribers,
    durationMs,
    gatewayRequests,
    naiveRequests: gateway.simulator.requestsForJob(naive.key),
  };
}

async function pollUntilTerminal(url: string): Promise<void> {
  for (;;) {
    const response = await fetch(url, { headers: { authorization: AUTHORIZATION } });
    const job = (await response.json()) as { state?: string };
    if (job.state === 'completed' || job.state === 'aborted') return;
    await new Promise((resolve) => setTimeout(resolve, NAIVE_POLL_MS));
  }
}

// --- 2. Latency from an upstream change to receipt at the client ---

export async function latencies(gateway: Gateway, spec: JobSpec): Promise<number[]> {
  const client = wsClient(gateway.url);
  const stepMs = spec.stepMs ?? 1000;
  const samples: number[] = [];
  const follows: Promise<number>[] = [];
  for (let index = 0; index < LATENCY_JOBS; index++) {
    // Spread the jobs so their changes do not all fall on the same instant.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(stepMs / LATENCY_JOBS)));
    const submittedAt = Date.now();
    const { key } = gateway.simulator.startJob(spec);
    let seen = 0;
    follows.push(
      follow(client, key, (job, atMs) => {
        seen += 1;
        if (seen === 1) return; // the snapshot is no change
        const completed = job.taskReports.filter((task) => task.state === 'COMPLETED').length;
        samples.push(atMs - (submittedAt + completed * stepMs));
      }),
    );
  }
  await Promise.all(follows);
  await client.dispose();
  return samples.sort((a, b) => a - b);
}

// --- 3. Heap per subscription and fan-out time, one WebSocket connection per subscriber ---

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export async function fanOut(gateway: Gateway, subscribers: number) {
  const { key } = gateway.simulator.startJob({ name: 'Backup', type: 'backup', stepMs: 600_000 });
  const heapBefore = heapUsed();
  const childCount = Math.ceil(subscribers / CONNECTIONS_PER_CHILD);
  const openedAt = Date.now();
  const children = Array.from({ length: childCount }, (_, index) => {
    const connections = Math.min(
      CONNECTIONS_PER_CHILD,
      subscribers - index * CONNECTIONS_PER_CHILD,
    );
    const child = fork(new URL('./subscription-clients.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const reports: ClientsReport[] = [];
    const next = () =>
      new Promise<ClientsReport>((resolve, reject) => {
        const queued = reports.shift();
        if (queued) return resolve(queued);
        child.once('message', (report: ClientsReport) => resolve(report));
        child.once('exit', (code) => reject(new Error(`clients exited with ${code}`)));
      });
    const job: ClientsJob = {
      url: gateway.url.replace(/^http/, 'ws'),
      authorization: AUTHORIZATION,
      query: SUBSCRIPTION,
      variables: { key },
      connections,
      concurrency: CONNECT_CONCURRENCY,
    };
    child.send(job);
    return { child, next };
  });
  const ready = await Promise.all(children.map(({ next }) => next()));
  const subscribeMs = Date.now() - openedAt;
  const subscribed = ready.reduce(
    (sum, report) => sum + (report.type === 'ready' ? report.subscribed : 0),
    0,
  );
  const heapAfter = heapUsed();
  const watcherSubscribers = gateway.app.jobWatcher.subscriberCount;

  const changedAt = Date.now();
  gateway.simulator.abortJob(key, 'Stopped by the benchmark');
  const received = await Promise.all(children.map(({ next }) => next()));
  const times = received
    .flatMap((report) => (report.type === 'received' ? report.times : []))
    .map((atMs) => atMs - changedAt)
    .sort((a, b) => a - b);
  const errors = [...ready, ...received].reduce((sum, report) => sum + report.errors, 0);
  await Promise.all(
    children.map(({ child }) => new Promise((resolve) => child.once('exit', resolve))),
  );
  return {
    subscribers,
    subscribed,
    watcherSubscribers,
    subscribeMs,
    heapPerSubscriptionKb: (heapAfter - heapBefore) / subscribers / 1024,
    upstreamRequests: gateway.simulator.requestsForJob(key),
    fanOutP50: percentile(times, 50),
    fanOutMax: times.at(-1) ?? Number.NaN,
    received: times.length,
    errors,
  };
}

export function fileLimit(): string {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    return line?.split(/\s{2,}/)[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
