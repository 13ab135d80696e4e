import type { Logger } from '../logger.ts';

/**
 * Whether one upstream holds long polls. Assumed until upstream shows otherwise (400 to the
 * parameters, jobs without `last_modified`, an answer at once without change); from then on
 * every loop on that upstream polls at intervals.
 */
export class LongPollSupport {
  #unsupportedBecause: string | undefined;

  constructor(private readonly logger: Logger) {}

  get usable(): boolean {
    return this.#unsupportedBecause === undefined;
  }

  markUnsupported(reason: string): void {
    if (this.#unsupportedBecause !== undefined) return;
    this.#unsupportedBecause = reason;
    this.logger.warn({ reason }, 'upstream has no long polling: falling back to interval polling');
  }
}
