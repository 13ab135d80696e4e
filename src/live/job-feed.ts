import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { changeFingerprint, compareProgress, lastModifiedMs } from './job-changes.ts';

/** What one answer brought: a change to emit, only a newer `last_modified`, or nothing. */
export type FeedProgress = 'changed' | 'moved' | 'none';

/**
 * Where an answer comes from. `poll`: this process's own read, the one request in flight,
 * answered after every answer taken before it. `relay`: another replica's message or the
 * snapshot in Redis, which may arrive late.
 */
export type FeedSource = 'poll' | 'relay';

/**
 * The newest state of one job as this process knows it, whatever brought it: a poll loop's
 * answer, a message from the cluster's lease holder, the snapshot in Redis. Lets through only
 * what changes what subscribers see, so each transition reaches them once, and never takes
 * them back to an older state.
 *
 * Which of two answers is newer: first how far the job has come (`compareProgress`: terminal,
 * then task reports ended, then task reports; a job only moves forward in it), so an answer
 * further along always passes (a terminal state above all) and one behind never does. Only
 * between answers at the same stage does `last_modified` decide, and only for relayed ones
 * (a late message, a snapshot read before the last message): the feed's own poll answer is the
 * newest by construction. Upstream's clock can step back, or one answer carry a time far
 * ahead; since every answer taken sets the stamp, earlier or not, one bad time never wedges
 * the feed.
 */
export class JobFeed {
  #latest: UpstreamJob;
  #fingerprint: string;
  #modifiedMs: number | undefined;
  #lastModified: string | undefined;

  constructor(initial: UpstreamJob) {
    this.#latest = initial;
    this.#fingerprint = changeFingerprint(initial);
    this.#modifiedMs = lastModifiedMs(initial);
    this.#lastModified = initial.last_modified;
  }

  get latest(): UpstreamJob {
    return this.#latest;
  }

  /** The `last_modified` of the answer taken last, as upstream wrote it. */
  get lastModified(): string | undefined {
    return this.#lastModified;
  }

  /** Takes `job`: 'changed' when it is a transition subscribers have not seen (now the latest). */
  take(job: UpstreamJob, source: FeedSource): FeedProgress {
    const modifiedMs = lastModifiedMs(job);
    if (this.#isStale(job, modifiedMs, source)) return 'none';
    const moved = modifiedMs !== undefined && modifiedMs !== this.#modifiedMs;
    if (modifiedMs !== undefined) {
      this.#modifiedMs = modifiedMs;
      this.#lastModified = job.last_modified;
    }
    const fingerprint = changeFingerprint(job);
    if (fingerprint === this.#fingerprint) return moved ? 'moved' : 'none';
    this.#fingerprint = fingerprint;
    this.#latest = job;
    return 'changed';
  }

  /** Older than what was taken: behind it, or at its stage and relayed with an earlier stamp. */
  #isStale(job: UpstreamJob, modifiedMs: number | undefined, source: FeedSource): boolean {
    const progress = compareProgress(job, this.#latest);
    if (progress !== 0) return progress < 0;
    if (source === 'poll' || modifiedMs === undefined || this.#modifiedMs === undefined) {
      return false;
    }
    return modifiedMs < this.#modifiedMs;
  }
}
