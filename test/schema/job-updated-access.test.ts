import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import type { JobUpdatedSubscription } from '../generated/graphql.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { nextWithin, valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { THREE_STEPS } from '../support/job-specs.ts';
import { plainReads, untilHeld } from '../support/watcher.ts';

const RECHECK_MS = 200;
/** Time for a refusal to arrive: the rest of an interval, one check, and a loaded machine. */
const REFUSAL_BOUND_MS = 3 * RECHECK_MS + 2000;
const QUERY =
  'subscription Watch($key: ID!) { jobUpdated(key: $key) { key state taskReports { state } } }';

const disposables = disposedAfterEach();

function subscribe(client: Client, key: string) {
  const events = client.iterate<JobUpdatedSubscription>({ query: QUERY, variables: { key } });
  disposables.push(async () => {
    await events.return?.();
  });
  return events;
}

interface Result {
  data?: JobUpdatedSubscription | null | undefined;
  errors?: readonly { extensions?: Record<string, unknown> | undefined }[] | undefined;
}

const codes = (result: Result) => result.errors?.map((error) => error.extensions?.code);
const taskStates = (result: Result) =>
  result.data?.jobUpdated.taskReports.map((task) => task.state);

/** A gateway re-checking access every RECHECK_MS, with `admin` following a job (it polls). */
async function followedByAdmin() {
  const { app, url } = await startGateway(disposables, { config: { accessRecheckMs: RECHECK_MS } });
  const { key } = app.simulator.startJob(THREE_STEPS);
  const admin = subscribe(webSocketClient(disposables, url, ADMIN), key);
  expect((await valueWithin(admin)).data?.jobUpdated.state).toBe('RUNNING');
  await untilHeld(app.simulator);
  return { app, url, key, admin, simulator: app.simulator };
}

describe('jobUpdated over graphql-ws: access re-checked', () => {
  it('should end a login with UNAUTHENTICATED once AIQUM refuses its password, and send it nothing more', async () => {
    const { url, key, admin, simulator } = await followedByAdmin();
    const client = webSocketClient(disposables, url, OPERATOR);
    const operators = [subscribe(client, key), subscribe(client, key)];
    for (const events of operators) await valueWithin(events);

    simulator.setUser('operator', { password: 'changed', canWrite: false });
    for (const events of operators) {
      const refused = await valueWithin(events, REFUSAL_BOUND_MS);
      expect(refused.data).toBeNull();
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    }
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['COMPLETED', 'RUNNING']);
    for (const events of operators) expect((await nextWithin(events)).done).toBe(true);
  });

  it('should end a login with NOT_FOUND once the job is hidden from it, and FORBIDDEN on a 403', async () => {
    const { url, key, admin, simulator } = await followedByAdmin();
    const operator = subscribe(webSocketClient(disposables, url, OPERATOR), key);
    await valueWithin(operator);
    simulator.setUser('bob', { password: 'bob', canWrite: false });
    const bob = subscribe(webSocketClient(disposables, url, `Basic ${btoa('bob:bob')}`), key);
    await valueWithin(bob);

    simulator.hideJob(key, 'operator');
    simulator.injectFault({
      status: 403,
      match: (request) => request.user === 'bob' && request.jobKey === key,
      times: 100,
    });
    expect(codes(await valueWithin(operator, REFUSAL_BOUND_MS))).toEqual(['NOT_FOUND']);
    expect(codes(await valueWithin(bob, REFUSAL_BOUND_MS))).toEqual(['FORBIDDEN']);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['COMPLETED', 'RUNNING']);
  });

  it('should refuse a new subscription of a login AIQUM refuses now, though it is already subscribed', async () => {
    const { url, key, simulator } = await followedByAdmin();
    const client = webSocketClient(disposables, url, OPERATOR);
    const early = subscribe(client, key);
    await valueWithin(early);
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    // The next check of the operator is slow; a subscription that comes meanwhile waits for it.
    simulator.injectFault({
      delayMs: 300,
      match: (request) => request.user === 'operator' && request.jobKey === key,
    });
    await untilHeld(simulator, 2);
    const late = subscribe(client, key);
    const refused = await valueWithin(late);
    expect(refused.data).toBeUndefined();
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await valueWithin(early))).toEqual(['UNAUTHENTICATED']);
    expect(plainReads(simulator, key, 'operator')).toBe(2);
  });

  it('should check one login with 50 subscriptions at most once per interval', async () => {
    const { url, key, simulator } = await followedByAdmin();
    const startedAt = performance.now();
    const client = webSocketClient(disposables, url, OPERATOR);
    const operators = Array.from({ length: 50 }, () => subscribe(client, key));
    await Promise.all(operators.map((events) => valueWithin(events)));
    await expect
      .poll(() => plainReads(simulator, key, 'operator'), { timeout: 20 * RECHECK_MS })
      .toBeGreaterThanOrEqual(5);
    const checks = plainReads(simulator, key, 'operator');
    expect(checks).toBeLessThanOrEqual(
      1 + Math.floor((performance.now() - startedAt) / RECHECK_MS),
    );
  });
});

describe('jobUpdated over graphql-ws: a 404 for one login', () => {
  it('should end only the polling login with NOT_FOUND and go on polling with another', async () => {
    const { url, key, admin, simulator } = await followedByAdmin();
    const operator = subscribe(webSocketClient(disposables, url, OPERATOR), key);
    await valueWithin(operator);
    simulator.hideJob(key, 'admin');
    simulator.advance(1000);
    const ended = await valueWithin(admin);
    expect(ended.data).toBeNull();
    expect(codes(ended)).toEqual(['NOT_FOUND']);
    expect((await nextWithin(admin)).done).toBe(true);
    expect(taskStates(await valueWithin(operator))).toEqual(['COMPLETED', 'RUNNING']);
    await untilHeld(simulator);
    simulator.advance(2000);
    expect((await valueWithin(operator)).data?.jobUpdated.state).toBe('COMPLETED');
    expect((await nextWithin(operator)).done).toBe(true);
  });

  it('should end every stream with NOT_FOUND, login by login, when the job is gone', async () => {
    const { app, url, key, admin, simulator } = await followedByAdmin();
    const operator = subscribe(webSocketClient(disposables, url, OPERATOR), key);
    await valueWithin(operator);
    simulator.deleteJob(key);
    for (const events of [admin, operator]) {
      expect(codes(await valueWithin(events))).toEqual(['NOT_FOUND']);
      expect((await nextWithin(events)).done).toBe(true);
    }
    expect(app.jobWatcher.activeLoopCount).toBe(0);
  });
});
