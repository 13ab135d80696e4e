import { describe, expect, it } from 'vitest';
import { SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import {
  CreateAccessEndpoint,
  CreateLun,
  CreateSvm,
  DeleteSvm,
  GIB,
  UpdateLun,
} from '../support/mutation-cases.ts';

// Mutation inputs take the ids a client read (`Svm:...`) wherever they take an AIQUM key, and
// send AIQUM the key. An id of another type is refused, naming the field.

const app = testAppFactory();
const PSL = SEEDED_OBJECTS.performanceServiceLevels;
const SEP = SEEDED_OBJECTS.storageEfficiencyPolicies;
const id = (type: string, key: string) => `${type}:${key}`;

describe('ids in mutation inputs', () => {
  it('should send AIQUM the keys of the svm, service level and policy ids of a createLun', async () => {
    const gateway = app();
    const response = await execute(gateway, CreateLun, {
      input: {
        name: 'lun_from_ids',
        space: { size: GIB },
        osType: 'LINUX',
        svm: { key: id('Svm', SEEDED_OBJECTS.svm) },
        performanceServiceLevel: { key: id('PerformanceServiceLevel', PSL.value) },
        storageEfficiencyPolicy: { key: id('StorageEfficiencyPolicy', SEP.low) },
      },
    });
    expect(response.errors).toBeUndefined();
    expect(gateway.simulator.requests[0]?.body).toMatchObject({
      svm: { key: SEEDED_OBJECTS.svm },
      performance_service_level: { key: PSL.value },
      storage_efficiency_policy: { key: SEP.low },
    });
  });

  it('should take the ids of a cluster, a LUN and an SVM where those are named', async () => {
    const gateway = app();
    await execute(gateway, CreateSvm, {
      input: { name: 'svm_from_id', cluster: { key: id('Cluster', SEEDED_OBJECTS.cluster) } },
    });
    await execute(gateway, CreateAccessEndpoint, {
      input: { dataProtocols: ['FCP'], lun: { key: id('Lun', SEEDED_OBJECTS.lun) } },
    });
    await execute(gateway, UpdateLun, {
      key: id('Lun', SEEDED_OBJECTS.lun),
      input: { space: { size: 2 * GIB } },
    });
    await execute(gateway, DeleteSvm, { key: id('Svm', SEEDED_OBJECTS.emptySvm) });
    const writes = gateway.simulator.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, decodeURIComponent(request.path)])).toEqual([
      ['POST', '/api/datacenter/svm/svms'],
      ['POST', '/api/storage-provider/access-endpoints'],
      ['PATCH', `/api/storage-provider/luns/${SEEDED_OBJECTS.lun}`],
      ['DELETE', `/api/datacenter/svm/svms/${SEEDED_OBJECTS.emptySvm}`],
    ]);
    expect(writes[0]?.body).toMatchObject({ cluster: { key: SEEDED_OBJECTS.cluster } });
    expect(writes[1]?.body).toMatchObject({ lun: { key: SEEDED_OBJECTS.lun } });
  });

  it.each([
    [
      'input.svm.key',
      CreateLun,
      {
        input: {
          name: 'lun_x',
          space: { size: GIB },
          osType: 'LINUX',
          svm: { key: id('Lun', SEEDED_OBJECTS.lun) },
          performanceServiceLevel: { key: PSL.value },
        },
      },
    ],
    [
      'input.performanceServiceLevel.key',
      CreateLun,
      {
        input: {
          name: 'lun_x',
          space: { size: GIB },
          osType: 'LINUX',
          svm: { key: SEEDED_OBJECTS.svm },
          performanceServiceLevel: { key: id('StorageEfficiencyPolicy', SEP.low) },
        },
      },
    ],
    [
      'input.aggregate.key',
      CreateLun,
      {
        input: {
          name: 'lun_x',
          space: { size: GIB },
          osType: 'LINUX',
          svm: { key: SEEDED_OBJECTS.svm },
          performanceServiceLevel: { key: PSL.value },
          aggregate: { key: id('Svm', SEEDED_OBJECTS.svm) },
        },
      },
    ],
    ['key', UpdateLun, { key: id('Svm', SEEDED_OBJECTS.svm), input: { space: { size: GIB } } }],
    ['key', DeleteSvm, { key: 'Svm:' }],
  ] as const)(
    'should refuse an id of the wrong type at %s with BAD_USER_INPUT, sending nothing',
    async (field, document, variables) => {
      const gateway = app();
      const response = await execute(gateway, document as typeof CreateLun, variables as never);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message.startsWith(`${field} expects`)).toBe(true);
      expect(gateway.simulator.requests).toHaveLength(0);
    },
  );
});
