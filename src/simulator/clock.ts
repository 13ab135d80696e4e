/** Where the simulator reads the time from (epoch milliseconds). */
export interface SimulatorClock {
  now(): number;
}

/** 2024-03-15 10:00:00+05:30: a fixed start so tests and seeded data are deterministic. */
const DEFAULT_MANUAL_START_MS = Date.parse('2024-03-15T04:30:00Z');

/**
 * A clock that stands still until `Simulator.advance()` moves it, so tests decide when
 * lifecycle steps happen.
 */
export class ManualClock implements SimulatorClock {
  #nowMs: number;

  constructor(startMs: number = DEFAULT_MANUAL_START_MS) {
    this.#nowMs = startMs;
  }

  now(): number {
    return this.#nowMs;
  }

  /**
   * Used by `Simulator.advance()`. Calling it directly moves time without applying the
   * lifecycle steps that fall due; they are applied on the next `advance()`.
   */
  moveTo(ms: number): void {
    if (ms < this.#nowMs) {
      throw new Error(`ManualClock only moves forward: now is ${this.#nowMs}, but got ${ms}`);
    }
    this.#nowMs = ms;
  }
}

export const systemClock: SimulatorClock = { now: () => Date.now() };
