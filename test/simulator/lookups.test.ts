import { describe, expect, it } from 'vitest';
import type { UpstreamList } from '../../src/aiqum/lookup-wire-types.ts';
import type { UpstreamErrorBody, UpstreamJobLinkResponse } from '../../src/aiqum/wire-types.ts';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import {
  basicAuth,
  getFrom,
  SIMULATOR_BASE,
  simulatorFactory,
} from '../support/simulator-requests.ts';

const createSimulator = simulatorFactory();

const CLUSTERS = '/datacenter/cluster/clusters';
const SVMS = '/datacenter/svm/svms';
const LUNS = '/storage-provider/luns';
const FILE_SHARES = '/storage-provider/file-shares';
const ENDPOINTS = '/storage-provider/access-endpoints';
const PSLS = '/storage-provider/performance-service-levels';
const SEPS = '/storage-provider/storage-efficiency-policies';
const PSL = SEEDED_OBJECTS.performanceServiceLevels;
const JOB_RUN_MS = 60_000;

type WireRecord = { key: string; name?: string; [field: string]: unknown };
type WireAnswer = UpstreamList<WireRecord> & UpstreamErrorBody & WireRecord;

async function read(simulator: Simulator, path: string, user = 'admin') {
  const response = await getFrom(simulator, `${SIMULATOR_BASE}${path}`, { user });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as WireAnswer };
}

async function listOf(simulator: Simulator, path: string) {
  const { status, body } = await read(simulator, path);
  expect(status).toBe(200);
  return body;
}

const names = (list: UpstreamList<WireRecord>) => list.records.map((record) => record.name);
const key = (value: string) => encodeURIComponent(value);
const quoted = (value: string) => encodeURIComponent(`"${value}"`);

