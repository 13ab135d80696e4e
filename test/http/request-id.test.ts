import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN, createTestApp } from '../support/app.ts';

const query = `{ job(key: "${SEEDED_KEYS.running}") { key } }`;
const disposables: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

/** A gateway on port 0 whose log lines land in `logs`, with one upstream 503 to log a retry. */
async function start() {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line)) });
  const app = createTestApp({ overrides: { logger } });
  app.simulator.injectFault({ status: 503 });
  const { url } = await app.start();
  disposables.push(() => app.stop());
  const retries = () => logs.filter((entry) => entry.msg === 'retrying upstream request');
  return { url, retries };
}

function post(url: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ADMIN, ...headers },
    body: JSON.stringify({ query }),
  });
}

describe('request ids', () => {
  it("should keep the caller's x-request-id, answer it, and put it on the request's log lines", async () => {
    const { url, retries } = await start();
    const response = await post(url, { 'x-request-id': 'req-123' });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(retries().map((entry) => entry.requestId)).toEqual(['req-123']);
  });

  it('should make an id when the caller sends none, or an unusable one', async () => {
    const { url, retries } = await start();
    const response = await post(url, { 'x-request-id': 'two words and "quotes"' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(retries().map((entry) => entry.requestId)).toEqual([id]);
  });
});
