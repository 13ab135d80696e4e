import { describe, expect, it } from 'vitest';
import { problemOf, readJob } from '../../src/aiqum/job-reading.ts';
import { ADMIN, execute, type GraphQLResponse, testAppFactory } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { sendJson, startHostileUpstream } from '../support/hostile-upstream.ts';

// AIQUM answers the gateway cannot read are the documented UPSTREAM_ERROR, on the field that
// holds them, never a masked "Unexpected error.".

const app = testAppFactory();
const disposables = disposedAfterEach();

const KEY = 'db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd';
const GOOD_JOB = {
  key: KEY,
  name: 'Create LUN',
  type: 'provision_lun_create',
  state: 'running',
  status: 'normal',
  submit_time: '2019-11-15 09:57:18+05:30',
  spawned_job_summary: { total_jobs: 2 },
  task_reports: [{ name: 'create', state: 'running', failure_reason: null }],
  job_results: [{ name: 'lunKey', value: 'lun-1' }],
};
const JOB_FIELDS = `key name submitTime spawnedJobSummary { totalJobs }
  taskReports { name startTime failureReason } results { name value }`;
const JOB_QUERY = `{ job(key: "${KEY}") { ${JOB_FIELDS} } }`;

/** A gateway over an upstream whose every list answer holds `records`. */
async function gatewayListing(records: unknown[]) {
  const upstream = await startHostileUpstream(disposables, (request, response) => {
    if (request.method === 'GET') {
      sendJson(response, 200, { records, num_records: records.length });
    } else {
      sendJson(response, 202, { job: { key: KEY } });
    }
  });
  return app({ config: { aiqumUrl: upstream.url } });
}

function expectOnlyUpstreamErrors(response: GraphQLResponse<unknown>, paths: string[]) {
  expect(response.errors?.map((error) => error.message)).not.toContain('Unexpected error.');
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(
    paths.map(() => 'UPSTREAM_ERROR'),
  );
  expect(response.errors?.map((error) => error.path?.join('.'))).toEqual(paths);
}

describe('readJob', () => {
  it('should leave a well-formed job as it is', () => {
    expect(readJob(structuredClone(GOOD_JOB))).toEqual(GOOD_JOB);
  });

  it('should take a value of the wrong type out, keeping why, and nothing of it in JSON', () => {
    const job = readJob({ ...structuredClone(GOOD_JOB), name: 42 });
    expect(job.name).toBeUndefined();
    expect(problemOf(job, 'name')?.code).toBe('UPSTREAM_ERROR');
    expect(JSON.parse(JSON.stringify(job))).toEqual({ ...GOOD_JOB, name: undefined });
  });
});

