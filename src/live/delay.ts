/** Waits `ms`; resolves false at once when `signal` aborts, so loops can stop without a throw. */
export function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** How a live poll waits after upstream failures: `retryDelayMs` first, doubling up to the max. */
export interface RetryDelays {
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

const DEFAULT_RETRY_DELAY_MS = 500;
const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;

/** The delays given, the defaults for those left out. */
export function retryDelays(given: Partial<RetryDelays>): RetryDelays {
  return {
    retryDelayMs: given.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    maxRetryDelayMs: given.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS,
  };
}

/** Exponential backoff with equal jitter: attempt 0 waits between base/2 and base. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * A sleep that an event may cut short. A wake-up that comes while nobody sleeps is kept, so the
 * next sleep returns at once: a loop never misses the event that asked it to look again.
 */
export class WakeableSleep {
  #wake: (() => void) | undefined;
  #wakeRequested = false;

  /** Resolves after `ms`, or at the next `wake()`, or at once after one that came meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.#wakeRequested) {
      this.#wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  wake(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    if (wake) wake();
    else this.#wakeRequested = true;
  }
}
