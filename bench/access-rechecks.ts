// The upstream cost of access re-checks: the job watcher over the simulator (in-process, on the
// system clock), with the interval and the long-poll timeout scaled down from their defaults by
// the same factor (60 s and 30 s become 2 s and 1 s), run for a number of intervals; every
// request counted by the simulator, per login and job. The same run with 1 and with 100
// subscriptions per login and job, side by side, shows the cost does not follow the
// subscriber count. Run with `tsx bench/access-rechecks.ts` (npm run bench does).
import { AiqumClient } from '../src/aiqum/client.ts';
import { DEFAULT_ACCESS_RECHECK_S, DEFAULT_LONG_POLL_TIMEOUT_S } from '../src/config.ts';
import { JobWatcher } from '../src/live/job-watcher.ts';
import { createLogger } from '../src/logger.ts';
import { Simulator } from '../src/simulator/simulator.ts';
import { machineLine, writeSection } from './report.ts';

const RECHECK_MS = 2000;
const LONG_POLL_TIMEOUT_S = 1;
const SCALE = (DEFAULT_ACCESS_RECHECK_S * 1000) / RECHECK_MS;
const INTERVALS = Number(process.env.ACCESS_BENCH_INTERVALS ?? 15);
const JOBS = 5;
const LOGINS = ['admin', 'alice', 'bob', 'carol'];
const SUBSCRIBER_COUNTS = [1, 100];
const HOUR_MS = 3_600_000;

if (LONG_POLL_TIMEOUT_S * SCALE !== DEFAULT_LONG_POLL_TIMEOUT_S) {
  throw new Error('the long-poll timeout must scale down with the interval');
}

const authorization = (login: string) => `Basic ${btoa(`${login}:${login}`)}`;

interface RunResult {
  subscribers: number;
  elapsedMs: number;
  /** Plain GETs after the admitting one, per login and job other than the one polled with. */
  recheckPerNonPollingLogin: number;
  /** Plain GETs with the polling login's credentials, admission excluded. */
  extraChecksOfPollingLogin: number;
  longPolls: number;
}

async function run(subscribers: number): Promise<RunResult> {
  const users = Object.fromEntries(
    LOGINS.map((login) => [login, { password: login, canWrite: false }]),
  );
  const simulator = new Simulator({ seed: false, users });
  const logger = createLogger('warn');
  const client = new AiqumClient({
    baseUrl: 'http://aiqum.bench/api',
    timeoutMs: 30_000,
    retries: 0,
    fetch: simulator.fetch,
    logger,
  });
  const watcher = new JobWatcher(client, {
    logger,
    pollIntervalMs: 2000,
    longPollTimeoutS: LONG_POLL_TIMEOUT_S,
    accessRecheckMs: RECHECK_MS,
  });
  // Jobs that run far longer than the run: nothing but re-checks and empty long polls happen.
  const keys = Array.from(
    { length: JOBS },
    (_, index) => simulator.startJob({ name: `Job ${index}`, type: 'bench', stepMs: HOUR_MS }).key,
  );
  const watches = keys.flatMap((key) =>
    LOGINS.flatMap((login) =>
      Array.from({ length: subscribers }, () => watcher.watch(key, authorization(login))),
    ),
  );
  await Promise.all(watches.map((watch) => watch.next()));
  const startedAt = performance.now();
  if (watcher.subscriberCount !== JOBS * LOGINS.length * subscribers) {
    throw new Error(`expects every watch joined, but ${watcher.subscriberCount} did`);
  }
  await new Promise((resolve) => setTimeout(resolve, INTERVALS * RECHECK_MS));
  const elapsedMs = performance.now() - startedAt;
  const requests = [...simulator.requests];
  await watcher.close();
  simulator.close();

  const plain = requests.filter((request) => !request.query.has('poll_timeout'));
  const pollers = new Map<string, string | undefined>(
    keys.map((key) => [
      key,
      requests.find((request) => request.jobKey === key && request.query.has('poll_timeout'))?.user,
    ]),
  );
  let nonPolling = 0;
  let nonPollingPairs = 0;
  let pollingExtra = 0;
  for (const key of keys) {
    for (const login of LOGINS) {
      const checks = plain.filter((request) => request.jobKey === key && request.user === login);
      // The first check admitted the login; every later one is a re-check.
      if (pollers.get(key) === login) pollingExtra += checks.length - 1;
      else {
        nonPolling += checks.length - 1;
        nonPollingPairs += 1;
      }
    }
  }
  return {
    subscribers,
    elapsedMs,
    recheckPerNonPollingLogin: nonPolling / nonPollingPairs,
    extraChecksOfPollingLogin: pollingExtra,
    longPolls: requests.length - plain.length,
  };
}

const results: RunResult[] = [];
for (const subscribers of SUBSCRIBER_COUNTS) results.push(await run(subscribers));

const rows = results.map((result) => {
  const intervals = result.elapsedMs / RECHECK_MS;
  const perInterval = result.recheckPerNonPollingLogin / intervals;
  return {
    ...result,
    intervals,
    perInterval,
    perHourAtDefault: perInterval * (HOUR_MS / (DEFAULT_ACCESS_RECHECK_S * 1000)),
  };
});

const last = rows[rows.length - 1];
const body = `## Access re-checks: upstream cost per login and job

\`bench/access-rechecks.ts\`: the job watcher over the simulator in-process on the system clock;
${JOBS} running jobs that do not change during the run, each followed by ${LOGINS.length} logins with N
subscriptions each. The interval and the long-poll timeout are scaled down by the same factor,
${SCALE}: \`ACCESS_RECHECK_S\`=${DEFAULT_ACCESS_RECHECK_S} becomes ${RECHECK_MS} ms, \`LONG_POLL_TIMEOUT_S\`=${DEFAULT_LONG_POLL_TIMEOUT_S} becomes ${LONG_POLL_TIMEOUT_S} s.
Each run lasts ${INTERVALS} intervals; the simulator counts every request per login and job. Checks
are plain GETs of the job: the first admits the login, the others are re-checks, counted from
the moment every subscription had joined. Long polls are the poll loop's, made with one login
per job; they count as checks of that login.

Machine: ${machineLine()}.

| N per login and job | intervals run | re-checks per other login per job | per interval | re-checks of the polling login | long polls |
| ---: | ---: | ---: | ---: | ---: | ---: |
${rows
  .map(
    (row) =>
      `| ${row.subscribers} | ${row.intervals.toFixed(1)} | ${row.recheckPerNonPollingLogin.toFixed(1)} | ${row.perInterval.toFixed(2)} | ${row.extraChecksOfPollingLogin} | ${row.longPolls} |`,
  )
  .join('\n')}

- Re-checks per login per job per interval: **${rows.map((row) => row.perInterval.toFixed(2)).join(' and ')}** with ${SUBSCRIBER_COUNTS.join(' and ')}
  subscriptions (target: at most 1, whatever N).
- At the default \`ACCESS_RECHECK_S\`=${DEFAULT_ACCESS_RECHECK_S}: about **${Math.round(last?.perHourAtDefault ?? Number.NaN)} requests per login per job per
  hour** for each login that follows a job without polling it (the run's rate, scaled by ${SCALE}).
  None for the login the loop polls with, while its long polls (every \`LONG_POLL_TIMEOUT_S\` at
  most) or interval polls (every \`POLL_INTERVAL_MS\`) succeed.
`;
writeSection('access-rechecks', body);
console.log(body);