describe('a job upstream sends with values of the wrong type', () => {
  it.each([
    ['a name that is an object', { name: {} }, 'job.name', { name: null }],
    [
      'an impossible submit time',
      { submit_time: '2019-02-30 10:00:00+05:30' },
      'job.submitTime',
      { submitTime: null },
    ],
    [
      'a count that is no integer',
      { spawned_job_summary: { total_jobs: 2.5 } },
      'job.spawnedJobSummary.totalJobs',
      { spawnedJobSummary: { totalJobs: null } },
    ],
    [
      'a summary that is a string',
      { spawned_job_summary: 'all done' },
      'job.spawnedJobSummary',
      { spawnedJobSummary: null },
    ],
    [
      'a failure reason that is an object',
      { task_reports: [{ name: 'create', failure_reason: {} }] },
      'job.taskReports.0.failureReason',
      { taskReports: [{ name: 'create', startTime: null, failureReason: null }] },
    ],
    [
      'a task start time that is an object',
      { task_reports: [{ name: 'create', start_time: {} }] },
      'job.taskReports.0.startTime',
      { taskReports: [{ name: 'create', startTime: null, failureReason: null }] },
    ],
  ])(
    'should answer UPSTREAM_ERROR on the field for %s, and the rest of the job',
    async (_what, change, path, expected) => {
      const gateway = await gatewayListing([{ ...GOOD_JOB, ...change }]);
      const response = await execute(gateway, JOB_QUERY);
      expectOnlyUpstreamErrors(response, [path]);
      expect((response.data as { job: unknown }).job).toMatchObject({ key: KEY, ...expected });
    },
  );

  it.each([
    ['task reports that are an object', { task_reports: {} }, 'job.taskReports'],
    ['task reports holding null', { task_reports: [null] }, 'job.taskReports'],
    ['job results holding null', { job_results: [null] }, 'job.results'],
    ['a job result name that is an object', { job_results: [{ name: {} }] }, 'job.results.0.name'],
  ])(
    'should answer UPSTREAM_ERROR for %s, where a list cannot be null',
    async (_what, change, path) => {
      const gateway = await gatewayListing([{ ...GOOD_JOB, ...change }]);
      const response = await execute(gateway, JOB_QUERY);
      expectOnlyUpstreamErrors(response, [path]);
      expect(response.data).toEqual({ job: null });
    },
  );

  it('should answer UPSTREAM_ERROR, not "no such job", for a record whose key is null', async () => {
    const gateway = await gatewayListing([{ ...GOOD_JOB, key: null }]);
    const response = await execute(gateway, JOB_QUERY);
    expectOnlyUpstreamErrors(response, ['job']);
    expect(response.data).toEqual({ job: null });
  });

  it('should keep one bad record of a page from hiding the others', async () => {
    const records = [
      { ...GOOD_JOB, key: 'a' },
      { ...GOOD_JOB, key: 'b', name: ['not', 'a', 'name'], submit_time: 'teatime' },
      { ...GOOD_JOB, key: 'c' },
    ];
    const gateway = await gatewayListing(records);
    const response = await execute(
      gateway,
      '{ jobs(first: 3) { totalCount nodes { key name submitTime } } }',
    );
    expectOnlyUpstreamErrors(response, ['jobs.nodes.1.name', 'jobs.nodes.1.submitTime']);
    expect(response.data).toEqual({
      jobs: {
        totalCount: 3,
        nodes: [
          { key: 'a', name: 'Create LUN', submitTime: '2019-11-15T09:57:18+05:30' },
          { key: 'b', name: null, submitTime: null },
          { key: 'c', name: 'Create LUN', submitTime: '2019-11-15T09:57:18+05:30' },
        ],
      },
    });
  });

  it('should answer UPSTREAM_ERROR on the field of a subscription event', async () => {
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      sendJson(response, 200, { ...GOOD_JOB, state: 'completed', name: { en: 'Create LUN' } });
    });
    const { url } = await startGateway(disposables, { config: { aiqumUrl: upstream.url } });
    const client = webSocketClient(disposables, url, ADMIN);
    const events = client.iterate({
      query: `subscription { jobUpdated(key: "${KEY}") { key state name } }`,
    });
    const event = await valueWithin(events);
    expect(event.data).toEqual({ jobUpdated: { key: KEY, state: 'COMPLETED', name: null } });
    expect(event.errors).toMatchObject([
      { path: ['jobUpdated', 'name'], extensions: { code: 'UPSTREAM_ERROR' } },
    ]);
  });
});

describe('a mutation whose answer cannot be read', () => {
  const MUTATION = 'mutation { createBackup { job { key } } }';

  it.each([
    [502, 'UPSTREAM_UNAVAILABLE', 'application/json', '{}'],
    [504, 'UPSTREAM_UNAVAILABLE', 'text/html', '<html>Gateway Timeout</html>'],
    [500, 'UPSTREAM_UNAVAILABLE', 'application/json', '{"error":{"message":"boom"}}'],
    [200, 'UPSTREAM_ERROR', 'text/html', '<html>Please log in</html>'],
    [202, 'UPSTREAM_ERROR', 'application/json', '{"job":{"key":null}}'],
  ])(
    'should say that the operation may have started after a %i',
    async (status, code, type, body) => {
      const upstream = await startHostileUpstream(disposables, (_request, response) => {
        response.writeHead(status, { 'content-type': type }).end(body);
      });
      const gateway = app({ config: { aiqumUrl: upstream.url } });
      const response = await execute(gateway, MUTATION);
      expect(response.errors).toMatchObject([{ extensions: { code } }]);
      expect(response.errors?.[0]?.message).toMatch(/the operation may have started/);
      expect(upstream.requests).toHaveLength(1);
    },
  );
});
