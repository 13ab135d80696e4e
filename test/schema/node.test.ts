import { describe, expect, it } from 'vitest';
import { MAX_NODE_IDS } from '../../src/schema/node.ts';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { graphql } from '../generated/gql.ts';
import { errorCodes, execute, testAppFactory } from '../support/app.ts';
import { upstreamKeys } from '../support/upstream.ts';

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Job { key state }
      ... on Cluster { key name }
      ... on Svm { key name }
      ... on PerformanceServiceLevel { key name }
      ... on StorageEfficiencyPolicy { key name }
      ... on Lun { key name }
      ... on FileShare { key name }
      ... on AccessEndpoint { key name }
    }
  }
`);

const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
`);

const app = testAppFactory();
const PSL = SEEDED_OBJECTS.performanceServiceLevels;
const SEP = SEEDED_OBJECTS.storageEfficiencyPolicies;

describe('node(id)', () => {
  it.each([
    ['Cluster', SEEDED_OBJECTS.cluster, SEEDED_NAMES.cluster],
    ['Svm', SEEDED_OBJECTS.svm, SEEDED_NAMES.svm],
    ['PerformanceServiceLevel', PSL.extreme, 'Extreme'],
    ['StorageEfficiencyPolicy', SEP.high, 'High'],
    ['Lun', SEEDED_OBJECTS.lun, SEEDED_NAMES.lun],
    ['FileShare', SEEDED_OBJECTS.fileShare, SEEDED_NAMES.fileShare],
    ['AccessEndpoint', SEEDED_OBJECTS.accessEndpoint, SEEDED_NAMES.accessEndpoint],
  ])('should read a %s by the id it answered', async (typename, key, name) => {
    const gateway = app();
    const id = `${typename}:${key}`;
    const response = await execute(gateway, NodeById, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toEqual({ __typename: typename, id, key, name });
    expect(gateway.simulator.requests).toHaveLength(1);
  });

  it('should read a job by its id, which is its key', async () => {
    const gateway = app();
    const response = await execute(gateway, NodeById, { id: SEEDED_KEYS.running });
    expect(response.data?.node).toEqual({
      __typename: 'Job',
      id: SEEDED_KEYS.running,
      key: SEEDED_KEYS.running,
      state: 'RUNNING',
    });
  });

  it('should tell a service level from an efficiency policy, whose keys are both bare UUIDs', async () => {
    const gateway = app();
    const asPolicy = await execute(gateway, NodeById, {
      id: `StorageEfficiencyPolicy:${PSL.extreme}`,
    });
    expect(asPolicy.errors).toBeUndefined();
    expect(asPolicy.data?.node).toBeNull();
  });

  it('should answer null for an object AIQUM no longer has, or an id of a type there is not', async () => {
    const gateway = app();
    const gone = await execute(gateway, NodeById, { id: 'Lun:7d5a:type=lun,uuid=0' });
    const unknownJob = await execute(gateway, NodeById, { id: 'ffffffffffffffff:-1:1:-7fff' });
    expect(gone.data?.node).toBeNull();
    expect(unknownJob.data?.node).toBeNull();
    const before = gateway.simulator.requests.length;
    for (const id of ['Volume:7d5a:type=volume,uuid=0', `Job:${SEEDED_KEYS.running}`]) {
      const noType = await execute(gateway, NodeById, { id });
      expect(noType.errors).toBeUndefined();
      expect(noType.data?.node).toBeNull();
    }
    expect(gateway.simulator.requests).toHaveLength(before);
  });

  it.each([
    ['a type with no key', 'Svm:'],
    ['an overlong key', `Lun:${'k'.repeat(600)}`],
    ['an empty id', ''],
    ['a control character', 'Svm:a\u0000b'],
  ])('should refuse %s with BAD_USER_INPUT, asking AIQUM nothing', async (_case, id) => {
    const gateway = app();
    const response = await execute(gateway, NodeById, { id });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});

describe('nodes(ids)', () => {
  it('should read 20 jobs with one upstream request, in the order asked', async () => {
    const gateway = app();
    const keys = await upstreamKeys(gateway.simulator, 20);
    const ids = [...keys].reverse();
    const response = await execute(gateway, NodesByIds, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => node?.id)).toEqual(ids);
    expect(gateway.simulator.requests).toHaveLength(1);
  });

  it('should read ids of several types with one request per type, null where none', async () => {
    const gateway = app();
    const ids = [
      `Svm:${SEEDED_OBJECTS.svm}`,
      SEEDED_KEYS.error,
      `Svm:${SEEDED_OBJECTS.sanSvm}`,
      `Lun:${SEEDED_OBJECTS.lun}`,
      'Lun:7d5a:type=lun,uuid=0',
      'Volume:x',
      SEEDED_KEYS.running,
    ];
    const response = await execute(gateway, NodesByIds, { ids });
    expect(response.data?.nodes).toEqual([
      { __typename: 'Svm', id: ids[0] },
      { __typename: 'Job', id: ids[1] },
      { __typename: 'Svm', id: ids[2] },
      { __typename: 'Lun', id: ids[3] },
      null,
      null,
      { __typename: 'Job', id: ids[6] },
    ]);
    const paths = gateway.simulator.requests.map((request) => request.path).sort();
    expect(paths).toEqual([
      '/api/datacenter/svm/svms',
      '/api/management-server/jobs',
      '/api/storage-provider/luns',
    ]);
  });

  it(`should refuse more than ${MAX_NODE_IDS} ids, or one malformed id, asking AIQUM nothing`, async () => {
    const gateway = app();
    const tooMany = Array.from({ length: MAX_NODE_IDS + 1 }, (_, index) => `a:${index}`);
    const many = await execute(gateway, NodesByIds, { ids: tooMany });
    expect(errorCodes(many)).toEqual(['BAD_USER_INPUT']);
    const malformed = await execute(gateway, NodesByIds, { ids: [SEEDED_KEYS.running, 'Svm:'] });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors?.[0]?.message).toMatch(/^ids\[1\]/);
    expect(gateway.simulator.requests).toHaveLength(0);
  });
});
