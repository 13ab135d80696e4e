import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

// Credentials must never reach a log line, wherever they hide in a logged object.
const REDACTED_PATHS = [
  'authorization',
  'credentials',
  'password',
  '*.authorization',
  '*.credentials',
  '*.password',
  'headers.authorization',
  '*.headers.authorization',
  'connectionParams',
  '*.connectionParams',
];

/**
 * JSON logs to stdout (or `destination`), with credentials redacted. The lines a request causes
 * carry its `requestId`: they are written through `requestLogger`. Stdout is written synchronously: an
 * asynchronous write still in flight when the process exits comes out late or not at all,
 * which loses exactly the lines that matter most (the last ones before an exit).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** The logger of the lines one request causes: each carries its id. */
export function requestLogger(logger: Logger, requestId: string | undefined): Logger {
  return requestId === undefined ? logger : logger.child({ requestId });
}
