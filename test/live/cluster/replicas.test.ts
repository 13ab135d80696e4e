import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/server.ts';
import type { Simulator } from '../../../src/simulator/simulator.ts';
import type { JobUpdatedSubscription } from '../../generated/graphql.ts';
import { ADMIN, OPERATOR } from '../../support/app.ts';
import { nextWithin, valueWithin } from '../../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../../support/gateway.ts';
import { THREE_STEPS, TWO_STEPS } from '../../support/job-specs.ts';
import { RedisServer, redisServerAvailable } from '../../support/redis.ts';
import { expectNoCredentials, observeRedis } from '../../support/redis-contents.ts';
import { FAILOVER_BOUND_MS, LEASE_TTL_MS, replicaHelpers } from '../../support/replicas.ts';

const REPLICAS = 3;

const disposables = disposedAfterEach();

describe.skipIf(!redisServerAvailable())('several replicas with Redis between them', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  const { sharedSimulator, startReplicas, watch, untilHeld, holderOf, prefix } = replicaHelpers(
    disposables,
    () => redis,
  );

  /** Runs a two-step job to its end with one subscriber per replica; upstream requests for it. */
  async function requestsForTwoSteps(replicas: App[], simulator: Simulator): Promise<number> {
    const { key } = simulator.startJob(TWO_STEPS);
    const streams = replicas.map((app) => watch(app, key));
    for (const events of streams) expect((await valueWithin(events)).state).toBe('running');
    for (let step = 0; step < 2; step++) {
      await untilHeld(simulator);
      simulator.advance(1000);
      for (const events of streams) await valueWithin(events);
    }
    for (const events of streams) expect((await nextWithin(events)).done).toBe(true);
    return simulator.requestsForJob(key);
  }

  it('should poll each job once for the whole cluster', async () => {
    const alone = sharedSimulator();
    const { app: single } = await startGateway(disposables, { overrides: { simulator: alone } });
    const oneReplica = await requestsForTwoSteps([single], alone);

    const simulator = sharedSimulator();
    const replicas = await startReplicas(simulator, REPLICAS);
    const threeReplicas = await requestsForTwoSteps(replicas, simulator);
    // Each other replica checks its subscriber's access once; nobody else polls.
    expect(threeReplicas).toBe(oneReplica + REPLICAS - 1);
    for (const app of replicas) expect(app.jobWatcher.activeLoopCount).toBe(0);
  });

  it('should deliver the terminal state on the other replicas when the lease holder dies', async () => {
    const simulator = sharedSimulator();
    const replicas = await startReplicas(simulator, REPLICAS);
    const { key } = simulator.startJob(TWO_STEPS);
    const streams = new Map(replicas.map((app) => [app, watch(app, key)]));
    for (const events of streams.values()) await valueWithin(events);
    const holder = await holderOf(replicas, key);
    await untilHeld(simulator);

    await holder.stop({ abandonLeases: true });
    streams.delete(holder);
    simulator.advance(2000);
    const diedAt = performance.now();
    for (const events of streams.values()) {
      const last = await valueWithin(events, FAILOVER_BOUND_MS);
      expect(last).toMatchObject({ state: 'completed', status: 'normal' });
      expect((await nextWithin(events)).done).toBe(true);
    }
    // The lease lapsed (it was not released) before another replica took over.
    expect(performance.now() - diedAt).toBeLessThan(FAILOVER_BOUND_MS);
  });

  it('should poll alone while Redis is down, say so, and rejoin when it returns', async () => {
    const simulator = sharedSimulator();
    const replicas = await startReplicas(simulator, REPLICAS);
    const { key } = simulator.startJob(THREE_STEPS);
    const streams = replicas.map((app) => watch(app, key));
    for (const events of streams) await valueWithin(events);
    await holderOf(replicas, key);
    await untilHeld(simulator);

    await redis.stop();
    await vi.waitFor(
      () => {
        for (const app of replicas) expect(app.cluster?.coordinator.connected).toBe(false);
      },
      { interval: 5, timeout: FAILOVER_BOUND_MS },
    );
    const [observed] = replicas as [App];
    // It can serve alone: it stays in the load balancer.
    expect((await observed.yoga.fetch('http://yoga/ready')).status).toBe(200);
    const metrics = await (await observed.yoga.fetch('http://yoga/metrics')).text();
    expect(metrics).toMatch(/^redis_connected 0$/m);
    // Degraded: every replica polls for its own subscribers.
    await untilHeld(simulator, REPLICAS);
    simulator.advance(1000);
    for (const events of streams) expect((await valueWithin(events)).state).toBe('running');

    await redis.start();
    await holderOf(replicas, key);
    await untilHeld(simulator);
    simulator.advance(2000);
    for (const events of streams) {
      expect(await valueWithin(events, FAILOVER_BOUND_MS)).toMatchObject({ state: 'completed' });
      expect((await nextWithin(events)).done).toBe(true);
    }
    const again = await observed.yoga.fetch('http://yoga/metrics');
    expect(await again.text()).toMatch(/^redis_connected 1$/m);
  });

  it('should give a late subscriber on another replica the job without polling it again', async () => {
    const simulator = sharedSimulator();
    const [first, late] = (await startReplicas(simulator, 2)) as [App, App];
    const reader = new Redis(redis.url);
    disposables.push(() => reader.quit().then(() => {}));
    const { key } = simulator.startJob(TWO_STEPS);
    const early = watch(first, key);
    await valueWithin(early);
    await holderOf([first, late], key);
    await untilHeld(simulator);
    simulator.advance(1000);
    await valueWithin(early);
    await untilHeld(simulator);

    const before = simulator.requestsForJob(key);
    const joined = watch(late, key, OPERATOR);
    const now = await valueWithin(joined);
    expect(now.task_reports?.map((task) => task.state)).toEqual(['completed', 'running']);
    // Both replicas listen to the job; the late one follows the snapshot and the holder.
    const channel = `${prefix()}updates:${key}`;
    await vi.waitFor(async () =>
      expect(await reader.pubsub('NUMSUB', channel)).toEqual([channel, 2]),
    );
    const snapshot = JSON.parse((await reader.get(`${prefix()}job:${key}`)) ?? '{}');
    expect(snapshot.task_reports?.map((task: { state: string }) => task.state)).toEqual([
      'completed',
      'running',
    ]);
    await untilHeld(simulator);
    simulator.advance(1000);
    expect(await valueWithin(joined)).toMatchObject({ state: 'completed' });
    expect(await valueWithin(early)).toMatchObject({ state: 'completed' });
    // Its own access check, and nothing more: the holder polled for both.
    expect(simulator.requestsForJob(key)).toBe(before + 1);
    expect(late.cluster?.coordinator.leasesHeld).toBe(0);
  });

  it('should keep credentials out of Redis', async () => {
    const simulator = sharedSimulator();
    const replicas = await startReplicas(simulator, REPLICAS);
    const redisContents = await observeRedis(disposables, redis.url);

    const { key } = simulator.startJob(TWO_STEPS);
    const streams = replicas.map((app, index) => watch(app, key, index === 0 ? ADMIN : OPERATOR));
    for (const events of streams) await valueWithin(events);
    await holderOf(replicas, key);
    await untilHeld(simulator);
    simulator.advance(1000);
    for (const events of streams) await valueWithin(events);

    const stored = await redisContents.stored();
    expect(stored.some((entry) => entry.includes(key))).toBe(true);
    expect(redisContents.messages.length).toBeGreaterThan(0);
    expectNoCredentials([...stored, ...redisContents.messages]);
  });

  it('should serve graphql-ws on each replica and leave no socket or timer behind after stop()', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout');
    const sockets = () => process.getActiveResourcesInfo().filter((name) => name.startsWith('TCP'));
    const before = { timers: timers().length, sockets: sockets().length };
    const simulator = sharedSimulator();
    const config = { redisUrl: redis.url, redisLeaseTtlMs: LEASE_TTL_MS };
    const replicas = [];
    for (let index = 0; index < 2; index++) {
      replicas.push(await startGateway([], { config, overrides: { simulator } }));
    }
    const { key } = simulator.startJob(TWO_STEPS);
    const streams = replicas.map(({ url }) =>
      webSocketClient(disposables, url, ADMIN).iterate<JobUpdatedSubscription>({
        query: 'subscription($key: ID!) { jobUpdated(key: $key) { state } }',
        variables: { key },
      }),
    );
    for (const events of streams) {
      expect((await valueWithin(events)).data?.jobUpdated.state).toBe('RUNNING');
    }
    await holderOf(
      replicas.map(({ app }) => app),
      key,
    );
    await untilHeld(simulator);

    for (const { app } of replicas) await app.stop();
    for (const events of streams) {
      await expect(nextWithin(events)).rejects.toMatchObject({ code: 1001 });
    }
    expect(simulator.heldRequestCount).toBe(0);
    for (const dispose of disposables.splice(0).reverse()) await dispose();
    await vi.waitFor(() => expect(sockets().length).toBeLessThanOrEqual(before.sockets));
    // Checked after waitFor, whose own timers are gone by then.
    expect(timers().length).toBeLessThanOrEqual(before.timers);
  });
});
