import { HTTPError } from 'ky';

/**
 * The time budget of one logical upstream call: every attempt and every wait between them.
 * Its signal aborts when the budget is spent or the caller aborts; `end()` releases its timer
 * and its hold on the caller's signal once the call has settled.
 */
export class CallDeadline {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #endsAt: number;
  readonly #callerSignal: AbortSignal | undefined;
  #timedOut = false;

  constructor(
    readonly budgetMs: number,
    callerSignal?: AbortSignal,
  ) {
    this.#endsAt = performance.now() + budgetMs;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new DOMException(`No answer within ${budgetMs} ms`, 'TimeoutError'));
    }, budgetMs);
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) this.#onCallerAbort();
    else callerSignal?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The budget ran out (rather than the caller going away). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  remainingMs(): number {
    return this.#endsAt - performance.now();
  }

  end(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }

  readonly #onCallerAbort = () => {
    clearTimeout(this.#timer);
    this.#controller.abort(this.#callerSignal?.reason);
  };
}

const RETRY_AFTER_STATUSES = new Set([413, 429, 503]);

/** How long an answer asks to wait before the next attempt (`Retry-After`), if it does. */
export function retryAfterMs(error: Error): number | undefined {
  if (!(error instanceof HTTPError) || !RETRY_AFTER_STATUSES.has(error.response.status)) {
    return undefined;
  }
  const value = error.response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
