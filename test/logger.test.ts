import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorMasker } from '../src/http/error-masking.ts';
import { createLogger } from '../src/logger.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN, createTestApp, execute, OPERATOR } from './support/app.ts';

function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger('trace', { write: (line: string) => lines.push(line) });
  return { logger, output: () => lines.join('') };
}

describe('logs', () => {
  it('should redact credentials wherever they sit in a logged object', () => {
    const { logger, output } = capturingLogger();
    logger.info(
      {
        authorization: ADMIN,
        headers: { authorization: ADMIN },
        request: { headers: { authorization: ADMIN } },
        connectionParams: { authorization: ADMIN },
        credentials: ADMIN,
      },
      'hello',
    );
    expect(output()).toContain('hello');
    expect(output()).not.toContain(ADMIN);
    expect(output()).not.toContain(ADMIN.slice('Basic '.length));
  });

  it('should not log the credentials of requests that fail and are retried', async () => {
    const { logger, output } = capturingLogger();
    const gateway = createTestApp({ overrides: { logger } });
    gateway.simulator.injectFault({ status: 503, times: 10 });
    await execute(gateway, `{ job(key: "${SEEDED_KEYS.running}") { key } }`);
    await gateway.stop();
    expect(output()).toContain('retrying upstream request');
    expect(output()).not.toContain(ADMIN.slice('Basic '.length));
  });
});

describe('log levels', () => {
  it('should not log client errors at error level', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const gateway = createTestApp({ overrides: { logger } });
    await execute(gateway, `{ job(key: "${SEEDED_KEYS.running}") { key } }`, {}, null);
    await execute(gateway, '{ job(key: "") { key } }');
    await execute(gateway, 'mutation { createBackup { job { key } } }', {}, OPERATOR);
    await gateway.stop();
    expect(lines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it('should log an unexpected error at error level with its cause, and mask it', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const cause = new TypeError('cannot read x of undefined');
    const masked = createErrorMasker(logger)(
      new GraphQLError('cannot read x of undefined', { originalError: cause }),
      'Unexpected error.',
      false,
    );
    expect(masked.message).toBe('Unexpected error.');
    const [entry] = lines.map((line) => JSON.parse(line));
    expect(entry).toMatchObject({
      level: 50,
      msg: 'unexpected error',
      err: { message: cause.message },
    });
  });
});
