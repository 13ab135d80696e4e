import { describe, expect, it } from 'vitest';
import {
  ForbiddenError,
  NotFoundError,
  TooManySubscriptionsError,
  UnauthenticatedError,
} from '../../src/errors.ts';
import { SubscriptionLimit } from '../../src/live/subscription-limit.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { errorWithin, nextWithin, valueWithin } from '../support/async.ts';
import { THREE_STEPS } from '../support/job-specs.ts';
import { plainReads, taskStates, untilHeld, watcherFactory } from '../support/watcher.ts';

/** Short, so that tests see several re-checks; real time, like the gateway's. */
const RECHECK_MS = 150;
const setup = watcherFactory();

/** A watcher re-checking every RECHECK_MS, and a job with `admin` watching it first (it polls). */
async function watchedByAdmin(recheckMs = RECHECK_MS) {
  const { simulator, watcher } = setup({
    simulator: { seed: false },
    watcher: { accessRecheckMs: recheckMs },
  });
  const { key } = simulator.startJob(THREE_STEPS);
  const admin = watcher.watch(key, ADMIN);
  await valueWithin(admin);
  await untilHeld(simulator);
  return { simulator, watcher, key, admin };
}

describe('JobWatcher: access re-checked while a login watches', () => {
  it('should end every watch of a login once AIQUM refuses its password, and give it nothing more', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin();
    const operators = [watcher.watch(key, OPERATOR), watcher.watch(key, OPERATOR)];
    for (const watch of operators) await valueWithin(watch);

    simulator.setUser('operator', { password: 'changed', canWrite: false });
    for (const watch of operators) {
      expect(await errorWithin(watch, 5 * RECHECK_MS + 1000)).toBeInstanceOf(UnauthenticatedError);
    }
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
    for (const watch of operators) expect(await nextWithin(watch)).toEqual({ done: true });
    expect(watcher.subscriberCount).toBe(1);
  });

  it('should end a login with ForbiddenError or NotFoundError as AIQUM answers its re-check', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin();
    const operator = watcher.watch(key, OPERATOR);
    await valueWithin(operator);
    simulator.setUser('bob', { password: 'bob', canWrite: false });
    const bob = watcher.watch(key, `Basic ${btoa('bob:bob')}`);
    await valueWithin(bob);

    simulator.injectFault({
      status: 403,
      match: (request) => request.user === 'operator' && request.jobKey === key,
      times: 100,
    });
    simulator.hideJob(key, 'bob');
    expect(await errorWithin(operator, 5 * RECHECK_MS + 1000)).toBeInstanceOf(ForbiddenError);
    expect(await errorWithin(bob, 5 * RECHECK_MS + 1000)).toBeInstanceOf(NotFoundError);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
  });

  it('should deliver nothing to a login while its check is older than the interval', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin();
    const operator = watcher.watch(key, OPERATOR);
    await valueWithin(operator);
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    // The operator's next check stays in flight a while; the job changes meanwhile.
    simulator.injectFault({
      delayMs: 500,
      match: (request) => request.user === 'operator' && request.jobKey === key,
    });
    await untilHeld(simulator, 2);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
    expect(await errorWithin(operator, 2000)).toBeInstanceOf(UnauthenticatedError);
  });

  it('should deliver what it held back once the overdue check succeeds', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin();
    const operator = watcher.watch(key, OPERATOR);
    await valueWithin(operator);
    simulator.injectFault({
      delayMs: 300,
      match: (request) => request.user === 'operator' && request.jobKey === key,
    });
    await untilHeld(simulator, 2);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
    expect(taskStates(await valueWithin(operator, 2000))).toEqual(['completed', 'running']);
  });

  it('should let a new watch join on a check of its login younger than the interval', async () => {
    const { simulator, watcher, key } = await watchedByAdmin(60_000);
    const early = watcher.watch(key, OPERATOR);
    await valueWithin(early);
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    // Its check is young: a watch joins on it, as the interval allows.
    const onTheCheck = watcher.watch(key, OPERATOR);
    await valueWithin(onTheCheck);
    expect(plainReads(simulator, key, 'operator')).toBe(1);
    expect(watcher.subscriberCount).toBe(3);
  });

  it('should check a new watch itself once the login check is older than the interval', async () => {
    const { simulator, watcher, key } = await watchedByAdmin();
    const early = watcher.watch(key, OPERATOR);
    await valueWithin(early);
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    // The operator's re-check is slow: watches that join meanwhile wait for it and share it.
    simulator.injectFault({
      delayMs: 400,
      match: (request) => request.user === 'operator' && request.jobKey === key,
    });
    await untilHeld(simulator, 2);
    const late = [watcher.watch(key, OPERATOR), watcher.watch(key, OPERATOR)];
    const refusals = await Promise.all(late.map((watch) => errorWithin(watch)));
    for (const refusal of refusals) expect(refusal).toBeInstanceOf(UnauthenticatedError);
    expect(await errorWithin(early)).toBeInstanceOf(UnauthenticatedError);
    expect(plainReads(simulator, key, 'operator')).toBe(2);
    expect(watcher.subscriberCount).toBe(1);
  });

  it('should check each login at most once per interval, whatever its number of watches', async () => {
    const count = async (watches: number) => {
      const startedAt = performance.now();
      const { simulator, watcher, key } = await watchedByAdmin();
      const operators = Array.from({ length: watches }, () => watcher.watch(key, OPERATOR));
      await Promise.all(operators.map((watch) => valueWithin(watch)));
      await expect
        .poll(() => plainReads(simulator, key, 'operator'), { timeout: 20 * RECHECK_MS })
        .toBeGreaterThanOrEqual(6);
      const operatorChecks = plainReads(simulator, key, 'operator');
      const adminChecks = plainReads(simulator, key, 'admin');
      // One to join, then one per interval at most. The admin polls, but with a long poll held
      // far longer than the interval, which proves nothing about the last interval: checked too.
      const bound = 1 + Math.floor((performance.now() - startedAt) / RECHECK_MS);
      expect(operatorChecks).toBeLessThanOrEqual(bound);
      expect(adminChecks).toBeLessThanOrEqual(bound);
      expect(adminChecks).toBeGreaterThanOrEqual(2);
    };
    await count(1);
    await count(50);
  });
});

