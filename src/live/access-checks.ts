import type { CallScope } from '../aiqum/call-scope.ts';
import type { Credentials } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { backoffMs } from './delay.ts';
import { SharedRead } from './shared-reads.ts';

export const DEFAULT_ACCESS_RECHECK_MS = 60_000;

export interface AccessChecksOptions<T> {
  /** The check itself: reads what `key` names (a job, a live list) with these credentials. */
  read(
    key: string,
    credentials: Credentials,
    signal: AbortSignal,
    scope: CallScope | undefined,
  ): Promise<T>;
  /** What subscribers are told when AIQUM answers 404 for `key` (a 404 names AIQUM's path). */
  notFound(key: string, cause: Error): Error;
  logger: Logger;
  /** How old a login's last successful check of a job may be while it receives its updates. */
  recheckMs: number;
  /** First wait after a re-check failed for another reason than a refusal; doubles per failure. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
}

/** What a holder that delivers to a login hears about that login's access to the job. */
export interface AccessListener {
  /** A check succeeded: whatever was held back for the login may go now. */
  renewed(): void;
  /** AIQUM refused the login this job (401, 403, or 404 for it): its subscribers end with `error`. */
  refused(error: Error): void;
}

/** One holder's handle on the access of one login to one job. */
export interface AccessHold<T = UpstreamJob> {
  /** A successful check younger than the interval exists: the login may receive updates. */
  readonly fresh: boolean;
  /**
   * Resolves once such a check exists: at once with undefined when it does, otherwise after one
   * read shared by every concurrent caller for this login and job, with the job it read.
   * Rejects with AIQUM's refusal, or with the failure of the read. `scope` (the caller's
   * operation) counts and traces the read when this caller is the one who starts it.
   */
  check(signal?: AbortSignal, scope?: CallScope): Promise<T | undefined>;
  /** Reads the job now with these credentials (shared likewise); it counts as a check. */
  read(signal?: AbortSignal, scope?: CallScope): Promise<T>;
  /** Gives the hold up; with the last one the re-checks stop and an unwanted read is aborted. */
  release(): void;
}

/** What a poller reports about one read it made with a login's credentials. */
export interface AccessRead {
  /** The read succeeded: a check of the login, made when the read started. */
  succeeded(): void;
  /** The read failed; true when AIQUM refused the login, whose listeners have been told. */
  failed(error: unknown): boolean;
}

/** 401, 403 or 404: AIQUM does not let these credentials read the job (now). */
export function isRefusal(error: unknown): error is Error {
  return (
    error instanceof UnauthenticatedError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError
  );
}

const UNTRACKED_READ: AccessRead = { succeeded: () => {}, failed: isRefusal };

/**
 * When AIQUM last let each login read each job it follows, and the re-checks that keep that no
 * older than `recheckMs`: at most one check per login and job per interval, whatever the
 * number of subscribers; a poller's own successful reads count as checks of its login. An
 * entry lives while somebody holds it, so memory follows what is watched.
 */
export class AccessChecks<T = UpstreamJob> {
  readonly #entries = new Map<string, LoginAccess<T>>();
  #closed = false;

  constructor(private readonly options: AccessChecksOptions<T>) {}

