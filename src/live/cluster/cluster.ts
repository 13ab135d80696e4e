import { Gauge } from 'prom-client';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';
import { RedisCoordinator } from './redis-coordinator.ts';

/** How long `start()` waits for Redis before serving anyway (polling alone until it comes). */
const CONNECT_WAIT_MS = 3000;

/**
 * A replica without Redis still serves (each polls its own jobs), so Redis is no readiness
 * check: its loss shows in `redis_connected` and in the logs instead.
 */
export interface Cluster {
  coordinator: RedisCoordinator;
  /** Waits a little for Redis so the first watches join the cluster rather than poll alone. */
  connect(): Promise<void>;
  close(): Promise<void>;
}

/** Multi-replica mode when `REDIS_URL` is set; undefined (nothing to do with Redis) otherwise. */
export function createCluster(
  config: Config,
  logger: Logger,
  metrics: Metrics,
): Cluster | undefined {
  if (!config.redisUrl) return undefined;
  const coordinator = new RedisCoordinator({
    url: config.redisUrl,
    logger,
    leaseTtlMs: config.redisLeaseTtlMs,
    keyPrefix: config.redisKeyPrefix,
  });
  const registers = [metrics.registry];
  new Gauge({
    name: 'redis_connected',
    help: '1 while Redis is reachable; 0 means degraded: this replica polls its jobs alone',
    registers,
    collect() {
      this.set(coordinator.connected ? 1 : 0);
    },
  });
  new Gauge({
    name: 'cluster_job_leases_held',
    help: 'Jobs this replica polls upstream for the whole cluster',
    registers,
    collect() {
      this.set(coordinator.leasesHeld);
    },
  });
  return {
    coordinator,
    async connect() {
      if (!(await coordinator.waitUntilConnected(CONNECT_WAIT_MS))) {
        logger.warn('redis unreachable at start: serving anyway, each job polled by this replica');
      }
    },
    close: () => coordinator.close(),
  };
}
