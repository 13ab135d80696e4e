import { describe, expect, it, vi } from 'vitest';
import { SEEDED_JOB_COUNT, SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { MAX_RECORDED_REQUESTS } from '../../src/simulator/simulator.ts';
import {
  basicAuth,
  errorOf,
  getFrom,
  getJobJson,
  JOBS_URL,
  jobUrl,
  listJobsJson,
  SIMULATOR_BASE,
  simulatorFactory,
} from '../support/simulator-requests.ts';

const AIQUM_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+05:30$/;
const createSimulator = simulatorFactory();

describe('simulator authentication', () => {
  it('should answer 401 with no body and a Basic challenge without credentials', async () => {
    const simulator = createSimulator();
    const response = await simulator.fetch(new Request(JOBS_URL));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await response.text()).toBe('');
  });

  it('should answer 401 with no body for a wrong password or unknown user', async () => {
    const simulator = createSimulator();
    for (const headers of [
      basicAuth('admin', 'nope'),
      basicAuth('ghost'),
      { authorization: 'Bearer x' },
    ]) {
      const response = await simulator.fetch(new Request(JOBS_URL, { headers }));
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
  });

  it('should let the read-only operator read jobs', async () => {
    const simulator = createSimulator();
    const response = await getFrom(simulator, jobUrl(SEEDED_KEYS.completedNormal), {
      user: 'operator',
    });
    expect(response.status).toBe(200);
  });

  it('should accept configured users only', async () => {
    const simulator = createSimulator({
      users: { alice: { password: 's3cret', canWrite: false } },
    });
    const alice = await simulator.fetch(
      new Request(JOBS_URL, { headers: basicAuth('alice', 's3cret') }),
    );
    expect(alice.status).toBe(200);
    const admin = await getFrom(simulator, JOBS_URL);
    expect(admin.status).toBe(401);
  });

  it('should refuse a user from the moment its password changes or it is removed', async () => {
    const simulator = createSimulator();
    const key = SEEDED_KEYS.running;
    simulator.setUser('operator', { password: 'changed', canWrite: false });
    expect((await getFrom(simulator, jobUrl(key), { user: 'operator' })).status).toBe(401);
    const changed = await simulator.fetch(
      new Request(jobUrl(key), { headers: basicAuth('operator', 'changed') }),
    );
    expect(changed.status).toBe(200);
    simulator.removeUser('admin');
    expect((await getFrom(simulator, jobUrl(key))).status).toBe(401);
  });

  it('should keep its users apart from every other simulator', async () => {
    createSimulator().removeUser('admin');
    expect((await getFrom(createSimulator(), JOBS_URL)).status).toBe(200);
  });

  it('should answer 404 to a user a job is hidden from, and leave it out of their lists', async () => {
    const simulator = createSimulator();
    const key = SEEDED_KEYS.running;
    simulator.hideJob(key, 'operator');
    const hidden = await getFrom(simulator, jobUrl(key), { user: 'operator' });
    expect(hidden.status).toBe(404);
    expect((await getFrom(simulator, jobUrl(key))).status).toBe(200);
    const list = async (user: string) => {
      const response = await getFrom(simulator, `${JOBS_URL}?key=${encodeURIComponent(key)}`, {
        user,
      });
      return ((await response.json()) as { num_records: number }).num_records;
    };
    expect(await list('operator')).toBe(0);
    expect(await list('admin')).toBe(1);
  });

  it('should record the user each request claims to be', async () => {
    const simulator = createSimulator();
    await getFrom(simulator, JOBS_URL, { user: 'operator' });
    await simulator.fetch(new Request(JOBS_URL, { headers: basicAuth('ghost', 'x') }));
    await simulator.fetch(new Request(JOBS_URL));
    expect(simulator.requests.map((request) => request.user)).toEqual([
      'operator',
      'ghost',
      undefined,
    ]);
  });
});

describe('simulator deleteJob', () => {
  it('should answer 404 from then on, to a long poll held on the job too', async () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob({ name: 'Create LUN', type: 'provision_lun_create' });
    const held = getFrom(simulator, jobUrl(key, 'poll_timeout=30'));
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(1));
    simulator.deleteJob(key);
    expect((await held).status).toBe(404);
    expect((await getFrom(simulator, jobUrl(key))).status).toBe(404);
    expect(() => simulator.deleteJob(key)).toThrow(/No job/);
  });
});

