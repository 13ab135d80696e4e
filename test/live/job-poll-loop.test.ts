import { describe, expect, it } from 'vitest';
import type { UpstreamJob } from '../../src/aiqum/wire-types.ts';
import { formatAiqumTimeWithMillis, parseAiqumTime } from '../../src/simulator/aiqum-time.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { THREE_STEPS, TWO_STEPS } from '../support/job-specs.ts';
import {
  longPolls,
  WATCHER_POLL_INTERVAL_MS as POLL_INTERVAL_MS,
  taskStates,
  untilHeld,
  watcherFactory,
} from '../support/watcher.ts';

const setup = watcherFactory();

/** The job as upstream has it now, but stamped `aheadMs` later: a clock stepped back after it. */
function stampedAhead(simulator: Simulator, key: string, aheadMs: number): UpstreamJob {
  const job = simulator.getJob(key) as UpstreamJob;
  const modifiedMs = parseAiqumTime(job.last_modified ?? '') as number;
  return { ...job, last_modified: formatAiqumTimeWithMillis(modifiedMs + aheadMs) };
}

const isLongPollOf = (key: string) => (request: { jobKey?: string; query: URLSearchParams }) =>
  request.jobKey === key && request.query.has('poll_timeout');

describe('JobPollLoop: how it asks upstream', () => {
  it('should deliver every later change and the terminal state after one answer stamped 60 s ahead', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(THREE_STEPS);
    simulator.injectFault({
      status: 200,
      body: JSON.stringify(stampedAhead(simulator, key, 60_000)),
      match: isLongPollOf(key),
    });
    const watch = watcher.watch(key, ADMIN);
    expect(taskStates(await valueWithin(watch))).toEqual(['running']);
    await untilHeld(simulator);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'running']);
    await untilHeld(simulator);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'completed', 'running']);
    await untilHeld(simulator);
    simulator.advance(1000);
    expect(await valueWithin(watch)).toMatchObject({ state: 'completed', status: 'normal' });
  });

  it('should keep long polling, for that job and every other, after that answer', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const odd = simulator.startJob(THREE_STEPS);
    simulator.injectFault({
      status: 200,
      body: JSON.stringify(stampedAhead(simulator, odd.key, 60_000)),
      match: isLongPollOf(odd.key),
    });
    const oddWatch = watcher.watch(odd.key, ADMIN);
    await valueWithin(oddWatch);
    await untilHeld(simulator);
    simulator.advance(1000);
    await valueWithin(oddWatch);
    await untilHeld(simulator);
    expect(watcher.pollMode).toBe('long-poll');

    const other = simulator.startJob(TWO_STEPS);
    const otherWatch = watcher.watch(other.key, ADMIN);
    await valueWithin(otherWatch);
    await untilHeld(simulator, 2);
    expect(longPolls(simulator, other.key)).toBe(1);
    simulator.advance(1000);
    await valueWithin(otherWatch);
    await valueWithin(oddWatch);
    await untilHeld(simulator, 2);
    expect(simulator.requests.at(-1)?.query.has('poll_timeout')).toBe(true);
  });

  it('should fall back to interval polling for a job whose long polls answer at once, and only for it', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const odd = simulator.startJob(TWO_STEPS);
    simulator.injectFault({
      status: 200,
      body: JSON.stringify(simulator.getJob(odd.key)),
      match: isLongPollOf(odd.key),
      times: 100,
    });
    const oddWatch = watcher.watch(odd.key, ADMIN);
    await valueWithin(oddWatch);
    const other = simulator.startJob(TWO_STEPS);
    const otherWatch = watcher.watch(other.key, ADMIN);
    await valueWithin(otherWatch);
    await untilHeld(simulator);
    expect(watcher.pollMode).toBe('long-poll');
    simulator.advance(2000);
    expect((await valueWithin(oddWatch)).state).toBe('completed');
    expect((await valueWithin(otherWatch)).state).toBe('completed');
    expect(longPolls(simulator, odd.key)).toBe(1);
  });

  it('should fall back to interval polling on an upstream without long polling', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false, longPoll: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    const startedAt = performance.now();
    const watch = watcher.watch(key, ADMIN);
    await valueWithin(watch);
    simulator.advance(1000);
    await valueWithin(watch);
    simulator.advance(1000);
    expect((await valueWithin(watch)).state).toBe('completed');
    const elapsedMs = performance.now() - startedAt;
    const requests = simulator.requestsForJob(key);
    expect(requests).toBeLessThanOrEqual(2 + elapsedMs / POLL_INTERVAL_MS);
    expect(simulator.requests.some((request) => request.query.has('poll_timeout'))).toBe(false);
  });

  it('should fall back when upstream answers 400 to the long-poll parameters, and start every loop that way once three jobs showed it', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    simulator.injectFault({
      status: 400,
      match: (request) => request.query.has('poll_timeout'),
      times: 100,
    });
    for (let job = 0; job < 3; job++) {
      expect(watcher.pollMode).toBe('long-poll');
      const { key } = simulator.startJob(TWO_STEPS);
      const watch = watcher.watch(key, ADMIN);
      await valueWithin(watch);
      simulator.advance(2000);
      expect((await valueWithin(watch)).state).toBe('completed');
      expect(longPolls(simulator, key)).toBe(1);
    }
    expect(watcher.pollMode).toBe('interval');
    const { key } = simulator.startJob(TWO_STEPS);
    const watch = watcher.watch(key, ADMIN);
    await valueWithin(watch);
    simulator.advance(2000);
    expect((await valueWithin(watch)).state).toBe('completed');
    expect(longPolls(simulator, key)).toBe(0);
  });

  it('should fall back when a long poll is answered at once without a change', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    simulator.injectFault({
      status: 200,
      body: JSON.stringify(simulator.getJob(key)),
      match: (request) => request.query.has('poll_timeout'),
      times: 100,
    });
    const watch = watcher.watch(key, ADMIN);
    await valueWithin(watch);
    simulator.advance(2000);
    expect((await valueWithin(watch)).state).toBe('completed');
    expect(longPolls(simulator, key)).toBe(1);
  });
});
