import { type Logger, pino } from 'pino';
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

export function createLogger(level: LogLevel): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