  /**
   * Holds the access of `credentials` to `key` (an admission holds it while it checks). With a
   * listener (a holder that delivers to the login) it is re-checked whenever it turns stale.
   */
  hold(key: string, credentials: Credentials, listener?: AccessListener): AccessHold<T> {
    const id = entryId(key, credentials);
    let entry = this.#entries.get(id);
    if (!entry) {
      entry = new LoginAccess(key, credentials, this.options, () => this.#entries.delete(id));
      if (this.#closed) entry.dispose();
      else this.#entries.set(id, entry);
    }
    return entry.hold(listener);
  }

  /** A poller starts a read of `key` with `credentials`; it reports the outcome here. */
  reading(key: string, credentials: Credentials): AccessRead {
    return this.#entries.get(entryId(key, credentials))?.reading() ?? UNTRACKED_READ;
  }

  /** Stops every re-check and aborts every read. */
  close(): void {
    this.#closed = true;
    for (const entry of [...this.#entries.values()]) entry.dispose();
  }
}

function entryId(key: string, credentials: Credentials): string {
  return `${key}\u0000${credentials}`;
}

/** The access of one login to one job: its last check, its re-check timer, its reads. */
class LoginAccess<T> {
  /** `performance.now()` when the last successful check started. */
  #checkedAt: number | undefined;
  /** When the last refusal became known: a read that started before it proves nothing. */
  #refusedAt: number | undefined;
  /** AIQUM's last word when it was a refusal (no check succeeded since). */
  #refusal: Error | undefined;
  readonly #reads: SharedRead<T>;
  /** Start times of the poller's reads in flight with these credentials. */
  readonly #polls = new Set<number>();
  readonly #listeners = new Set<AccessListener>();
  #holds = 0;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(
    private readonly key: string,
    private readonly credentials: Credentials,
    private readonly options: AccessChecksOptions<T>,
    private readonly onDispose: () => void,
  ) {
    this.#reads = new SharedRead((signal, scope) => this.#check(signal, scope));
  }

  get fresh(): boolean {
    const { recheckMs } = this.options;
    return this.#checkedAt !== undefined && performance.now() - this.#checkedAt < recheckMs;
  }

  hold(listener: AccessListener | undefined): AccessHold<T> {
    this.#holds += 1;
    if (listener) {
      this.#listeners.add(listener);
      this.#schedule();
      // Refused between a holder's check and its hold: it hears of it once it is in place.
      const refusal = this.#refusal;
      if (refusal) {
        queueMicrotask(() => {
          if (this.#listeners.has(listener) && this.#refusal === refusal) listener.refused(refusal);
        });
      }
    }
    return new Hold(this, listener);
  }

  read(signal: AbortSignal | undefined, scope: CallScope | undefined): Promise<T> {
    return this.#reads.run(signal, scope);
  }

  release(listener: AccessListener | undefined): void {
    if (listener) this.#listeners.delete(listener);
    this.#holds -= 1;
    if (this.#holds === 0) this.dispose();
    else if (this.#listeners.size === 0) this.#unschedule();
  }

  reading(): AccessRead {
    const startedAt = performance.now();
    this.#polls.add(startedAt);
    let reported = false;
    const report = () => {
      const first = !reported;
      reported = true;
      this.#polls.delete(startedAt);
      return first;
    };
    return {
      succeeded: () => {
        if (report()) this.#succeeded(startedAt);
      },
      failed: (error) => {
        if (!report() || !isRefusal(error)) {
          this.#schedule();
          return isRefusal(error);
        }
        this.#refused(error);
        return true;
      },
    };
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#unschedule();
    this.#listeners.clear();
    this.#reads.close();
    this.onDispose();
  }

  /** One read with these credentials, recorded as a check. */
  async #check(signal: AbortSignal, scope: CallScope | undefined): Promise<T> {
    const startedAt = performance.now();
    try {
      const read = await this.options.read(this.key, this.credentials, signal, scope);
      this.#succeeded(startedAt);
      return read;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      throw this.#refused(error);
    }
  }

  #succeeded(startedAt: number): void {
    if (this.#disposed) return;
    if (this.#refusedAt !== undefined && startedAt <= this.#refusedAt) return;
    this.#checkedAt = Math.max(this.#checkedAt ?? startedAt, startedAt);
    this.#refusal = undefined;
    this.#failures = 0;
    this.#schedule();
    for (const listener of [...this.#listeners]) listener.renewed();
  }

  /** Records a refusal and tells the listeners; returns the error they were given. */
  #refused(error: Error): Error {
    const refusal = error instanceof NotFoundError ? this.options.notFound(this.key, error) : error;
    if (this.#disposed) return refusal;
    this.#checkedAt = undefined;
    this.#refusedAt = performance.now();
    this.#refusal = refusal;
    this.#unschedule();
    for (const listener of [...this.#listeners]) listener.refused(refusal);
    return refusal;
  }

  /** Re-checks when the last check turns stale, while somebody listens and AIQUM did not refuse. */
  #schedule(): void {
    this.#unschedule();
    if (this.#disposed || this.#listeners.size === 0 || this.#refusal) return;
    const { recheckMs, retryDelayMs, maxRetryDelayMs } = this.options;
    const now = performance.now();
    let dueAt = Math.max(this.#checkedAt ?? now, this.#latestPoll()) + recheckMs;
    if (this.#failures > 0) {
      dueAt = Math.max(dueAt, now + backoffMs(this.#failures - 1, retryDelayMs, maxRetryDelayMs));
    }
    this.#timer = setTimeout(() => this.#recheck(), Math.max(0, dueAt - now));
  }

  #unschedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * When the poller's latest read in flight with these credentials started, or -Infinity. Once
   * it succeeds it proves access from then on: no separate check is needed before.
   */
  #latestPoll(): number {
    let latest = Number.NEGATIVE_INFINITY;
    for (const startedAt of this.#polls) latest = Math.max(latest, startedAt);
    return latest;
  }

  #recheck(): void {
    this.#timer = undefined;
    if (this.fresh || this.#latestPoll() + this.options.recheckMs > performance.now()) {
      this.#schedule();
      return;
    }
    this.#reads.run().catch((error: unknown) => {
      if (this.#disposed || isRefusal(error)) return;
      this.#failures += 1;
      this.options.logger.warn(
        { failures: this.#failures, reason: (error as Error).message },
        'access re-check failed: retrying; the login gets no update until one succeeds',
      );
      this.#schedule();
    });
  }
}

/** A holder's handle: its listener, and a release that counts once. */
class Hold<T> implements AccessHold<T> {
  #released = false;

  constructor(
    private readonly entry: LoginAccess<T>,
    private readonly listener: AccessListener | undefined,
  ) {}

  get fresh(): boolean {
    return this.entry.fresh;
  }

  check(signal?: AbortSignal, scope?: CallScope): Promise<T | undefined> {
    return this.entry.fresh ? Promise.resolve(undefined) : this.entry.read(signal, scope);
  }

  read(signal?: AbortSignal, scope?: CallScope): Promise<T> {
    return this.entry.read(signal, scope);
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.entry.release(this.listener);
  }
}
