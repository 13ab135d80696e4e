import type { CallScope } from '../aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';

interface SharedRead {
  promise: Promise<UpstreamJob>;
  controller: AbortController;
  waiters: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Reads of one job with one set of credentials, shared by every caller who asks while one is
 * in flight: a thousand subscribers with one login cost one upstream request. The request is
 * aborted when every caller waiting for it has gone.
 */
export class SharedJobReads {
  readonly #reads = new Map<string, SharedRead>();

  constructor(private readonly client: AiqumClient) {}

  /** `scope` counts (and traces) the request when this caller is the one who starts it. */
  read(
    key: string,
    credentials: Credentials,
    signal?: AbortSignal,
    scope?: CallScope,
  ): Promise<UpstreamJob> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = `${key}\u0000${credentials}`;
    let read = this.#reads.get(id);
    if (!read) {
      const controller = new AbortController();
      const created: SharedRead = {
        controller,
        waiters: 0,
        promise: this.client
          .getJob(key, credentials, { signal: controller.signal, scope })
          .finally(() => {
            if (this.#reads.get(id) === created) this.#reads.delete(id);
          }),
      };
      // A read nobody waits for any more must not surface as an unhandled rejection.
      created.promise.catch(() => {});
      this.#reads.set(id, created);
      read = created;
    }
    const shared = read;
    shared.waiters += 1;
    const leave = () => {
      shared.waiters -= 1;
      if (shared.waiters === 0) shared.controller.abort();
    };
    if (!signal) return shared.promise.finally(leave);
    return new Promise<UpstreamJob>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    }).finally(leave);
  }

  /** Aborts every read in flight. */
  close(): void {
    for (const read of this.#reads.values()) read.controller.abort();
    this.#reads.clear();
  }
}
