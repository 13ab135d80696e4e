import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES, upstreamRoute } from '../src/metrics.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN, execute, testAppFactory } from './support/app.ts';

const app = testAppFactory();

async function scrape(gateway: ReturnType<typeof app>): Promise<string> {
  const response = await gateway.yoga.fetch('http://yoga/metrics');
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('/metrics', () => {
  it('should count GraphQL operations by name and outcome', async () => {
    const gateway = app();
    await execute(gateway, `query Running { job(key: "${SEEDED_KEYS.running}") { key } }`);
    await execute(gateway, `query Running { job(key: "${SEEDED_KEYS.running}") { key } }`);
    await execute(
      gateway,
      `query Running { job(key: "${SEEDED_KEYS.running}") { key } }`,
      {},
      null,
    );
    const text = await scrape(gateway);
    const labels = 'operation_name="Running",operation_type="query"';
    expect(sample(text, 'graphql_operations_total', `${labels},outcome="ok"`)).toBe(2);
    expect(sample(text, 'graphql_operations_total', `${labels},outcome="UNAUTHENTICATED"`)).toBe(1);
  });

  it('should count and time upstream requests by route template and status', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 503 });
    await execute(gateway, `{ job(key: "${SEEDED_KEYS.running}") { key } }`);
    const text = await scrape(gateway);
    const route = 'route="/management-server/jobs",method="GET"';
    expect(sample(text, 'aiqum_upstream_requests_total', `${route},status="503"`)).toBe(1);
    expect(sample(text, 'aiqum_upstream_requests_total', `${route},status="200"`)).toBe(1);
    expect(sample(text, 'aiqum_upstream_request_duration_seconds_count', route)).toBe(2);
  });

  it('should time HTTP requests by route, method, status and operation', async () => {
    const gateway = app();
    await execute(gateway, 'query Typename { __typename }');
    await gateway.yoga.fetch('http://yoga/ready');
    await gateway.yoga.fetch('http://yoga/somewhere/else?x=1');
    const text = await scrape(gateway);
    const count = 'http_request_duration_seconds_count';
    expect(
      sample(
        text,
        count,
        'route="/graphql",method="POST",status="200",operation_type="query",operation_name="Typename"',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        count,
        'route="/ready",method="GET",status="200",operation_type="none",operation_name="none"',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        count,
        'route="other",method="GET",status="404",operation_type="none",operation_name="none"',
      ),
    ).toBe(1);
  });

  it('should stay bounded and show nothing a client sent, whatever it sends', async () => {
    const gateway = app();
    // Each request carries strings of its own: an operation name, a query string, variables
    // or a path, all marked with `tag`.
    const hostile = (tag: string, kind: number, index: number) => {
      const marker = `${tag}${index}x`;
      const post = (path: string, query: string) =>
        gateway.yoga.fetch(`http://yoga${path}`, {
          method: 'POST',
          headers: { authorization: ADMIN, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      switch (kind) {
        case 0:
          return post('/graphql', `query Op${marker} { __typename }`);
        case 1:
          return post(`/graphql?${marker}=1`, '{ __typename }');
        case 2: {
          const variables = JSON.stringify({ note: marker });
          const search = new URLSearchParams({ query: '{ __typename }', variables });
          return gateway.yoga.fetch(`http://yoga/graphql?${search}`, {
            headers: { authorization: ADMIN, 'x-graphql-yoga-csrf': '1' },
          });
        }
        default:
          return gateway.yoga.fetch(`http://yoga/${marker}/graphql`);
      }
    };
    const send = async (tag: string, perKind: number[]) => {
      for (const [kind, count] of perKind.entries()) {
        for (let index = 0; index < count; index++) {
          await (await hostile(tag, kind, index)).arrayBuffer();
        }
      }
    };

    // More operation names than the cap, and each other kind of request once or more.
    await send('warmup', [MAX_OPERATION_NAMES + 100, 20, 20, 20]);
    await scrape(gateway); // a scrape is timed too
    const afterWarmup = await scrape(gateway);
    await send('secret', [300, 300, 300, 300]);
    const text = await scrape(gateway);

    const series = (scraped: string) => scraped.split('\n').filter((line) => !line.startsWith('#'));
    expect(series(text).length).toBe(series(afterWarmup).length);
    expect(text.length).toBeLessThan(2_000_000);
    expect(text).not.toMatch(/secret\d+x/);
    expect(text).not.toMatch(/warmup\d+x=|warmup\d+x\/|note/);
    expect(text).toContain('operation_name="other"');
  });

  it('should name upstream routes without the keys in them', () => {
    expect(upstreamRoute('/api/management-server/jobs/a%3Ab%3A-1')).toBe(
      '/management-server/jobs/{key}',
    );
    expect(upstreamRoute('/api/storage-provider/luns/k-1')).toBe('/storage-provider/luns/{key}');
    expect(upstreamRoute('/api/datacenter/svm/svms')).toBe('/datacenter/svm/svms');
    expect(upstreamRoute('/api/admin/backup')).toBe('/admin/backup');
    expect(upstreamRoute('/api/datacenter/cluster/clusters')).toBe('/datacenter/cluster/clusters');
    expect(upstreamRoute('/api/datacenter/cluster/clusters/c%3Atype%3Dcluster')).toBe(
      '/datacenter/cluster/clusters/{key}',
    );
    expect(upstreamRoute('/api/storage-provider/performance-service-levels/1251e51b')).toBe(
      '/storage-provider/performance-service-levels/{key}',
    );
    expect(upstreamRoute('/api/elsewhere')).toBe('other');
  });
});