describe('JobWatcher: a 404 for one login', () => {
  it('should end only the polling login with NotFoundError, and poll on with another', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin(60_000);
    const operator = watcher.watch(key, OPERATOR);
    await valueWithin(operator);
    simulator.hideJob(key, 'admin');
    simulator.advance(1000);
    expect(await errorWithin(admin)).toBeInstanceOf(NotFoundError);
    expect(taskStates(await valueWithin(operator))).toEqual(['completed', 'running']);
    await untilHeld(simulator);
    simulator.advance(2000);
    expect((await valueWithin(operator)).state).toBe('completed');
    expect(await nextWithin(operator)).toEqual({ done: true });
  });

  it('should end every watch, login by login, when the job is gone for all', async () => {
    const { simulator, watcher, key, admin } = await watchedByAdmin(60_000);
    const operator = watcher.watch(key, OPERATOR);
    await valueWithin(operator);
    simulator.deleteJob(key);
    expect(await errorWithin(admin)).toBeInstanceOf(NotFoundError);
    expect(await errorWithin(operator)).toBeInstanceOf(NotFoundError);
    expect(watcher.activeLoopCount).toBe(0);
    expect(watcher.subscriberCount).toBe(0);
  });
});

describe('JobWatcher: maxSubscribers under racing joins', () => {
  it('should admit exactly the limit when many join during a slow first read', async () => {
    const { simulator, watcher } = setup({
      simulator: { seed: false },
      watcher: { limit: new SubscriptionLimit(10) },
    });
    const { key } = simulator.startJob(THREE_STEPS);
    simulator.injectFault({ delayMs: 200, match: (request) => request.jobKey === key });
    const watches = Array.from({ length: 60 }, () => watcher.watch(key, ADMIN));
    const outcomes = await Promise.all(
      watches.map((watch) =>
        nextWithin(watch).then(
          () => 'joined',
          (error: Error) => error.name,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'joined')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === TooManySubscriptionsError.name)).toHaveLength(
      50,
    );
    expect(watcher.subscriberCount).toBe(10);
    expect(plainReads(simulator, key)).toBe(1);
  });

  it('should free the place of a join that fails, is aborted or is returned', async () => {
    const { simulator, watcher } = setup({
      simulator: { seed: false },
      watcher: { limit: new SubscriptionLimit(3) },
    });
    const { key } = simulator.startJob(THREE_STEPS);
    simulator.injectFault({ delayMs: 300, times: 3 });
    const unknown = watcher.watch('no:such:job', ADMIN);
    const abort = new AbortController();
    const aborted = watcher.watch(key, ADMIN, abort.signal);
    const returned = watcher.watch(key, OPERATOR);
    const failing = errorWithin(unknown);
    const abortedNext = aborted.next().catch((error: Error) => error);
    const returnedNext = returned.next().catch((error: Error) => error);
    await untilHeld(simulator, 3);
    expect(await errorWithin(watcher.watch(key, ADMIN))).toBeInstanceOf(TooManySubscriptionsError);

    abort.abort();
    await returned.return?.();
    expect(await abortedNext).toMatchObject({ name: 'AbortError' });
    expect(await returnedNext).toEqual({ done: true, value: undefined });
    expect(await failing).toBeInstanceOf(NotFoundError);
    const joined = [
      watcher.watch(key, ADMIN),
      watcher.watch(key, ADMIN),
      watcher.watch(key, ADMIN),
    ];
    for (const watch of joined) await valueWithin(watch);
    expect(watcher.subscriberCount).toBe(3);
  });
});
