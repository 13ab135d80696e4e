import { type SpanContext, type Tracer, trace } from '@opentelemetry/api';
import type { CallScope } from '../aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from '../aiqum/client.ts';
import { LongPollSupport } from '../aiqum/long-poll-support.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { AccessChecks, DEFAULT_ACCESS_RECHECK_MS } from './access-checks.ts';
import { ClusterJobWatch } from './cluster/cluster-job-watch.ts';
import type { RedisCoordinator } from './cluster/redis-coordinator.ts';
import { type RetryDelays, retryDelays } from './delay.ts';
import { JobChannel, type JobSubscription } from './job-channel.ts';
import { JobPollLoop, type PollLoopOptions } from './job-poll-loop.ts';
import { abortError } from './shared-reads.ts';
import type { SubscriptionLimit } from './subscription-limit.ts';

export interface JobWatcherOptions {
  logger: Logger;
  pollIntervalMs: number;
  longPollTimeoutS: number;
  /** First wait after an upstream failure while watching; doubles per failure, with jitter. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Multi-replica mode: one replica in the cluster polls each job, the others listen. */
  coordinator?: RedisCoordinator;
  /**
   * `MAX_SUBSCRIPTIONS`, shared with the live lists: joins in progress count too, and the one
   * past it gets TooManySubscriptionsError.
   */
  limit?: SubscriptionLimit;
  /** How stale a login's access check of a job may be while it receives its updates. */
  accessRecheckMs?: number;
  /** Set when tracing is on: each poll gets a span. */
  tracer?: Tracer | undefined;
}

/** How one join runs: its own signal (the caller's, or return()), the subscription's, its scope. */
interface JoinOptions {
  joinSignal: AbortSignal;
  signal: AbortSignal | undefined;
  scope: CallScope | undefined;
  /** A client's own subscription: bounded by the limit and counted (false: a live list's). */
  counted: boolean;
  /** The job as the caller's credentials read it a moment ago: a check of them, made now. */
  justRead?: UpstreamJob | undefined;
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
 * subscriber joins only on a successful access check of its own credentials younger than
 * `accessRecheckMs`, and each login that follows a job is checked again at least that often
 * (`AccessChecks`), so sharing a loop never shows a job to anybody AIQUM would refuse it.
 */
export class JobWatcher {
  readonly #watched = new Map<string, WatchedJob>();
  /** Every channel with subscribers, those still delivering after their job ended included. */
  readonly #channels = new Set<JobChannel>();
  readonly #access: AccessChecks;
  readonly #support: LongPollSupport;
  readonly #retry: RetryDelays;
  /** Joins in progress: they count against `maxSubscribers` until they end. */
  #joining = 0;
  #closed = false;

  constructor(
    private readonly client: AiqumClient,
    private readonly options: JobWatcherOptions,
  ) {
    this.#retry = retryDelays(options);
    this.#access = new AccessChecks({
      read: (key, credentials, signal, scope) => client.getJob(key, credentials, { signal, scope }),
      // The job is what subscribers asked for: a 404 names it, not AIQUM's path.
      notFound: (key, cause) =>
        new NotFoundError(`Upstream knows no job with key '${key}'`, { cause }),
      logger: options.logger,
      recheckMs: options.accessRecheckMs ?? DEFAULT_ACCESS_RECHECK_MS,
      ...this.#retry,
    });
    this.#support = new LongPollSupport(options.logger);
    options.limit?.register({ subscriberCount: () => this.subscriberCount + this.#joining });
  }

  /** Jobs polled right now (one loop each). */
  get activeLoopCount(): number {
    return this.#watched.size;
  }

  /** How new loops ask upstream: long polls until several jobs showed upstream has none. */
  get pollMode(): 'long-poll' | 'interval' {
    return this.#support.usable ? 'long-poll' : 'interval';
  }

  /** Clients' `jobUpdated` subscriptions (live lists following a job are not counted). */
  get subscriberCount(): number {
    let count = 0;
    for (const channel of this.#channels) count += channel.subscriptionCount;
    return count;
  }

  /**
   * The job as it is now, then each change of state, status or task reports; ends after a
   * terminal state. Throws NotFoundError, UnauthenticatedError or ForbiddenError on the first
   * next() when the credentials cannot read the job, and later when AIQUM stops admitting them.
   * `scope` (the caller's operation) counts and traces the caller's own read of the job; the
   * polls of a loop this watch starts link to its trace.
   */
  watch(
    key: string,
    credentials: Credentials | undefined,
    signal?: AbortSignal,
    scope?: CallScope,
  ): AsyncIterableIterator<UpstreamJob> {
    return new JobWatch(
      (joinSignal) => this.#join(key, credentials, { joinSignal, signal, scope, counted: true }),
      signal,
    );
  }

  /**
   * `watch` for a live list that follows a job it listed: no client's subscription, so not
   * bounded by `MAX_SUBSCRIPTIONS`. `justRead` is the job as these credentials listed it a
   * moment ago, which is a check of them as a read of the job would be.
   */
  follow(
    key: string,
    credentials: Credentials,
    signal: AbortSignal | undefined,
    justRead?: UpstreamJob,
  ): AsyncIterableIterator<UpstreamJob> {
    return new JobWatch(
      (joinSignal) =>
        this.#join(key, credentials, {
          joinSignal,
          signal,
          scope: undefined,
          counted: false,
          justRead,
        }),
      signal,
    );
  }

