import { constants } from 'node:os';
import type { Logger } from './logger.ts';
import { TRACE_FLUSH_TIMEOUT_MS } from './tracing.ts';

/** SIGTERM is what orchestrators send; SIGINT is a terminal's Ctrl-C. */
export const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
export type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

/**
 * Under `npm start` one Ctrl-C arrives twice (the terminal signals the whole process group,
 * and npm forwards its own copy), so a second signal never cuts the drain short: the third
 * forces the exit. That is a second Ctrl-C under npm, a third when node runs alone.
 */
export const FORCED_EXIT_SIGNAL_COUNT = 3;

/**
 * How long the rest of the shutdown may take once the drain is over: closing Redis and the
 * upstream connections, then flushing the last spans (itself bounded by TRACE_FLUSH_TIMEOUT_MS).
 */
export const SHUTDOWN_GRACE_MS = TRACE_FLUSH_TIMEOUT_MS + 5000;

/** The part of `process` this module uses. */
export interface SignalledProcess {
  on(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): unknown;
  exit(code: number): void;
}

export interface GracefulShutdown {
  logger: Logger;
  /** How long in-flight requests may finish. */
  drainMs: number;
  stop(): Promise<void>;
}

/**
 * On the first SIGTERM or SIGINT, logs "shutting down", runs `stop()`, logs "stopped" and
 * exits 0 (1 when `stop()` fails). A second signal is only logged; the third exits at once
 * with 128 + its number. A shutdown still running `drainMs + SHUTDOWN_GRACE_MS` after it
 * began exits 1, so the process never outlives a stuck close.
 */
export function exitOnShutdownSignals(target: SignalledProcess, shutdown: GracefulShutdown): void {
  const { logger } = shutdown;
  let received = 0;
  let exited = false;
  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    target.exit(code);
  };

  async function stop(signal: ShutdownSignal): Promise<void> {
    const timeoutMs = shutdown.drainMs + SHUTDOWN_GRACE_MS;
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown did not finish in time: exiting');
      exit(1);
    }, timeoutMs);
    deadline.unref();
    let code = 1;
    try {
      logger.info({ signal, drainMs: shutdown.drainMs }, 'shutting down');
      await shutdown.stop();
      code = 0;
      logger.info('stopped');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
    } finally {
      clearTimeout(deadline);
      exit(code);
    }
  }

  const onSignal = (signal: ShutdownSignal) => {
    received += 1;
    if (received === 1) {
      void stop(signal);
    } else if (received < FORCED_EXIT_SIGNAL_COUNT) {
      logger.info(
        { signal, received },
        `already shutting down; signal ${FORCED_EXIT_SIGNAL_COUNT} forces the exit`,
      );
    } else {
      logger.warn({ signal, received }, 'forced exit: the shutdown was cut short');
      exit(128 + constants.signals[signal]);
    }
  };
  for (const signal of SHUTDOWN_SIGNALS) target.on(signal, onSignal);
}