async function start(simulator: Simulator, method: string, path: string, body?: unknown) {
  const response = await simulator.fetch(
    new Request(`${SIMULATOR_BASE}${path}`, {
      method,
      headers: { ...basicAuth(), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  expect(response.status).toBe(202);
  return ((await response.json()) as UpstreamJobLinkResponse).job.key;
}

describe('simulator lookups: lists', () => {
  it.each([
    [CLUSTERS, [SEEDED_NAMES.cluster, SEEDED_NAMES.drCluster]],
    [SVMS, [SEEDED_NAMES.svm, SEEDED_NAMES.emptySvm, SEEDED_NAMES.nasSvm, SEEDED_NAMES.sanSvm]],
    [PSLS, ['Extreme', 'Performance', 'Value', 'Database']],
    [SEPS, ['High', 'Low', 'None']],
    [LUNS, [SEEDED_NAMES.lun, SEEDED_NAMES.sanLun]],
    [FILE_SHARES, [SEEDED_NAMES.fileShare, SEEDED_NAMES.nasFileShare]],
  ])('should list %s in the list envelope', async (path, seeded) => {
    const list = await listOf(createSimulator(), path);
    expect([...names(list)].sort()).toEqual([...seeded].sort());
    expect(list.num_records).toBe(seeded.length);
    expect(list.total_records).toBe(seeded.length);
    expect(list._links?.self?.href).toBe(`/api${path}`);
  });

  it('should filter by name patterns, quoted keys with commas, booleans and alternatives', async () => {
    const simulator = createSimulator();
    expect(names(await listOf(simulator, `${SVMS}?name=svm_s*`)).sort()).toEqual([
      SEEDED_NAMES.sanSvm,
      SEEDED_NAMES.emptySvm,
    ]);
    expect(
      names(
        await listOf(simulator, `${SVMS}?cluster.key=${quoted(SEEDED_OBJECTS.drCluster)}`),
      ).sort(),
    ).toEqual([SEEDED_NAMES.nasSvm, SEEDED_NAMES.sanSvm]);
    expect(names(await listOf(simulator, `${SVMS}?iscsi.enabled=true&nfs.enabled=false`))).toEqual([
      SEEDED_NAMES.sanSvm,
    ]);
    const twoLuns = `${quoted(SEEDED_OBJECTS.lun)}${key('|')}${quoted(SEEDED_OBJECTS.sanLun)}`;
    expect((await listOf(simulator, `${LUNS}?key=${twoLuns}`)).total_records).toBe(2);
    expect(names(await listOf(simulator, `${PSLS}?system_defined=false`))).toEqual(['Database']);
    expect(
      names(
        await listOf(
          simulator,
          `${FILE_SHARES}?assigned_performance_service_level.key=${PSL.value}`,
        ),
      ),
    ).toEqual([SEEDED_NAMES.fileShare]);
  });

  it('should refuse an unquoted key holding a comma, as AIQUM asks for quotes', async () => {
    const { status, body } = await read(
      createSimulator(),
      `${SVMS}?key=${key(SEEDED_OBJECTS.svm)}`,
    );
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ target: 'key' });
  });

  it('should page with offset and max_records, with a next link, in order_by order', async () => {
    const simulator = createSimulator();
    const first = await listOf(simulator, `${SVMS}?order_by=name%20desc&max_records=3`);
    expect(names(first)).toEqual([SEEDED_NAMES.emptySvm, SEEDED_NAMES.sanSvm, SEEDED_NAMES.nasSvm]);
    expect(first.total_records).toBe(4);
    const next = first._links?.next?.href ?? '';
    expect(next).toContain('offset=3');
    const rest = await listOf(simulator, next.replace('/api', ''));
    expect(names(rest)).toEqual([SEEDED_NAMES.svm]);
    expect(rest._links?.next).toBeUndefined();
  });

  it('should refuse paging parameters on the lists AIQUM does not page', async () => {
    const simulator = createSimulator();
    for (const path of [`${PSLS}?max_records=1`, `${SEPS}?offset=1`]) {
      const { status, body } = await read(simulator, path);
      expect(status).toBe(400);
      expect(body.error?.message).toMatch(/Unknown query parameter/);
    }
  });

  it('should list the access endpoints of one SVM, file share (NAS) or LUN (SAN)', async () => {
    const simulator = createSimulator();
    const of = async (resource: string) =>
      names(await listOf(simulator, `${ENDPOINTS}?resource.key=${key(resource)}`)).sort();
    expect(await of(SEEDED_OBJECTS.svm)).toEqual([
      SEEDED_NAMES.iscsiEndpoint,
      SEEDED_NAMES.accessEndpoint,
    ]);
    expect(await of(SEEDED_OBJECTS.fileShare)).toEqual([SEEDED_NAMES.accessEndpoint]);
    expect(await of(SEEDED_OBJECTS.lun)).toEqual([SEEDED_NAMES.iscsiEndpoint]);
    expect(await of(SEEDED_OBJECTS.emptySvm)).toEqual([]);
  });

  it('should refuse an access endpoint list without resource.key, and 404 an unknown one', async () => {
    const simulator = createSimulator();
    const missing = await read(simulator, ENDPOINTS);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ target: 'resource.key' });
    const unknown = await read(simulator, `${ENDPOINTS}?resource.key=nope`);
    expect(unknown.status).toBe(404);
  });
});

