import { describe, expect, it } from 'vitest';
import { upstreamRoute } from '../src/metrics.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { execute, testAppFactory } from './support/app.ts';

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

  it('should report HTTP request durations', async () => {
    const gateway = app();
    await execute(gateway, '{ __typename }');
    expect(await scrape(gateway)).toMatch(/^graphql_yoga_http_duration_count\{.*\} [1-9]/m);
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
