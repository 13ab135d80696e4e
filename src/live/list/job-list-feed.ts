import { setMaxListeners } from 'node:events';
import type { AiqumClient, Credentials } from '../../aiqum/client.ts';
import type { UpstreamJob, UpstreamJobList } from '../../aiqum/wire-types.ts';
import {
  NotFoundError,
  UnauthenticatedError,
  UpstreamProtocolError,
  UpstreamUnavailableError,
} from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { AccessChecks, type AccessHold, isRefusal } from '../access-checks.ts';
import { backoffMs } from '../delay.ts';
import { isTerminalJob } from '../job-changes.ts';
import { JobFeed } from '../job-feed.ts';
import type { JobWatcher } from '../job-watcher.ts';
import { ListChannel } from './list-channel.ts';
import { ListDiscovery } from './list-discovery.ts';

/** AIQUM's newest jobs first; the key orders jobs submitted in the same second. */
export const NEWEST_FIRST = ['submit_time desc', 'key desc'];

/** The one key of a feed's access checks: the feed is the list. */
const LIST = 'list';

export interface JobListFeedOptions {
  client: AiqumClient;
  jobWatcher: JobWatcher;
  logger: Logger;
  /** How stale a login's last successful read of the list may be while it receives events. */
  accessRecheckMs: number;
  /** Records one discovery poll reads (`LIVE_LIST_PAGE_SIZE`). */
  pageSize: number;
  /** Running jobs one list follows at most (`LIVE_LIST_MAX_FOLLOWED`). */
  maxFollowed: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

interface FollowedJob {
  feed: JobFeed;
  credentials: Credentials;
  watch: AsyncIterableIterator<UpstreamJob>;
}

/**
 * One live list of one login on this process: what AIQUM lists for it with one filter. It
 * discovers new jobs with one list request per poll (whoever calls `poll()`: a local loop, or
 * the cluster's lease holder), and follows every running job it knows through the job
 * watcher's shared per-job loops, so a transition reaches its subscribers as fast as through
 * `jobUpdated`. Subscribers, however many, cost nothing upstream.
 */
export class JobListFeed {
  readonly channel: ListChannel;
  readonly #discovery: ListDiscovery;
  readonly #followed = new Map<string, FollowedJob>();
  readonly #controller = new AbortController();
  /** When each login last read the list: admission, re-checks, and the polls' own reads. */
  readonly #access: AccessChecks<UpstreamJobList>;
  #failures = 0;
  #lastPollAt = performance.now();
  #turn = 0;
  #warnedFollowLimit = false;

