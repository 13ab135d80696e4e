import type { SpanContext, Tracer } from '@opentelemetry/api';
import type { CallScope } from '../aiqum/call-scope.ts';
import type { AiqumClient, Credentials } from '../aiqum/client.ts';
import type { LongPollSupport } from '../aiqum/long-poll-support.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { BadUserInputError, UpstreamProtocolError, UpstreamUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { AccessChecks } from './access-checks.ts';
import { backoffMs, delay } from './delay.ts';
import { isTerminalJob, lastModifiedMs } from './job-changes.ts';
import { type FeedProgress, JobFeed } from './job-feed.ts';
import { PollSpan } from './poll-span.ts';

/** What a poll loop feeds: whoever delivers the transitions (a JobChannel, or a cluster watch). */
export interface PollTarget {
  /** The credentials of a current subscriber, or undefined when nobody is left. */
  pollCredentials(): Credentials | undefined;
  publish(job: UpstreamJob): void;
  /** The watch cannot go on (an unexpected failure): every subscriber ends with `error`. */
  fail(error: Error): void;
}

export interface PollLoopOptions {
  client: AiqumClient;
  support: LongPollSupport;
  /** Each read counts as an access check of the login it was made with; refusals end it. */
  access: AccessChecks;
  logger: Logger;
  pollIntervalMs: number;
  longPollTimeoutS: number;
  /** First wait after an upstream failure; it doubles per failure, with jitter. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  /** Set when tracing is on: a span per poll. */
  tracer?: Tracer | undefined;
}

/** A long poll may take `poll_timeout`; give upstream this much more before giving up. */
const LONG_POLL_GRACE_MS = 5000;
/** Quick long-poll answers in a row that change nothing we emit before the loop slows down. */
const QUICK_ANSWERS_BEFORE_PAUSE = 3;

/**
 * Who polls: one loop per watched job. At most one upstream request in flight, made with the
 * credentials of a current subscriber; when AIQUM refuses that login (401, 403, 404) only its
 * subscribers end and the loop goes on with another's. It long-polls while this job's answers
 * show upstream holds them and polls every `pollIntervalMs` otherwise; it publishes only
 * changes of state, status or task reports, and ends at a terminal state, when nobody is left,
 * at an unexpected failure, or on `stop()` (which aborts the request in flight).
 */
export class JobPollLoop {
  readonly done: Promise<void>;
  readonly #controller = new AbortController();
  readonly #feed: JobFeed;
  /** This job's own finding; a new loop starts from what the process has seen of upstream. */
  #longPoll: boolean;
  #failures = 0;
  #quickAnswers = 0;

  constructor(
    readonly key: string,
    initial: UpstreamJob,
    private readonly target: PollTarget,
    private readonly options: PollLoopOptions,
    /** The span of the operation that started the watch: each poll span links to it. */
    private readonly startedBy?: SpanContext,
  ) {
    this.#feed = new JobFeed(initial);
    this.#longPoll = options.support.usable;
    if (lastModifiedMs(initial) === undefined) this.#fallBack('jobs carry no last_modified');
    this.done = this.#run().catch((error: unknown) => {
      target.fail(error instanceof Error ? error : new Error(String(error)));
    });
  }

  stop(): void {
    this.#controller.abort();
  }

  async #run(): Promise<void> {
    const { signal } = this.#controller;
    while (!signal.aborted && !isTerminalJob(this.#feed.latest)) {
      const longPoll = this.#longPoll;
      if (!longPoll && !(await delay(this.options.pollIntervalMs, signal))) return;
      const credentials = this.target.pollCredentials();
      if (!credentials) return;
      const startedAt = performance.now();
      const { tracer } = this.options;
      const span = tracer && new PollSpan(tracer, this.key, longPoll, this.startedBy);
      const read = this.options.access.reading(this.key, credentials);
      let job: UpstreamJob;
      try {
        job = await this.#get(credentials, longPoll, signal, span?.scope);
      } catch (error) {
        span?.end(signal.aborted ? 'stopped' : (error as Error).name, !signal.aborted);
        if (read.failed(error)) {
          // The refused login's subscribers are gone: poll on with somebody else's.
          if (this.target.pollCredentials() !== credentials) continue;
          this.target.fail(error as Error);
          return;
        }
        if (signal.aborted) return;
        if (!(await this.#recover(error, longPoll, signal))) return;
        continue;
      }
      read.succeeded();
      this.#failures = 0;
      const progress = this.#take(job);
      span?.end(progress);
      const quick = performance.now() - startedAt < (this.options.longPollTimeoutS * 1000) / 2;
      if (longPoll && quick && progress !== 'changed') {
        if (!(await this.#noteQuickAnswer(progress, signal))) return;
      }
    }
  }

  #get(
    credentials: Credentials,
    longPoll: boolean,
    signal: AbortSignal,
    scope: CallScope | undefined,
  ): Promise<UpstreamJob> {
    const { client, longPollTimeoutS } = this.options;
    if (!longPoll) return client.getJob(this.key, credentials, { signal, scope });
    return client.getJob(this.key, credentials, {
      signal,
      scope,
      timeoutMs: longPollTimeoutS * 1000 + LONG_POLL_GRACE_MS,
      longPoll: { timeoutS: longPollTimeoutS, lastModified: this.#feed.lastModified },
    });
  }

  /** Records an answer and publishes it when it changed what subscribers see. */
  #take(job: UpstreamJob): FeedProgress {
    if (lastModifiedMs(job) === undefined) this.#fallBack('jobs carry no last_modified');
    const progress = this.#feed.take(job, 'poll');
    if (progress === 'changed') {
      this.#quickAnswers = 0;
      this.target.publish(job);
    }
    return progress;
  }

  /**
   * A long poll came back early with nothing to emit. If `last_modified` did not move, upstream
   * does not hold requests (for this job at least): fall back to intervals. If it moved (a
   * change we do not emit, such as a child job ending), poll again at once, but pause after a
   * few in a row: never spin.
   */
  async #noteQuickAnswer(progress: 'moved' | 'none', signal: AbortSignal): Promise<boolean> {
    if (progress === 'none') {
      this.#fallBack('a long poll was answered at once without a change');
      return true;
    }
    this.#quickAnswers += 1;
    if (this.#quickAnswers < QUICK_ANSWERS_BEFORE_PAUSE) return true;
    this.#quickAnswers = 0;
    return delay(this.options.pollIntervalMs, signal);
  }

  /** This job polls at intervals from now on; the process counts it as evidence. */
  #fallBack(reason: string): void {
    if (!this.#longPoll) return;
    this.#longPoll = false;
    this.options.support.noteUnsupported(this.key, reason);
  }

  /** Decides what an upstream failure means; returns false when the loop must end. */
  async #recover(error: unknown, longPoll: boolean, signal: AbortSignal): Promise<boolean> {
    const { logger, retryDelayMs, maxRetryDelayMs } = this.options;
    if (longPoll && error instanceof BadUserInputError) {
      this.#fallBack(`upstream refused the long-poll parameters: ${error.message}`);
      return true;
    }
    if (error instanceof UpstreamUnavailableError || error instanceof UpstreamProtocolError) {
      const waitMs = backoffMs(this.#failures, retryDelayMs, maxRetryDelayMs);
      this.#failures += 1;
      logger.warn(
        {
          key: this.key,
          failures: this.#failures,
          waitMs: Math.round(waitMs),
          reason: error.message,
        },
        'job watch: upstream failed, retrying',
      );
      return delay(waitMs, signal);
    }
    this.target.fail(error instanceof Error ? error : new Error(String(error)));
    return false;
  }
}
