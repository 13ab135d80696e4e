import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import {
  CreateLun,
  GIB,
  JOB_RUN_MS,
  JobAfterwards,
  UpdateLun,
  writesOf,
} from '../support/mutation-cases.ts';

const app = testAppFactory();

const lun = (overrides: Record<string, unknown> = {}) => ({
  name: 'lun_web_01',
  space: { size: GIB },
  osType: 'VMWARE' as const,
  performanceServiceLevel: { key: SEEDED_OBJECTS.performanceServiceLevels.extreme },
  svm: { key: SEEDED_OBJECTS.svm },
  ...overrides,
});

describe('createLun', () => {
  it('should send 10 GiB given as a decimal string as the JSON number 10737418240', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, {
      input: lun({ space: { size: '10737418240' } }),
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toMatchObject({
      space: { size: 10737418240 },
      os_type: 'vmware',
    });
  });

  it('should refuse a negative size with BAD_USER_INPUT naming input.space.size', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, { input: lun({ space: { size: -1 } }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('input.space.size');
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should refuse a size beyond 2^53 - 1 rather than round it', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, {
      input: lun({ space: { size: '9007199254740993' } }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should refuse an empty name with BAD_USER_INPUT naming input.name', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, { input: lun({ name: '  ' }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^input\.name expects/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it("should pass AIQUM's 400 on as BAD_USER_INPUT with its code, message and target", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, { input: lun({ space: { size: 0 } }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toEqual({
      code: expect.any(String),
      message: expect.stringContaining('space.size'),
      target: 'space.size',
    });
  });

  it("should pass AIQUM's 409 for a name in use on as BAD_USER_INPUT naming the field", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, { input: lun({ name: SEEDED_NAMES.lun }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'name' });
  });

  it('should answer the second of two createLun of one name back to back with AIQUM 409', async () => {
    const gateway = app();
    const first = await execute(gateway, CreateLun, { input: lun() });
    expect(first.errors).toBeUndefined();
    const second = await execute(gateway, CreateLun, { input: lun() });
    expect(errorCodes(second)).toEqual(['BAD_USER_INPUT']);
    expect(second.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'name' });
  });

  it('should report a job that ends in error, and the LUN is not created', async () => {
    const gateway = app();
    gateway.simulator.setNextJobOutcome('error', { failureReason: 'Aggregate aggr1 is full' });
    const created = await execute(gateway, CreateLun, { input: lun() });
    gateway.simulator.advance(JOB_RUN_MS);
    const key = created.data?.createLun.job.key ?? '';
    const job = (await execute(gateway, JobAfterwards, { key })).data?.job;

    expect(job).toMatchObject({ state: 'COMPLETED', status: 'ERROR', results: [] });
    expect(job?.taskReports.map((task) => task.failureReason)).toContain('Aggregate aggr1 is full');
    expect(gateway.simulator.listObjects('lun').map((object) => object.name)).not.toContain(
      'lun_web_01',
    );
  });

  it('should let a LUN created by a completed job be updated by its lunKey', async () => {
    const gateway = app();
    const created = await execute(gateway, CreateLun, { input: lun() });
    gateway.simulator.advance(JOB_RUN_MS);
    const key = created.data?.createLun.job.key ?? '';
    const results = (await execute(gateway, JobAfterwards, { key })).data?.job?.results;
    const lunKey = results?.find((result) => result.name === 'lunKey')?.value ?? '';

    const updated = await execute(gateway, UpdateLun, {
      key: lunKey,
      input: { space: { size: 2 * GIB } },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateLun.job).toMatchObject({ name: 'Modify LUN', state: 'RUNNING' });
    gateway.simulator.advance(JOB_RUN_MS);
    expect(gateway.simulator.getObject('lun', lunKey)?.attributes.size).toBe(2 * GIB);
  });
});

describe('updateLun', () => {
  it('should send only the one field given', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateLun, {
      key: SEEDED_OBJECTS.lun,
      input: { operationalState: 'OFFLINE' },
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({ operational_state: 'offline' });
  });

  it('should leave out fields given as null', async () => {
    const gateway = app();
    await execute(gateway, UpdateLun, {
      key: SEEDED_OBJECTS.lun,
      input: { operationalState: null, space: { size: 3 * GIB } },
    });
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({ space: { size: 3 * GIB } });
  });

  it('should refuse an empty update with BAD_USER_INPUT, sending nothing', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateLun, { key: SEEDED_OBJECTS.lun, input: {} });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^input expects one attribute/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it("should pass on AIQUM's refusal of two attributes in one call", async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateLun, {
      key: SEEDED_OBJECTS.lun,
      input: { operationalState: 'OFFLINE', space: { size: 2 * GIB } },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/one attribute/);
    expect(writesOf(gateway.simulator)).toHaveLength(1);
  });

  it("should pass on AIQUM's refusal to shrink a LUN, naming space.size", async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateLun, {
      key: SEEDED_OBJECTS.lun,
      input: { space: { size: GIB / 2 } },
    });
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'space.size' });
  });
});

describe('createLun after a 202 whose job cannot be read', () => {
  it('should log a warning naming the job key it answers', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const gateway = app({ overrides: { logger } });
    gateway.simulator.injectFault({
      status: 500,
      times: 10,
      match: (request) => request.method === 'GET',
    });
    const response = await execute(gateway, CreateLun, { input: lun() });

    const key = response.data?.createLun.job.key;
    expect(response.data?.createLun.job).toMatchObject({ state: 'RUNNING', name: null });
    const warning = lines.map((line) => JSON.parse(line)).find((entry) => entry.jobKey === key);
    expect(warning).toMatchObject({ level: 40, method: 'POST', path: 'storage-provider/luns' });
  });
});
