import { describe, expect, it } from 'vitest';
import { MAX_FILTER_KEYS } from '../../src/resolvers/job-filter.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { graphql } from '../generated/gql.ts';
import type { JobsQueryVariables } from '../generated/graphql.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import { upstreamList } from '../support/upstream.ts';

const JobsQuery = graphql(`
  query Jobs(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: JobFilter
    $orderBy: [JobOrder!]
  ) {
    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { cursor node { key } }
      nodes { key name type state status parentJobKey }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const app = testAppFactory();

async function jobsOn(gateway: ReturnType<typeof app>, variables: JobsQueryVariables) {
  const response = await execute(gateway, JobsQuery, variables);
  return { gateway, response, connection: response.data?.jobs };
}

function jobs(variables: JobsQueryVariables) {
  return jobsOn(app(), variables);
}

describe('jobs', () => {
  it('should answer the 20 newest jobs by default, with the total count', async () => {
    const { gateway, connection, response } = await jobs({});
    const all = await upstreamList(gateway.simulator, '');

    expect(response.errors).toBeUndefined();
    expect(connection?.nodes.map((job) => job.key)).toEqual(
      all.records.slice(0, 20).map((job) => job.key),
    );
    expect(connection?.totalCount).toBe(all.total_records);
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(connection?.edges.map((edge) => edge.node.key)).toEqual(
      connection?.nodes.map((job) => job.key),
    );
  });

  it('should filter by several states as one upstream OR', async () => {
    const { gateway, connection } = await jobs({
      filter: { state: ['RUNNING', 'ABORTED'] },
      first: 100,
    });
    const states = new Set(connection?.nodes.map((job) => job.state));
    expect(states).toEqual(new Set(['RUNNING', 'ABORTED']));
    expect(gateway.simulator.requests.at(-1)?.query.get('state')).toBe('running|aborted');
  });

  it('should filter by status', async () => {
    const { connection } = await jobs({ filter: { status: ['ERROR', 'WARNING'] }, first: 100 });
    const keys = connection?.nodes.map((job) => job.key);
    expect(keys).toContain(SEEDED_KEYS.error);
    expect(keys).toContain(SEEDED_KEYS.completedWarning);
    expect(
      connection?.nodes.every((job) => job.status === 'ERROR' || job.status === 'WARNING'),
    ).toBe(true);
  });

  it('should filter by name with an AIQUM wildcard and by type', async () => {
    const byName = await jobs({ filter: { name: 'Create*' }, first: 100 });
    expect(byName.connection?.nodes.length).toBeGreaterThan(0);
    expect(byName.connection?.nodes.every((job) => job.name?.startsWith('Create'))).toBe(true);

    const type = byName.connection?.nodes[0]?.type ?? '';
    const byType = await jobs({ filter: { type }, first: 100 });
    expect(byType.connection?.nodes.every((job) => job.type === type)).toBe(true);
  });

  it('should filter by parent job key', async () => {
    const { connection } = await jobs({ filter: { parentJobKey: SEEDED_KEYS.parent } });
    expect(connection?.nodes.map((job) => job.key).sort()).toEqual(
      [...SEEDED_KEYS.children].sort(),
    );
    expect(connection?.totalCount).toBe(2);
    expect(connection?.pageInfo.hasNextPage).toBe(false);
  });

  it('should order by the fields given', async () => {
    const { gateway, connection } = await jobs({
      orderBy: [{ field: 'NAME', direction: 'ASC' }],
      first: 100,
    });
    const names = connection?.nodes.map((job) => job.name ?? '') ?? [];
    expect(names).toEqual([...names].sort());
    expect(gateway.simulator.requests.at(-1)?.query.get('order_by')).toBe('name asc');
  });

  it('should page forward with first and after, then back with last and before', async () => {
    const { gateway, connection: page1 } = await jobs({ first: 5 });
    const all = (await upstreamList(gateway.simulator, '')).records.map((job) => job.key);

    const page2 = (
      await execute(gateway, JobsQuery, { first: 5, after: page1?.pageInfo.endCursor })
    ).data?.jobs;
    expect(page2?.nodes.map((job) => job.key)).toEqual(all.slice(5, 10));
    expect(page2?.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const back = (
      await execute(gateway, JobsQuery, { last: 3, before: page2?.pageInfo.startCursor })
    ).data?.jobs;
    expect(back?.nodes.map((job) => job.key)).toEqual(all.slice(2, 5));
  });

  it('should answer the last jobs of the whole list with last alone', async () => {
    const { gateway, connection } = await jobs({ last: 4 });
    const all = (await upstreamList(gateway.simulator, '')).records.map((job) => job.key);
    expect(connection?.nodes.map((job) => job.key)).toEqual(all.slice(-4));
    expect(connection?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('should answer an empty page past the end', async () => {
    const { gateway, connection: page } = await jobs({ first: 1000 });
    const after = page?.pageInfo.endCursor;
    const past = (await execute(gateway, JobsQuery, { first: 5, after })).data?.jobs;
    expect(past?.nodes).toEqual([]);
    expect(past?.pageInfo).toMatchObject({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('should filter by keys as one upstream OR', async () => {
    const gateway = app();
    const keys = [SEEDED_KEYS.error, SEEDED_KEYS.running];
    const { connection } = await jobsOn(gateway, { filter: { keys }, first: 100 });
    expect(connection?.nodes.map((job) => job.key).sort()).toEqual([...keys].sort());
    expect(connection?.totalCount).toBe(2);
    expect(gateway.simulator.requests.at(-1)?.query.get('key')).toBe(keys.join('|'));
  });

  it('should filter by submit time, both bounds included, as AIQUM compares times', async () => {
    const gateway = app();
    const times = (await upstreamList(gateway.simulator, 'order_by=submit_time%20asc')).records.map(
      (job) => job.submit_time ?? '',
    );
    const [after, before] = [times[2] ?? '', times.at(-3) ?? ''];
    const iso = (aiqum: string) => aiqum.replace(' ', 'T');
    const within = times.filter((time) => time >= after && time <= before);

    const window = await jobsOn(gateway, {
      filter: { submittedAfter: iso(after), submittedBefore: iso(before) },
      first: 100,
    });
    expect(window.connection?.totalCount).toBe(within.length);
    expect(gateway.simulator.requests.at(-1)?.query.get('submit_time')).toBe(`${after}..${before}`);

    const since = await jobsOn(gateway, { filter: { submittedAfter: iso(after) }, first: 100 });
    expect(since.connection?.totalCount).toBe(times.filter((time) => time >= after).length);
    expect(gateway.simulator.requests.at(-1)?.query.get('submit_time')).toBe(`>=${after}`);

    const until = await jobsOn(gateway, { filter: { submittedBefore: iso(before) }, first: 100 });
    expect(until.connection?.totalCount).toBe(times.filter((time) => time <= before).length);
    expect(gateway.simulator.requests.at(-1)?.query.get('submit_time')).toBe(`<=${before}`);
  });

  it('should send a time in UTC with an offset AIQUM reads, the same instant', async () => {
    const gateway = app();
    await jobsOn(gateway, { filter: { submittedAfter: '2024-03-15T04:30:00Z' } });
    expect(gateway.simulator.requests.at(-1)?.query.get('submit_time')).toBe(
      '>=2024-03-15 04:30:00+00:00',
    );
  });

  it('should count every matching job on an empty page', async () => {
    const { gateway, connection } = await jobs({ first: 0 });
    const all = await upstreamList(gateway.simulator, '');
    expect(connection?.nodes).toEqual([]);
    expect(connection?.totalCount).toBe(all.total_records);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
  });

  // Every other window that holds no job still counts every matching job.
  it.each([
    ['last: 0', () => ({ last: 0 }), { hasNextPage: false, hasPreviousPage: true }],
    [
      'first: 0 after the third job',
      (cursors: string[]) => ({ first: 0, after: cursors[2] }),
      { hasNextPage: true, hasPreviousPage: true },
    ],
    [
      'first: 0 after the last job',
      (cursors: string[]) => ({ first: 0, after: cursors.at(-1) }),
      { hasNextPage: false, hasPreviousPage: true },
    ],
    [
      'first before the first job',
      (cursors: string[]) => ({ first: 5, before: cursors[0] }),
      { hasNextPage: true, hasPreviousPage: false },
    ],
    [
      'last: 0 before the third job',
      (cursors: string[]) => ({ last: 0, before: cursors[2] }),
      { hasNextPage: true, hasPreviousPage: true },
    ],
    [
      'first after a cursor past before',
      (cursors: string[]) => ({ first: 5, after: cursors[4], before: cursors[1] }),
      { hasNextPage: true, hasPreviousPage: true },
    ],
  ] as [string, (cursors: string[]) => JobsQueryVariables, object][])(
    'should count every matching job in an empty window (%s)',
    async (_case, window, pageInfo) => {
      const { gateway, connection: all } = await jobs({ first: 1000 });
      const cursors = all?.edges.map((edge) => edge.cursor) ?? [];
      const total = (await upstreamList(gateway.simulator, '')).total_records;
      expect(all?.totalCount).toBe(total);

      const empty = (await execute(gateway, JobsQuery, window(cursors))).data?.jobs;
      expect(empty?.nodes).toEqual([]);
      expect(empty?.totalCount).toBe(total);
      expect(empty?.pageInfo).toMatchObject({ ...pageInfo, startCursor: null, endCursor: null });
    },
  );

  it('should count the jobs that match the filter for first: 0', async () => {
    const { gateway, connection } = await jobs({ first: 0, filter: { status: ['ERROR'] } });
    const matching = await upstreamList(gateway.simulator, 'status=error');
    expect(matching.total_records).toBeGreaterThan(0);
    expect(connection?.totalCount).toBe(matching.total_records);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['a cursor from elsewhere', { after: 'not-a-cursor' }],
    ['an empty keys filter', { filter: { keys: [] } }],
    [
      `more than ${MAX_FILTER_KEYS} keys`,
      { filter: { keys: Array.from({ length: MAX_FILTER_KEYS + 1 }, (_, i) => `k:${i}`) } },
    ],
    ['a key holding a double quote', { filter: { keys: ['a"b'] } }],
    [
      'submittedAfter later than submittedBefore',
      {
        filter: {
          submittedAfter: '2024-03-15T10:00:00+05:30',
          submittedBefore: '2024-03-15T09:59:59+05:30',
        },
      },
    ],
    ['more than 1000 per page', { first: 1001 }],
    ['a negative page size', { first: -1 }],
    ['first and last together', { first: 2, last: 2 }],
    ['UNKNOWN as a state filter', { filter: { state: ['UNKNOWN'] } }],
    ['an empty state filter', { filter: { state: [] } }],
    ['an empty name filter', { filter: { name: '' } }],
    ['a name pattern of over 512 characters', { filter: { name: 'a'.repeat(513) } }],
  ] as [string, JobsQueryVariables][])(
    'should refuse %s with BAD_USER_INPUT',
    async (_case, variables) => {
      const { gateway, response } = await jobs(variables);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(gateway.simulator.requests).toHaveLength(0);
    },
  );

  it('should pass upstream refusals of a filter on as BAD_USER_INPUT with upstream detail', async () => {
    const { response } = await jobs({ filter: { name: 'a*|b' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'name' });
  });
});
