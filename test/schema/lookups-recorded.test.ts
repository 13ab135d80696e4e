import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import { RECORDED, recordedUpstream } from '../support/recorded-upstream.ts';

// The lookups against answers shaped exactly like the examples of AIQUM's Swagger, rather than
// against the simulator: what a real AIQUM sends is what the gateway must read.

const RecordedLookups = graphql(`
  query RecordedLookups {
    clusters {
      totalCount
      nodes {
        id key name uuid managementIp location contact isSanOptimized
        version { full generation major minor }
        totalCapacity usedCapacity availableCapacity
        nodes { key name model health uptimeSeconds }
      }
    }
    svms {
      nodes {
        id name state language subtype nfsEnabled cifsEnabled cifsServerName
        aggregates { key name uuid }
        cluster { id name }
      }
    }
    performanceServiceLevels {
      nodes {
        id name systemDefined expectedIopsPerTb peakIopsPerTb absoluteMinIops
        peakIopsAllocationPolicy expectedLatencyMs usedSpace availableSpace workloadCount
        createTime updateTime
      }
    }
    storageEfficiencyPolicies {
      nodes { id name compression deduplication spaceThinProvisioned systemDefined createTime }
    }
    luns {
      nodes {
        id name size osType expectedIops peakIops
        volume { name }
        svm { id name }
        performanceServiceLevel { id name }
        storageEfficiencyPolicy { id }
      }
    }
    fileShares { nodes { id name size expectedIops svm { id } } }
  }
`);

const RecordedEndpoints = graphql(`
  query RecordedEndpoints($resource: ID!) {
    accessEndpoints(filter: { resourceKey: $resource }) {
      totalCount
      nodes { id name dataProtocols ipAddress netmask gateways vlan mtu wwpn }
    }
  }
`);

const RecordedLun = graphql(`
  query RecordedLun($id: ID!) {
    node(id: $id) { id ... on Lun { name osType operationalState size } }
  }
`);

const RecordedLunNames = graphql(`
  query RecordedLunNames { luns { nodes { key name size } } }
`);

const app = testAppFactory();

function recordedGateway() {
  const upstream = recordedUpstream();
  const gateway = app({
    config: { aiqumUrl: 'http://recorded-aiqum.test/api' },
    overrides: { fetch: upstream.fetch },
  });
  return { gateway, upstream };
}

