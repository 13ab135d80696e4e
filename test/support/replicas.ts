import { expect, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { App, AppOverrides } from '../../src/server.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN } from './app.ts';
import { type Disposables, startGateway } from './gateway.ts';
import type { RedisServer } from './redis.ts';

/** Short leases so failover takes well under a second: renewed every 200 ms. */
export const LEASE_TTL_MS = 600;
export const FAILOVER_BOUND_MS = 5000;

let prefixes = 0;

/**
 * Replicas of the gateway over one Redis and one simulator, for a test file: what they start
 * goes into `disposables`; `redis()` is the file's server.
 */
export function replicaHelpers(disposables: Disposables, redis: () => RedisServer) {
  let prefix = '';
  const urls = new WeakMap<App, string>();

  /** A simulator on a manual clock, shared in-process by every replica as their one AIQUM. */
  function sharedSimulator(): Simulator {
    const simulator = new Simulator({ clock: new ManualClock(), seed: false });
    disposables.push(() => simulator.close());
    return simulator;
  }

  /** `count` replicas under a key prefix of their own, with `config` and `overrides` on top. */
  async function startReplicas(
    simulator: Simulator,
    count: number,
    config: Partial<Config> = {},
    overrides: AppOverrides = {},
  ): Promise<App[]> {
    prefixes += 1;
    prefix = `replicas-test-${prefixes}:`;
    const replicaConfig = {
      redisUrl: redis().url,
      redisLeaseTtlMs: LEASE_TTL_MS,
      redisKeyPrefix: prefix,
      ...config,
    };
    const replicas: App[] = [];
    for (let index = 0; index < count; index++) {
      const { app, url } = await startGateway(disposables, {
        config: replicaConfig,
        overrides: { ...overrides, simulator },
      });
      urls.set(app, url);
      replicas.push(app);
    }
    return replicas;
  }

  function watch(app: App, key: string, credentials = ADMIN) {
    const events = app.jobWatcher.watch(key, credentials);
    disposables.push(async () => {
      await events.return?.();
    });
    return events;
  }

  const untilHeld = (simulator: Simulator, count = 1) =>
    vi.waitFor(() => expect(simulator.heldRequestCount).toBe(count), {
      interval: 5,
      timeout: FAILOVER_BOUND_MS,
    });

  /** The one replica that polls `key`, once exactly one does. */
  async function holderOf(replicas: App[], key: string): Promise<App> {
    return vi.waitFor(
      () => {
        const holders = replicas.filter((app) => app.cluster?.coordinator.holds(key));
        expect(holders).toHaveLength(1);
        return holders[0] as App;
      },
      { interval: 5, timeout: FAILOVER_BOUND_MS },
    );
  }

  /** The one replica that discovers the live lists, once exactly one does. */
  async function listHolderOf(replicas: App[]): Promise<App> {
    return vi.waitFor(
      () => {
        const holders = replicas.filter((app) => app.jobListWatcher.holdsAnyList);
        expect(holders).toHaveLength(1);
        return holders[0] as App;
      },
      { interval: 5, timeout: FAILOVER_BOUND_MS },
    );
  }

  return {
    sharedSimulator,
    startReplicas,
    watch,
    untilHeld,
    holderOf,
    listHolderOf,
    /** The GraphQL URL a replica listens on. */
    urlOf: (app: App) => urls.get(app) as string,
    /** The key prefix of the replicas started last. */
    prefix: () => prefix,
  };
}
