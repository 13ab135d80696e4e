import { type IncomingMessage, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import { within } from '../support/async.ts';
import { type Disposables, startGateway } from '../support/gateway.ts';

const newApp = testAppFactory();
const disposables: Disposables = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

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

const USUAL_JOB_SELECTION = `
  key name type state status submitTime completeTime
  taskReports { key name type description state status startTime completeTime failureReason }
  results { name value }
`;

describe('query limits', () => {
  it.each([
    [
      'depth',
      { maxDepth: 3 },
      '{ jobs { nodes { parentJob { parentJob { key } } } } }',
      'DEPTH_LIMIT_EXCEEDED',
      /^Query depth limit of 3 exceeded, found 5\.$/,
    ],
    [
      'aliases',
      { maxAliases: 2 },
      '{ a: jobs { totalCount } b: jobs { totalCount } c: jobs { totalCount } }',
      'ALIAS_LIMIT_EXCEEDED',
      /^Aliases limit of 2 exceeded, found 3\.$/,
    ],
    [
      'directives',
      { maxDirectives: 1 },
      '{ jobs { totalCount @include(if: true) @skip(if: false) } }',
      'DIRECTIVE_LIMIT_EXCEEDED',
      /^Directives limit of 1 exceeded, found 2\.$/,
    ],
    [
      'cost',
      { maxCost: 2 },
      '{ a: jobs { totalCount } b: jobs { totalCount } c: jobs { totalCount } }',
      'COST_LIMIT_EXCEEDED',
      /^Query cost limit of 2 AIQUM requests exceeded, found 3\.$/,
    ],
    [
      'objects',
      { maxObjects: 1000 },
      '{ jobs(first: 100) { nodes { taskReports { name } } } }',
      'OBJECT_LIMIT_EXCEEDED',
      /^Query object limit of 1000 exceeded, found 1101\.$/,
    ],
    [
      'tokens',
      { maxTokens: 30 },
      `{ jobs { nodes { ${'key '.repeat(40)} } } }`,
      'TOKEN_LIMIT_EXCEEDED',
      /^Token limit of 30 exceeded\.$/,
    ],
  ] as [string, Partial<Limits>, string, string, RegExp][])(
    'should refuse a query over the %s limit with its own code before asking upstream',
    async (_limit, limits, query, code, message) => {
      const gateway = app(limits);
      const response = await execute(gateway, query);
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(errorCodes(response)).toEqual([code]);
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

  it('should accept the largest page with the usual job selection, on both Relay lists', async () => {
    const gateway = app();
    const response = await execute<
      { jobs: { totalCount: number; nodes: unknown[]; edges: unknown[] } },
      unknown
    >(
      gateway,
      `{ jobs(first: 1000) {
        totalCount
        nodes { ${USUAL_JOB_SELECTION} spawnedJobSummary { totalJobs } parentJob { key name } }
        edges { cursor node { ${USUAL_JOB_SELECTION} } }
        pageInfo { hasNextPage endCursor }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.jobs.nodes).toHaveLength(response.data?.jobs.totalCount ?? -1);
    expect(response.data?.jobs.edges).toHaveLength(response.data?.jobs.totalCount ?? -1);
  });

  it('should price a page size given through a variable as that size', async () => {
    const gateway = app({ maxCost: 30 });
    const query = `query Page($size: Int) {
      jobs(first: $size) { nodes { parentJob { key parentJob { key } } } }
    }`;
    // 1 list request, then one parentJob request per 40 jobs at each of two depths.
    const small = await execute(gateway, query, { size: 400 });
    expect(small.errors).toBeUndefined();
    const large = await execute(gateway, query, { size: 1000 });
    expect(large.errors?.[0]?.message).toBe(
      'Query cost limit of 30 AIQUM requests exceeded, found 51.',
    );
    expect(errorCodes(large)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('should price job(key) fields at one request per 40, as the loader sends them', async () => {
    const fields = Array.from(
      { length: 40 },
      (_, index) => `j${index}: job(key: "k${index}") { key }`,
    );
    const gateway = app({ maxCost: 1, maxAliases: 100 });
    expect((await execute(gateway, `{ ${fields.join(' ')} }`)).errors).toBeUndefined();
    const more = await execute(gateway, `{ ${fields.join(' ')} extra: job(key: "x") { key } }`);
    expect(errorCodes(more)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it.each([
    // One list request, then one per SVM whose LUNs are read, up to MAX_PARENT_LISTS (50): the
    // lists beyond it are refused without asking AIQUM.
    ['the lists of 100 parents', '{ svms(first: 100) { nodes { luns { nodes { name } } } } }', 51],
    ['the lists of 40 parents', '{ svms(first: 40) { nodes { luns { nodes { name } } } } }', 41],
    ['the lists of the default page of parents', '{ svms { nodes { luns { totalCount } } } }', 21],
    // One list request, then the SVMs and clusters of 1000 LUNs, 40 per request each.
    [
      'cross-links on the largest page',
      '{ luns(first: 1000) { nodes { svm { name } cluster { name } } } }',
      51,
    ],
    [
      'a cross-link through an interface',
      '{ luns(first: 1000) { nodes { ... on Workload { svm { name } } } } }',
      26,
    ],
    // Ids of one type share a request per 40; at worst each of the 8 types is asked for.
    ['the objects of 100 ids', `{ nodes(ids: [${'"Svm:a", '.repeat(100)}]) { id } }`, 10],
  ])('should price %s by the AIQUM requests it makes', async (_case, query, requests) => {
    const gateway = app({ maxCost: requests - 1, maxAliases: 200 });
    const refused = await execute(gateway, query);
    expect(refused.errors?.[0]?.message).toBe(
      `Query cost limit of ${requests - 1} AIQUM requests exceeded, found ${requests}.`,
    );
    expect(gateway.simulator.requests).toHaveLength(0);
    const allowed = await execute(app({ maxCost: requests }), query);
    expect(errorCodes(allowed)).not.toContain('COST_LIMIT_EXCEEDED');
  });

  it('should refuse lists multiplied by aliases, which cost objects, not requests', async () => {
    const copies = Array.from({ length: 20 }, (_, index) => `t${index}: taskReports { name }`);
    const response = await execute(
      app(),
      `{ jobs(first: 1000) { nodes { ${copies.join(' ')} } } }`,
    );
    expect(errorCodes(response)).toEqual(['OBJECT_LIMIT_EXCEEDED']);
  });

  it('should price a fragment once however often it is spread, and refuse what it multiplies', async () => {
    // Each fragment spreads the next twice under aliases: 2^22 parentJob paths, below the alias limit set here.
    const levels = Array.from(
      { length: 22 },
      (_, level) =>
        `fragment F${level} on Job { a: parentJob { ...F${level + 1} } b: parentJob { ...F${level + 1} } }`,
    );
    const document = `{ jobs(first: 1000) { nodes { ...F0 } } } ${levels.join(' ')} fragment F22 on Job { key }`;
    const response = await execute(app({ maxDepth: 100, maxAliases: 10_000_000 }), document);
    expect(errorCodes(response)).toEqual(
      expect.arrayContaining(['COST_LIMIT_EXCEEDED', 'OBJECT_LIMIT_EXCEEDED']),
    );
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

  it('should answer 413 over the wire while a chunked body is still being sent', async () => {
    const { url } = await startGateway(disposables, {
      config: { limits: { ...DEFAULT_LIMITS, maxBodyBytes: 2048 } },
    });
    // No Content-Length, and the body never ends: only a server that stops reading at the
    // limit can answer.
    const upload = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    disposables.push(() => {
      upload.destroy();
    });
    const chunk = ' '.repeat(512);
    const send = () => upload.write(chunk, () => setImmediate(() => !upload.destroyed && send()));
    const answered = new Promise<IncomingMessage>((resolve) => upload.once('response', resolve));
    upload.write('{"query": "{ __typename ');
    send();
    const response = await within(answered, 5000, 'an answer to a body that never ends');
    const body = await within(
      new Promise<string>((resolve) => {
        let text = '';
        response.on('data', (data: Buffer) => {
          text += data.toString('utf8');
        });
        response.on('end', () => resolve(text));
      }),
      5000,
      'the whole answer',
    );
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(body)).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
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
