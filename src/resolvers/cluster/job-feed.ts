import { changeFingerprint, lastModifiedMs } from '../job-changes.ts';
import type { UpstreamJob } from '../upstream-types.ts';

/**
 * The newest state of one job as this replica knows it, whatever brought it: its own poll loop,
 * a message from the lease holder, the snapshot in Redis. Lets through only what is newer (by
 * `last_modified`) and changes what subscribers see, so each transition reaches them once.
 */
export class JobFeed {
  #latest: UpstreamJob;
  #fingerprint: string;
  #modifiedMs: number | undefined;

  constructor(initial: UpstreamJob) {
    this.#latest = initial;
    this.#fingerprint = changeFingerprint(initial);
    this.#modifiedMs = lastModifiedMs(initial);
  }

  get latest(): UpstreamJob {
    return this.#latest;
  }

  /** True when `job` is a transition subscribers have not seen yet (and it becomes the latest). */
  take(job: UpstreamJob): boolean {
    const modifiedMs = lastModifiedMs(job);
    if (modifiedMs !== undefined && this.#modifiedMs !== undefined) {
      if (modifiedMs < this.#modifiedMs) return false;
    }
    if (modifiedMs !== undefined) this.#modifiedMs = modifiedMs;
    const fingerprint = changeFingerprint(job);
    if (fingerprint === this.#fingerprint) return false;
    this.#fingerprint = fingerprint;
    this.#latest = job;
    return true;
  }
}
