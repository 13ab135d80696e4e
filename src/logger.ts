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

/** JSON logs to stdout (or `destination`), with credentials redacted. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
