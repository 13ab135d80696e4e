import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import {
  CreateFileShare,
  DeleteFileShare,
  GIB,
  JOB_RUN_MS,
  UpdateFileShare,
  writesOf,
} from '../support/mutation-cases.ts';

const app = testAppFactory();

const share = (overrides: Record<string, unknown> = {}) => ({
  name: 'fs_finance',
  space: { size: 50 * GIB },
  performanceServiceLevel: { key: SEEDED_OBJECTS.performanceServiceLevels.value },
  svm: { key: SEEDED_OBJECTS.svm },
  ...overrides,
});

describe('createFileShare', () => {
  it("should send a CIFS ACL as AIQUM's access_control.acl", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateFileShare, {
      input: share({
        accessControl: {
          acl: [{ permission: 'FULL_CONTROL', userOrGroup: 'everyone' }],
          activeDirectoryMapping: { key: '3b648c1b-d965-03b7-20da-61b791a6263c' },
        },
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toMatchObject({
      access_control: {
        acl: [{ permission: 'full_control', user_or_group: 'everyone' }],
        active_directory_mapping: { key: '3b648c1b-d965-03b7-20da-61b791a6263c' },
      },
    });
  });

  it('should refuse an empty name with BAD_USER_INPUT naming input.name', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateFileShare, { input: share({ name: '' }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^input\.name expects/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it("should pass on AIQUM's 400 for a type it only reports, naming type", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateFileShare, { input: share({ type: 'LS' }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'type' });
  });

  it("should pass on AIQUM's 400 for an unknown SVM, naming svm.key", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateFileShare, {
      input: share({ svm: { key: 'no-such-svm' } }),
    });
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'svm.key' });
  });

  it("should pass on AIQUM's 409 for a name in use", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateFileShare, {
      input: share({ name: SEEDED_NAMES.fileShare }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({
      code: expect.any(String),
      target: 'name',
    });
  });
});

describe('updateFileShare', () => {
  it('should detach the export policy with an empty exportPolicy', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateFileShare, {
      key: SEEDED_OBJECTS.fileShare,
      input: { accessControl: { exportPolicy: {} } },
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({ access_control: { export_policy: {} } });
  });

  it('should refuse an empty update with BAD_USER_INPUT, sending nothing', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateFileShare, {
      key: SEEDED_OBJECTS.fileShare,
      input: {},
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});

describe('deleteFileShare', () => {
  it('should make the file share disappear once its job completes', async () => {
    const gateway = app();
    await execute(gateway, DeleteFileShare, { key: SEEDED_OBJECTS.fileShare });
    expect(gateway.simulator.getObject('fileShare', SEEDED_OBJECTS.fileShare)).toBeDefined();
    gateway.simulator.advance(JOB_RUN_MS);
    expect(gateway.simulator.getObject('fileShare', SEEDED_OBJECTS.fileShare)).toBeUndefined();
    const again = await execute(gateway, DeleteFileShare, { key: SEEDED_OBJECTS.fileShare });
    expect(errorCodes(again)).toEqual(['NOT_FOUND']);
  });
});
