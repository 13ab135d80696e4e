import { describe, expect, it, vi } from 'vitest';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../src/errors.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { errorWithin, nextWithin, valueWithin } from '../support/async.ts';
import { TWO_STEPS } from '../support/job-specs.ts';
import { plainReads, taskStates, untilHeld, watcherFactory } from '../support/watcher.ts';

const setup = watcherFactory();

describe('JobWatcher', () => {
  it('should yield the job as it is now, then each change, and end after the terminal state', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    const watch = watcher.watch(key, ADMIN);

    expect(taskStates(await valueWithin(watch))).toEqual(['running']);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'running']);
    simulator.advance(1000);
    const last = await valueWithin(watch);
    expect(last).toMatchObject({ state: 'completed', status: 'normal' });
    expect(await nextWithin(watch)).toEqual({ value: undefined, done: true });
    expect(watcher.activeLoopCount).toBe(0);
  });

  it('should yield an already-terminal job once and end without polling', async () => {
    const { simulator, watcher } = setup();
    const watch = watcher.watch(SEEDED_KEYS.completedWarning, ADMIN);
    expect(await valueWithin(watch)).toMatchObject({ state: 'completed', status: 'warning' });
    expect((await nextWithin(watch)).done).toBe(true);
    expect(simulator.requestsForJob(SEEDED_KEYS.completedWarning)).toBe(1);
    expect(watcher.activeLoopCount).toBe(0);
  });

  it('should cost 100 subscribers the upstream requests of one', async () => {
    const requestsFor = async (subscribers: number) => {
      const { simulator, watcher } = setup({ simulator: { seed: false } });
      const { key } = simulator.startJob(TWO_STEPS);
      const watches = Array.from({ length: subscribers }, () => watcher.watch(key, ADMIN));
      await Promise.all(watches.map((watch) => valueWithin(watch)));
      for (let step = 0; step < 2; step++) {
        simulator.advance(1000);
        await Promise.all(watches.map((watch) => valueWithin(watch)));
      }
      expect(watcher.activeLoopCount).toBe(0);
      return simulator.requestsForJob(key);
    };
    const one = await requestsFor(1);
    expect(await requestsFor(100)).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it('should check access once for 1000 subscribers with the same credentials', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    const early = Array.from({ length: 500 }, () => watcher.watch(key, ADMIN));
    await Promise.all(early.map((watch) => valueWithin(watch)));
    const late = Array.from({ length: 500 }, () => watcher.watch(key, ADMIN));
    await Promise.all(late.map((watch) => valueWithin(watch)));

    expect(plainReads(simulator, key)).toBe(1);
    expect(watcher.subscriberCount).toBe(1000);
  });

  it('should check each other login before it joins a shared loop', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    await valueWithin(watcher.watch(key, ADMIN));
    await valueWithin(watcher.watch(key, OPERATOR));
    expect(plainReads(simulator, key)).toBe(2);
    expect(watcher.activeLoopCount).toBe(1);
  });

  it('should refuse credentials upstream rejects, before any data', async () => {
    const { watcher } = setup();
    const wrongPassword = `Basic ${btoa('admin:wrong')}`;
    const watch = watcher.watch(SEEDED_KEYS.running, wrongPassword);
    expect(await errorWithin(watch)).toBeInstanceOf(UnauthenticatedError);
    expect(await errorWithin(watcher.watch(SEEDED_KEYS.running, undefined))).toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(watcher.activeLoopCount).toBe(0);
  });

  it('should end with NotFoundError for an unknown key', async () => {
    const { watcher } = setup();
    expect(await errorWithin(watcher.watch('no:such:job', ADMIN))).toBeInstanceOf(NotFoundError);
  });

  it('should end with NotFoundError when upstream loses the job mid-watch', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    const watch = watcher.watch(key, ADMIN);
    await valueWithin(watch);
    await untilHeld(simulator);
    simulator.injectFault({ status: 404, match: (request) => request.jobKey === key });
    simulator.advance(1000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'running']);
    expect(await errorWithin(watch)).toBeInstanceOf(NotFoundError);
    expect(watcher.activeLoopCount).toBe(0);
  });

  it('should keep subscribers through an upstream outage and deliver the terminal state after', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob(TWO_STEPS);
    const watch = watcher.watch(key, ADMIN);
    await valueWithin(watch);
    await untilHeld(simulator);
    simulator.injectFault({ status: 503, times: 6 });
    simulator.advance(1000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'running']);
    simulator.advance(1000);
    expect(await valueWithin(watch)).toMatchObject({ state: 'completed' });
    expect((await nextWithin(watch)).done).toBe(true);
    const failed = simulator.requests.filter((request) => request.jobKey === key);
    expect(failed.length).toBeGreaterThanOrEqual(8);
  });

  it('should poll with another subscriber when upstream refuses the current one', async () => {
    const users = {
      admin: { password: 'admin', canWrite: true },
      bob: { password: 'bob', canWrite: false },
    };
    const { simulator, watcher } = setup({ simulator: { seed: false, users } });
    const { key } = simulator.startJob({ ...TWO_STEPS, tasks: ['a', 'b', 'c'] });
    const bob = watcher.watch(key, `Basic ${btoa('bob:bob')}`);
    const admin = watcher.watch(key, ADMIN);
    await valueWithin(bob);
    await valueWithin(admin);
    await untilHeld(simulator);

    simulator.removeUser('bob');
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
    expect(taskStates(await valueWithin(bob))).toEqual(['completed', 'running']);
    expect(await errorWithin(bob)).toBeInstanceOf(UnauthenticatedError);
    await untilHeld(simulator);
    simulator.advance(2000);
    expect((await valueWithin(admin)).state).toBe('completed');
  });

  it('should drop only the subscribers upstream forbids', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const { key } = simulator.startJob({ ...TWO_STEPS, tasks: ['a', 'b', 'c'] });
    const first = watcher.watch(key, OPERATOR);
    const second = watcher.watch(key, ADMIN);
    await valueWithin(first);
    await valueWithin(second);
    await untilHeld(simulator);
    simulator.injectFault({ status: 403, match: (request) => request.jobKey === key });
    simulator.advance(1000);
    await valueWithin(first);
    await valueWithin(second);
    expect(await errorWithin(first)).toBeInstanceOf(ForbiddenError);
    await untilHeld(simulator);
    simulator.advance(2000);
    expect((await valueWithin(second)).state).toBe('completed');
  });

  it('should not emit a change of last_modified alone', async () => {
    const { simulator, watcher } = setup({ simulator: { seed: false } });
    const parent = simulator.startJob({ name: 'Parent', type: 'p', stepMs: 60_000 });
    simulator.startJob({ name: 'Child', type: 'c', parentJobKey: parent.key, stepMs: 500 });
    const watch = watcher.watch(parent.key, ADMIN);
    await valueWithin(watch);
    await untilHeld(simulator);
    const before = simulator.requestsForJob(parent.key);
    simulator.advance(1000); // the child ends: the parent's last_modified moves, nothing else
    await vi.waitFor(() => {
      expect(simulator.requestsForJob(parent.key)).toBe(before + 1);
      expect(simulator.heldRequestCount).toBe(1);
    });
    simulator.advance(59_000);
    expect(taskStates(await valueWithin(watch))).toEqual(['completed', 'running']);
  });

  it('should abort the in-flight request and stop the loop when the last subscriber leaves', async () => {
    const { simulator, watcher } = setup();
    const watches = [
      watcher.watch(SEEDED_KEYS.running, ADMIN),
      watcher.watch(SEEDED_KEYS.running, ADMIN),
    ];
    for (const watch of watches) await valueWithin(watch);
    await untilHeld(simulator);
    const pending = watches[0]?.next();
    await watches[0]?.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(watcher.activeLoopCount).toBe(1);
    await watches[1]?.return?.();
    expect(watcher.activeLoopCount).toBe(0);
    await untilHeld(simulator, 0);
  });

  it('should release a subscriber whose signal aborts', async () => {
    const { simulator, watcher } = setup();
    const abort = new AbortController();
    const watch = watcher.watch(SEEDED_KEYS.running, ADMIN, abort.signal);
    await valueWithin(watch);
    const pending = watch.next();
    abort.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(watcher.activeLoopCount).toBe(0);
    await untilHeld(simulator, 0);
  });

  it('should end every watch and leave no loop or request behind on close()', async () => {
    const { simulator, watcher } = setup();
    const watch = watcher.watch(SEEDED_KEYS.running, ADMIN);
    await valueWithin(watch);
    await untilHeld(simulator);
    const pending = watch.next();
    await watcher.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(watcher.activeLoopCount).toBe(0);
    await untilHeld(simulator, 0);
  });
});
