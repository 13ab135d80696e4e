export interface HoldOptions {
  timeoutMs: number;
  signal: AbortSignal;
  /** Registers `wake`, which ends the hold early; returns how to unregister it. */
  wakeOn?: (wake: () => void) => () => void;
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Requests the simulator keeps waiting (long polls, delay faults). Each hold ends on wake,
 * on timeout or on close() (resolving), or when its request is aborted (rejecting with the
 * abort reason, as fetch does), and always leaves no timer or listener behind.
 */
export class HeldRequests {
  readonly #releases = new Set<() => void>();
  #closed = false;

  get count(): number {
    return this.#releases.size;
  }

  hold({ timeoutMs, signal, wakeOn }: HoldOptions): Promise<void> {
    if (signal.aborted) return Promise.reject(abortReason(signal));
    if (this.#closed) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      let unsubscribe = () => {};
      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe();
        signal.removeEventListener('abort', onAbort);
        this.#releases.delete(release);
        if (error === undefined) resolve();
        else reject(error);
      };
      const release = () => finish();
      const onAbort = () => finish(abortReason(signal));
      const timer = setTimeout(release, timeoutMs);
      signal.addEventListener('abort', onAbort, { once: true });
      this.#releases.add(release);
      if (wakeOn) unsubscribe = wakeOn(release);
    });
  }

  /** Releases every hold now; later holds end at once. */
  close(): void {
    this.#closed = true;
    for (const release of [...this.#releases]) release();
  }
}
