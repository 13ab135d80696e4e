import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';

const newApp = testAppFactory();

function app(
  limits: Partial<Limits> = {},
  config: { introspection?: boolean; graphiql?: boolean } = {},
) {
  return newApp({ config: { limits: { ...DEFAULT_LIMITS, ...limits }, ...config } });
}

function post(
  gateway: ReturnType<typeof app>,
  body: BodyInit,
  headers: Record<string, string> = {},
) {
  return gateway.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

describe('query limits', () => {
  it.each([
    [
      'depth',
      { maxDepth: 3 },
      '{ jobs { nodes { parentJob { parentJob { key } } } } }',
      /depth limit of 3/,
    ],
    [
      'aliases',
      { maxAliases: 2 },
      '{ a: jobs { totalCount } b: jobs { totalCount } c: jobs { totalCount } }',
      /Aliases limit of 2/,
    ],
    [
      'directives',
      { maxDirectives: 1 },
      '{ jobs { totalCount @include(if: true) @skip(if: false) } }',
      /Directives limit of 1/,
    ],
    [
      'cost',
      { maxCost: 20 },
      '{ jobs { nodes { key name type state status submitTime completeTime } } }',
      /Cost limit of 20/,
    ],
    [
      'tokens',
      { maxTokens: 30 },
      `{ jobs { nodes { ${'key '.repeat(40)} } } }`,
      /Token limit of 30/,
    ],
  ] as [string, Partial<Limits>, string, RegExp][])(
    'should refuse a query over the %s limit before asking upstream',
    async (_limit, limits, query, message) => {
      const gateway = app(limits);
      const response = await execute(gateway, query);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(errorCodes(response)[0]).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
      expect(gateway.simulator.requests).toHaveLength(0);
    },
  );

  it('should accept a query within every limit', async () => {
    const response = await execute(
      app(),
      '{ a: jobs(first: 2) { totalCount } b: job(key: "x") { key } }',
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('request limits', () => {
  it('should refuse a body larger than the limit with 413', async () => {
    const response = await post(
      app({ maxBodyBytes: 1024 }),
      JSON.stringify({ query: `{ __typename ${' '.repeat(2000)} }` }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('should stop reading a body without Content-Length at the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(512));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await post(app({ maxBodyBytes: 2048 }), body);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(50);
  });

  it('should refuse batched operations unless batching is enabled', async () => {
    const batch = JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect((await post(app(), batch)).status).toBe(400);
    const enabled = await post(app({ batchLimit: 2 }), batch);
    expect(enabled.status).toBe(200);
    expect(await enabled.json()).toEqual([
      { data: { __typename: 'Query' } },
      { data: { __typename: 'Query' } },
    ]);
  });
});

describe('browser protections and production switches', () => {
  it('should refuse a GET without a CSRF header and accept it with one', async () => {
    const gateway = app();
    const url = `http://yoga/graphql?query=${encodeURIComponent('{ __typename }')}`;
    expect((await gateway.yoga.fetch(url)).status).toBe(403);
    const allowed = await gateway.yoga.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('should refuse a form post that a page on another site could send', async () => {
    const response = await post(app(), 'query={__typename}', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(403);
  });

  it('should refuse introspection when it is turned off', async () => {
    const off = await execute(app({}, { introspection: false }), '{ __schema { types { name } } }');
    expect(off.data ?? null).toBeNull();
    expect(off.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await execute(app(), '{ __schema { queryType { name } } }');
    expect(on.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('should not serve GraphiQL when it is turned off', async () => {
    const page = async (gateway: ReturnType<typeof app>) => {
      const response = await gateway.yoga.fetch('http://yoga/graphql', {
        headers: { accept: 'text/html' },
      });
      return response.text();
    };
    expect(await page(app())).toContain('GraphiQL');
    expect(await page(app({}, { graphiql: false }))).not.toContain('GraphiQL');
  });
});