describe('simulator lookups: one object', () => {
  it('should answer one LUN by key in full, where its list record leaves fields out', async () => {
    const simulator = createSimulator();
    const { status, body: lun } = await read(simulator, `${LUNS}/${key(SEEDED_OBJECTS.lun)}`);
    expect(status).toBe(200);
    expect(lun).toMatchObject({
      key: SEEDED_OBJECTS.lun,
      name: SEEDED_NAMES.lun,
      os_type: 'linux',
      operational_state: 'online',
      space: { size: 1024 ** 3 },
      svm: { key: SEEDED_OBJECTS.svm, name: SEEDED_NAMES.svm },
      cluster: { key: SEEDED_OBJECTS.cluster, name: SEEDED_NAMES.cluster },
      assigned_performance_service_level: { key: PSL.extreme, name: 'Extreme' },
    });
    const record = (await listOf(simulator, `${LUNS}?name=${SEEDED_NAMES.lun}`)).records[0];
    expect(record).not.toHaveProperty('os_type');
    expect(record).not.toHaveProperty('operational_state');
  });

  it('should answer 404 with an error body for an unknown key', async () => {
    const { status, body } = await read(
      createSimulator(),
      `${CLUSTERS}/${key('a:type=cluster,uuid=0')}`,
    );
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ target: 'key' });
  });

  it('should let the read-only operator read, and refuse a caller without credentials', async () => {
    const simulator = createSimulator();
    expect((await read(simulator, SVMS, 'operator')).status).toBe(200);
    const response = await simulator.fetch(new Request(`${SIMULATOR_BASE}${SVMS}`));
    expect(response.status).toBe(401);
  });
});

describe('simulator lookups: what operations change', () => {
  it('should list a LUN once its createLun completed, with its SVM and service level', async () => {
    const simulator = createSimulator();
    await start(simulator, 'POST', LUNS, {
      name: 'lun_new',
      space: { size: 1024 ** 3 },
      os_type: 'linux',
      performance_service_level: { key: PSL.value },
      storage_efficiency_policy: { key: SEEDED_OBJECTS.storageEfficiencyPolicies.none },
      svm: { key: SEEDED_OBJECTS.sanSvm },
    });
    expect((await listOf(simulator, `${LUNS}?name=lun_new`)).records).toEqual([]);
    simulator.advance(JOB_RUN_MS);
    const [lun] = (await listOf(simulator, `${LUNS}?name=lun_new`)).records;
    expect(lun).toMatchObject({
      svm: { key: SEEDED_OBJECTS.sanSvm },
      cluster: { key: SEEDED_OBJECTS.drCluster },
      assigned_performance_service_level: { key: PSL.value, expected_iops: 75 },
      assigned_storage_efficiency_policy: { name: 'None' },
    });
    expect(lun?.key.startsWith(SEEDED_OBJECTS.drCluster.split(':')[0] ?? '')).toBe(true);
    const psl = (await listOf(simulator, `${PSLS}?name=Value`)).records[0];
    expect(psl?.workload_count).toBe(2);
  });

  it('should drop a deleted file share and show an updated service level', async () => {
    const simulator = createSimulator();
    await start(simulator, 'DELETE', `${FILE_SHARES}/${key(SEEDED_OBJECTS.fileShare)}`);
    await start(simulator, 'PATCH', `${LUNS}/${key(SEEDED_OBJECTS.lun)}`, {
      performance_service_level: { key: PSL.value },
    });
    simulator.advance(JOB_RUN_MS);
    expect((await read(simulator, `${FILE_SHARES}/${key(SEEDED_OBJECTS.fileShare)}`)).status).toBe(
      404,
    );
    const { body: lun } = await read(simulator, `${LUNS}/${key(SEEDED_OBJECTS.lun)}`);
    expect(lun.assigned_performance_service_level).toMatchObject({ key: PSL.value });
  });

  it('should refuse a storage efficiency policy that does not exist', async () => {
    const simulator = createSimulator();
    const response = await simulator.fetch(
      new Request(`${SIMULATOR_BASE}${LUNS}`, {
        method: 'POST',
        headers: { ...basicAuth(), 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'lun_x',
          space: { size: 1024 ** 3 },
          os_type: 'linux',
          performance_service_level: { key: PSL.value },
          storage_efficiency_policy: { key: 'no-such-policy' },
          svm: { key: SEEDED_OBJECTS.svm },
        }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as UpstreamErrorBody).error).toMatchObject({
      target: 'storage_efficiency_policy.key',
    });
  });
});
