import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { graphql } from '../generated/gql.ts';
import { errorCodes, execute, OPERATOR, testAppFactory } from '../support/app.ts';
import { JOB_RUN_MS } from '../support/mutation-cases.ts';
import { basicAuth } from '../support/simulator-requests.ts';

const app = testAppFactory();

interface Page {
  totalCount: number;
  nodes: { id: string; key: string; name: string | null }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** One page of a lookup, with the arguments given as GraphQL text. */
async function page(gateway: ReturnType<typeof app>, field: string, args = '') {
  const selection =
    'totalCount nodes { id key name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
  const response = await execute(
    gateway,
    `{ ${field}${args ? `(${args})` : ''} { ${selection} } }`,
  );
  expect(response.errors).toBeUndefined();
  return (response.data as Record<string, Page>)[field] as Page;
}

const LOOKUPS = [
  ['clusters', 'Cluster', 2],
  ['svms', 'Svm', 4],
  ['performanceServiceLevels', 'PerformanceServiceLevel', 4],
  ['storageEfficiencyPolicies', 'StorageEfficiencyPolicy', 3],
  ['luns', 'Lun', 2],
  ['fileShares', 'FileShare', 2],
] as const;

describe('lookups: paging', () => {
  it.each(LOOKUPS)(
    'should page %s both ways in name order, with ids naming the type',
    async (field, typename, count) => {
      const gateway = app();
      const all = await page(gateway, field, 'first: 100');
      expect(all.totalCount).toBe(count);
      const names = all.nodes.map((node) => node.name ?? '');
      expect(names).toEqual([...names].sort());
      expect(all.nodes.every((node) => node.id === `${typename}:${node.key}`)).toBe(true);
      expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

      const first = await page(gateway, field, 'first: 1');
      expect(first.nodes.map((node) => node.key)).toEqual([all.nodes[0]?.key]);
      expect(first.totalCount).toBe(count);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const second = await page(gateway, field, `first: 1, after: "${first.pageInfo.endCursor}"`);
      expect(second.nodes.map((node) => node.key)).toEqual([all.nodes[1]?.key]);
      expect(second.pageInfo.hasPreviousPage).toBe(true);

      const last = await page(gateway, field, 'last: 1');
      expect(last.nodes.map((node) => node.key)).toEqual([all.nodes.at(-1)?.key]);
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      const back = await page(gateway, field, `last: 1, before: "${second.pageInfo.startCursor}"`);
      expect(back.nodes.map((node) => node.key)).toEqual([all.nodes[0]?.key]);

      const empty = await page(gateway, field, 'first: 0');
      expect(empty.nodes).toEqual([]);
      expect(empty.totalCount).toBe(count);
    },
  );

  it('should ask AIQUM for one page only where it pages, and read small lists once', async () => {
    const gateway = app();
    await page(gateway, 'svms', 'first: 2, after: "b2Zmc2V0OjA="');
    expect(gateway.simulator.requests.at(-1)?.query.toString()).toBe(
      'order_by=name+asc%2Ckey+asc&offset=1&max_records=2',
    );
    const before = gateway.simulator.requests.length;
    await page(gateway, 'performanceServiceLevels', 'last: 2');
    expect(gateway.simulator.requests.length - before).toBe(1);
    expect(gateway.simulator.requests.at(-1)?.query.toString()).toBe('');
  });

  it('should refuse bad paging as jobs does, before calling AIQUM', async () => {
    const gateway = app();
    for (const args of ['first: 1001', 'first: -1', 'first: 1, last: 1', 'after: "nope"']) {
      const response = await execute(gateway, `{ luns(${args}) { totalCount } }`);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});

const FilteredLuns = graphql(`
  query FilteredLuns($filter: LunFilter) { luns(filter: $filter) { totalCount nodes { name } } }
`);

const FilteredSvms = graphql(`
  query FilteredSvms($filter: SvmFilter) { svms(filter: $filter) { totalCount nodes { name } } }
`);

const Endpoints = graphql(`
  query Endpoints($filter: AccessEndpointFilter!) {
    accessEndpoints(filter: $filter) { totalCount nodes { name dataProtocols svm { name } } }
  }
`);

const PSL = SEEDED_OBJECTS.performanceServiceLevels;

describe('lookups: filters', () => {
  it('should filter by name patterns and by references given as keys or ids', async () => {
    const gateway = app();
    const byName = await execute(gateway, FilteredLuns, { filter: { name: 'lun_v*' } });
    expect(byName.data?.luns.nodes.map((lun) => lun.name)).toEqual([SEEDED_NAMES.sanLun]);

    const byKey = await execute(gateway, FilteredLuns, { filter: { svmKey: SEEDED_OBJECTS.svm } });
    const byId = await execute(gateway, FilteredLuns, {
      filter: { svmKey: `Svm:${SEEDED_OBJECTS.svm}` },
    });
    expect(byKey.data?.luns.nodes.map((lun) => lun.name)).toEqual([SEEDED_NAMES.lun]);
    expect(byId.data?.luns).toEqual(byKey.data?.luns);
    expect(gateway.simulator.requests.at(-1)?.query.get('svm.key')).toBe(`"${SEEDED_OBJECTS.svm}"`);

    const byLevel = await execute(gateway, FilteredLuns, {
      filter: { performanceServiceLevelKey: `PerformanceServiceLevel:${PSL.performance}` },
    });
    expect(byLevel.data?.luns.nodes.map((lun) => lun.name)).toEqual([SEEDED_NAMES.sanLun]);
  });

  it('should filter SVMs by cluster, state and protocols', async () => {
    const gateway = app();
    const response = await execute(gateway, FilteredSvms, {
      filter: { clusterKey: SEEDED_OBJECTS.drCluster, state: ['RUNNING'], fcpEnabled: true },
    });
    expect(response.data?.svms).toEqual({ totalCount: 1, nodes: [{ name: SEEDED_NAMES.sanSvm }] });
    const query = gateway.simulator.requests.at(-1)?.query;
    expect(query?.get('state')).toBe('running');
    expect(query?.get('fcp.enabled')).toBe('true');
  });

  it('should refuse an id of another type naming the filter field, before calling AIQUM', async () => {
    const gateway = app();
    const response = await execute(gateway, FilteredLuns, {
      filter: { svmKey: `Lun:${SEEDED_OBJECTS.lun}` },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/^filter\.svmKey expects the key or id of a Svm/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });

  it('should refuse an empty name pattern', async () => {
    const gateway = app();
    const response = await execute(gateway, FilteredLuns, { filter: { name: ' ' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('should list the access endpoints of an SVM, a file share or a LUN, matching names itself', async () => {
    const gateway = app();
    const ofSvm = await execute(gateway, Endpoints, {
      filter: { resourceKey: `Svm:${SEEDED_OBJECTS.svm}` },
    });
    expect(ofSvm.data?.accessEndpoints.nodes.map((endpoint) => endpoint.name)).toEqual([
      SEEDED_NAMES.iscsiEndpoint,
      SEEDED_NAMES.accessEndpoint,
    ]);
    const ofLun = await execute(gateway, Endpoints, {
      filter: { resourceKey: SEEDED_OBJECTS.lun },
    });
    expect(ofLun.data?.accessEndpoints.nodes).toEqual([
      {
        name: SEEDED_NAMES.iscsiEndpoint,
        dataProtocols: ['ISCSI'],
        svm: { name: SEEDED_NAMES.svm },
      },
    ]);
    const named = await execute(gateway, Endpoints, {
      filter: { resourceKey: SEEDED_OBJECTS.svm, name: 'LIF_NFS*' },
    });
    expect(named.data?.accessEndpoints).toMatchObject({
      totalCount: 1,
      nodes: [{ name: SEEDED_NAMES.accessEndpoint }],
    });
    const sent = gateway.simulator.requests.filter((request) =>
      request.path.endsWith('/access-endpoints'),
    );
    expect(sent.map((request) => [...request.query.keys()])).toEqual([
      ['resource.key'],
      ['resource.key'],
      ['resource.key'],
    ]);
  });

  it('should match a name pattern that would send a regular expression backtracking', async () => {
    const gateway = app();
    const response = await gateway.simulator.fetch(
      new Request('http://sim/api/storage-provider/access-endpoints', {
        method: 'POST',
        headers: { ...basicAuth(), 'content-type': 'application/json' },
        body: JSON.stringify({
          data_protocols: ['fcp'],
          svm: { key: SEEDED_OBJECTS.svm },
          name: 'a'.repeat(40),
        }),
      }),
    );
    expect(response.status).toBe(202);
    gateway.simulator.advance(JOB_RUN_MS);
    const named = await execute(gateway, Endpoints, {
      filter: { resourceKey: SEEDED_OBJECTS.svm, name: `${'*a'.repeat(12)}b` },
    });
    expect(named.data?.accessEndpoints).toEqual({ totalCount: 0, nodes: [] });
  });

  it('should answer NOT_FOUND for the access endpoints of a resource AIQUM does not know', async () => {
    const gateway = app();
    const response = await execute(gateway, Endpoints, { filter: { resourceKey: 'nope' } });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

const SvmWithChildren = graphql(`
  query SvmWithChildren($name: String!, $lunFilter: LunFilter) {
    svms(filter: { name: $name }) {
      nodes {
        name
        luns(filter: $lunFilter) { totalCount nodes { name } }
        fileShares { totalCount nodes { name } }
        cluster { name svms { totalCount nodes { name } } }
      }
    }
  }
`);

describe('lookups: connections of a parent', () => {
  it("should list an SVM's LUNs and file shares and a cluster's SVMs, one request each", async () => {
    const gateway = app();
    const response = await execute(gateway, SvmWithChildren, { name: SEEDED_NAMES.svm });
    expect(response.errors).toBeUndefined();
    expect(response.data?.svms.nodes).toEqual([
      {
        name: SEEDED_NAMES.svm,
        luns: { totalCount: 1, nodes: [{ name: SEEDED_NAMES.lun }] },
        fileShares: { totalCount: 1, nodes: [{ name: SEEDED_NAMES.fileShare }] },
        cluster: {
          name: SEEDED_NAMES.cluster,
          svms: {
            totalCount: 2,
            nodes: [{ name: SEEDED_NAMES.svm }, { name: SEEDED_NAMES.emptySvm }],
          },
        },
      },
    ]);
    // svms, its luns, its file shares, its cluster, the cluster's svms.
    expect(gateway.simulator.requests).toHaveLength(5);
  });

  it('should answer nothing when a child filter names another parent, without asking AIQUM', async () => {
    const gateway = app();
    const response = await execute(gateway, SvmWithChildren, {
      name: SEEDED_NAMES.svm,
      lunFilter: { svmKey: SEEDED_OBJECTS.sanSvm },
    });
    expect(response.data?.svms.nodes[0]?.luns).toEqual({ totalCount: 0, nodes: [] });
    const lunRequests = gateway.simulator.requests.filter((request) =>
      request.path.endsWith('/storage-provider/luns'),
    );
    expect(lunRequests).toHaveLength(0);
  });

  it('should refuse the lists of parents beyond MAX_PARENT_LISTS, answering the rest', async () => {
    const gateway = app({ config: { limits: { ...DEFAULT_LIMITS, maxParentLists: 2 } } });
    const response = await execute(gateway, `{ svms { nodes { name luns { totalCount } } } }`);
    const svms = (response.data as { svms: { nodes: { luns: unknown }[] } }).svms.nodes;
    expect(svms.map((svm) => svm.luns === null)).toEqual([false, false, true, true]);
    expect(errorCodes(response)).toEqual(['TOO_MANY_LISTS', 'TOO_MANY_LISTS']);
    expect(response.errors?.[0]?.message).toMatch(/^Svm\.luns is read for at most 2 parents/);
    expect(gateway.simulator.requests).toHaveLength(3);
  });

  it('should read with the caller credentials: the read-only operator may list', async () => {
    const gateway = app();
    const response = await execute(gateway, FilteredSvms, {}, OPERATOR);
    expect(response.data?.svms.totalCount).toBe(4);
    const response401 = await execute(gateway, FilteredSvms, {}, null);
    expect(errorCodes(response401)).toEqual(['UNAUTHENTICATED']);
  });
});
