import { TooManySubscriptionsError } from '../errors.ts';

/** Whatever holds subscriptions: how many are open, and being admitted. */
export interface SubscriptionSource {
  subscriberCount(): number;
}

/**
 * `MAX_SUBSCRIPTIONS` over every kind of subscription of the process (`jobUpdated`,
 * `jobsUpdated`): each watcher registers itself and asks before it admits one more.
 */
export class SubscriptionLimit {
  readonly #sources: SubscriptionSource[] = [];

  constructor(readonly max: number | undefined) {}

  register(source: SubscriptionSource): void {
    this.#sources.push(source);
  }

  get count(): number {
    let count = 0;
    for (const source of this.#sources) count += source.subscriberCount();
    return count;
  }

  /** Throws TooManySubscriptionsError when the process serves as many as it may. */
  check(): void {
    if (this.max !== undefined && this.count >= this.max) {
      throw new TooManySubscriptionsError(
        `This gateway already serves ${this.max} subscriptions; try again later`,
      );
    }
  }
}
