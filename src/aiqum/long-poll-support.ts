import type { Logger } from '../logger.ts';

/**
 * How many different jobs must show that upstream does not hold long polls before new loops
 * stop trying: one odd job (or one odd answer) never changes how the others are polled.
 */
export const JOBS_BEFORE_INTERVAL_POLLING = 3;

/**
 * Whether one upstream holds long polls, as the jobs polled on it found out. Each job's loop
 * decides for itself (a 400 to the parameters, answers without `last_modified`, an answer at
 * once without change) and reports it here; once `JOBS_BEFORE_INTERVAL_POLLING` different jobs
 * did, new loops poll at intervals from the start.
 */
export class LongPollSupport {
  /** Keys of the jobs that fell back; never more than the threshold. */
  readonly #fellBack = new Set<string>();

  constructor(private readonly logger: Logger) {}

  get usable(): boolean {
    return this.#fellBack.size < JOBS_BEFORE_INTERVAL_POLLING;
  }

  /** The job with this key found that upstream does not hold its long polls. */
  noteUnsupported(key: string, reason: string): void {
    if (!this.usable || this.#fellBack.has(key)) return;
    this.#fellBack.add(key);
    this.logger.info({ reason }, 'a job falls back to interval polling');
    if (!this.usable) {
      this.logger.warn(
        { reason, jobs: this.#fellBack.size },
        'upstream has no long polling: new job watches poll at intervals',
      );
    }
  }
}