describe('simulator GET /management-server/jobs/{key}', () => {
  it('should answer one job in AIQUM wire shape', async () => {
    const simulator = createSimulator();
    const { status, job } = await getJobJson(simulator, SEEDED_KEYS.completedNormal);
    expect(status).toBe(200);
    expect(job).toMatchObject({
      key: SEEDED_KEYS.completedNormal,
      name: 'Create LUN',
      type: 'provision_lun_create',
      state: 'completed',
      status: 'normal',
      job_results: [{ name: 'lunKey', value: expect.stringContaining('type=lun') }],
      _links: {
        self: {
          href: `/api/management-server/jobs/${encodeURIComponent(SEEDED_KEYS.completedNormal)}`,
        },
      },
    });
    expect(job.submit_time).toMatch(AIQUM_TIME);
    expect(job.complete_time).toMatch(AIQUM_TIME);
    expect(job.last_modified).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\+05:30$/);
    expect(job.task_reports?.every((task) => task.state === 'completed')).toBe(true);
  });

  it('should decode a percent-encoded key and accept a raw one', async () => {
    const simulator = createSimulator();
    const key = SEEDED_KEYS.error;
    expect(key).toMatch(/[:-]/);
    const encoded = await getFrom(simulator, `${JOBS_URL}/${encodeURIComponent(key)}`);
    const raw = await getFrom(simulator, `${JOBS_URL}/${key}`);
    expect(((await encoded.json()) as { key: string }).key).toBe(key);
    expect(((await raw.json()) as { key: string }).key).toBe(key);
    expect(simulator.requests.map((request) => request.jobKey)).toEqual([key, key]);
  });

  it('should answer 404 with an AIQUM error body naming the key for an unknown key', async () => {
    const simulator = createSimulator();
    const response = await getFrom(simulator, jobUrl('ffff:0:0:-1'));
    expect(response.status).toBe(404);
    const error = await errorOf(response);
    expect(error).toMatchObject({ target: 'key', code: expect.any(String) });
    expect(error.message).toContain('ffff:0:0:-1');
  });

  it('should refuse unknown query parameters with 400 naming them', async () => {
    const simulator = createSimulator();
    const response = await getFrom(simulator, jobUrl(SEEDED_KEYS.running, 'fields=name'));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ target: 'fields' });
  });

  it('should serve /api/v2 like /api', async () => {
    const simulator = createSimulator();
    const response = await getFrom(
      simulator,
      `http://sim/api/v2/management-server/jobs/${encodeURIComponent(SEEDED_KEYS.parent)}`,
    );
    expect(response.status).toBe(200);
  });
});

describe('simulator routing', () => {
  it('should answer 404 with an error body for any other path', async () => {
    const simulator = createSimulator();
    for (const path of ['/storage-provider/volumes', '/management-server/jobs/a/b', '/../jobs']) {
      const response = await getFrom(simulator, `${SIMULATOR_BASE}${path}`);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).message).toEqual(expect.any(String));
    }
  });

  it('should answer 405 to a method other than GET', async () => {
    const simulator = createSimulator();
    for (const [url, method] of [
      [JOBS_URL, 'POST'],
      [jobUrl(SEEDED_KEYS.running), 'DELETE'],
    ] as const) {
      const response = await simulator.fetch(new Request(url, { method, headers: basicAuth() }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(await errorOf(response)).toMatchObject({ code: expect.any(String) });
    }
  });

  it('should record every request, refused ones included', async () => {
    const simulator = createSimulator();
    await simulator.fetch(new Request(`${JOBS_URL}?state=running`));
    await getFrom(simulator, `${SIMULATOR_BASE}/nowhere`);
    expect(simulator.requests).toHaveLength(2);
    expect(simulator.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/management-server/jobs',
    });
    expect(simulator.requests[0]?.query.get('state')).toBe('running');
    expect(simulator.requests[1]?.path).toBe('/api/nowhere');
  });

  it('should keep only the latest requests in its log but count every GET per job', async () => {
    const simulator = createSimulator();
    const key = SEEDED_KEYS.error;
    const total = MAX_RECORDED_REQUESTS + 5;
    for (let sent = 0; sent < total; sent++) await getFrom(simulator, jobUrl(key));
    expect(simulator.requests).toHaveLength(MAX_RECORDED_REQUESTS);
    expect(simulator.requestsForJob(key)).toBe(total);
  });

  it('should accept fetch-style (url, init) calls', async () => {
    const simulator = createSimulator();
    const response = await simulator.fetch(JOBS_URL, { headers: basicAuth() });
    expect(response.status).toBe(200);
  });
});

describe('simulator seed', () => {
  it('should seed deterministic demo jobs of every kind', async () => {
    const simulator = createSimulator();
    const { body } = await listJobsJson(simulator);
    expect(body.total_records).toBe(SEEDED_JOB_COUNT);
    expect(SEEDED_JOB_COUNT).toBeGreaterThanOrEqual(30);
    const byKey = (key: string) => simulator.getJob(key);
    expect(byKey(SEEDED_KEYS.running)).toMatchObject({
      name: 'Modify File Share',
      type: 'provision_fileshare_modify',
      state: 'running',
    });
    expect(byKey(SEEDED_KEYS.completedWarning)).toMatchObject({
      state: 'completed',
      status: 'warning',
    });
    expect(byKey(SEEDED_KEYS.partialFailures)).toMatchObject({
      state: 'completed',
      status: 'partial_failures',
    });
    expect(byKey(SEEDED_KEYS.error)?.status).toBe('error');
    expect(byKey(SEEDED_KEYS.error)?.task_reports?.some((task) => task.failure_reason)).toBe(true);
    expect(byKey(SEEDED_KEYS.aborted)?.state).toBe('aborted');
    expect(byKey(SEEDED_KEYS.parent)?.spawned_job_summary).toEqual({
      total_jobs: 2,
      running_jobs: 0,
      completed_jobs: 2,
      successful_jobs: 2,
      failed_jobs: 0,
      aborted_jobs: 0,
    });
    for (const child of SEEDED_KEYS.children) {
      expect(byKey(child)).toMatchObject({
        parent_job_key: SEEDED_KEYS.parent,
        name: 'Create Access-endpoint',
      });
      expect(byKey(child)?.job_results?.[0]?.name).toBe('accessEndpointKey');
    }
    const names = new Set(body.records.map((job) => job.name));
    for (const name of [
      'Create LUN',
      'Create File Share',
      'Create Access-endpoint',
      'Create SVM',
      'Delete LUN',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('should seed the same content every time and nothing when seed is false', async () => {
    const first = await listJobsJson(createSimulator());
    const second = await listJobsJson(createSimulator());
    expect(second.body).toEqual(first.body);
    const empty = await listJobsJson(createSimulator({ seed: false }));
    expect(empty.body).toMatchObject({ records: [], num_records: 0, total_records: 0 });
  });
});