describe('lookups against answers recorded in the Swagger shapes', () => {
  it('should read every field of every lookup from the documented shapes', async () => {
    const { gateway } = recordedGateway();
    const response = await execute(gateway, RecordedLookups);
    expect(response.errors).toBeUndefined();
    const data = response.data;
    expect(data?.clusters.totalCount).toBe(1);
    expect(data?.clusters.nodes[0]).toEqual({
      id: `Cluster:${RECORDED.clusterKey}`,
      key: RECORDED.clusterKey,
      name: 'cluster1',
      uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
      managementIp: '10.10.10.7',
      location: 'building 1',
      contact: 'support@company.com',
      isSanOptimized: null,
      version: {
        full: 'NetApp Release 9.4.0: Sun Nov 05 18:20:57 UTC 2017',
        generation: 9,
        major: 4,
        minor: 0,
      },
      totalCapacity: 68100694016,
      usedCapacity: 57606144,
      availableCapacity: 68043087872,
      nodes: [
        {
          key: '1cd8a442-86d1-11e0-ae1c-123478563412,type=cluster_node,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123',
          name: 'node-01',
          model: 'FAS3070',
          health: true,
          uptimeSeconds: 300536,
        },
      ],
    });
    expect(data?.svms.nodes.find((svm) => svm.name === 'svm1')).toEqual({
      id: `Svm:${RECORDED.svmKey}`,
      name: 'svm1',
      state: 'RUNNING',
      language: 'C_UTF_8',
      subtype: null,
      nfsEnabled: null,
      cifsEnabled: null,
      cifsServerName: 'CIFS1',
      aggregates: [
        {
          key: '1cd8a442-86d1-11e0-ae1c-123478563412,type=aggregate,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123',
          name: 'aggr2',
          uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
        },
      ],
      cluster: { id: `Cluster:${RECORDED.clusterKey}`, name: 'cluster1' },
    });
    expect(data?.performanceServiceLevels.nodes[0]).toEqual({
      id: expect.stringMatching(/^PerformanceServiceLevel:/),
      name: 'Value',
      systemDefined: true,
      expectedIopsPerTb: 128,
      peakIopsPerTb: 512,
      absoluteMinIops: 75,
      peakIopsAllocationPolicy: 'USED_SPACE',
      expectedLatencyMs: 17,
      usedSpace: 0,
      availableSpace: 2424014663680,
      workloadCount: 0,
      createTime: '2019-11-14T17:23:33.205000+05:30',
      updateTime: '2019-11-13T14:59:00+05:30',
    });
    expect(data?.storageEfficiencyPolicies.nodes).toEqual([
      {
        id: `StorageEfficiencyPolicy:${RECORDED.sepKey}`,
        name: 'High',
        compression: 'INLINE',
        deduplication: 'INLINE',
        spaceThinProvisioned: true,
        systemDefined: true,
        createTime: '2019-11-14T17:23:33.205000+05:30',
      },
    ]);
    expect(data?.luns.nodes).toEqual([
      {
        id: `Lun:${RECORDED.lunKey}`,
        name: 'lun1',
        size: 124637,
        osType: null,
        expectedIops: 75,
        peakIops: 75,
        volume: { name: 'volume1' },
        svm: { id: `Svm:${RECORDED.lunSvmKey}`, name: 'SVM1' },
        performanceServiceLevel: {
          id: `PerformanceServiceLevel:${RECORDED.lunPslKey}`,
          name: 'Value',
        },
        // The policy the example names is not among the recorded policies.
        storageEfficiencyPolicy: null,
      },
    ]);
    expect(data?.fileShares.nodes).toEqual([
      {
        id: `FileShare:${RECORDED.fileShareKey}`,
        name: 'FileShare_307',
        size: 104857600,
        expectedIops: 75,
        svm: null,
      },
    ]);
  });

  it('should read the cross-linked objects of one kind with one quoted key filter', async () => {
    const { gateway, upstream } = recordedGateway();
    await execute(gateway, RecordedLookups);
    const svmReads = upstream.requests.filter((request) =>
      request.startsWith('GET /datacenter/svm/svms?key='),
    );
    // The LUN's SVM and the file share's (which AIQUM does not know): one list request.
    expect(svmReads).toHaveLength(1);
    expect(new URLSearchParams(svmReads[0]?.split('?')[1]).get('key')?.split('"|"')).toHaveLength(
      2,
    );
    expect(upstream.requests.some((request) => /svms\/[^?]/.test(request))).toBe(false);
  });

  it('should read node(id) of a LUN through its list, whose records carry no osType', async () => {
    const { gateway } = recordedGateway();
    const response = await execute(gateway, RecordedLun, { id: `Lun:${RECORDED.lunKey}` });
    expect(response.errors).toBeUndefined();
    // node reads through the list (key=...), whose records carry no os_type.
    expect(response.data?.node).toMatchObject({ name: 'lun1', osType: null, size: 124637 });
  });

  it('should list the access endpoints of a resource', async () => {
    const { gateway, upstream } = recordedGateway();
    const response = await execute(gateway, RecordedEndpoints, { resource: RECORDED.svmKey });
    expect(response.errors).toBeUndefined();
    expect(response.data?.accessEndpoints).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: `AccessEndpoint:${RECORDED.accessEndpointKey}`,
          name: 'aep1',
          dataProtocols: ['NFS'],
          ipAddress: '10.162.83.26',
          netmask: '255.255.0.0',
          gateways: ['10.142.56.12'],
          vlan: 10,
          mtu: 15000,
          wwpn: '20:00:00:50:56:a7:bc:a2',
        },
      ],
    });
    expect(upstream.requests).toEqual([
      `GET /storage-provider/access-endpoints?${new URLSearchParams({ 'resource.key': RECORDED.svmKey })}`,
    ]);
  });

  it('should answer UPSTREAM_ERROR on the fields whose values have the wrong type, and the rest', async () => {
    const { gateway, upstream } = recordedGateway();
    upstream.setRecords('/storage-provider/luns', [
      { key: 'k1', name: 'fine', space: { size: 1024 } },
      { key: 'k2', name: 42, space: { size: 'big' } },
      { key: 'k3', name: 'negative', space: { size: -1 } },
    ]);
    const response = await execute(gateway, RecordedLunNames);
    expect(response.data?.luns.nodes).toEqual([
      { key: 'k1', name: 'fine', size: 1024 },
      { key: 'k2', name: null, size: null },
      { key: 'k3', name: 'negative', size: null },
    ]);
    expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
    expect(response.errors?.map((error) => error.path)).toEqual([
      ['luns', 'nodes', 1, 'name'],
      ['luns', 'nodes', 1, 'size'],
      ['luns', 'nodes', 2, 'size'],
    ]);
  });
});
