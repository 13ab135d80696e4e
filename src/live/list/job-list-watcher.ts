import type { AiqumClient, Credentials } from '../../aiqum/client.ts';
import { TooManySubscriptionsError, UnauthenticatedError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { type AccessHold, DEFAULT_ACCESS_RECHECK_MS } from '../access-checks.ts';
import { ClusterListWatch } from '../cluster/cluster-list-watch.ts';
import type { RedisCoordinator } from '../cluster/redis-coordinator.ts';
import { delay, retryDelays } from '../delay.ts';
import type { JobUpdate } from '../job-updates.ts';
import type { JobWatcher } from '../job-watcher.ts';
import type { SubscriptionLimit } from '../subscription-limit.ts';
import { JobListFeed } from './job-list-feed.ts';
import { discoveryKey, type ListFilter } from './list-filter.ts';
import { clusterListId, loginIdentity } from './login-identity.ts';

export interface JobListWatcherOptions {
  logger: Logger;
  pollIntervalMs: number;
  /** Records one discovery poll reads. */
  pageSize: number;
  /** Running jobs one list follows at most. */
  maxFollowed: number;
  /** Distinct lists (filters) one login may have followed at once on this process. */
  maxListsPerLogin: number;
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** `MAX_SUBSCRIPTIONS`, shared with `jobUpdated`. */
  limit?: SubscriptionLimit;
  /** How stale a login's last successful read of a list may be while it receives events. */
  accessRecheckMs?: number;
  /** Multi-replica mode: one replica in the cluster discovers each list, the others listen. */
  coordinator?: RedisCoordinator;
}

/** A list a subscriber may join, and the fresh access check of its credentials that admits it. */
interface Admission {
  list: WatchedList;
  hold: AccessHold<unknown>;
}

interface WatchedList {
  feed: JobListFeed;
  identity: string;
  /** The discovery loop. */
  loop: Promise<void>;
  /** With Redis: the list's lease and what the holder shares. */
  cluster?: ClusterListWatch | undefined;
}

/**
 * Live lists for any number of subscribers: one feed per distinct (filter, login), shared by
 * every subscriber of that pair, whose discovery poll is one list request per
 * `pollIntervalMs`. A subscriber joins only after its own credentials have read the list.
 */
export class JobListWatcher {
  readonly #lists = new Map<string, WatchedList>();
  readonly #starting = new Map<string, { identity: string; started: Promise<WatchedList> }>();
  #pending = 0;
  #closed = false;

  constructor(
    private readonly client: AiqumClient,
    private readonly jobWatcher: JobWatcher,
    private readonly options: JobListWatcherOptions,
  ) {
    // Those being admitted count against the limit too, so racing subscribes cannot pass it.
    options.limit?.register({ subscriberCount: () => this.subscriberCount + this.#pending });
  }

  /** Open `jobsUpdated` subscriptions. */
  get subscriberCount(): number {
    let count = 0;
    for (const { feed } of this.#lists.values()) count += feed.channel.size;
    return count;
  }

  /** Lists followed right now (one discovery poll each, on this replica or another). */
  get listCount(): number {
    return this.#lists.size;
  }

  /** With Redis: whether this replica runs the discovery poll of a list for the cluster. */
  get holdsAnyList(): boolean {
    for (const list of this.#lists.values()) if (list.cluster?.holding) return true;
    return false;
  }

  /**
   * Every job of the list that appears from now on, and every change of one it follows.
   * Resolves once the caller's credentials have read the list; rejects as AIQUM refused them.
   */
  async watch(
    filter: ListFilter,
    credentials: Credentials | undefined,
    signal?: AbortSignal,
  ): Promise<AsyncIterableIterator<JobUpdate>> {
    if (!credentials) throw new UnauthenticatedError('Credentials are required: send HTTP Basic');
    this.options.limit?.check();
    this.#pending += 1;
    try {
      const identity = loginIdentity(credentials);
      const id = `${discoveryKey(filter.upstream)}\u0000${identity}`;
      for (;;) {
        const { list, hold } = await this.#admit(id, identity, filter, credentials);
        try {
          if (this.#closed) throw new Error('The job list watcher is closed');
          // The list may have lost its last subscriber while this one was being checked.
          if (list.feed.stopped) continue;
          // Joined even when the caller has gone: leaving at once retires a list nobody joined.
          const subscription = list.feed.channel.join(credentials, filter, signal);
          signal?.throwIfAborted();
          return subscription;
        } finally {
          // The subscriber's group holds the access from now on.
          hold.release();
        }
      }
    } finally {
      this.#pending -= 1;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const lists = [...this.#lists.values()];
    this.#lists.clear();
    for (const { feed } of lists) feed.stop();
    await Promise.all(lists.map(({ loop }) => loop));
  }

  async #admit(
    id: string,
    identity: string,
    filter: ListFilter,
    credentials: Credentials,
  ): Promise<Admission> {
    for (;;) {
      const list = this.#lists.get(id);
      if (list) return { list, hold: await list.feed.admit(credentials) };
      const starting = this.#starting.get(id);
      if (!starting) return this.#start(id, identity, filter, credentials);
      // Started with other credentials: if that fails, it says nothing about these.
      const started = await starting.started.catch(() => undefined);
      if (started) return { list: started, hold: await started.feed.admit(credentials) };
    }
  }

  async #start(
    id: string,
    identity: string,
    filter: ListFilter,
    credentials: Credentials,
  ): Promise<Admission> {
    const { maxListsPerLogin } = this.options;
    if (this.#listsOf(identity) >= maxListsPerLogin) {
      throw new TooManySubscriptionsError(
        `This login already follows ${maxListsPerLogin} distinct live lists; reuse a filter, or end one`,
      );
    }
    const feed = new JobListFeed(
      filter.upstream,
      {
        client: this.client,
        jobWatcher: this.jobWatcher,
        logger: this.options.logger,
        accessRecheckMs: this.options.accessRecheckMs ?? DEFAULT_ACCESS_RECHECK_MS,
        pageSize: this.options.pageSize,
        maxFollowed: this.options.maxFollowed,
        ...retryDelays(this.options),
      },
      () => this.#retire(id, feed),
    );
    const checked = feed.start(credentials);
    const started = checked.then(() => {
      if (this.#closed) {
        feed.stop();
        throw new Error('The job list watcher is closed');
      }
      const cluster = this.#clusterWatch(feed, identity, filter);
      const list: WatchedList = {
        feed,
        identity,
        cluster,
        loop: cluster ? cluster.done : this.#run(feed),
      };
      this.#lists.set(id, list);
      return list;
    });
    this.#starting.set(id, { identity, started });
    try {
      return { list: await started, hold: await checked };
    } catch (error) {
      feed.stop();
      throw error;
    } finally {
      this.#starting.delete(id);
    }
  }

  /** With Redis and a Basic login: the list shared with the other replicas. */
  #clusterWatch(
    feed: JobListFeed,
    identity: string,
    filter: ListFilter,
  ): ClusterListWatch | undefined {
    const { coordinator, logger, pollIntervalMs, pageSize } = this.options;
    const listId = clusterListId(identity, discoveryKey(filter.upstream));
    if (!coordinator || !listId) return undefined;
    return new ClusterListWatch(listId, feed, {
      coordinator,
      logger,
      pollIntervalMs,
      recentSize: pageSize,
    });
  }

  /** The local discovery loop: one poll per interval (backing off after failures) until stopped. */
  async #run(feed: JobListFeed): Promise<void> {
    while (!feed.stopped) {
      if (!(await delay(feed.untilNextPollMs(this.options.pollIntervalMs), feed.signal))) return;
      await feed.poll();
    }
  }

  #listsOf(identity: string): number {
    let count = 0;
    for (const list of this.#lists.values()) if (list.identity === identity) count += 1;
    for (const starting of this.#starting.values()) if (starting.identity === identity) count += 1;
    return count;
  }

  #retire(id: string, feed: JobListFeed): void {
    const list = this.#lists.get(id);
    if (list?.feed !== feed) return;
    this.#lists.delete(id);
    feed.stop();
  }
}
