import type { Credentials } from '../../aiqum/client.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';
import type { Logger } from '../../logger.ts';
import { WakeableSleep } from '../delay.ts';
import type { JobChannel } from '../job-channel.ts';
import { type FeedSource, JobFeed } from '../job-feed.ts';
import type { JobPollLoop, PollTarget } from '../job-poll-loop.ts';
import type { JobLease } from './lease.ts';
import type { ClusterMessage, RedisCoordinator } from './redis-coordinator.ts';

export interface ClusterJobWatchOptions {
  coordinator: RedisCoordinator;
  logger: Logger;
  /** Starts an upstream poll loop from `initial` that feeds `target`. */
  startLoop(initial: UpstreamJob, target: PollTarget): JobPollLoop;
}

/**
 * One watched job on this replica in multi-replica mode. Every `renewIntervalMs` it claims the
 * job's lease: the holder polls upstream and shares each transition (snapshot, then pub/sub);
 * the others deliver what the holder shares, read the snapshot to catch up on anything pub/sub
 * lost, and take over once the holder's lease lapses. While Redis is unreachable it polls on
 * its own. Subscribers on this replica see each transition once, whoever brought it.
 */
export class ClusterJobWatch implements PollTarget {
  readonly done: Promise<void>;
  readonly #controller = new AbortController();
  readonly #feed: JobFeed;
  readonly #lease: JobLease;
  #loop: JobPollLoop | undefined;
  #holding = false;
  readonly #rounds = new WakeableSleep();

  constructor(
    readonly key: string,
    initial: UpstreamJob,
    private readonly channel: JobChannel,
    private readonly options: ClusterJobWatchOptions,
  ) {
    this.#feed = new JobFeed(initial);
    this.#lease = options.coordinator.lease(key);
    this.done = this.#run();
  }

  /** Whether this replica polls the job for the cluster right now. */
  get holding(): boolean {
    return this.#holding;
  }

  stop(): void {
    this.#controller.abort();
    this.#rounds.wake();
  }

  // --- PollTarget: what this replica's own poll loop reports ---

  pollCredentials(): Credentials | undefined {
    return this.channel.pollCredentials();
  }

  publish(job: UpstreamJob): void {
    if (!this.#deliver(job, 'poll') || !this.#holding) return;
    this.options.coordinator.share(this.key, job).catch((error: Error) => {
      this.options.logger.warn({ key: this.key, reason: error.message }, 'redis: share failed');
      this.#rounds.wake();
    });
  }

  /** Local: the holder's own subscribers end; the lease goes, another replica finds out itself. */
  fail(error: Error): void {
    this.channel.fail(error);
  }

  // --- the lease loop ---

  async #run(): Promise<void> {
    const { coordinator, logger } = this.options;
    const { signal } = this.#controller;
    const stopNoticing = coordinator.onConnectionChange(() => this.#rounds.wake());
    const unlisten = await coordinator.listen(this.key, (message) => this.#onMessage(message));
    try {
      while (!signal.aborted) {
        await this.#tick();
        if (signal.aborted) break;
        await this.#rounds.sleep(coordinator.renewIntervalMs);
      }
    } finally {
      stopNoticing();
      unlisten();
      await this.#stopLoop();
      if (this.#holding && !coordinator.abandoning) {
        this.#setHolding(false);
        await this.#lease
          .release()
          .then(() => coordinator.announceRelease(this.key))
          .catch((error: Error) =>
            logger.debug({ key: this.key, reason: error.message }, 'redis: release failed'),
          );
      }
    }
  }

  /** One round: renew or take the lease, or follow the holder; poll alone without Redis. */
  async #tick(): Promise<void> {
    const { coordinator, logger } = this.options;
    if (!coordinator.connected) {
      this.#setHolding(false);
      this.#ensureLoop();
      return;
    }
    try {
      const wasHolding = this.#holding;
      if (await this.#lease.claim()) {
        this.#setHolding(true);
        this.#ensureLoop();
        if (!wasHolding) await coordinator.share(this.key, this.#feed.latest);
        return;
      }
      if (wasHolding) logger.warn({ key: this.key }, 'job lease lost to another replica');
      this.#setHolding(false);
      await this.#stopLoop();
      const snapshot = await coordinator.readSnapshot(this.key);
      if (snapshot && !this.#controller.signal.aborted) this.#deliver(snapshot, 'relay');
    } catch (error) {
      // Redis failed mid-round: keep subscribers served by polling alone until the next round.
      logger.debug(
        { key: this.key, reason: (error as Error).message },
        'redis: lease round failed',
      );
      this.#setHolding(false);
      this.#ensureLoop();
    }
  }

  #onMessage(message: ClusterMessage): void {
    if ('job' in message) this.#deliver(message.job, 'relay');
    else if (!this.#holding) this.#rounds.wake();
  }

  /** Passes a newer transition to the local subscribers; true when it was one. */
  #deliver(job: UpstreamJob, source: FeedSource): boolean {
    if (this.#feed.take(job, source) !== 'changed') return false;
    this.channel.publish(job);
    return true;
  }

  #ensureLoop(): void {
    if (this.#loop || this.#controller.signal.aborted) return;
    this.#loop = this.options.startLoop(this.#feed.latest, this);
  }

  async #stopLoop(): Promise<void> {
    const loop = this.#loop;
    if (!loop) return;
    this.#loop = undefined;
    loop.stop();
    await loop.done;
  }

  #setHolding(holding: boolean): void {
    this.#holding = holding;
    this.options.coordinator.noteLease(this.key, holding);
  }
}
