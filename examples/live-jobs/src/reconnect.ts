// When the live connection drops, the page retries for as long as it is open: soon at first,
// then further apart, with jitter so that many open pages do not return to a restarted gateway
// in one burst.

/** The first retry comes within this, each next one within twice the last, up to the cap. */
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;
/** After this many failed attempts in a row the page says it is offline (and goes on trying). */
export const OFFLINE_AFTER_ATTEMPTS = 5;

/** The wait before retry number `retries` (0 for the first): between half and all of the step. */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(retries, 16));
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * Waits `delayMs`, or less: `skip()` (a "Retry now" click) or the browser coming back online
 * ends the wait at once.
 */
export class RetryTimer {
  #skip: (() => void) | undefined;

  wait(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        this.#skip = undefined;
        resolve();
      };
      const timer = setTimeout(done, delayMs);
      window.addEventListener('online', done);
      this.#skip = done;
    });
  }

  skip(): void {
    this.#skip?.();
  }
}
