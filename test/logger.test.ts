import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN, createTestApp, execute } from './support/app.ts';

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
