import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UpstreamJob } from '../../../src/aiqum/wire-types.ts';
import type { Config } from '../../../src/config.ts';
import type { JobUpdate } from '../../../src/live/job-updates.ts';
import type { ListFilter } from '../../../src/live/list/list-filter.ts';
import type { App } from '../../../src/server.ts';
import type { Simulator } from '../../../src/simulator/simulator.ts';
import { ADMIN, OPERATOR } from '../../support/app.ts';
import { valueWithin } from '../../support/async.ts';
import { disposedAfterEach } from '../../support/gateway.ts';
import { TWO_STEPS } from '../../support/job-specs.ts';
import { RedisServer, redisServerAvailable } from '../../support/redis.ts';
import { expectNoCredentials, observeRedis } from '../../support/redis-contents.ts';
import { FAILOVER_BOUND_MS, replicaHelpers } from '../../support/replicas.ts';

const POLL_INTERVAL_MS = 40;
const EVERY_JOB: ListFilter = { upstream: {} };

const disposables = disposedAfterEach();

describe.skipIf(!redisServerAvailable())('live lists across replicas with Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const cluster = replicaHelpers(disposables, () => redis);

  async function startReplicas(count: number, extra: Partial<Config> = {}) {
    const simulator = cluster.sharedSimulator();
    const config = { pollIntervalMs: POLL_INTERVAL_MS, ...extra };
    return { simulator, replicas: await cluster.startReplicas(simulator, count, config) };
  }

  async function watchList(app: App, credentials = ADMIN, filter = EVERY_JOB) {
    const events = await app.jobListWatcher.watch(filter, credentials);
    disposables.push(async () => void (await events.return?.()));
    return events;
  }

  const jobOf = async (events: AsyncIterator<JobUpdate>): Promise<UpstreamJob> => {
    const update = await valueWithin(events, FAILOVER_BOUND_MS);
    if (update instanceof Error) throw update;
    return update;
  };

  /** List requests of the discovery polls (not the first reads of a subscriber's replica). */
  const discoveryPolls = (simulator: Simulator) =>
    simulator.requests.filter(
      (request) =>
        request.path.endsWith('/management-server/jobs') &&
        request.query.get('max_records') !== '1' &&
        !request.query.has('state'),
    ).length;

  it('should run one discovery poll per interval for the whole cluster', async () => {
    const { simulator, replicas } = await startReplicas(3);
    const streams = await Promise.all(replicas.map((app) => watchList(app)));
    // Wait until one replica holds the list and the others follow it.
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(0));
    const before = discoveryPolls(simulator);
    const startedAt = performance.now();
    for (let round = 0; round < 5; round++) {
      const { key } = simulator.startJob(TWO_STEPS);
      for (const events of streams) expect((await jobOf(events)).key).toBe(key);
    }
    const elapsedMs = performance.now() - startedAt;
    const polls = discoveryPolls(simulator) - before;
    // Three replicas polling on their own would make three times as many.
    expect(polls).toBeLessThanOrEqual(2 + elapsedMs / POLL_INTERVAL_MS);
    expect(polls).toBeGreaterThanOrEqual(5);
  });

  it('should lose no job when the replica that discovers the list dies', async () => {
    const { simulator, replicas } = await startReplicas(3);
    const streams = await Promise.all(replicas.map((app) => watchList(app)));
    const first = simulator.startJob(TWO_STEPS);
    for (const events of streams) expect((await jobOf(events)).key).toBe(first.key);

    // Find the holder: the replica whose list requests go on while the others' stop.
    const holder = await cluster.listHolderOf(replicas);
    const index = replicas.indexOf(holder);
    await holder.stop({ abandonLeases: true });
    // Jobs that appear while nobody discovers the list still reach the survivors.
    const during = [simulator.startJob(TWO_STEPS).key, simulator.startJob(TWO_STEPS).key];
    const survivors = streams.filter((_events, other) => other !== index);
    for (const events of survivors) {
      const keys = [(await jobOf(events)).key, (await jobOf(events)).key];
      expect(keys.sort()).toEqual([...during].sort());
    }
  });

  it('should share a list only between replicas of one login', async () => {
    const { simulator, replicas } = await startReplicas(2);
    const [adminReplica, operatorReplica] = replicas as [App, App];
    const admin = await watchList(adminReplica, ADMIN);
    const operator = await watchList(operatorReplica, OPERATOR);

    const hidden = simulator.startJob(TWO_STEPS);
    simulator.hideJob(hidden.key, 'operator');
    expect((await jobOf(admin)).key).toBe(hidden.key);
    const shown = simulator.startJob(TWO_STEPS);
    expect((await jobOf(operator)).key).toBe(shown.key);
    expect((await jobOf(admin)).key).toBe(shown.key);
  });

  it('should re-check a login on a replica that does not poll, and end it when AIQUM refuses it', async () => {
    const { simulator, replicas } = await startReplicas(2, { accessRecheckMs: 300 });
    const streams = await Promise.all(replicas.map((app) => watchList(app)));
    const holder = await cluster.listHolderOf(replicas);
    const follower = streams[replicas.indexOf(holder) === 0 ? 1 : 0] as AsyncIterator<JobUpdate>;
    simulator.setUser('admin', { password: 'changed', canWrite: true });
    // The holder goes on polling with the new password, so the list's lease never moves.
    const renewed = await watchList(holder, `Basic ${btoa('admin:changed')}`);
    const ended = await valueWithin(follower, FAILOVER_BOUND_MS);
    expect(ended).toBeInstanceOf(Error);
    expect((ended as Error).name).toBe('UnauthenticatedError');
    expect((await follower.next()).done).toBe(true);
    // The follower never polled the list: its own re-check ended it.
    expect(holder.jobListWatcher.holdsAnyList).toBe(true);
    const { key } = simulator.startJob(TWO_STEPS);
    expect((await jobOf(renewed)).key).toBe(key);
  });

  it('should keep credentials, and anything made of them, out of Redis', async () => {
    const { simulator, replicas } = await startReplicas(2);
    const redisContents = await observeRedis(disposables, redis.url);

    const streams = await Promise.all(
      replicas.map((app, index) => watchList(app, index === 0 ? ADMIN : OPERATOR)),
    );
    const { key } = simulator.startJob(TWO_STEPS);
    for (const events of streams) expect((await jobOf(events)).key).toBe(key);

    const stored = await redisContents.stored();
    expect(stored.some((entry) => entry.includes('list-recent:'))).toBe(true);
    expectNoCredentials([...stored, ...redisContents.messages]);
  });
});
