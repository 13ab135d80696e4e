import { describe, expect, it } from 'vitest';
import { SEEDED_JOB_COUNT, SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { listJobsJson, simulatorFactory } from '../support/simulator-requests.ts';

const createSimulator = simulatorFactory();

async function list(query: string) {
  const { status, body } = await listJobsJson(createSimulator(), query);
  expect(status).toBe(200);
  return body;
}

async function refusal(query: string) {
  const { status, body } = await listJobsJson(createSimulator(), query);
  expect(status).toBe(400);
  return body.error;
}

describe('simulator GET /management-server/jobs envelope', () => {
  it('should answer every job, newest first, when there is no query', async () => {
    const body = await list('');
    expect(body.num_records).toBe(SEEDED_JOB_COUNT);
    expect(body.total_records).toBe(SEEDED_JOB_COUNT);
    expect(body.records[0]?.key).toBe(SEEDED_KEYS.running);
    const submitTimes = body.records.map((job) => job.submit_time ?? '');
    expect(submitTimes).toEqual([...submitTimes].sort().reverse());
    expect(body._links).toEqual({ self: { href: '/api/management-server/jobs' } });
  });
});

describe('simulator job filters', () => {
  it('should filter by exact value on each field', async () => {
    const parent = createSimulator().getJob(SEEDED_KEYS.parent);
    const cases: [string, (body: Awaited<ReturnType<typeof list>>) => void][] = [
      [
        `key=${encodeURIComponent(SEEDED_KEYS.error)}`,
        (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.error]),
      ],
      [
        'name=Create%20SVM',
        (b) => expect(b.records.every((j) => j.name === 'Create SVM')).toBe(true),
      ],
      ['type=backup', (b) => expect(b.records.every((j) => j.type === 'backup')).toBe(true)],
      ['state=running', (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.running])],
      ['state=aborted', (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.aborted])],
      [
        'status=partial_failures',
        (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.partialFailures]),
      ],
      [
        `submit_time=${encodeURIComponent(parent?.submit_time ?? '')}`,
        (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.parent]),
      ],
      [
        `complete_time=${encodeURIComponent(parent?.complete_time ?? '')}`,
        (b) => expect(b.records.map((j) => j.key)).toEqual([SEEDED_KEYS.parent]),
      ],
      [
        `parent_job_key=${encodeURIComponent(SEEDED_KEYS.parent)}`,
        (b) => expect(b.records.map((j) => j.key).sort()).toEqual([...SEEDED_KEYS.children].sort()),
      ],
    ];
    for (const [query, check] of cases) {
      const body = await list(query);
      expect(body.num_records, query).toBeGreaterThan(0);
      check(body);
    }
  });

  it('should match * wildcards', async () => {
    const body = await list('name=Create*');
    expect(body.num_records).toBeGreaterThan(5);
    expect(body.records.every((job) => job.name?.startsWith('Create'))).toBe(true);
    const inner = await list('type=*lun*');
    expect(inner.records.every((job) => job.type?.includes('lun'))).toBe(true);
    const day = createSimulator().getJob(SEEDED_KEYS.running)?.submit_time?.slice(0, 10);
    const sameDay = await list(`submit_time=${day}*`);
    expect(sameDay.records.map((job) => job.key)).toContain(SEEDED_KEYS.running);
  });

  it('should match a wildcard pattern that would send a regular expression backtracking', async () => {
    const simulator = createSimulator();
    simulator.startJob({ name: 'a'.repeat(40), type: 'backup' });
    const pattern = `${'*a'.repeat(12)}b`;
    const { status, body } = await listJobsJson(simulator, `name=${encodeURIComponent(pattern)}`);
    expect(status).toBe(200);
    expect(body.num_records).toBe(0);
  });

  it('should match | alternatives', async () => {
    const body = await list('status=warning|partial_failures');
    const statuses = new Set(body.records.map((job) => job.status));
    expect(statuses).toEqual(new Set(['warning', 'partial_failures']));
    const keys = await list(
      `key=${encodeURIComponent(`${SEEDED_KEYS.error}|${SEEDED_KEYS.aborted}`)}`,
    );
    expect(keys.records.map((job) => job.key).sort()).toEqual(
      [SEEDED_KEYS.error, SEEDED_KEYS.aborted].sort(),
    );
  });

  it('should take a double-quoted value literally', async () => {
    expect((await list('name=%22Create*%22')).num_records).toBe(0);
    expect((await list('name=%22Create%20SVM%22')).num_records).toBeGreaterThan(0);
    expect((await list('status=%22warning|error%22')).num_records).toBe(0);
  });

  it('should negate with ! and compare times with > and <', async () => {
    const notCompleted = await list('state=!completed');
    expect(notCompleted.records.map((job) => job.state).sort()).toEqual(['aborted', 'running']);
    const running = createSimulator().getJob(SEEDED_KEYS.running);
    const newer = await list(`submit_time=${encodeURIComponent(`>=${running?.submit_time}`)}`);
    expect(newer.records.map((job) => job.key)).toEqual([SEEDED_KEYS.running]);
    const older = await list(`submit_time=${encodeURIComponent(`<${running?.submit_time}`)}`);
    expect(older.num_records).toBe(SEEDED_JOB_COUNT - 1);
  });

  it('should match a range of times, both ends included', async () => {
    const simulator = createSimulator();
    const parent = simulator.getJob(SEEDED_KEYS.parent)?.submit_time ?? '';
    const running = simulator.getJob(SEEDED_KEYS.running)?.submit_time ?? '';
    const window = await list(`submit_time=${encodeURIComponent(`${parent}..${running}`)}`);
    const keys = window.records.map((job) => job.key);
    expect(keys).toContain(SEEDED_KEYS.parent);
    expect(keys).toContain(SEEDED_KEYS.running);
    expect(window.records.every((job) => (job.submit_time ?? '') >= parent)).toBe(true);
    expect(window.num_records).toBeLessThan(SEEDED_JOB_COUNT);
  });

  it('should match quoted alternatives, each taken literally', async () => {
    const both = `"${SEEDED_KEYS.error}"|"${SEEDED_KEYS.running}"`;
    const body = await list(`key=${encodeURIComponent(both)}`);
    expect(body.records.map((job) => job.key).sort()).toEqual(
      [SEEDED_KEYS.error, SEEDED_KEYS.running].sort(),
    );
    expect(await refusal(`key=${encodeURIComponent('"a"|b,c')}`)).toMatchObject({ target: 'key' });
  });

  it('should refuse a value with both * and |', async () => {
    expect(await refusal('name=Create*|Delete*')).toMatchObject({ target: 'name' });
  });

  it('should refuse an unquoted comma', async () => {
    expect(await refusal('name=a,b')).toMatchObject({ target: 'name' });
  });

  it('should refuse an unknown query parameter naming it', async () => {
    const error = await refusal('colour=blue');
    expect(error).toMatchObject({ target: 'colour', code: expect.any(String) });
    expect(error?.message).toContain('colour');
    expect(await refusal('poll_timeout=5')).toMatchObject({ target: 'poll_timeout' });
  });
});

