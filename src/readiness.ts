import type { Logger } from './logger.ts';

/**
 * One thing the gateway needs to serve: upstream. (Not Redis: without it a replica still
 * serves, polling its own jobs.)
 */
export interface Dependency {
  name: string;
  /** Resolves when reachable; rejects (with a reason) otherwise. */
  check(signal: AbortSignal): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, 'ok' | string>;
}

const CHECK_TIMEOUT_MS = 2000;
// Probes come often and from many places: ask the dependencies at most this often.
const CACHE_MS = 1000;

/** `/ready`: every dependency reachable and the process not shutting down. */
export class Readiness {
  #shuttingDown = false;
  #cached: { at: number; report: Promise<ReadinessReport> } | undefined;

  constructor(
    private readonly dependencies: Dependency[],
    private readonly logger: Logger,
  ) {}

  markShuttingDown(): void {
    this.#shuttingDown = true;
  }

  get shuttingDown(): boolean {
    return this.#shuttingDown;
  }

  report(): Promise<ReadinessReport> {
    if (this.#shuttingDown) {
      return Promise.resolve({ ready: false, checks: { process: 'shutting down' } });
    }
    const now = Date.now();
    if (!this.#cached || now - this.#cached.at > CACHE_MS) {
      this.#cached = { at: now, report: this.#check() };
    }
    return this.#cached.report;
  }

  async #check(): Promise<ReadinessReport> {
    const checks: Record<string, string> = {};
    await Promise.all(
      this.dependencies.map(async (dependency) => {
        try {
          await dependency.check(AbortSignal.timeout(CHECK_TIMEOUT_MS));
          checks[dependency.name] = 'ok';
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          checks[dependency.name] = reason;
          this.logger.warn({ dependency: dependency.name, reason }, 'not ready');
        }
      }),
    );
    return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
  }
}
