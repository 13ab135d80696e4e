import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../src/errors.ts';
import { AccessChecks, type AccessListener } from '../../src/live/access-checks.ts';
import { createLogger } from '../../src/logger.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { plainReads, simulatorClient } from '../support/watcher.ts';

const RECHECK_MS = 60_000;

let simulator: Simulator;
let checks: AccessChecks;
let key: string;

beforeEach(() => {
  // Timers and performance.now() are fake: each interval passes when the test says so.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  simulator = new Simulator({ clock: new ManualClock(), seed: false });
  const logger = createLogger('silent');
  const client = simulatorClient(simulator, logger);
  checks = new AccessChecks({
    read: (jobKey, credentials, signal) => client.getJob(jobKey, credentials, { signal }),
    notFound: (jobKey, cause) =>
      new NotFoundError(`Upstream knows no job with key '${jobKey}'`, { cause }),
    logger,
    recheckMs: RECHECK_MS,
    retryDelayMs: 1000,
    maxRetryDelayMs: 8000,
  });
  key = simulator.startJob({ name: 'Create LUN', type: 'provision_lun_create' }).key;
});

afterEach(() => {
  checks.close();
  simulator.close();
  vi.useRealTimers();
});

function listener() {
  const heard = { renewed: 0, refused: [] as Error[] };
  const target: AccessListener = {
    renewed: () => {
      heard.renewed += 1;
    },
    refused: (error) => heard.refused.push(error),
  };
  return { heard, target };
}

const reads = (user = 'admin') => plainReads(simulator, key, user);

describe('AccessChecks', () => {
  it('should admit on a check younger than the interval without asking AIQUM again', async () => {
    const first = checks.hold(key, ADMIN);
    expect(await first.check()).toMatchObject({ key });
    const second = checks.hold(key, ADMIN);
    expect(await second.check()).toBeUndefined();
    expect(second.fresh).toBe(true);
    expect(reads()).toBe(1);

    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(second.fresh).toBe(false);
    expect(await second.check()).toMatchObject({ key });
    expect(reads()).toBe(2);
  });

  it('should share one read among simultaneous checks of one login, not of two', async () => {
    const holds = Array.from({ length: 10 }, () => checks.hold(key, ADMIN));
    await Promise.all(holds.map((hold) => hold.check()));
    await checks.hold(key, OPERATOR).check();
    expect(reads('admin')).toBe(1);
    expect(reads('operator')).toBe(1);
  });

  it('should re-check a login somebody listens for once per interval, and say so', async () => {
    const { heard, target } = listener();
    const hold = checks.hold(key, OPERATOR, target);
    await hold.check();
    expect(heard.renewed).toBe(1);
    for (let interval = 1; interval <= 3; interval++) {
      await vi.advanceTimersByTimeAsync(RECHECK_MS);
      expect(reads('operator')).toBe(1 + interval);
      expect(hold.fresh).toBe(true);
    }
    expect(heard.renewed).toBe(4);
  });

  it('should tell the listener of a refusal, and ask AIQUM no more', async () => {
    const { heard, target } = listener();
    const hold = checks.hold(key, OPERATOR, target);
    await hold.check();
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(heard.refused).toHaveLength(1);
    expect(heard.refused[0]).toBeInstanceOf(UnauthenticatedError);
    expect(hold.fresh).toBe(false);
    await vi.advanceTimersByTimeAsync(5 * RECHECK_MS);
    expect(reads('operator')).toBe(2);
    await expect(hold.check()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('should count a poller read as a check made when it started', async () => {
    const { target } = listener();
    const hold = checks.hold(key, ADMIN, target);
    await hold.check();
    await vi.advanceTimersByTimeAsync(RECHECK_MS / 2);
    const poll = checks.reading(key, ADMIN);
    // The first check is stale, but a poll in flight may still prove access from its start.
    await vi.advanceTimersByTimeAsync((3 * RECHECK_MS) / 4);
    expect(hold.fresh).toBe(false);
    expect(reads()).toBe(1);
    poll.succeeded();
    expect(hold.fresh).toBe(true);
    await vi.advanceTimersByTimeAsync(RECHECK_MS / 4 - 1);
    expect(reads()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads()).toBe(2);

    // A poll held for longer than the interval proves nothing about its end: checked anyway.
    const held = checks.reading(key, ADMIN);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(reads()).toBe(3);
    held.succeeded();
    expect(hold.fresh).toBe(true);
  });

  it('should not let a read that started before a refusal renew the login', async () => {
    const { heard, target } = listener();
    const hold = checks.hold(key, ADMIN, target);
    await hold.check();
    const poll = checks.reading(key, ADMIN);
    expect(checks.reading(key, ADMIN).failed(new ForbiddenError('no'))).toBe(true);
    expect(heard.refused).toHaveLength(1);
    poll.succeeded();
    expect(hold.fresh).toBe(false);
    expect(heard.renewed).toBe(1);
  });

  it('should tell a listener that comes after a refusal of it', async () => {
    const admission = checks.hold(key, ADMIN);
    await admission.check();
    expect(checks.reading(key, ADMIN).failed(new ForbiddenError('no'))).toBe(true);
    const { heard, target } = listener();
    checks.hold(key, ADMIN, target);
    admission.release();
    await Promise.resolve();
    expect(heard.refused).toHaveLength(1);
    expect(heard.refused[0]).toBeInstanceOf(ForbiddenError);
  });

  it('should retry a re-check that failed with backoff, the login stale until one succeeds', async () => {
    const { heard, target } = listener();
    const hold = checks.hold(key, OPERATOR, target);
    await hold.check();
    simulator.injectFault({ status: 503, times: 2 });
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(reads('operator')).toBe(2);
    expect(hold.fresh).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads('operator')).toBe(3);
    expect(hold.fresh).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(reads('operator')).toBe(4);
    expect(hold.fresh).toBe(true);
    expect(heard).toEqual({ renewed: 2, refused: [] });
  });

  it('should stop re-checking and abort the read in flight when the last hold goes', async () => {
    const { target } = listener();
    const hold = checks.hold(key, OPERATOR, target);
    await hold.check();
    simulator.injectFault({ delayMs: 10_000 });
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(simulator.heldRequestCount).toBe(1);
    hold.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(simulator.heldRequestCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
