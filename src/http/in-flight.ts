import { type RequestListener, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';

/**
 * The HTTP requests being answered, for shutdown: it waits for them, says how many it had to
 * cut short, and cuts the event streams of subscriptions (SSE) so that their clients see a
 * broken stream and retry, where a `complete` would tell them the subscription had ended.
 */
export class InFlightRequests {
  readonly #open = new Set<ServerResponse>();
  readonly #subscriptionStreams = new WeakSet<ServerResponse>();

  /** `listener`, with every request it serves counted until its response closes. */
  track(listener: RequestListener): RequestListener {
    return (request, response) => {
      this.#open.add(response);
      response.once('close', () => this.#open.delete(response));
      listener(request, response);
    };
  }

  /** Requests still being answered, subscription streams aside. */
  get answering(): number {
    let count = 0;
    for (const response of this.#open) if (!this.#subscriptionStreams.has(response)) count++;
    return count;
  }

  /** Marks the response of each subscription over HTTP as a subscription's event stream. */
  plugin(): Plugin {
    const streams = this.#subscriptionStreams;
    return {
      onSubscribe({ args }) {
        // Yoga's context holds the node response of an HTTP request; graphql-ws has none.
        const response = (args.contextValue as { res?: unknown }).res;
        if (response instanceof ServerResponse) streams.add(response);
      },
    };
  }

  /** Cuts every subscription's event stream short, with no `complete`. */
  cutSubscriptionStreams(): void {
    for (const response of this.#open) {
      if (this.#subscriptionStreams.has(response)) response.destroy();
    }
  }
}
