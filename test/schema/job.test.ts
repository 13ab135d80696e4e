import { describe, expect, it } from 'vitest';
import { KEYS_PER_LIST_REQUEST } from '../../src/resolvers/key-loader.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { graphql } from '../generated/gql.ts';
import { ADMIN, errorCodes, execute, OPERATOR, testAppFactory } from '../support/app.ts';
import { upstreamKeys } from '../support/upstream.ts';

const JobQuery = graphql(`
  query Job($key: ID!) {
    job(key: $key) {
      id
      key
      name
      type
      state
      status
      terminal
      submitTime
      completeTime
      parentJobKey
      spawnedJobSummary { totalJobs completedJobs successfulJobs }
      taskReports { key name state status startTime completeTime failureReason }
      results { name value }
    }
  }
`);

const JobWithParentQuery = graphql(`
  query JobWithParent($key: ID!) {
    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }
  }
`);

const app = testAppFactory();

describe('job(key)', () => {
  it('should answer a completed job with every field mapped from upstream', async () => {
    const gateway = app();
    const upstream = gateway.simulator.getJob(SEEDED_KEYS.completedNormal);
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.completedNormal });

    expect(response.errors).toBeUndefined();
    const job = response.data?.job;
    expect(job).toMatchObject({
      id: SEEDED_KEYS.completedNormal,
      key: SEEDED_KEYS.completedNormal,
      name: upstream?.name,
      type: upstream?.type,
      state: 'COMPLETED',
      status: 'NORMAL',
      terminal: true,
    });
    expect(job?.taskReports.length).toBeGreaterThan(0);
    expect(job?.taskReports.every((task) => task.state === 'COMPLETED')).toBe(true);
  });

  it('should turn AIQUM timestamps into ISO 8601 with the same instant and offset', async () => {
    const gateway = app();
    const upstream = gateway.simulator.getJob(SEEDED_KEYS.completedNormal);
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.completedNormal });

    const submitTime = response.data?.job?.submitTime;
    expect(upstream?.submit_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(submitTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(submitTime?.slice(-6)).toBe(upstream?.submit_time?.slice(-6));
    expect(Date.parse(submitTime ?? '')).toBe(
      Date.parse(upstream?.submit_time?.replace(' ', 'T') ?? ''),
    );
  });

  it('should report the outcome of failed and partly failed jobs', async () => {
    const gateway = app();
    const failed = await execute(gateway, JobQuery, { key: SEEDED_KEYS.error });
    const partial = await execute(gateway, JobQuery, { key: SEEDED_KEYS.partialFailures });
    const warning = await execute(gateway, JobQuery, { key: SEEDED_KEYS.completedWarning });

    expect(failed.data?.job?.status).toBe('ERROR');
    expect(failed.data?.job?.taskReports.some((task) => task.failureReason)).toBe(true);
    expect(partial.data?.job?.status).toBe('PARTIAL_FAILURES');
    expect(warning.data?.job?.status).toBe('WARNING');
  });

  it('should answer a running job as not terminal', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.running });
    expect(response.data?.job).toMatchObject({
      state: 'RUNNING',
      terminal: false,
      completeTime: null,
    });
  });

  it('should answer an aborted job as terminal', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.aborted });
    expect(response.data?.job).toMatchObject({ state: 'ABORTED', terminal: true });
  });

  it('should answer null for a key upstream does not know', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: 'ffffffffffffffff:-1:1:-7fff' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.job).toBeNull();
  });

  it('should answer null for a key holding filter syntax, without widening the lookup', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: '*' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.job).toBeNull();
  });

  it('should refuse an empty or overlong key with BAD_USER_INPUT', async () => {
    const gateway = app();
    const empty = await execute(gateway, JobQuery, { key: '' });
    const long = await execute(gateway, JobQuery, { key: 'k'.repeat(5000) });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should answer the parent job through the same loader', async () => {
    const gateway = app();
    const [child] = SEEDED_KEYS.children;
    const response = await execute(gateway, JobWithParentQuery, { key: child ?? '' });
    expect(response.data?.job?.parentJob?.key).toBe(SEEDED_KEYS.parent);
    expect(response.data?.job?.parentJob?.spawnedJobSummary?.totalJobs).toBe(2);
  });

  it('should refuse a caller without credentials with UNAUTHENTICATED, asking nothing upstream', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.job).toBeNull();
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should answer UNAUTHENTICATED when upstream refuses the credentials', async () => {
    const gateway = app();
    const wrong = `Basic ${btoa('admin:wrong')}`;
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, wrong);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('should let a read-only operator read jobs', async () => {
    const gateway = app();
    const response = await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, OPERATOR);
    expect(response.errors).toBeUndefined();
    expect(response.data?.job?.key).toBe(SEEDED_KEYS.running);
  });

  it("should forward each caller's own credentials upstream", async () => {
    const simulator = new Simulator({ clock: new ManualClock() });
    const seen: (string | null)[] = [];
    const gateway = app({
      config: { aiqumUrl: 'http://aiqum.test/api' },
      overrides: {
        simulator,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          seen.push(request.headers.get('authorization'));
          return simulator.fetch(request);
        },
      },
    });
    await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, OPERATOR);
    await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, ADMIN);
    expect(seen).toEqual([OPERATOR, ADMIN]);
  });
});

describe('job(key) batching', () => {
  it('should fetch 20 job(key) fields with one upstream request', async () => {
    const gateway = app();
    const keys = await upstreamKeys(gateway.simulator, 20);
    const fields = keys.map(
      (key, index) => `j${index}: job(key: ${JSON.stringify(key)}) { key state }`,
    );
    const response = await execute(gateway, `query Twenty { ${fields.join('\n')} }`);

    expect(response.errors).toBeUndefined();
    const answered = Object.values(response.data as Record<string, { key: string }>);
    expect(answered.map((job) => job.key)).toEqual(keys);
    expect(gateway.simulator.requests).toHaveLength(1);
    expect(gateway.simulator.requests[0]?.query.get('key')).toBe(keys.join('|'));
  });

  it('should split more keys than one URL should carry into several list requests', async () => {
    const gateway = app();
    const keys = await upstreamKeys(gateway.simulator, 30);
    const fields = [...keys, ...keys.map((key) => `${key}-missing`)].map(
      (key, index) => `j${index}: job(key: ${JSON.stringify(key)}) { key }`,
    );
    const response = await execute(gateway, `query Sixty { ${fields.join('\n')} }`);

    expect(response.errors).toBeUndefined();
    const answered = Object.values(response.data as Record<string, { key: string } | null>);
    expect(answered.filter((job) => job !== null)).toHaveLength(30);
    expect(gateway.simulator.requests).toHaveLength(Math.ceil(60 / KEYS_PER_LIST_REQUEST));
  });

  it('should batch parents together with the jobs that name them', async () => {
    const gateway = app();
    const [first, second] = SEEDED_KEYS.children;
    const response = await execute(
      gateway,
      `{ a: job(key: "${first}") { parentJob { key } } b: job(key: "${second}") { parentJob { key } } }`,
    );
    expect(response.errors).toBeUndefined();
    // One list call for both children, one for their (shared) parent.
    expect(gateway.simulator.requests).toHaveLength(2);
  });

  it('should keep the loader per request: a second request asks upstream again', async () => {
    const gateway = app();
    await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, ADMIN);
    await execute(gateway, JobQuery, { key: SEEDED_KEYS.running }, ADMIN);
    expect(gateway.simulator.requests).toHaveLength(2);
  });
});
