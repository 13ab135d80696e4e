import { FollowJobSubscription } from './documents.ts';
import type { Gateway } from './gateway.ts';
import type { GatewayError } from './gateway-error.ts';
import type { Job } from './job-summary.ts';

export interface LiveFeedListener {
  job(job: Job): void;
  error(error: GatewayError): void;
  /** A job's changes started or stopped arriving live. */
  liveChanged(key: string): void;
}

/** Follows every running job shown through `jobUpdated(key)`, until its terminal event. */
export class LiveFeed {
  readonly #gateway: Gateway;
  readonly #listener: LiveFeedListener;
  /** Jobs with an open subscription, and whether its first event has arrived. */
  readonly #following = new Map<string, { stop: () => void; live: boolean }>();

  constructor(gateway: Gateway, listener: LiveFeedListener) {
    this.#gateway = gateway;
    this.#listener = listener;
  }

  isLive(key: string): boolean {
    return this.#following.get(key)?.live ?? false;
  }

  follow(jobs: readonly Job[]): void {
    for (const job of jobs) {
      if (job.terminal || this.#following.has(job.key)) continue;
      const following = { stop: () => {}, live: false };
      this.#following.set(job.key, following);
      following.stop = this.#gateway.subscribe(
        FollowJobSubscription,
        { key: job.key },
        {
          next: ({ jobUpdated }) => {
            const wasLive = following.live;
            following.live = !jobUpdated.terminal;
            this.#listener.job(jobUpdated);
            if (wasLive !== following.live) this.#listener.liveChanged(job.key);
          },
          error: (error) => {
            this.#unfollow(job.key);
            this.#listener.error(error);
          },
          complete: () => this.#unfollow(job.key),
        },
      );
    }
  }

  stop(): void {
    for (const { stop } of this.#following.values()) stop();
    this.#following.clear();
  }

  #unfollow(key: string): void {
    const following = this.#following.get(key);
    if (!following) return;
    this.#following.delete(key);
    if (following.live) this.#listener.liveChanged(key);
  }
}
