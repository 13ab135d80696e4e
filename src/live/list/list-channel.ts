import type { Credentials } from '../../aiqum/client.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';
import type { AccessChecks } from '../access-checks.ts';
import type { JobUpdate } from '../job-updates.ts';
import { type LoginGroup, LoginGroups } from '../login-groups.ts';
import { concernsList, type ListFilter } from './list-filter.ts';

/**
 * One entry of a list's history: a job that appeared (no `previous`) or changed. Subscribers
 * share the nodes and each keeps a pointer to the last one it looked at.
 */
interface ListEvent {
  readonly job: UpstreamJob | undefined;
  readonly previous: UpstreamJob | undefined;
  next: ListEvent | undefined;
}

export interface ListChannelOptions {
  /** The list's access checks, and its key in them. */
  access: AccessChecks<unknown>;
  accessKey: string;
  /** AIQUM refused these credentials the list (401, 403): their subscribers have just ended. */
  onRefused: (credentials: Credentials, error: Error) => void;
  /** The last subscriber left. */
  onEmpty: () => void;
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * The subscribers of one live list on this process, grouped by credentials, and the events they
 * have still to read. Whoever discovers and follows the list's jobs feeds it; it never speaks
 * to upstream. Each subscriber applies its own states and statuses to the shared events; a login
 * receives events only while its access check is fresh, and its subscribers end when AIQUM
 * refuses it.
 */
export class ListChannel {
  #latest: ListEvent = { job: undefined, previous: undefined, next: undefined };
  readonly #groups: LoginGroups<ListSubscription>;
  readonly #onEmpty: () => void;

  constructor(options: ListChannelOptions) {
    this.#groups = new LoginGroups(options.access, options.accessKey, options.onRefused);
    this.#onEmpty = options.onEmpty;
  }

  get size(): number {
    return this.#groups.size;
  }

  /** The credentials of a current subscriber, or undefined when nobody is left. */
  pollCredentials(): Credentials | undefined {
    return this.#groups.pollCredentials();
  }

  credentials(): Credentials[] {
    return this.#groups.credentials();
  }

  /**
   * Adds a subscriber whose credentials passed a fresh access check; it hears of what happens
   * from now on.
   */
  join(credentials: Credentials, filter: ListFilter, signal?: AbortSignal): ListSubscription {
    const subscription = this.#groups.add(
      credentials,
      (group) => new ListSubscription(this, group, filter, this.#latest, signal),
    );
    if (signal?.aborted) subscription.release();
    return subscription;
  }

  /** A job appeared (`previous` undefined) or changed from `previous`. */
  publish(job: UpstreamJob, previous: UpstreamJob | undefined): void {
    const event: ListEvent = { job, previous, next: undefined };
    this.#latest.next = event;
    this.#latest = event;
    this.#groups.wakeFresh();
  }

  /** Upstream refused these credentials: their subscribers end now with `error`. */
  refuse(credentials: Credentials, error: Error): void {
    this.#groups.refuse(credentials, error);
  }

  /** The list cannot go on: every subscriber ends with `error`. */
  fail(error: Error): void {
    for (const credentials of this.credentials()) this.refuse(credentials, error);
  }

  /** Ends every subscription now (shutdown). */
  end(): void {
    this.#groups.releaseAll();
  }

  /** Called by a subscription exactly once, when it ends for whatever reason. */
  leave(subscription: ListSubscription, group: LoginGroup<ListSubscription>): void {
    if (this.#groups.remove(subscription, group) && this.#groups.size === 0) this.#onEmpty();
  }
}

/**
 * One subscriber of a list: an async iterator over the jobs that concern its filter. An error
 * that ends it arrives as its last value, so it reaches the client as a field error of that
 * event instead of tearing the transport's stream down.
 */
export class ListSubscription implements AsyncIterableIterator<JobUpdate> {
  #channel: ListChannel | undefined;
  /** The last event looked at; the next to deliver follows it. */
  #cursor: ListEvent;
  #failure: Error | undefined;
  #waiting: ((result: IteratorResult<JobUpdate>) => void) | undefined;
  readonly #onAbort: (() => void) | undefined;

  constructor(
    channel: ListChannel,
    private readonly group: LoginGroup<ListSubscription>,
    private readonly filter: ListFilter,
    cursor: ListEvent,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.#channel = channel;
    this.#cursor = cursor;
    if (signal) {
      this.#onAbort = () => this.release();
      signal.addEventListener('abort', this.#onAbort, { once: true });
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<JobUpdate>> {
    const failure = this.#failure;
    if (failure) {
      this.#failure = undefined;
      return Promise.resolve({ value: failure, done: false });
    }
    const job = this.#pending();
    if (job) return Promise.resolve({ value: job, done: false });
    if (!this.#channel) return Promise.resolve(DONE);
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<JobUpdate>> {
    this.#failure = undefined;
    this.release();
    return Promise.resolve(DONE);
  }

  /** The channel has a new event, or the login's access was checked again. */
  wake(): void {
    const resolve = this.#waiting;
    if (!resolve) return;
    const job = this.#pending();
    if (!job) return;
    this.#waiting = undefined;
    resolve({ value: job, done: false });
  }

  /** These credentials may no longer read the list: nothing more but `error`, then the end. */
  refuse(error: Error): void {
    if (!this.#channel) return;
    const resolve = this.#waiting;
    this.#waiting = undefined;
    if (resolve) resolve({ value: error, done: false });
    else this.#failure = error;
    this.release();
  }

  /** Leaves the channel; a pending next() resolves done. Idempotent. */
  release(): void {
    const channel = this.#channel;
    if (!channel) return;
    this.#channel = undefined;
    if (this.#onAbort) this.signal?.removeEventListener('abort', this.#onAbort);
    channel.leave(this, this.group);
    const resolve = this.#waiting;
    this.#waiting = undefined;
    resolve?.(DONE);
  }

  /**
   * The next job that concerns this subscriber's filter, moving the cursor past the others;
   * none while the login's access check is stale.
   */
  #pending(): UpstreamJob | undefined {
    if (!this.#channel || !this.group.access.fresh) return undefined;
    for (let event = this.#cursor.next; event; event = event.next) {
      this.#cursor = event;
      if (event.job && concernsList(event.job, event.previous, this.filter)) return event.job;
    }
    return undefined;
  }
}
