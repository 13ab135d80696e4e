import { Redis } from 'ioredis';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import type { App } from '../../../src/server.ts';
import { valueWithin } from '../../support/async.ts';
import { disposedAfterEach } from '../../support/gateway.ts';
import { TWO_STEPS } from '../../support/job-specs.ts';
import { RedisServer, redisServerAvailable } from '../../support/redis.ts';
import { FAILOVER_BOUND_MS, replicaHelpers } from '../../support/replicas.ts';

/** How long Redis answers nothing in the slow case: more than a lease round may wait. */
const REDIS_PAUSE_MS = 700;

const disposables = disposedAfterEach();

async function ready(app: App) {
  const response = await app.yoga.fetch('http://yoga/ready');
  return {
    status: response.status,
    body: (await response.json()) as { ready: boolean; checks: Record<string, string> },
  };
}

const scrape = async (app: App) => (await app.yoga.fetch('http://yoga/metrics')).text();

describe.skipIf(!redisServerAvailable())('replicas while Redis is lost or slow', () => {
  let redis: RedisServer;
  beforeEach(async () => {
    redis = await RedisServer.start();
    disposables.push(() => redis.stop());
  });
  const { sharedSimulator, startReplicas, watch, untilHeld, holderOf } = replicaHelpers(
    disposables,
    () => redis,
  );

  it('should stay ready while Redis is down, and say so in /metrics and the logs', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const simulator = sharedSimulator();
    const replicas = await startReplicas(simulator, 2, {}, { logger });
    const { key } = simulator.startJob(TWO_STEPS);
    const streams = replicas.map((app) => watch(app, key));
    for (const events of streams) await valueWithin(events);
    await holderOf(replicas, key);

    await redis.stop();
    await vi.waitFor(
      () => {
        for (const app of replicas) expect(app.cluster?.coordinator.connected).toBe(false);
      },
      { interval: 5, timeout: FAILOVER_BOUND_MS },
    );
    for (const app of replicas) {
      expect(await ready(app)).toEqual({
        status: 200,
        body: { ready: true, checks: { upstream: 'ok' } },
      });
      expect(await scrape(app)).toMatch(/^redis_connected 0$/m);
    }
    expect(lines.join('')).toContain('redis unreachable: degraded');
    // Each polls alone, and serves its subscribers.
    await untilHeld(simulator, 2);
    simulator.advance(2000);
    for (const events of streams) expect((await valueWithin(events)).state).toBe('completed');
  });

  it('should stay ready, and answer at once, while Redis is slow', async () => {
    const simulator = sharedSimulator();
    const [app] = (await startReplicas(simulator, 1)) as [App];
    const { key } = simulator.startJob(TWO_STEPS);
    await valueWithin(watch(app, key));
    await holderOf([app], key);
    const admin = new Redis(redis.url);
    disposables.push(() => admin.quit().then(() => {}));

    await admin.call('CLIENT', 'PAUSE', String(REDIS_PAUSE_MS), 'ALL');
    const askedAt = performance.now();
    const answer = await ready(app);
    const waitedMs = performance.now() - askedAt;
    expect(answer).toEqual({ status: 200, body: { ready: true, checks: { upstream: 'ok' } } });
    // /ready asked Redis nothing: it did not wait for the pause to end.
    expect(waitedMs).toBeLessThan(REDIS_PAUSE_MS);
  });
});
