import { expect, vi } from 'vitest';
import { AiqumClient } from '../../src/aiqum/client.ts';
import type { UpstreamJob } from '../../src/aiqum/wire-types.ts';
import { JobWatcher, type JobWatcherOptions } from '../../src/live/job-watcher.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator, type SimulatorOptions } from '../../src/simulator/simulator.ts';
import { disposedAfterEach } from './gateway.ts';

export const WATCHER_POLL_INTERVAL_MS = 20;

export interface WatcherSetupOptions {
  simulator?: SimulatorOptions;
  watcher?: Partial<JobWatcherOptions>;
}

/** An AiqumClient that calls `simulator` in-process, with no retries. */
export function simulatorClient(simulator: Simulator, logger: Logger): AiqumClient {
  return new AiqumClient({
    baseUrl: 'http://aiqum.test/api',
    timeoutMs: 5000,
    retries: 0,
    fetch: simulator.fetch,
    logger,
  });
}

/**
 * A JobWatcher over a simulator on a manual clock, for one test file (called at its top
 * level): every watcher and simulator it makes is closed after each test.
 */
export function watcherFactory() {
  const disposables = disposedAfterEach();
  return (options: WatcherSetupOptions = {}) => {
    const simulator = new Simulator({ clock: new ManualClock(), ...options.simulator });
    const logger = createLogger('silent');
    const client = simulatorClient(simulator, logger);
    const watcher = new JobWatcher(client, {
      logger,
      pollIntervalMs: WATCHER_POLL_INTERVAL_MS,
      longPollTimeoutS: 30,
      retryDelayMs: 1,
      maxRetryDelayMs: 10,
      ...options.watcher,
    });
    disposables.push(
      () => simulator.close(),
      () => watcher.close(),
    );
    return { simulator, watcher };
  };
}

/** Waits until the simulator holds `count` requests (long polls). */
export const untilHeld = (simulator: Simulator, count = 1) =>
  vi.waitFor(() => expect(simulator.heldRequestCount).toBe(count), { interval: 1 });

export const taskStates = (job: UpstreamJob) => job.task_reports?.map((task) => task.state);

/** Upstream reads of `key` that were not long polls (access checks, interval polls), per user. */
export const plainReads = (simulator: Simulator, key: string, user?: string) =>
  simulator.requests.filter(
    (request) =>
      request.jobKey === key &&
      !request.query.has('poll_timeout') &&
      (user === undefined || request.user === user),
  ).length;

/** Long polls of `key` that upstream received. */
export const longPolls = (simulator: Simulator, key: string) =>
  simulator.requests.filter(
    (request) => request.jobKey === key && request.query.has('poll_timeout'),
  ).length;
