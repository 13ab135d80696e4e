import { FollowJobSubscription, JobsUpdatedSubscription } from './documents.ts';
import type { Gateway } from './gateway.ts';
import type { GatewayError } from './gateway-error.ts';
import type { Job } from './job-summary.ts';
import { type JobView, toJobFilter } from './job-view.ts';
import { retryDelayMs } from './reconnect.ts';

/** Refusals that another try will not change: the feed stays off and says why. */
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT']);

export interface LiveFeedListener {
  job(job: Job): void;
  error(error: GatewayError): void;
  /** The feed started or stopped delivering (rows show whether they are live). */
  activeChanged(active: boolean): void;
  /** The feed is back after it failed: events may have been missed, so refetch. */
  resumed(): void;
}

/**
 * The live side of the list: one `jobsUpdated(filter)` subscription with the view's filter,
 * delivering every new matching job and every change of a matching one. The connection's own
 * reconnects resubscribe it; when the gateway ends it with an error that may pass (AIQUM
 * unavailable), it subscribes again after a backoff. Jobs this page starts are followed by key
 * as well (`jobUpdated`) until they end: the list learns of a new job only at its next discovery
 * poll, and a short job may be over by then.
 */
export class LiveFeed {
  readonly #gateway: Gateway;
  readonly #listener: LiveFeedListener;
  #view: JobView | undefined;
  #unsubscribe: (() => void) | undefined;
  #active = false;
  #failures = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Jobs this page started, followed by key until their terminal event. */
  readonly #ownJobs = new Map<string, () => void>();

  constructor(gateway: Gateway, listener: LiveFeedListener) {
    this.#gateway = gateway;
    this.#listener = listener;
  }

  get active(): boolean {
    return this.#active;
  }

  /** Follows another view; subscribe before reading its first page, so nothing falls between. */
  start(view: JobView): void {
    this.stop();
    this.#view = view;
    this.#failures = 0;
    this.#subscribe();
  }

  /** Follows a job this page just started until it ends, whatever the view. */
  followOwn(job: Job): void {
    if (job.terminal || this.#ownJobs.has(job.key)) return;
    const unfollow = () => this.#ownJobs.delete(job.key);
    this.#ownJobs.set(
      job.key,
      this.#gateway.subscribe(
        FollowJobSubscription,
        { key: job.key },
        {
          next: ({ jobUpdated }) => this.#listener.job(jobUpdated),
          error: (error) => {
            unfollow();
            this.#listener.error(error);
          },
          complete: unfollow,
        },
      ),
    );
  }

  /** Ends the list's subscription and every job followed by key. */
  stopAll(): void {
    this.stop();
    for (const stop of this.#ownJobs.values()) stop();
    this.#ownJobs.clear();
  }

  stop(): void {
    clearTimeout(this.#retryTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#view = undefined;
    this.#setActive(false);
  }

  #subscribe(): void {
    const view = this.#view;
    if (!view) return;
    const resumed = this.#failures > 0;
    let ended = false;
    const end = () => {
      ended = true;
      this.#unsubscribe = undefined;
      this.#setActive(false);
    };
    this.#unsubscribe = this.#gateway.subscribe(
      JobsUpdatedSubscription,
      { filter: toJobFilter(view) },
      {
        next: ({ jobsUpdated }) => {
          this.#failures = 0;
          this.#listener.job(jobsUpdated);
        },
        error: (error) => {
          end();
          this.#listener.error(error);
          if (!FINAL_CODES.has(error.code)) this.#retryLater(view);
        },
        // It never completes on its own: a completion means the gateway let go of it.
        complete: () => {
          if (ended) return;
          end();
          this.#retryLater(view);
        },
      },
    );
    if (!ended) this.#setActive(true);
    if (resumed && !ended) this.#listener.resumed();
  }

  #retryLater(view: JobView): void {
    if (this.#view !== view) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#subscribe(), retryDelayMs(this.#failures));
    this.#failures += 1;
  }

  #setActive(active: boolean): void {
    if (active === this.#active) return;
    this.#active = active;
    this.#listener.activeChanged(active);
  }
}