describe('simulator job order_by', () => {
  it('should order by a field ascending by default and descending when asked', async () => {
    const ascending = await list('order_by=name');
    const names = ascending.records.map((job) => job.name ?? '');
    expect(names).toEqual([...names].sort());
    const descending = await list('order_by=name%20desc');
    const descendingNames = descending.records.map((job) => job.name ?? '');
    expect(descendingNames).toEqual([...names].sort().reverse());
  });

  it('should order by several fields', async () => {
    const body = await list('order_by=type%20asc,submit_time%20desc');
    const pairs = body.records.map((job) => [job.type ?? '', job.submit_time ?? ''] as const);
    for (let index = 1; index < pairs.length; index += 1) {
      const [previousType, previousTime] = pairs[index - 1] ?? ['', ''];
      const [type, time] = pairs[index] ?? ['', ''];
      expect(previousType <= type).toBe(true);
      if (previousType === type) expect(previousTime >= time).toBe(true);
    }
  });

  it('should refuse an unknown field or direction', async () => {
    expect(await refusal('order_by=colour')).toMatchObject({ target: 'order_by' });
    expect(await refusal('order_by=name%20sideways')).toMatchObject({ target: 'order_by' });
  });
});

describe('simulator job paging', () => {
  it('should page with max_records and offset and link the next page', async () => {
    const all = await list('');
    const first = await list('max_records=10');
    expect(first.num_records).toBe(10);
    expect(first.total_records).toBe(SEEDED_JOB_COUNT);
    expect(first.records).toEqual(all.records.slice(0, 10));
    expect(first._links?.self?.href).toBe('/api/management-server/jobs?max_records=10');
    expect(first._links?.next?.href).toBe('/api/management-server/jobs?max_records=10&offset=10');

    const seen = [...first.records];
    let next = first._links?.next?.href;
    while (next) {
      const page = await list(next.split('?')[1] ?? '');
      seen.push(...page.records);
      next = page._links?.next?.href;
    }
    expect(seen).toEqual(all.records);
  });

  it('should keep filters in the next link and drop it on the last page', async () => {
    const first = await list('name=Create*&max_records=2');
    expect(first._links?.next?.href).toBe(
      '/api/management-server/jobs?name=Create*&max_records=2&offset=2',
    );
    const last = await list(`max_records=5&offset=${SEEDED_JOB_COUNT - 5}`);
    expect(last.num_records).toBe(5);
    expect(last._links?.next).toBeUndefined();
    const beyond = await list(`offset=${SEEDED_JOB_COUNT + 10}`);
    expect(beyond).toMatchObject({ records: [], num_records: 0, total_records: SEEDED_JOB_COUNT });
  });

  it('should accept max_records from 1 to 1000 and refuse others', async () => {
    expect((await list('max_records=1')).num_records).toBe(1);
    expect((await list('max_records=1000')).num_records).toBe(SEEDED_JOB_COUNT);
    for (const value of ['0', '1001', '-1', 'ten', '2.5']) {
      expect(await refusal(`max_records=${value}`)).toMatchObject({ target: 'max_records' });
    }
  });

  it('should refuse a negative or non-numeric offset', async () => {
    for (const value of ['-1', 'x']) {
      expect(await refusal(`offset=${value}`)).toMatchObject({ target: 'offset' });
    }
  });
});
