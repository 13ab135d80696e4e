import { describe, expect, it } from 'vitest';
import type { UpstreamJobLinkResponse } from '../../src/aiqum/wire-types.ts';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import { MUTATION_CASES } from '../support/mutation-cases.ts';
import {
  basicAuth,
  errorOf,
  SIMULATOR_BASE,
  simulatorFactory,
} from '../support/simulator-requests.ts';

const createSimulator = simulatorFactory();

const LUNS = '/storage-provider/luns';
const PSL = SEEDED_OBJECTS.performanceServiceLevels.value;
const JOB_RUN_MS = 60_000;

function send(
  simulator: Simulator,
  method: string,
  path: string,
  body?: unknown,
  user = 'admin',
): Promise<Response> {
  const init: RequestInit = {
    method,
    headers: { ...basicAuth(user), 'content-type': 'application/json' },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return simulator.fetch(new Request(`${SIMULATOR_BASE}${path}`, init));
}

const newLun = (overrides: Record<string, unknown> = {}) => ({
  name: 'lun_sim_01',
  space: { size: 1073741824 },
  os_type: 'linux',
  performance_service_level: { key: PSL },
  svm: { key: SEEDED_OBJECTS.svm },
  ...overrides,
});

async function jobKeyOf(response: Response): Promise<string> {
  return ((await response.json()) as UpstreamJobLinkResponse).job.key;
}

describe('simulator write endpoints', () => {
  it('should answer 202 with the job key and its link, the job running', async () => {
    const simulator = createSimulator();
    const response = await send(simulator, 'POST', LUNS, newLun());
    expect(response.status).toBe(202);
    const body = (await response.json()) as UpstreamJobLinkResponse;
    expect(body.job._links?.self?.href).toBe(
      `/api/management-server/jobs/${encodeURIComponent(body.job.key)}`,
    );
    expect(simulator.getJob(body.job.key)).toMatchObject({
      name: 'Create LUN',
      type: 'provision_lun_create',
      state: 'running',
    });
  });

  it('should record the JSON body of a write in the request log', async () => {
    const simulator = createSimulator();
    await send(simulator, 'POST', LUNS, newLun());
    expect(simulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/api${LUNS}`,
      body: newLun(),
    });
  });

  it('should refuse a write by the read-only operator with 403 and no body', async () => {
    const simulator = createSimulator();
    const before = simulator.listObjects('lun');
    const response = await send(simulator, 'POST', LUNS, newLun(), 'operator');
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    simulator.advance(JOB_RUN_MS);
    expect(simulator.listObjects('lun')).toEqual(before);
  });

  it('should answer 404 naming the key for a change to an unknown object', async () => {
    const simulator = createSimulator();
    const response = await send(
      simulator,
      'DELETE',
      `${LUNS}/${encodeURIComponent('a:type=lun,uuid=0')}`,
    );
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ target: 'key' });
  });

  it.each([
    ['GET', '/admin/backup', 'POST'],
    ['PUT', LUNS, 'GET, POST'],
    ['POST', `${LUNS}/${encodeURIComponent(SEEDED_OBJECTS.lun)}`, 'GET, PATCH, DELETE'],
    ['POST', '/datacenter/cluster/clusters', 'GET'],
  ])('should answer 405 with Allow to %s %s', async (method, path, allowed) => {
    const simulator = createSimulator();
    const response = await send(simulator, method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allowed);
  });

  it('should refuse a body that is not JSON with 400 naming the body', async () => {
    const simulator = createSimulator();
    const response = await send(simulator, 'POST', LUNS, '{"name": ');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ target: 'body' });
  });

  const FILE_SHARES = '/storage-provider/file-shares';
  const ENDPOINTS = '/storage-provider/access-endpoints';
  const SVMS = '/datacenter/svm/svms';
  const share = { name: 'fs', space: { size: 1 }, performance_service_level: { key: PSL } };
  const nfs = { data_protocols: ['nfs'], svm: { key: SEEDED_OBJECTS.svm } };
  const invalidBodies: [target: string, path: string, body: unknown][] = [
    ['name', LUNS, newLun({ name: undefined })],
    ['space.size', LUNS, newLun({ space: {} })],
    ['space.size', LUNS, newLun({ space: { size: '1GB' } })],
    ['os_type', LUNS, newLun({ os_type: 'LINUX' })],
    ['performance_service_level.key', LUNS, newLun({ performance_service_level: { key: 'x' } })],
    ['svm.key', LUNS, newLun({ svm: undefined })],
    ['lun_maps.igroup.key', LUNS, newLun({ lun_maps: [{ igroup: {} }] })],
    ['svm.key', FILE_SHARES, share],
    ['mountpoint', FILE_SHARES, { ...share, svm: { key: SEEDED_OBJECTS.svm }, mountpoint: 'fs' }],
    ['data_protocols', ENDPOINTS, { svm: { key: SEEDED_OBJECTS.svm } }],
    ['ip.netmask', ENDPOINTS, { ...nfs, ip: { address: '10.1.1.1' } }],
    ['mtu', ENDPOINTS, { ...nfs, ip: { address: '10.1.1.1', netmask: '24' }, mtu: 9000 }],
    ['cluster.key', SVMS, { name: 'svm_x' }],
    [
      'subtype',
      SVMS,
      { name: 'svm_x', cluster: { key: SEEDED_OBJECTS.cluster }, subtype: 'sync_destination' },
    ],
  ];

  it.each(invalidBodies)(
    'should refuse a body with 400 naming %s (%s)',
    async (target, path, body) => {
      const simulator = createSimulator();
      const response = await send(simulator, 'POST', path, body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ target, message: expect.any(String) });
    },
  );

  it.each([
    [LUNS, newLun({ name: SEEDED_NAMES.lun })],
    [
      '/datacenter/svm/svms',
      { name: SEEDED_NAMES.emptySvm, cluster: { key: SEEDED_OBJECTS.cluster } },
    ],
  ])('should refuse a duplicate name on %s with 409', async (path, body) => {
    const simulator = createSimulator();
    const response = await send(simulator, 'POST', path, body);
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ target: 'name' });
  });

  it('should refuse an update of two LUN attributes at once, naming the second', async () => {
    const simulator = createSimulator();
    const path = `${LUNS}/${encodeURIComponent(SEEDED_OBJECTS.lun)}`;
    const response = await send(simulator, 'PATCH', path, {
      operational_state: 'offline',
      space: { size: 4294967296 },
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ target: 'space' });
  });

  it('should refuse a second backup while one runs, and take it once that one ended', async () => {
    const simulator = createSimulator();
    expect((await send(simulator, 'POST', '/admin/backup')).status).toBe(202);
    expect((await send(simulator, 'POST', '/admin/backup')).status).toBe(400);
    simulator.advance(JOB_RUN_MS);
    expect((await send(simulator, 'POST', '/admin/backup')).status).toBe(202);
  });
});

describe('simulator write jobs', () => {
  it('should report the new object in job_results and hold it once the job completed', async () => {
    const simulator = createSimulator();
    const key = await jobKeyOf(await send(simulator, 'POST', LUNS, newLun()));
    simulator.advance(2999);
    expect(simulator.listObjects('lun').map((lun) => lun.name)).not.toContain('lun_sim_01');
    simulator.advance(1);
    const job = simulator.getJob(key);
    expect(job).toMatchObject({ state: 'completed', status: 'normal' });
    expect(job?.task_reports?.map((task) => task.name)).toEqual([
      'provision_create_volume',
      'provision_create_lun',
      'provision_map_lun',
    ]);
    const lunKey = job?.job_results?.find((result) => result.name === 'lunKey')?.value ?? '';
    expect(simulator.getObject('lun', lunKey)).toMatchObject({
      name: 'lun_sim_01',
      svmKey: SEEDED_OBJECTS.svm,
    });
  });

  it.each([
    ['normal', 'normal', true],
    ['warning', 'warning', true],
    ['partial_failures', 'partial_failures', true],
    ['error', 'error', false],
  ] as const)(
    'should end the next job as %s when a test chooses it',
    async (outcome, status, created) => {
      const simulator = createSimulator();
      simulator.setNextJobOutcome(outcome, { failureReason: 'volume could not be created' });
      const key = await jobKeyOf(await send(simulator, 'POST', LUNS, newLun()));
      simulator.advance(JOB_RUN_MS);
      const job = simulator.getJob(key);
      expect(job?.status).toBe(status);
      expect(job?.job_results !== undefined).toBe(created);
      expect(simulator.listObjects('lun').some((lun) => lun.name === 'lun_sim_01')).toBe(created);
      const reasons = job?.task_reports?.map((task) => task.failure_reason).filter(Boolean);
      expect(reasons?.length ? reasons : undefined).toEqual(
        outcome === 'error' || outcome === 'partial_failures'
          ? ['volume could not be created']
          : undefined,
      );
    },
  );

  it('should use chosen outcomes in order, then go back to normal', async () => {
    const simulator = createSimulator();
    simulator.setNextJobOutcome('error');
    simulator.setNextJobOutcome('warning');
    const keys: string[] = [];
    for (const name of ['a', 'b', 'c'])
      keys.push(await jobKeyOf(await send(simulator, 'POST', LUNS, newLun({ name }))));
    simulator.advance(JOB_RUN_MS);
    expect(keys.map((key) => simulator.getJob(key)?.status)).toEqual([
      'error',
      'warning',
      'normal',
    ]);
  });

  it('should keep an object whose delete job ended in error', async () => {
    const simulator = createSimulator();
    simulator.setNextJobOutcome('error');
    await send(simulator, 'DELETE', `${LUNS}/${encodeURIComponent(SEEDED_OBJECTS.lun)}`);
    simulator.advance(JOB_RUN_MS);
    expect(simulator.getObject('lun', SEEDED_OBJECTS.lun)).toBeDefined();
  });

  it('should refuse an outcome it does not know', () => {
    const simulator = createSimulator();
    expect(() => simulator.setNextJobOutcome('success' as 'normal')).toThrow(/setNextJobOutcome/);
  });
});

// AIQUM reserves a name (and an endpoint's address) from the moment it accepts the job.
describe('simulator names held from acceptance', () => {
  const creates = MUTATION_CASES.filter((mutation) => mutation.field.startsWith('create'))
    .filter((mutation) => mutation.field !== 'createBackup')
    .map((mutation) => ({
      field: mutation.field,
      path: mutation.request.path.replace(/^\/api/, ''),
      body: mutation.request.body as Record<string, unknown>,
    }));

  it.each(creates)(
    'should refuse a second $field of one name back to back, and after its job completed',
    async ({ path, body }) => {
      const simulator = createSimulator();
      expect((await send(simulator, 'POST', path, body)).status).toBe(202);
      const second = await send(simulator, 'POST', path, body);
      expect(second.status).toBe(409);
      expect(await errorOf(second)).toMatchObject({
        target: 'name',
        message: expect.stringMatching(/already being given to another object by job/),
      });
      simulator.advance(JOB_RUN_MS);
      expect((await send(simulator, 'POST', path, body)).status).toBe(409);
    },
  );

  it.each(creates)(
    'should free the name a $field held once its job ended in error or was aborted',
    async ({ path, body }) => {
      const simulator = createSimulator();
      simulator.setNextJobOutcome('error');
      await send(simulator, 'POST', path, body);
      simulator.advance(JOB_RUN_MS);
      const key = await jobKeyOf(await send(simulator, 'POST', path, body));
      simulator.abortJob(key);
      expect((await send(simulator, 'POST', path, body)).status).toBe(202);
    },
  );

  it('should hold the address of an access endpoint from acceptance on', async () => {
    const simulator = createSimulator();
    const endpoint = creates.find((create) => create.field === 'createAccessEndpoint');
    const path = endpoint?.path ?? '';
    expect((await send(simulator, 'POST', path, endpoint?.body)).status).toBe(202);
    const other = await send(simulator, 'POST', path, { ...endpoint?.body, name: 'lif_other' });
    expect(other.status).toBe(409);
    expect(await errorOf(other)).toMatchObject({ target: 'ip.address' });
  });

  it('should give endpoints created without a name back to back names of their own', async () => {
    const simulator = createSimulator();
    const endpoint = creates.find((create) => create.field === 'createAccessEndpoint');
    const { name: _name, ...nameless } = endpoint?.body ?? {};
    const ips = ['10.162.83.41', '10.162.83.42'];
    for (const address of ips) {
      const body = { ...nameless, ip: { address, netmask: '255.255.0.0' } };
      expect((await send(simulator, 'POST', endpoint?.path ?? '', body)).status).toBe(202);
    }
    simulator.advance(JOB_RUN_MS);
    const created = simulator
      .listObjects('accessEndpoint')
      .filter((object) => ips.includes(String(object.attributes.ip_address)));
    expect(new Set(created.map((object) => object.name)).size).toBe(2);
  });

  it('should refuse renaming two SVMs to one name back to back', async () => {
    const simulator = createSimulator();
    const rename = (key: string) =>
      send(simulator, 'PATCH', `/datacenter/svm/svms/${encodeURIComponent(key)}`, {
        name: 'svm_renamed',
      });
    expect((await rename(SEEDED_OBJECTS.svm)).status).toBe(202);
    expect((await rename(SEEDED_OBJECTS.emptySvm)).status).toBe(409);
  });
});
