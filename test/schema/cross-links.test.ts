import { describe, expect, it } from 'vitest';
import { SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import { graphql } from '../generated/gql.ts';
import { ADMIN, execute, OPERATOR, testAppFactory } from '../support/app.ts';
import { JOB_RUN_MS } from '../support/mutation-cases.ts';
import { basicAuth, SIMULATOR_BASE } from '../support/simulator-requests.ts';

const LunsWithLinks = graphql(`
  query LunsWithLinks {
    luns(first: 100) {
      totalCount
      nodes {
        name
        svm { name cluster { name } }
        performanceServiceLevel { name }
        storageEfficiencyPolicy { name }
      }
    }
  }
`);

const app = testAppFactory();
const SVMS = [
  SEEDED_OBJECTS.svm,
  SEEDED_OBJECTS.emptySvm,
  SEEDED_OBJECTS.nasSvm,
  SEEDED_OBJECTS.sanSvm,
];
const LEVELS = Object.values(SEEDED_OBJECTS.performanceServiceLevels);

/** Provisions `count` LUNs spread over the seeded SVMs and service levels, straight upstream. */
async function provisionLuns(simulator: Simulator, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const response = await simulator.fetch(
      new Request(`${SIMULATOR_BASE}/storage-provider/luns`, {
        method: 'POST',
        headers: { ...basicAuth(), 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `lun_batch_${String(index).padStart(2, '0')}`,
          space: { size: 1024 ** 3 },
          os_type: 'linux',
          performance_service_level: { key: LEVELS[index % LEVELS.length] },
          svm: { key: SVMS[index % SVMS.length] },
        }),
      }),
    );
    expect(response.status).toBe(202);
  }
  simulator.advance(JOB_RUN_MS);
  simulator.requests.splice(0);
}

const requestedPaths = (simulator: Simulator) =>
  simulator.requests.map((request) => request.path).sort();

describe('cross-links', () => {
  it('should read the SVMs of 20 LUNs with one extra request, and each other kind with one', async () => {
    const gateway = app();
    await provisionLuns(gateway.simulator, 20);
    const response = await execute(gateway, LunsWithLinks);
    expect(response.errors).toBeUndefined();
    const luns = response.data?.luns.nodes ?? [];
    expect(luns).toHaveLength(22);
    expect(luns.every((lun) => lun.svm?.name && lun.svm.cluster?.name)).toBe(true);
    expect(luns.every((lun) => lun.performanceServiceLevel?.name)).toBe(true);
    expect(requestedPaths(gateway.simulator)).toEqual([
      '/api/datacenter/cluster/clusters',
      '/api/datacenter/svm/svms',
      '/api/storage-provider/luns',
      '/api/storage-provider/performance-service-levels',
      '/api/storage-provider/storage-efficiency-policies',
    ]);
    const svmRead = gateway.simulator.requests.find((request) => request.path.endsWith('/svms'));
    expect(svmRead?.query.get('key')?.split('|')).toHaveLength(SVMS.length);
  });

  it('should keep loaders per request: a second request reads again, with its own credentials', async () => {
    const gateway = app();
    await execute(gateway, LunsWithLinks, undefined, ADMIN);
    const firstCount = gateway.simulator.requests.length;
    const asOperator = await execute(gateway, LunsWithLinks, undefined, OPERATOR);
    expect(asOperator.errors).toBeUndefined();
    expect(gateway.simulator.requests).toHaveLength(2 * firstCount);
  });

  it('should answer null, asking nothing, for a link the object does not have', async () => {
    const gateway = app();
    const response = await execute(
      gateway,
      `{ fileShares(filter: { name: "fs_engineering" }) { nodes { name storageEfficiencyPolicy { name } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      fileShares: { nodes: [{ name: 'fs_engineering', storageEfficiencyPolicy: null }] },
    });
    expect(requestedPaths(gateway.simulator)).toEqual(['/api/storage-provider/file-shares']);
  });
});
