import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import {
  CreateBackup,
  CreateSvm,
  DeleteSvm,
  JOB_RUN_MS,
  JobAfterwards,
  UpdateSvm,
  writesOf,
} from '../support/mutation-cases.ts';

const app = testAppFactory();

const svm = (overrides: Record<string, unknown> = {}) => ({
  name: 'svm_dev',
  cluster: { key: SEEDED_OBJECTS.cluster },
  ...overrides,
});

describe('createSvm', () => {
  it('should send an upstream language holding dots from its enum value', async () => {
    const gateway = app();
    await execute(gateway, CreateSvm, { input: svm({ language: 'ZH_TW_BIG5_UTF_8' }) });
    expect(writesOf(gateway.simulator)[0]?.body).toMatchObject({ language: 'zh_tw.big5.utf_8' });
  });

  it('should send network blocks in their upstream nesting and configure each protocol', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateSvm, {
      input: svm({
        ipInterfaces: [
          {
            name: 'lif_dev_1',
            ip: { address: '10.10.10.7', netmask: '24' },
            location: { homeNode: { name: 'node1' } },
          },
        ],
        routes: [{ gateway: '10.10.10.1' }],
        dns: { domains: ['example.com'], servers: ['10.224.65.20'] },
        iscsi: { enabled: true },
      }),
    });
    expect(writesOf(gateway.simulator)[0]?.body).toMatchObject({
      ip_interfaces: [
        {
          name: 'lif_dev_1',
          ip: { address: '10.10.10.7', netmask: '24' },
          location: { home_node: { name: 'node1' } },
        },
      ],
      routes: [{ gateway: '10.10.10.1' }],
      iscsi: { enabled: true },
    });
    gateway.simulator.advance(JOB_RUN_MS);
    const key = response.data?.createSvm.job.key ?? '';
    const tasks = (await execute(gateway, JobAfterwards, { key })).data?.job?.taskReports;
    expect(tasks?.map((task) => task.name)).toEqual(['create_vserver', 'configure_iscsi']);
  });

  it('should refuse an invalid interface address naming its place in the input', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateSvm, {
      input: svm({
        ipInterfaces: [
          {
            name: 'lif_dev_1',
            ip: { address: '10.10.10.256', netmask: '24' },
            location: { homeNode: { name: 'node1' } },
          },
        ],
      }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^input\.ipInterfaces\[0\]\.ip\.address expects/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it("should pass on AIQUM's 400 for CIFS without the DNS it needs", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateSvm, {
      input: svm({
        cifs: { name: 'CIFSDEV', adDomain: { fqdn: 'ad.example.com', user: 'a', password: 'p' } },
      }),
    });
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'ip_interfaces' });
  });

  it("should pass on AIQUM's 409 for a name in use", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateSvm, { input: svm({ name: SEEDED_NAMES.svm }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'name' });
  });
});

describe('updateSvm', () => {
  it('should refuse an empty new name with BAD_USER_INPUT naming input.name', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateSvm, {
      key: SEEDED_OBJECTS.svm,
      input: { name: ' ' },
    });
    expect(response.errors?.[0]?.message).toMatch(/^input\.name expects/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should rename the SVM once its job completes', async () => {
    const gateway = app();
    await execute(gateway, UpdateSvm, { key: SEEDED_OBJECTS.svm, input: { name: 'svm_prod' } });
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({ name: 'svm_prod' });
    gateway.simulator.advance(JOB_RUN_MS);
    expect(gateway.simulator.getObject('svm', SEEDED_OBJECTS.svm)?.name).toBe('svm_prod');
  });

  it('should refuse an empty update with BAD_USER_INPUT, sending nothing', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateSvm, { key: SEEDED_OBJECTS.svm, input: {} });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});

describe('deleteSvm', () => {
  it('should send force=true when asked to force', async () => {
    const gateway = app();
    const response = await execute(gateway, DeleteSvm, { key: SEEDED_OBJECTS.svm, force: true });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.query.get('force')).toBe('true');
    gateway.simulator.advance(JOB_RUN_MS);
    expect(gateway.simulator.getObject('lun', SEEDED_OBJECTS.lun)).toBeUndefined();
  });

  it("should pass on AIQUM's 400 for an SVM still holding objects without force", async () => {
    const gateway = app();
    const response = await execute(gateway, DeleteSvm, { key: SEEDED_OBJECTS.svm });
    expect(writesOf(gateway.simulator)[0]?.query.get('force')).toBe('false');
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'force' });
  });
});

describe('createBackup', () => {
  it("should pass on AIQUM's 400 while another backup runs, with its documented body", async () => {
    const gateway = app();
    expect((await execute(gateway, CreateBackup)).errors).toBeUndefined();
    const response = await execute(gateway, CreateBackup);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toEqual({
      code: '400',
      message: 'Invalid backup request. Backup operation already in progress.',
      target: 'backup',
    });
  });
});
