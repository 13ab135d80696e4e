import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpstreamJob } from '../../../src/aiqum/wire-types.ts';
import { formatAiqumTimeWithMillis, parseAiqumTime } from '../../../src/simulator/aiqum-time.ts';
import type { JobUpdatedSubscription } from '../../generated/graphql.ts';
import { ADMIN, OPERATOR } from '../../support/app.ts';
import { valueWithin } from '../../support/async.ts';
import { disposedAfterEach, webSocketClient } from '../../support/gateway.ts';
import { THREE_STEPS } from '../../support/job-specs.ts';
import { RedisServer, redisServerAvailable } from '../../support/redis.ts';
import { replicaHelpers } from '../../support/replicas.ts';
import { plainReads, taskStates } from '../../support/watcher.ts';

const RECHECK_MS = 200;
const REFUSAL_BOUND_MS = 3 * RECHECK_MS + 2000;
const QUERY = 'subscription Watch($key: ID!) { jobUpdated(key: $key) { state } }';

const disposables = disposedAfterEach();

function subscribe(client: Client, key: string) {
  const events = client.iterate<JobUpdatedSubscription>({ query: QUERY, variables: { key } });
  disposables.push(async () => {
    await events.return?.();
  });
  return events;
}

describe.skipIf(!redisServerAvailable())('a follower replica', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  const { sharedSimulator, startReplicas, watch, untilHeld, holderOf, urlOf } = replicaHelpers(
    disposables,
    () => redis,
  );

  /** Two replicas re-checking every RECHECK_MS; `admin` on the first, which polls the job. */
  async function followedOnTwoReplicas() {
    const simulator = sharedSimulator();
    const [holder, follower] = await startReplicas(simulator, 2, {
      accessRecheckMs: RECHECK_MS,
    });
    if (!holder || !follower) throw new Error('expects two replicas');
    const { key } = simulator.startJob(THREE_STEPS);
    const admin = watch(holder, key);
    await valueWithin(admin);
    await holderOf([holder, follower], key);
    await untilHeld(simulator);
    return { simulator, holder, follower, key, admin };
  }

  it('should end its login with UNAUTHENTICATED once AIQUM refuses it, though it polls nothing', async () => {
    const { simulator, follower, key, admin } = await followedOnTwoReplicas();
    const operator = subscribe(webSocketClient(disposables, urlOf(follower), OPERATOR), key);
    expect((await valueWithin(operator)).data?.jobUpdated.state).toBe('RUNNING');
    expect(follower.cluster?.coordinator.leasesHeld).toBe(0);

    simulator.setUser('operator', { password: 'changed', canWrite: false });
    const refused = await valueWithin(operator, REFUSAL_BOUND_MS);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    simulator.advance(1000);
    expect(taskStates(await valueWithin(admin))).toEqual(['completed', 'running']);
  });

  it('should check its login at most once per interval', async () => {
    const { simulator, follower, key } = await followedOnTwoReplicas();
    const startedAt = performance.now();
    const client = webSocketClient(disposables, urlOf(follower), OPERATOR);
    const streams = Array.from({ length: 20 }, () => subscribe(client, key));
    await Promise.all(streams.map((events) => valueWithin(events)));
    await expect
      .poll(() => plainReads(simulator, key, 'operator'), { timeout: 20 * RECHECK_MS })
      .toBeGreaterThanOrEqual(5);
    const checks = plainReads(simulator, key, 'operator');
    expect(checks).toBeLessThanOrEqual(
      1 + Math.floor((performance.now() - startedAt) / RECHECK_MS),
    );
  });

  it('should deliver every later change after the holder shared one stamped 60 s ahead', async () => {
    const { simulator, follower, key, admin } = await followedOnTwoReplicas();
    const followed = watch(follower, key, ADMIN);
    await valueWithin(followed);
    // The next answer is a change stamped 60 s ahead; the ones after it carry the true time.
    const now = simulator.getJob(key) as UpstreamJob;
    const aheadMs = (parseAiqumTime(now.last_modified ?? '') as number) + 60_000;
    simulator.injectFault({
      status: 200,
      body: JSON.stringify({
        ...now,
        status: 'warning',
        last_modified: formatAiqumTimeWithMillis(aheadMs),
      }),
      match: (request) => request.jobKey === key && request.query.has('poll_timeout'),
    });
    // A child job starting moves the job's last_modified alone: the held long poll answers.
    simulator.startJob({ name: 'Child', type: 'c', parentJobKey: key, stepMs: 60_000 });
    for (const events of [admin, followed]) {
      expect(await valueWithin(events)).toMatchObject({ status: 'warning' });
    }
    await untilHeld(simulator);
    simulator.advance(1000);
    for (const events of [admin, followed]) {
      expect(taskStates(await valueWithin(events))).toEqual(['completed', 'running']);
    }
    await untilHeld(simulator);
    simulator.advance(2000);
    for (const events of [admin, followed]) {
      const next = await valueWithin(events);
      if (next.state !== 'completed') expect((await valueWithin(events)).state).toBe('completed');
    }
  });
});
