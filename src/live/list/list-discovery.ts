import { aiqumTimeMs } from '../../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';

/** How long after a job was submitted AIQUM may still list it for the first time. */
export const LISTING_SLACK_MS = 60_000;

export interface ListDiscoveryOptions {
  /** Records one discovery poll reads. */
  pageSize: number;
  /** Job keys remembered at most; past it the oldest are forgotten. */
  maxRemembered: number;
  slackMs?: number;
}

/**
 * Which jobs of a list are new, from pages of AIQUM's newest jobs (`order_by=submit_time desc`).
 * The first page only says where the list stands. Afterwards each poll reads the newest page;
 * when every record on it is new, more may hide below, so the next polls read on down (at
 * `offset`, one page each) until they meet a job seen before: nothing is lost when more jobs
 * arrive than fit in a page, and jobs arriving meanwhile only shift what is re-read. It
 * remembers the keys of jobs submitted in the last `slackMs` (and of a catch-up under way),
 * never more than `maxRemembered`: a job submitted before its `floor` is never new.
 */
export class ListDiscovery {
  readonly #known = new Map<string, number>();
  #floorMs = Number.NEGATIVE_INFINITY;
  #newestMs = Number.NEGATIVE_INFINITY;
  #catchUpOffset: number | undefined;
  #started = false;
  #resyncing = false;

  constructor(private readonly options: ListDiscoveryOptions) {}

  /** The offset the next poll reads at: 0 for the newest jobs, more while catching up. */
  get nextOffset(): number {
    return this.#catchUpOffset ?? 0;
  }

  get catchingUp(): boolean {
    return this.#catchUpOffset !== undefined;
  }

  /** Job keys remembered now. */
  get rememberedCount(): number {
    return this.#known.size;
  }

  /** Whether a job with this key was seen (discovered, or on the first page). */
  knows(key: string): boolean {
    return this.#known.has(key);
  }

  /** A job another replica discovered: known from now on, never new again. */
  remember(job: UpstreamJob): void {
    if (this.#known.has(job.key)) return;
    const submittedMs = aiqumTimeMs(job.submit_time) ?? this.#newestMs;
    if (submittedMs < this.#floorMs) return;
    this.#known.set(job.key, submittedMs);
    this.#newestMs = Math.max(this.#newestMs, submittedMs);
    if (this.#catchUpOffset === undefined) this.#forgetOld();
  }

  /**
   * Reads the list down to the floor again, from the newest page on: jobs seen before do not
   * end it (another replica discovered the list until now, perhaps not to the end).
   */
  resync(): void {
    this.#resyncing = true;
    this.#catchUpOffset = undefined;
  }

  /**
   * Takes the records a poll read at `offset` (newest first) and answers the jobs that are new,
   * oldest first. The first page answers none: it is what the list held before.
   */
  take(records: readonly UpstreamJob[], offset: number): UpstreamJob[] {
    const fresh: UpstreamJob[] = [];
    let metFloor = false;
    let metKnown = false;
    for (const job of records) {
      const submittedMs = aiqumTimeMs(job.submit_time) ?? this.#newestMs;
      if (submittedMs < this.#floorMs) {
        metFloor = true;
        break;
      }
      if (this.#known.has(job.key)) {
        metKnown = true;
        continue;
      }
      this.#known.set(job.key, submittedMs);
      this.#newestMs = Math.max(this.#newestMs, submittedMs);
      fresh.push(job);
    }
    const full = records.length >= this.options.pageSize;
    if (!this.#started) {
      this.#started = true;
      this.#start(records, full);
      return [];
    }
    // On the newest page, a job seen before means the list is read down to what was known.
    // Reading on down, a job seen before may be one that new arrivals pushed down: only a job
    // older than the floor, or the end of the list, ends the catch-up.
    const inStep = !full || metFloor || (offset === 0 && metKnown && !this.#resyncing);
    if (offset === 0) this.#resyncing = false;
    if (inStep) {
      this.#catchUpOffset = undefined;
      this.#forgetOld();
    } else {
      this.#catchUpOffset = offset + records.length;
    }
    return fresh.reverse();
  }

  /** The first page: everything on it was there before; older jobs are never new. */
  #start(records: readonly UpstreamJob[], full: boolean): void {
    const oldest = records.at(-1);
    const oldestMs = oldest ? aiqumTimeMs(oldest.submit_time) : undefined;
    if (full && oldestMs !== undefined) this.#floorMs = oldestMs + 1;
    this.#forgetOld();
  }

  /** In step with the list: forget what no read can show as new any more. */
  #forgetOld(): void {
    const slackMs = this.options.slackMs ?? LISTING_SLACK_MS;
    this.#floorMs = Math.max(this.#floorMs, this.#newestMs - slackMs);
    for (const [key, submittedMs] of this.#known) {
      if (submittedMs < this.#floorMs) this.#known.delete(key);
    }
    const excess = this.#known.size - this.options.maxRemembered;
    if (excess <= 0) return;
    const byAge = [...this.#known].sort(([, a], [, b]) => a - b);
    const lastForgotten = byAge[excess - 1]?.[1] ?? this.#floorMs;
    for (const [key] of byAge.slice(0, excess)) this.#known.delete(key);
    this.#floorMs = Math.max(this.#floorMs, lastForgotten + 1);
  }
}
