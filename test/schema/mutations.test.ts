import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { RecordedRequest } from '../../src/simulator/types.ts';
import {
  errorCodes,
  execute,
  type GraphQLResponse,
  OPERATOR,
  testAppFactory,
} from '../support/app.ts';
import {
  JOB_RUN_MS,
  JobAfterwards,
  MUTATION_CASES,
  type MutationCase,
} from '../support/mutation-cases.ts';

// What every one of the thirteen mutations must do, run against each of them.

const newApp = testAppFactory();
const app = (config: Partial<Config> = {}) => newApp({ config });

const UNKNOWN_KEY = '7d5a59b3-953a-11e8-8857-00a098dcc959:type=nothing,uuid=00000000-0000';

function writes(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method !== 'GET');
}

function jobOf(response: GraphQLResponse<unknown>, field: string) {
  const data = response.data as Record<string, { job: { key: string; state: string } }> | null;
  return data?.[field]?.job;
}

function run(
  gateway: ReturnType<typeof app>,
  mutation: MutationCase,
  authorization?: string | null,
) {
  return execute(gateway, mutation.document.toString(), mutation.variables, authorization);
}

describe.each(MUTATION_CASES)('$field', (mutation) => {
  it('should send AIQUM exactly the documented request, once', async () => {
    const gateway = app({});
    const response = await run(gateway, mutation);

    expect(response.errors).toBeUndefined();
    const [sent, ...others] = writes(gateway.simulator.requests);
    expect(others).toHaveLength(0);
    expect(sent?.method).toBe(mutation.request.method);
    expect(sent?.path).toBe(mutation.request.path);
    expect(sent?.query.toString()).toBe(mutation.request.query ?? '');
    expect(sent?.body).toEqual(mutation.request.body);
  });

  it('should answer the job AIQUM started, RUNNING, read with the caller credentials', async () => {
    const gateway = app({});
    const response = await run(gateway, mutation);

    const job = jobOf(response, mutation.field);
    expect(job?.state).toBe('RUNNING');
    expect(gateway.simulator.getJob(job?.key ?? '')?.state).toBe('running');
    expect(gateway.simulator.requests.at(-1)).toMatchObject({ method: 'GET', jobKey: job?.key });
  });

  it('should answer a job that completes in the simulator with its results', async () => {
    const gateway = app({});
    const key = jobOf(await run(gateway, mutation), mutation.field)?.key ?? '';
    gateway.simulator.advance(JOB_RUN_MS);
    const later = await execute(gateway, JobAfterwards, { key });

    expect(later.data?.job).toMatchObject({ state: 'COMPLETED', status: 'NORMAL', terminal: true });
    expect(later.data?.job?.results.map((result) => result.name)).toEqual(mutation.resultNames);
  });

  it('should refuse a caller without credentials with UNAUTHENTICATED, sending nothing', async () => {
    const gateway = app({});
    const response = await run(gateway, mutation, null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should answer UNAUTHENTICATED when AIQUM refuses the credentials', async () => {
    const gateway = app({});
    const response = await run(gateway, mutation, `Basic ${btoa('admin:wrong')}`);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('should answer FORBIDDEN to the read-only operator, whose write AIQUM refuses', async () => {
    const gateway = app({});
    const response = await run(gateway, mutation, OPERATOR);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(gateway.simulator.requests.map((request) => request.method)).toEqual([
      mutation.request.method,
    ]);
  });

  it('should answer UPSTREAM_UNAVAILABLE on a 503 and never retry the write', async () => {
    const gateway = app({ upstreamRetries: 3 });
    gateway.simulator.injectFault({
      status: 503,
      times: 5,
      match: (request) => request.method !== 'GET',
    });
    const response = await run(gateway, mutation);
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(writes(gateway.simulator.requests)).toHaveLength(1);
  });

  it('should say the outcome is unknown when the write times out, sent once', async () => {
    const gateway = app({ upstreamTimeoutMs: 100 });
    gateway.simulator.injectFault({
      delayMs: 60_000,
      match: (request) => request.method !== 'GET',
    });
    const response = await run(gateway, mutation);
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(response.errors?.[0]?.message).toMatch(/outcome is unknown/);
    expect(writes(gateway.simulator.requests)).toHaveLength(1);
  });

  it('should still answer the job key, RUNNING, when reading the job fails', async () => {
    const gateway = app({});
    gateway.simulator.injectFault({
      status: 500,
      times: 10,
      match: (request) => request.method === 'GET',
    });
    const response = await run(gateway, mutation);

    expect(response.errors).toBeUndefined();
    const job = jobOf(response, mutation.field);
    expect(job?.state).toBe('RUNNING');
    expect(gateway.simulator.getJob(job?.key ?? '')).toBeDefined();
  });

  it.each([
    ['names another job', (key: string) => ({ key: `${key}-other`, state: 'running' })],
    ['names no key', () => ({ state: 'running', name: 'x' })],
    ['holds task reports that are no list', (key: string) => ({ key, task_reports: { a: 1 } })],
    ['holds a null task report', (key: string) => ({ key, task_reports: [null] })],
    ['holds a null result', (key: string) => ({ key, job_results: [null] })],
    ['holds a result named by an object', (key: string) => ({ key, job_results: [{ name: {} }] })],
    ['is no object', () => ['not', 'a', 'job']],
  ])(
    'should still answer the job key, RUNNING, when the read of the job %s',
    async (_case, answer) => {
      const gateway = app({});
      gateway.simulator.injectFault({
        status: 200,
        body: (request) => JSON.stringify(answer(request.jobKey ?? '')),
        match: (request) => request.method === 'GET',
      });
      const response = await run(gateway, mutation);

      expect(response.errors).toBeUndefined();
      const job = jobOf(response, mutation.field);
      expect(job?.state).toBe('RUNNING');
      expect(gateway.simulator.getJob(job?.key ?? '')).toBeDefined();
    },
  );

  it('should answer UPSTREAM_ERROR when the 202 names no job key', async () => {
    const gateway = app({});
    gateway.simulator.injectFault({
      status: 202,
      body: JSON.stringify({ job: {} }),
      match: (request) => request.method !== 'GET',
    });
    const response = await run(gateway, mutation);
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
  });
});

describe.each(MUTATION_CASES.filter((mutation) => mutation.keyed))('$field(key)', (mutation) => {
  it('should answer NOT_FOUND for a key AIQUM does not know', async () => {
    const gateway = app({});
    const response = await execute(gateway, mutation.document.toString(), {
      ...mutation.variables,
      key: UNKNOWN_KEY,
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(writes(gateway.simulator.requests)[0]?.path).toContain(encodeURIComponent(UNKNOWN_KEY));
  });

  it.runIf(mutation.keyed)(
    'should refuse an empty key with BAD_USER_INPUT, sending nothing',
    async () => {
      const gateway = app({});
      const response = await execute(gateway, mutation.document.toString(), {
        ...mutation.variables,
        key: '',
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(gateway.simulator.requests).toHaveLength(0);
    },
  );
});
