import type { Credentials } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import type { AccessChecks } from './access-checks.ts';
import { isTerminalJob } from './job-changes.ts';
import { type LoginGroup, LoginGroups } from './login-groups.ts';

/**
 * One entry of a channel's history. Subscribers share these nodes and each keeps only a
 * pointer to the last one it delivered: a transition is appended once, never copied.
 */
interface JobEvent {
  readonly job: UpstreamJob | undefined;
  readonly error: Error | undefined;
  next: JobEvent | undefined;
}

export interface JobChannelOptions {
  key: string;
  initial: UpstreamJob;
  access: AccessChecks;
  /** Runs when the last subscriber left, and when the job ended or failed. */
  onRetire?: () => void;
  /** Runs each time a subscriber leaves, for whatever reason. */
  onLeave?: () => void;
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * Who delivers: the subscribers of one job on this process and the transitions they have
 * still to read. Whoever polls (a local loop, or a cluster watch) feeds it through `publish`
 * and `fail`; it never speaks to upstream itself. A login receives transitions only while its
 * access check is fresh (`AccessChecks`), and its subscribers end when AIQUM refuses it.
 */
export class JobChannel {
  readonly key: string;
  #latest: JobEvent;
  readonly #groups: LoginGroups<JobSubscription>;
  readonly #onRetire: () => void;
  readonly #onLeave: () => void;
  /** Subscribers that are no client's subscription of their own (a live list following it). */
  #uncounted = 0;
  #over = false;

  constructor(options: JobChannelOptions) {
    this.key = options.key;
    this.#groups = new LoginGroups(options.access, options.key);
    this.#onRetire = options.onRetire ?? (() => {});
    this.#onLeave = options.onLeave ?? (() => {});
    this.#latest = { job: options.initial, error: undefined, next: undefined };
    if (isTerminalJob(options.initial)) this.#over = true;
  }

  get size(): number {
    return this.#groups.size;
  }

  /** Subscribers that are clients' own subscriptions (what `MAX_SUBSCRIPTIONS` counts). */
  get subscriptionCount(): number {
    return this.#groups.size - this.#uncounted;
  }

  /** True once the job reached a terminal state or failed: nobody should join any more. */
  get over(): boolean {
    return this.#over;
  }

  /** The credentials of a current subscriber, or undefined when nobody is left. */
  pollCredentials(): Credentials | undefined {
    return this.#groups.pollCredentials();
  }

  /**
   * Adds a subscriber whose credentials passed a fresh access check; its first event is the
   * latest. `counted: false` for one that is no client's subscription of its own.
   */
  join(credentials: Credentials, signal?: AbortSignal, counted = true): JobSubscription {
    const subscription = this.#groups.add(
      credentials,
      (group) => new JobSubscription(this, group, this.#latest, signal, counted),
    );
    if (!counted) this.#uncounted += 1;
    if (signal?.aborted) subscription.release();
    return subscription;
  }

  /** A transition upstream reported; a terminal one ends the channel. */
  publish(job: UpstreamJob): void {
    if (this.#over) return;
    this.#append({ job, error: undefined, next: undefined });
    if (isTerminalJob(job)) this.#retire();
  }

  /** Ends every subscription with `error` once it has read what came before. */
  fail(error: Error): void {
    if (this.#over) return;
    this.#append({ job: undefined, error, next: undefined });
    this.#retire();
  }

  /** Ends every subscription now, as if the job had been left (shutdown). */
  end(): void {
    this.#over = true;
    this.#groups.releaseAll();
  }

  /** Called by a subscription exactly once, when it ends for whatever reason. */
  leave(subscription: JobSubscription, group: LoginGroup<JobSubscription>): void {
    if (!this.#groups.remove(subscription, group)) return;
    if (!subscription.counted) this.#uncounted -= 1;
    this.#onLeave();
    if (this.#groups.size === 0) this.#onRetire();
  }

  #append(event: JobEvent): void {
    this.#latest.next = event;
    this.#latest = event;
    this.#groups.wakeFresh();
  }

  #retire(): void {
    this.#over = true;
    this.#onRetire();
  }
}

/** One subscriber's view of a channel: an async iterator with a cursor into its history. */
export class JobSubscription implements AsyncIterableIterator<UpstreamJob> {
  #channel: JobChannel | undefined;
  readonly #group: LoginGroup<JobSubscription>;
  /** The next event to deliver, or the last one delivered when `#delivered` is set. */
  #cursor: JobEvent;
  #delivered = false;
  #failure: Error | undefined;
  #waiting: ((result: IteratorResult<UpstreamJob>) => void) | undefined;
  #failWaiting: ((error: Error) => void) | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort: (() => void) | undefined;

  constructor(
    channel: JobChannel,
    group: LoginGroup<JobSubscription>,
    first: JobEvent,
    signal: AbortSignal | undefined,
    /** False for a subscriber that is no client's subscription of its own. */
    readonly counted = true,
  ) {
    this.#channel = channel;
    this.#group = group;
    this.#cursor = first;
    this.#signal = signal;
    if (signal) {
      this.#onAbort = () => this.release();
      signal.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<UpstreamJob>> {
    if (this.#failure) {
      const failure = this.#failure;
      this.#failure = undefined;
      return Promise.reject(failure);
    }
    const event = this.#pending();
    if (event) {
      try {
        return Promise.resolve(this.#deliver(event));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (!this.#channel) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.#waiting = resolve;
      this.#failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<UpstreamJob>> {
    this.release();
    return Promise.resolve(DONE);
  }

  /** The channel has a new event, or the login's access was checked again. */
  wake(): void {
    const resolve = this.#waiting;
    const reject = this.#failWaiting;
    const event = resolve && this.#pending();
    if (!resolve || !reject || !event) return;
    this.#waiting = undefined;
    this.#failWaiting = undefined;
    try {
      resolve(this.#deliver(event));
    } catch (error) {
      reject(error as Error);
    }
  }

  /** These credentials can no longer read the job: deliver nothing more, end with `error`. */
  refuse(error: Error): void {
    if (!this.#channel) return;
    const reject = this.#failWaiting;
    this.#waiting = undefined;
    this.#failWaiting = undefined;
    if (reject) reject(error);
    else this.#failure = error;
    this.release();
  }

  /** Leaves the channel; a pending next() resolves done. Idempotent. */
  release(): void {
    const channel = this.#channel;
    if (!channel) return;
    this.#channel = undefined;
    if (this.#onAbort) this.#signal?.removeEventListener('abort', this.#onAbort);
    channel.leave(this, this.#group);
    const resolve = this.#waiting;
    this.#waiting = undefined;
    this.#failWaiting = undefined;
    resolve?.(DONE);
  }

  /** The next event to deliver; none while the login's access check is stale. */
  #pending(): JobEvent | undefined {
    if (!this.#channel || !this.#group.access.fresh) return undefined;
    return this.#delivered ? this.#cursor.next : this.#cursor;
  }

  /** Moves the cursor to `event`: its job, or its error thrown. */
  #deliver(event: JobEvent): IteratorResult<UpstreamJob> {
    this.#cursor = event;
    this.#delivered = true;
    const { job, error } = event;
    if (error || !job) {
      this.release();
      throw error ?? new Error('A job event carries neither job nor error');
    }
    // The event with a terminal state is the last: leave now, the next call is done.
    if (isTerminalJob(job)) this.release();
    return { value: job, done: false };
  }
}
