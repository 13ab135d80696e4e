import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN } from './support/app.ts';
import { valueWithin } from './support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from './support/gateway.ts';
import { rawHttpRequest } from './support/raw-http.ts';

const disposables = disposedAfterEach();

const OPERATIONS = {
  query: `{ job(key: "${SEEDED_KEYS.running}") { key } }`,
  mutation: 'mutation { createBackup { job { key } } }',
  subscription: `subscription { jobUpdated(key: "${SEEDED_KEYS.running}") { key } }`,
};

const MALFORMED = {
  'CR and LF': `${ADMIN}\r\nx-injected: yes`,
  NUL: `${ADMIN}\u0000`,
  'non-Latin-1': `Basic ${'\u2603'}${ADMIN.slice(6)}`,
};

describe('malformed credentials over graphql-ws', () => {
  const cases = Object.entries(MALFORMED).flatMap(([problem, authorization]) =>
    Object.entries(OPERATIONS).flatMap(([kind, query]) => [
      { problem, kind, query, where: 'authorization', connectionParams: { authorization } },
      {
        problem,
        kind,
        query,
        where: 'headers.authorization',
        connectionParams: { headers: { authorization } },
      },
    ]),
  );

  it.each(cases)(
    'should answer a $kind with $problem in connectionParams.$where UNAUTHENTICATED, calling no upstream',
    async ({ query, connectionParams }) => {
      const { app, url } = await startGateway(disposables);
      const client = webSocketClient(disposables, url, connectionParams);
      const events = client.iterate({ query });
      const refusal = await valueWithin(events).catch((errors: unknown) => ({ errors }));
      expect(refusal.errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
      expect(app.simulator.requests).toEqual([]);
    },
  );
});

describe('malformed credentials over HTTP', () => {
  // A header may carry bytes beyond ASCII (Node reads them as Latin-1); never HTTP Basic.
  const authorization = `Basic \u00e9${ADMIN.slice(6)}`;

  it.each(Object.entries(OPERATIONS))(
    'should answer a %s with non-ASCII credentials UNAUTHENTICATED, calling no upstream',
    async (kind, query) => {
      const { app, url } = await startGateway(disposables);
      const accept = kind === 'subscription' ? 'text/event-stream' : 'application/json';
      const response = await rawHttpRequest(url, {
        method: 'POST',
        headers: { authorization, accept, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      expect(response.body).toContain('"extensions":{"code":"UNAUTHENTICATED"}');
      expect(app.simulator.requests).toEqual([]);
    },
  );

  it('should still serve well-formed credentials sent the same way', async () => {
    const { url } = await startGateway(disposables);
    const response = await rawHttpRequest(url, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: OPERATIONS.query }),
    });
    expect(JSON.parse(response.body)).toEqual({ data: { job: { key: SEEDED_KEYS.running } } });
  });
});
