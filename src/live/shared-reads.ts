import type { CallScope } from '../aiqum/call-scope.ts';

/** An error for a wait that `signal` ended. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * One request at a time, shared by every caller who asks while it is in flight: a thousand
 * subscribers with one login cost one upstream read. The request is aborted when every caller
 * waiting for it has gone; a caller's own signal ends only its own wait.
 */
export class SharedRead<T> {
  #inFlight: InFlight<T> | undefined;
  #closed = false;

  constructor(
    private readonly start: (signal: AbortSignal, scope: CallScope | undefined) => Promise<T>,
  ) {}

  /** `scope` counts (and traces) the request when this caller is the one who starts it. */
  run(signal?: AbortSignal, scope?: CallScope): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const read = this.#inFlight ?? this.#begin(scope);
    read.waiters += 1;
    const leave = () => {
      read.waiters -= 1;
      if (read.waiters === 0) read.controller.abort();
    };
    if (!signal) return read.promise.finally(leave);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      read.promise
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    }).finally(leave);
  }

  /** Aborts the request in flight; later calls each start and abort their own at once. */
  close(): void {
    this.#closed = true;
    this.#inFlight?.controller.abort();
    this.#inFlight = undefined;
  }

  #begin(scope: CallScope | undefined): InFlight<T> {
    const controller = new AbortController();
    if (this.#closed) controller.abort();
    const read: InFlight<T> = {
      controller,
      waiters: 0,
      promise: this.start(controller.signal, scope).finally(() => {
        if (this.#inFlight === read) this.#inFlight = undefined;
      }),
    };
    // A read nobody waits for any more must not surface as an unhandled rejection.
    read.promise.catch(() => {});
    if (!this.#closed) this.#inFlight = read;
    return read;
  }
}
