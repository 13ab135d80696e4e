import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN, testAppFactory } from '../support/app.ts';

const app = testAppFactory();

const LISTED = 'https://jobs.example.com';
const ALSO_LISTED = 'https://admin.example.com';
const UNLISTED = 'https://evil.example';

type Gateway = ReturnType<typeof app>;

function preflight(gateway: Gateway, origin: string) {
  return gateway.yoga.fetch('http://yoga/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-graphql-yoga-csrf',
    },
  });
}

function simpleRequest(gateway: Gateway, origin: string) {
  return gateway.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { origin, authorization: ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ job(key: "${SEEDED_KEYS.running}") { key } }` }),
  });
}

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries(
    [...response.headers].filter(([name]) => name.startsWith('access-control-')),
  );
}

describe('CORS by default', () => {
  it('should grant another origin nothing in a preflight', async () => {
    const response = await preflight(app(), UNLISTED);
    expect(corsHeaders(response)).toEqual({});
  });

  it('should answer a cross-origin request without granting its origin access', async () => {
    const response = await simpleRequest(app(), UNLISTED);
    expect(corsHeaders(response)).toEqual({});
  });
});

describe('CORS with CORS_ORIGINS', () => {
  const listed = () => app({ config: { corsOrigins: [LISTED, ALSO_LISTED] } });

  it('should allow a listed origin in a preflight, with the headers the API needs', async () => {
    const response = await preflight(listed(), LISTED);
    expect(response.status).toBe(204);
    const headers = corsHeaders(response);
    expect(headers).toMatchObject({
      'access-control-allow-origin': LISTED,
      'access-control-allow-credentials': 'true',
    });
    expect(headers['access-control-allow-methods']?.split(', ')).toEqual(['GET', 'POST']);
    expect(headers['access-control-allow-headers']?.split(', ')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-graphql-yoga-csrf']),
    );
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('should allow a listed origin to read an answer', async () => {
    const response = await simpleRequest(listed(), ALSO_LISTED);
    expect(corsHeaders(response)).toMatchObject({
      'access-control-allow-origin': ALSO_LISTED,
      'access-control-allow-credentials': 'true',
    });
    expect(await response.json()).toEqual({ data: { job: { key: SEEDED_KEYS.running } } });
  });

  it.each([UNLISTED, 'null', `${LISTED}.evil.example`, LISTED.toUpperCase()])(
    'should grant %s nothing, in a preflight or a request',
    async (origin) => {
      const gateway = listed();
      expect(corsHeaders(await preflight(gateway, origin))).toEqual({});
      expect(corsHeaders(await simpleRequest(gateway, origin))).toEqual({});
    },
  );
});
