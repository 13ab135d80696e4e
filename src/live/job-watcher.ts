import { type SpanContext, type Tracer, trace } from '@opentelemetry/api';
import type { CallScope } from '../aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from '../aiqum/client.ts';
import { LongPollSupport } from '../aiqum/long-poll-support.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { TooManySubscriptionsError, UnauthenticatedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { ClusterJobWatch } from './cluster/cluster-job-watch.ts';
import type { RedisCoordinator } from './cluster/redis-coordinator.ts';
import { JobChannel, type JobSubscription } from './job-channel.ts';
import { JobPollLoop, type PollLoopOptions } from './job-poll-loop.ts';
import { SharedJobReads } from './shared-reads.ts';

export const DEFAULT_WATCH_RETRY_DELAY_MS = 500;
export const DEFAULT_WATCH_MAX_RETRY_DELAY_MS = 30_000;

export interface JobWatcherOptions {
  logger: Logger;
  pollIntervalMs: number;
  longPollTimeoutS: number;
  /** First wait after an upstream failure while watching; doubles per failure, with jitter. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Multi-replica mode: one replica in the cluster polls each job, the others listen. */
  coordinator?: RedisCoordinator;
  /** Subscribers this process serves at most; the next one gets TooManySubscriptionsError. */
  maxSubscribers?: number;
  /** Set when tracing is on: each poll gets a span. */
  tracer?: Tracer | undefined;
}

/** Whoever polls for a channel: a local loop, or a cluster watch that runs one when it must. */
interface Poller {
  stop(): void;
  readonly done: Promise<void>;
}

interface WatchedJob {
  channel: JobChannel;
  loop: Poller;
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * Watches jobs for any number of subscribers with one upstream poll loop per job key. A
 * subscriber joins a loop only after its own credentials have read the job (or a subscriber
 * with the same credentials is already in), so sharing never widens what anybody sees.
 */
export class JobWatcher {
  readonly #watched = new Map<string, WatchedJob>();
  readonly #reads: SharedJobReads;
  readonly #support: LongPollSupport;
  #closed = false;

  constructor(
    private readonly client: AiqumClient,
    private readonly options: JobWatcherOptions,
  ) {
    this.#reads = new SharedJobReads(client);
    this.#support = new LongPollSupport(options.logger);
  }

  /** Jobs polled right now (one loop each). */
  get activeLoopCount(): number {
    return this.#watched.size;
  }

  /** How loops ask upstream: long polls until upstream showed it has none. */
  get pollMode(): 'long-poll' | 'interval' {
    return this.#support.usable ? 'long-poll' : 'interval';
  }

  get subscriberCount(): number {
    let count = 0;
    for (const { channel } of this.#watched.values()) count += channel.size;
    return count;
  }

  /**
   * The job as it is now, then each change of state, status or task reports; ends after a
   * terminal state. Throws NotFoundError, UnauthenticatedError or ForbiddenError on the first
   * next() when the credentials cannot read the job, and NotFoundError later if it vanishes.
   * `scope` (the caller's operation) counts and traces the caller's own read of the job; the
   * polls of a loop this watch starts link to its trace.
   */
  watch(
    key: string,
    credentials: Credentials | undefined,
    signal?: AbortSignal,
    scope?: CallScope,
  ): AsyncIterableIterator<UpstreamJob> {
    return new JobWatch(() => this.#join(key, credentials, signal, scope));
  }

  /** Ends every watch and loop; leaves no timer or request behind. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#reads.close();
    const watched = [...this.#watched.values()];
    this.#watched.clear();
    for (const { loop, channel } of watched) {
      loop.stop();
      channel.end();
    }
    await Promise.all(watched.map(({ loop }) => loop.done));
  }

  async #join(
    key: string,
    credentials: Credentials | undefined,
    signal: AbortSignal | undefined,
    scope: CallScope | undefined,
  ): Promise<JobSubscription> {
    if (!credentials) throw new UnauthenticatedError('Credentials are required: send HTTP Basic');
    const { maxSubscribers } = this.options;
    if (maxSubscribers !== undefined && this.subscriberCount >= maxSubscribers) {
      throw new TooManySubscriptionsError(
        `This gateway already serves ${maxSubscribers} subscriptions; try again later`,
      );
    }
    const watched = this.#watched.get(key);
    if (watched?.channel.admits(credentials)) return watched.channel.join(credentials, signal);

    const job = await this.#reads.read(key, credentials, signal, scope);
    if (this.#closed) throw new Error('The job watcher is closed');
    signal?.throwIfAborted();
    const current = this.#watched.get(key);
    if (current && !current.channel.over) return current.channel.join(credentials, signal);
    const channel = new JobChannel(key, job, () => this.#retire(key, channel));
    // A terminal job needs no loop: its one event is all there is.
    if (channel.over) return channel.join(credentials, signal);
    const subscription = channel.join(credentials, signal);
    const startedBy = scope?.trace && trace.getSpanContext(scope.trace);
    this.#watched.set(key, { channel, loop: this.#startPoller(key, job, channel, startedBy) });
    return subscription;
  }

  #startPoller(
    key: string,
    job: UpstreamJob,
    channel: JobChannel,
    startedBy: SpanContext | undefined,
  ): Poller {
    const loopOptions: PollLoopOptions = {
      client: this.client,
      support: this.#support,
      logger: this.options.logger,
      pollIntervalMs: this.options.pollIntervalMs,
      longPollTimeoutS: this.options.longPollTimeoutS,
      retryDelayMs: this.options.retryDelayMs ?? DEFAULT_WATCH_RETRY_DELAY_MS,
      maxRetryDelayMs: this.options.maxRetryDelayMs ?? DEFAULT_WATCH_MAX_RETRY_DELAY_MS,
      tracer: this.options.tracer,
    };
    const { coordinator, logger } = this.options;
    if (!coordinator) return new JobPollLoop(key, job, channel, loopOptions, startedBy);
    return new ClusterJobWatch(key, job, channel, {
      coordinator,
      logger,
      startLoop: (initial, target) => new JobPollLoop(key, initial, target, loopOptions, startedBy),
    });
  }

  /** The channel has no subscriber left, or its job ended: stop polling it. */
  #retire(key: string, channel: JobChannel): void {
    const watched = this.#watched.get(key);
    if (watched?.channel !== channel) return;
    this.#watched.delete(key);
    watched.loop.stop();
  }
}

/** A watch joins its job on the first next(); return() releases it at any time. */
class JobWatch implements AsyncIterableIterator<UpstreamJob> {
  #joined: Promise<JobSubscription> | undefined;
  #returned = false;

  constructor(private readonly join: () => Promise<JobSubscription>) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<UpstreamJob>> {
    if (this.#returned) return DONE;
    this.#joined ??= this.join();
    const subscription = await this.#joined;
    if (this.#returned) return DONE;
    return subscription.next();
  }

  async return(): Promise<IteratorResult<UpstreamJob>> {
    this.#returned = true;
    const subscription = await this.#joined?.catch(() => undefined);
    subscription?.release();
    return DONE;
  }
}
