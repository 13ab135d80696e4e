import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import {
  CreateAccessEndpoint,
  JOB_RUN_MS,
  JobAfterwards,
  UpdateAccessEndpoint,
  writesOf,
} from '../support/mutation-cases.ts';

const app = testAppFactory();

const endpoint = (overrides: Record<string, unknown> = {}) => ({
  dataProtocols: ['NFS' as const],
  ip: { address: '10.162.83.40', netmask: '16' },
  svm: { key: SEEDED_OBJECTS.svm },
  ...overrides,
});

describe('createAccessEndpoint', () => {
  it.each([
    ['input.ip.address', { ip: { address: '10.162.300.1', netmask: '16' } }],
    ['input.ip.netmask', { ip: { address: '10.162.83.40', netmask: '255.0.255.0' } }],
    ['input.ip.netmask', { ip: { address: '10.162.83.40', netmask: '33' } }],
    ['input.ip.haAddress', { ip: { address: '10.162.83.40', netmask: '16', haAddress: 'x' } }],
    ['input.gateway', { gateway: '10.162.0' }],
  ])('should refuse an invalid address with BAD_USER_INPUT naming %s', async (field, override) => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, { input: endpoint(override) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message.startsWith(`${field} expects`)).toBe(true);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should refuse an empty name with BAD_USER_INPUT naming input.name', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, {
      input: endpoint({ name: '' }),
    });
    expect(response.errors?.[0]?.message).toMatch(/^input\.name expects/);
  });

  it("should pass on AIQUM's 409 for an address in use, naming ip.address", async () => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, {
      input: endpoint({ ip: { address: SEEDED_NAMES.accessEndpointAddress, netmask: '16' } }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.upstream).toMatchObject({ target: 'ip.address' });
  });

  it('should send a target given in target as AIQUM takes it, at the top of the body', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, {
      input: endpoint({ svm: null, target: { svm: { key: SEEDED_OBJECTS.svm } } }),
    });
    expect(response.errors).toBeUndefined();
    const body = writesOf(gateway.simulator)[0]?.body as Record<string, unknown>;
    expect(body.svm).toEqual({ key: SEEDED_OBJECTS.svm });
    expect(body).not.toHaveProperty('target');
  });

  it.each([
    ['none', { svm: null }, /but got none$/],
    ['svm and lun', { lun: { key: SEEDED_OBJECTS.lun } }, /but got input\.svm and input\.lun$/],
    [
      'svm and target.fileshare',
      { target: { fileshare: { key: SEEDED_OBJECTS.fileShare } } },
      /but got input\.svm and input\.target\.fileshare$/,
    ],
  ])(
    'should refuse %s as the target with BAD_USER_INPUT before calling AIQUM',
    async (_case, fields, message) => {
      const gateway = app();
      const response = await execute(gateway, CreateAccessEndpoint, { input: endpoint(fields) });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(gateway.simulator.requests).toHaveLength(0);
    },
  );

  it('should refuse a target that names two objects, which @oneOf forbids', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, {
      input: endpoint({
        svm: null,
        target: { svm: { key: SEEDED_OBJECTS.svm }, lun: { key: SEEDED_OBJECTS.lun } },
      }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(
      /Exactly one key must be specified for OneOf type "AccessEndpointTargetInput"/,
    );
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should create an FCP endpoint on a LUN without any IP block', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateAccessEndpoint, {
      input: { dataProtocols: ['FCP'], lun: { key: SEEDED_OBJECTS.lun } },
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({
      data_protocols: ['fcp'],
      lun: { key: SEEDED_OBJECTS.lun },
    });
  });

  it('should report both keys of an iSCSI endpoint with an HA partner', async () => {
    const gateway = app();
    const created = await execute(gateway, CreateAccessEndpoint, {
      input: {
        dataProtocols: ['ISCSI'],
        lun: { key: SEEDED_OBJECTS.lun },
        ip: { address: '10.162.83.50', haAddress: '10.162.83.51', netmask: '24' },
      },
    });
    gateway.simulator.advance(JOB_RUN_MS);
    const key = created.data?.createAccessEndpoint.job.key ?? '';
    const results = (await execute(gateway, JobAfterwards, { key })).data?.job?.results;
    expect(results?.map((result) => result.name)).toEqual([
      'accessEndpointKey',
      'accessEndpointHAKey',
    ]);
  });
});

describe('updateAccessEndpoint', () => {
  it('should send gateway and ip.address together, as AIQUM allows', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateAccessEndpoint, {
      key: SEEDED_OBJECTS.accessEndpoint,
      input: { gateway: '10.146.56.12', ip: { address: '10.166.83.26' } },
    });
    expect(response.errors).toBeUndefined();
    expect(writesOf(gateway.simulator)[0]?.body).toEqual({
      gateway: '10.146.56.12',
      ip: { address: '10.166.83.26' },
    });
  });

  it('should refuse an invalid new address naming input.ip.address', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateAccessEndpoint, {
      key: SEEDED_OBJECTS.accessEndpoint,
      input: { ip: { address: 'ten.one.two.three' } },
    });
    expect(response.errors?.[0]?.message).toMatch(/^input\.ip\.address expects/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should refuse an empty update with BAD_USER_INPUT, sending nothing', async () => {
    const gateway = app();
    const response = await execute(gateway, UpdateAccessEndpoint, {
      key: SEEDED_OBJECTS.accessEndpoint,
      input: {},
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});
