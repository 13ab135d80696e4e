// A bounded soak: mixed queries and mutations from one process, 1,000 live subscriptions from
// another, against the gateway in this process (over the simulator in a third), loopback
// only. Reports error rate, p99 latency, and heap after a warm-up and at the end.
// Run with `node --expose-gc --import tsx bench/soak.ts` (npm run bench does).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/server.ts';
import { startChildSimulator } from './child-simulator.ts';
import { machineLine, writeSection } from './report.ts';
import type { LoadJob, LoadReport } from './soak-load.ts';
import type { SubscribersJob, SubscribersReport } from './soak-subscribers.ts';

const WARM_UP_S = Number(process.env.SOAK_WARM_UP_S ?? 30);
const SOAK_S = Number(process.env.SOAK_SECONDS ?? 150);
const SUBSCRIPTIONS = 1000;
const CONNECTIONS = 20;
const LOAD_CONCURRENCY = 8;
const AUTHORIZATION = `Basic ${btoa('admin:admin')}`;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function child<TJob, TReport>(script: string, job: TJob): Promise<TReport> {
  const process_ = fork(new URL(script, import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
  });
  process_.send(job as object);
  return once(process_, 'message').then(([report]) => report as TReport);
}

const upstream = await startChildSimulator();
const app = buildApp({
  ...loadConfig({}),
  aiqumUrl: upstream.url,
  host: '127.0.0.1',
  port: 0,
  logLevel: 'warn',
});
const { url } = await app.start();
const durationMs = (WARM_UP_S + SOAK_S) * 1000;

const load = child<LoadJob, LoadReport>('./soak-load.ts', {
  url,
  authorization: AUTHORIZATION,
  concurrency: LOAD_CONCURRENCY,
  durationMs,
});
const subscribers = child<SubscribersJob, SubscribersReport>('./soak-subscribers.ts', {
  url: url.replace(/^http/, 'ws'),
  authorization: AUTHORIZATION,
  connections: CONNECTIONS,
  subscriptions: SUBSCRIPTIONS,
  durationMs,
});

const openSubscriptions = async () => app.jobWatcher.subscriberCount;
await new Promise((resolve) => setTimeout(resolve, WARM_UP_S * 1000));
const heapAfterWarmUp = heapMb();
const liveAfterWarmUp = await openSubscriptions();
await new Promise((resolve) => setTimeout(resolve, (SOAK_S - 2) * 1000));
const heapAtEnd = heapMb();
const liveAtEnd = await openSubscriptions();
const [loadReport, subscribersReport] = await Promise.all([load, subscribers]);
await app.stop();
await upstream.stop();

const sorted = [...loadReport.latenciesMs].sort((a, b) => a - b);
const p = (q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))] ?? Number.NaN;
const errors = loadReport.errors + subscribersReport.errors;
const operations = loadReport.requests + subscribersReport.opened;
const growth = ((heapAtEnd - heapAfterWarmUp) / heapAfterWarmUp) * 100;

const body = `## Soak: mixed load with 1,000 live subscriptions

\`bench/soak.ts\`: the gateway in the bench process (heap measured there after a forced GC),
the simulator in its own process on the system clock, ${LOAD_CONCURRENCY} loops of mixed
HTTP operations in a child process (70% \`jobs(first: 20)\`, 20% \`job(key)\`, 10%
\`createLun\`), and ${SUBSCRIPTIONS} \`jobUpdated\` subscriptions over ${CONNECTIONS} graphql-ws
connections in another, re-subscribing to running jobs as jobs complete. ${WARM_UP_S} s of
warm-up, then ${SOAK_S} s measured; loopback only.

Machine: ${machineLine()}.

| measure | value |
| --- | ---: |
| HTTP operations | ${loadReport.requests} (${Math.round(loadReport.requests / (WARM_UP_S + SOAK_S))}/s) |
| subscriptions opened / events received / completed | ${subscribersReport.opened} / ${subscribersReport.events} / ${subscribersReport.completions} |
| live subscriptions after warm-up / at the end | ${liveAfterWarmUp} / ${liveAtEnd} |
| errors (HTTP, GraphQL or WebSocket) | ${errors} of ${operations} (${((errors / operations) * 100).toFixed(3)}%) |
| HTTP latency p50 / p99 / max | ${p(50).toFixed(1)} / ${p(99).toFixed(1)} / ${(sorted.at(-1) ?? 0).toFixed(1)} ms |
| heap after warm-up / at the end | ${heapAfterWarmUp.toFixed(1)} / ${heapAtEnd.toFixed(1)} MB |
| heap growth after warm-up | **${growth.toFixed(1)}%** (target < 10%) |

Targets: zero errors (${errors === 0 ? 'met' : 'missed'}), heap growth under 10% (${growth < 10 ? 'met' : 'missed'}).
${[...loadReport.errorSamples, ...subscribersReport.errorSamples].map((sample) => `- error sample: \`${sample}\``).join('\n')}
`;
writeSection('soak', body);
console.log(body);
