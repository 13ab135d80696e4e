import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { changeFingerprint, lastModifiedMs } from './job-changes.ts';

/** What one answer brought: a change to emit, only a newer `last_modified`, or nothing. */
export type FeedProgress = 'changed' | 'moved' | 'none';

/**
 * The newest state of one job as this process knows it, whatever brought it: a poll loop's
 * answer, a message from the cluster's lease holder, the snapshot in Redis. Lets through only
 * what is not older (by `last_modified`) and changes what subscribers see, so each transition
 * reaches them once.
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

  /** The newest `last_modified` seen, as upstream wrote it. */
  get lastModified(): string | undefined {
    return this.#lastModified;
  }

  /** Takes `job`: 'changed' when it is a transition subscribers have not seen (now the latest). */
  take(job: UpstreamJob): FeedProgress {
    const modifiedMs = lastModifiedMs(job);
    if (
      modifiedMs !== undefined &&
      this.#modifiedMs !== undefined &&
      modifiedMs < this.#modifiedMs
    ) {
      return 'none'; // older than an answer already taken: a late reply, or another replica's
    }
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
}
