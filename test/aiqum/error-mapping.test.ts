import { describe, expect, it } from 'vitest';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { graphql } from '../generated/gql.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';

const JobStateQuery = graphql(`
  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }
`);

const app = testAppFactory();

const key = SEEDED_KEYS.completedNormal;

describe('upstream failures', () => {
  it('should retry a GET that got 500 and answer once upstream recovers', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 500, times: 2 });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(response.errors).toBeUndefined();
    expect(response.data?.job?.key).toBe(key);
    expect(gateway.simulator.requests).toHaveLength(3);
  });

  it('should answer UPSTREAM_UNAVAILABLE after a bounded number of retries', async () => {
    const gateway = app({ config: { upstreamRetries: 2 } });
    gateway.simulator.injectFault({ status: 503, times: 10 });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(gateway.simulator.requests).toHaveLength(3);
  });

  it('should wait as long as a 429 Retry-After asks before retrying', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 429, headers: { 'retry-after': '1' } });
    const startedAt = performance.now();
    const response = await execute(gateway, JobStateQuery, { key });
    expect(response.data?.job?.key).toBe(key);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(950);
    expect(gateway.simulator.requests).toHaveLength(2);
  });

  it('should answer UPSTREAM_UNAVAILABLE when upstream does not answer in time', async () => {
    const gateway = app({ config: { upstreamTimeoutMs: 200 } });
    gateway.simulator.injectFault({ delayMs: 60_000 });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('should answer UPSTREAM_UNAVAILABLE when upstream cannot be reached', async () => {
    const gateway = app({ config: { aiqumUrl: 'http://127.0.0.1:1/api', upstreamRetries: 1 } });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('should answer UPSTREAM_ERROR when upstream answers what is not JSON', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 200, body: '<html>maintenance</html>' });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
  });

  it('should answer FORBIDDEN when upstream answers 403', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 403, body: '' });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('should null only the field whose upstream value is unreadable', async () => {
    const gateway = app();
    gateway.simulator.injectFault({
      status: 200,
      body: JSON.stringify({ records: [{ key, submit_time: 'yesterday-ish' }], num_records: 1 }),
    });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(response.data?.job?.key).toBe(key);
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
    expect(response.errors?.[0]?.path).toEqual(['job', 'submitTime']);
  });

  it('should map a state upstream added later to UNKNOWN and an unknown status to null', async () => {
    const gateway = app();
    gateway.simulator.injectFault({
      status: 200,
      body: JSON.stringify({
        records: [{ key, state: 'queued', status: 'sleepy' }],
        num_records: 1,
      }),
    });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(response.errors).toBeUndefined();
    expect(response.data?.job).toMatchObject({ state: 'UNKNOWN', status: null });
  });

  it('should read values of the wrong type from upstream without crashing', async () => {
    const gateway = app();
    gateway.simulator.injectFault({
      status: 200,
      body: JSON.stringify({
        records: [{ key, state: 5, status: {}, submit_time: 5 }],
        num_records: 1,
      }),
    });
    const response = await execute(gateway, JobStateQuery, { key });
    expect(response.data?.job).toMatchObject({
      key,
      state: 'UNKNOWN',
      status: null,
      submitTime: null,
    });
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
  });
});
