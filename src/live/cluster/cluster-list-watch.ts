import type { UpstreamJob } from '../../aiqum/wire-types.ts';
import type { Logger } from '../../logger.ts';
import { delay, WakeableSleep } from '../delay.ts';
import type { JobListFeed } from '../list/job-list-feed.ts';
import type { JobLease } from './lease.ts';
import type { ClusterMessage, RedisCoordinator } from './redis-coordinator.ts';

export interface ClusterListWatchOptions {
  coordinator: RedisCoordinator;
  logger: Logger;
  pollIntervalMs: number;
  /** The latest jobs found that the list's snapshot in Redis keeps. */
  recentSize: number;
}

/**
 * One live list on this replica in multi-replica mode. The replica holding the list's lease
 * runs its discovery poll for the whole cluster and shares what it finds (snapshot, then
 * pub/sub); the others publish that to their own subscribers and follow the jobs with their
 * own subscribers' credentials. A replica taking over reads down the list to what it knew, so
 * nothing that appeared in between is lost. Without Redis each replica discovers on its own.
 */
export class ClusterListWatch {
  readonly done: Promise<void>;
  readonly #lease: JobLease;
  #holding = false;
  #recent: UpstreamJob[] = [];
  readonly #rounds = new WakeableSleep();

  constructor(
    readonly listId: string,
    private readonly feed: JobListFeed,
    private readonly options: ClusterListWatchOptions,
  ) {
    this.#lease = options.coordinator.listLease(listId);
    this.done = Promise.all([this.#leaseRounds(), this.#discover()]).then(() => {});
  }

  /** Whether this replica discovers the list for the cluster right now. */
  get holding(): boolean {
    return this.#holding;
  }

  async #leaseRounds(): Promise<void> {
    const { coordinator, logger } = this.options;
    const stopNoticing = coordinator.onConnectionChange(() => this.#rounds.wake());
    const onStop = () => this.#rounds.wake();
    this.feed.signal.addEventListener('abort', onStop, { once: true });
    const unlisten = await coordinator.listenList(this.listId, (message) =>
      this.#onMessage(message),
    );
    try {
      while (!this.feed.stopped) {
        await this.#round();
        if (this.feed.stopped) break;
        await this.#rounds.sleep(coordinator.renewIntervalMs);
      }
    } finally {
      stopNoticing();
      unlisten();
      this.feed.signal.removeEventListener('abort', onStop);
      if (this.#holding && !coordinator.abandoning) {
        this.#holding = false;
        await this.#lease
          .release()
          .then(() => coordinator.announceListRelease(this.listId))
          .catch((error: Error) =>
            logger.debug({ reason: error.message }, 'redis: list release failed'),
          );
      }
    }
  }

  /** One round: renew or take the lease, or catch up on what the holder shared. */
  async #round(): Promise<void> {
    const { coordinator, logger } = this.options;
    if (!coordinator.connected) {
      this.#holding = false;
      return;
    }
    try {
      const wasHolding = this.#holding;
      if (await this.#lease.claim()) {
        // Whatever the last holder did not get to is still on the list: read down to it.
        if (!wasHolding) this.feed.resync();
        this.#holding = true;
        return;
      }
      if (wasHolding) logger.warn('live list lease lost to another replica');
      this.#holding = false;
      const recent = await coordinator.readListRecent(this.listId);
      if (!this.feed.stopped) this.feed.acceptShared(recent);
    } catch (error) {
      logger.debug({ reason: (error as Error).message }, 'redis: list lease round failed');
      this.#holding = false;
    }
  }

  /** The discovery poll, run by the holder, or by every replica while Redis is unreachable. */
  async #discover(): Promise<void> {
    const { coordinator, pollIntervalMs, logger } = this.options;
    while (!this.feed.stopped) {
      const waitMs = this.feed.untilNextPollMs(pollIntervalMs);
      if (!(await delay(waitMs, this.feed.signal))) return;
      if (!this.#holding && coordinator.connected) {
        // Not ours to poll: look again one interval later.
        await delay(pollIntervalMs, this.feed.signal);
        continue;
      }
      const fresh = await this.feed.poll();
      if (!fresh?.length || !this.#holding) continue;
      this.#recent = [...this.#recent, ...fresh].slice(-this.options.recentSize);
      coordinator.shareList(this.listId, fresh, this.#recent).catch((error: Error) => {
        logger.warn({ reason: error.message }, 'redis: sharing a live list failed');
      });
    }
  }

  #onMessage(message: ClusterMessage): void {
    if ('jobs' in message) {
      if (!this.#holding) this.feed.acceptShared(message.jobs);
    } else if ('released' in message && !this.#holding) {
      this.#rounds.wake();
    }
  }
}