  /** Ends every watch and loop; leaves no timer or request behind. */
  async close(): Promise<void> {
    this.#closed = true;
    const watched = [...this.#watched.values()];
    this.#watched.clear();
    for (const { loop } of watched) loop.stop();
    for (const channel of [...this.#channels]) channel.end();
    this.#access.close();
    await Promise.all(watched.map(({ loop }) => loop.done));
  }

  /**
   * Admits a subscriber: its place is taken at once (so racing joins cannot pass the limit),
   * then its own credentials are checked, unless a check of them younger than the interval
   * exists; simultaneous joins with one login share one read.
   */
  async #join(
    key: string,
    credentials: Credentials | undefined,
    { joinSignal, signal, scope, counted, justRead }: JoinOptions,
  ): Promise<JobSubscription> {
    if (!credentials) throw new UnauthenticatedError('Credentials are required: send HTTP Basic');
    if (counted) {
      this.options.limit?.check();
      this.#joining += 1;
    }
    const access = this.#access.hold(key, credentials);
    try {
      if (justRead && !access.fresh) this.#access.reading(key, credentials).succeeded();
      const checked = await access.check(joinSignal, scope);
      this.#throwIfClosedOrAborted(joinSignal);
      const watched = this.#watched.get(key);
      if (watched) return watched.channel.join(credentials, signal, counted);
      // Fresh from a check made for another purpose: the job itself still has to be read.
      const job = checked ?? justRead ?? (await access.read(joinSignal, scope));
      this.#throwIfClosedOrAborted(joinSignal);
      const current = this.#watched.get(key);
      if (current) return current.channel.join(credentials, signal, counted);
      const channel = new JobChannel({
        key,
        initial: job,
        access: this.#access,
        onRetire: () => this.#retire(key, channel),
        onLeave: () => {
          if (channel.size === 0) this.#channels.delete(channel);
        },
      });
      this.#channels.add(channel);
      const subscription = channel.join(credentials, signal, counted);
      // A terminal job needs no loop: its one event is all there is.
      if (!channel.over) {
        const startedBy = scope?.trace && trace.getSpanContext(scope.trace);
        this.#watched.set(key, { channel, loop: this.#startPoller(key, job, channel, startedBy) });
      }
      return subscription;
    } finally {
      if (counted) this.#joining -= 1;
      access.release();
    }
  }

  #throwIfClosedOrAborted(signal: AbortSignal): void {
    if (this.#closed) throw new Error('The job watcher is closed');
    if (signal.aborted) throw abortError(signal);
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
      access: this.#access,
      logger: this.options.logger,
      pollIntervalMs: this.options.pollIntervalMs,
      longPollTimeoutS: this.options.longPollTimeoutS,
      ...this.#retry,
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

/**
 * A watch joins its job on the first next(); return() releases it at any time, and abandons a
 * join still in progress (its place is freed at once).
 */
class JobWatch implements AsyncIterableIterator<UpstreamJob> {
  readonly #joinAbort = new AbortController();
  #joined: Promise<JobSubscription> | undefined;
  #returned = false;

  constructor(
    private readonly join: (signal: AbortSignal) => Promise<JobSubscription>,
    private readonly signal: AbortSignal | undefined,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<UpstreamJob>> {
    if (this.#returned) return DONE;
    this.#joined ??= this.#startJoin();
    let subscription: JobSubscription;
    try {
      subscription = await this.#joined;
    } catch (error) {
      if (this.#returned) return DONE;
      throw error;
    }
    if (this.#returned) return DONE;
    return subscription.next();
  }

  async return(): Promise<IteratorResult<UpstreamJob>> {
    this.#returned = true;
    this.#joinAbort.abort();
    const subscription = await this.#joined?.catch(() => undefined);
    subscription?.release();
    return DONE;
  }

  /** Joins under a signal that aborts with the caller's, or on return(). */
  async #startJoin(): Promise<JobSubscription> {
    const { signal } = this;
    const abort = () => this.#joinAbort.abort(signal?.reason);
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      return await this.join(this.#joinAbort.signal);
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }
}