  constructor(
    /** AIQUM list filters of this list (never state or status). */
    readonly filters: Readonly<Record<string, string>>,
    private readonly options: JobListFeedOptions,
    onEmpty: () => void,
  ) {
    this.#access = new AccessChecks({
      read: (_list, credentials, signal) =>
        options.client.listJobs({ filters, maxRecords: 1 }, credentials, { signal }),
      notFound: (_list, cause) =>
        new NotFoundError('Upstream no longer lists these jobs for this login', { cause }),
      logger: options.logger,
      recheckMs: options.accessRecheckMs,
      retryDelayMs: options.retryDelayMs,
      maxRetryDelayMs: options.maxRetryDelayMs,
    });
    this.channel = new ListChannel({
      access: this.#access,
      accessKey: LIST,
      onRefused: (credentials) => this.#refollow(credentials),
      onEmpty,
    });
    // Every followed job's watch listens to it.
    setMaxListeners(0, this.#controller.signal);
    this.#discovery = new ListDiscovery({
      pageSize: options.pageSize,
      maxRemembered: Math.max(1000, 10 * options.pageSize),
    });
  }

  get stopped(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Aborted when the feed stops. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get followedCount(): number {
    return this.#followed.size;
  }

  get rememberedCount(): number {
    return this.#discovery.rememberedCount;
  }

  /**
   * The first reads, with the first subscriber's credentials: where the list stands (nothing
   * on it is new), and its running jobs, which are followed from now on. Throws as AIQUM does;
   * otherwise answers the hold of the check they were, to release once the subscriber joined.
   */
  async start(credentials: Credentials): Promise<AccessHold<UpstreamJobList>> {
    const { signal } = this.#controller;
    const hold = this.#access.hold(LIST, credentials);
    try {
      const first = await this.#checkedRead(credentials, 0);
      this.#discovery.take(first.records, 0);
    } catch (error) {
      hold.release();
      throw error;
    }
    const running = await this.options.client.listJobs(
      {
        filters: { ...this.filters, state: 'running' },
        orderBy: NEWEST_FIRST,
        maxRecords: this.options.maxFollowed,
      },
      credentials,
      { signal },
    );
    for (const job of running.records) this.#follow(job, credentials);
    return hold;
  }

  /**
   * Resolves when these credentials may join: their last read of the list is younger than
   * `ACCESS_RECHECK_S`, or they read one record of it now (one request, however many
   * subscribers with them wait). Answers the hold to release once the subscriber joined; throws
   * as AIQUM refused them.
   */
  async admit(credentials: Credentials): Promise<AccessHold<UpstreamJobList>> {
    const hold = this.#access.hold(LIST, credentials);
    try {
      await hold.check(this.#controller.signal);
      return hold;
    } catch (error) {
      hold.release();
      throw error;
    }
  }

  /**
   * One discovery poll: one page, with the credentials of the next subscriber in turn (so each
   * login's access is re-checked as it goes). Publishes and follows what is new and answers
   * it; answers undefined when nobody is left or the poll failed (see `retryDelayMs`).
   */
  async poll(): Promise<UpstreamJob[] | undefined> {
    this.#lastPollAt = performance.now();
    const credentials = this.#nextCredentials();
    if (!credentials || this.stopped) return undefined;
    const offset = this.#discovery.nextOffset;
    let page: UpstreamJobList;
    try {
      page = await this.#checkedRead(credentials, offset);
    } catch (error) {
      if (!this.stopped) this.#recover(error);
      return undefined;
    }
    this.#failures = 0;
    const fresh = this.#discovery.take(page.records, offset);
    for (const job of fresh) {
      this.channel.publish(job, undefined);
      this.#follow(job, credentials);
    }
    return fresh;
  }

  /**
   * How long to wait before the next poll: polls start every `intervalMs` (however long each
   * took), and back off after failures that pass.
   */
  untilNextPollMs(intervalMs: number): number {
    if (this.#failures > 0) {
      const { retryDelayMs, maxRetryDelayMs } = this.options;
      return backoffMs(this.#failures - 1, retryDelayMs, maxRetryDelayMs);
    }
    return Math.max(0, this.#lastPollAt + intervalMs - performance.now());
  }

  /**
   * Jobs another replica's discovery found: those new here are published, and followed with a
   * subscriber's credentials here, which read each job themselves before they are admitted.
   */
  acceptShared(jobs: readonly UpstreamJob[]): void {
    const fresh = jobs.filter((job) => !this.#discovery.knows(job.key));
    for (const job of fresh) this.#discovery.remember(job);
    const credentials = this.channel.pollCredentials();
    for (const job of fresh) {
      this.channel.publish(job, undefined);
      if (credentials) this.#follow(job, credentials, false);
    }
  }

  /** This replica takes over the discovery: the next polls read down to what it knew. */
  resync(): void {
    this.#discovery.resync();
  }

  /** These credentials may no longer read a job: their subscribers end with `error`. */
  refuse(credentials: Credentials, error: Error): void {
    this.channel.refuse(credentials, error);
    this.#refollow(credentials);
  }

  /** Follows again, with a remaining subscriber's credentials, what `refused` followed. */
  #refollow(refused: Credentials): void {
    const successor = this.channel.pollCredentials();
    for (const [key, followed] of [...this.#followed]) {
      if (followed.credentials !== refused) continue;
      this.#unfollow(key, followed);
      if (successor) this.#follow(followed.feed.latest, successor, false);
    }
  }

  stop(): void {
    this.#controller.abort();
    this.#access.close();
    for (const [key, followed] of [...this.#followed]) this.#unfollow(key, followed);
    this.channel.end();
  }

  /** One page of the list; AIQUM answering it is a check of these credentials, a 401 a refusal. */
  async #checkedRead(credentials: Credentials, offset: number): Promise<UpstreamJobList> {
    const read = this.#access.reading(LIST, credentials);
    try {
      const page = await this.options.client.listJobs(
        { filters: this.filters, orderBy: NEWEST_FIRST, offset, maxRecords: this.options.pageSize },
        credentials,
        { signal: this.#controller.signal },
      );
      read.succeeded();
      return page;
    } catch (error) {
      read.failed(error);
      throw error;
    }
  }

  #nextCredentials(): Credentials | undefined {
    const all = this.channel.credentials();
    if (all.length === 0) return undefined;
    this.#turn = (this.#turn + 1) % all.length;
    return all[this.#turn];
  }

  #recover(error: unknown): void {
    // AIQUM refused the login: the access checks ended its subscribers (`onRefused`).
    if (isRefusal(error)) return;
    if (error instanceof UpstreamUnavailableError || error instanceof UpstreamProtocolError) {
      this.#failures += 1;
      this.options.logger.warn(
        { failures: this.#failures, reason: error.message },
        'live list: upstream failed, retrying',
      );
      return;
    }
    // AIQUM refuses the filter itself (400), or something nobody can recover from.
    this.channel.fail(error instanceof Error ? error : new Error(String(error)));
  }

  /**
   * Follows a running job through the job watcher. `listed`: the job as these credentials
   * listed it a moment ago, which admits them to the job's loop without another read.
   */
  #follow(job: UpstreamJob, credentials: Credentials, listed = true): void {
    if (isTerminalJob(job) || this.#followed.has(job.key) || this.stopped) return;
    if (this.#followed.size >= this.options.maxFollowed) {
      if (!this.#warnedFollowLimit) {
        this.#warnedFollowLimit = true;
        this.options.logger.warn(
          { maxFollowed: this.options.maxFollowed },
          'live list: follows no more running jobs; later changes of the others are not sent',
        );
      }
      return;
    }
    const { signal } = this.#controller;
    const watch = this.options.jobWatcher.follow(
      job.key,
      credentials,
      signal,
      listed ? job : undefined,
    );
    const followed: FollowedJob = { feed: new JobFeed(job), credentials, watch };
    this.#followed.set(job.key, followed);
    void this.#pump(job.key, followed);
  }

  async #pump(key: string, followed: FollowedJob): Promise<void> {
    try {
      for (;;) {
        const result = await followed.watch.next();
        if (result.done || this.#followed.get(key) !== followed) return;
        const previous = followed.feed.latest;
        // What the job's channel delivers is relayed: the list may have read a newer state.
        if (followed.feed.take(result.value, 'relay') === 'changed') {
          this.channel.publish(result.value, previous);
        }
      }
    } catch (error) {
      if (this.#followed.get(key) !== followed) return;
      if (error instanceof UnauthenticatedError) {
        this.refuse(followed.credentials, error);
        return;
      }
      // Hidden from this login now (403, 404), or gone: nothing more is said about it.
      this.options.logger.debug(
        { key, reason: (error as Error).message },
        'live list: stopped following a job',
      );
    } finally {
      if (this.#followed.get(key) === followed) this.#followed.delete(key);
    }
  }

  #unfollow(key: string, followed: FollowedJob): void {
    this.#followed.delete(key);
    void followed.watch.return?.();
  }
}
