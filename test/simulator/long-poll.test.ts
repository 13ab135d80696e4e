import { describe, expect, it, vi } from 'vitest';
import type { UpstreamJob } from '../../src/aiqum/wire-types.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import {
  errorOf,
  getFrom,
  getJobJson,
  jobUrl,
  simulatorFactory,
} from '../support/simulator-requests.ts';

const createSimulator = simulatorFactory();

function untilHeld(simulator: Simulator, count = 1): Promise<void> {
  return vi.waitFor(() => expect(simulator.heldRequestCount).toBe(count), { interval: 1 });
}

async function longPoll(simulator: Simulator, key: string, query: string, signal?: AbortSignal) {
  const response = await getFrom(simulator, jobUrl(key, query), signal ? { signal } : {});
  return { status: response.status, job: (await response.json()) as UpstreamJob };
}

const running = SEEDED_KEYS.running;

describe('simulator long poll', () => {
  it('should answer at once when the job changed after last_modified', async () => {
    const simulator = createSimulator();
    const { job: before } = await getJobJson(simulator, running);
    simulator.advance(15_000);
    const query = `poll_timeout=120&last_modified=${encodeURIComponent(before.last_modified ?? '')}`;
    const { status, job } = await longPoll(simulator, running, query);
    expect(status).toBe(200);
    expect(job.task_reports).toHaveLength(2);
    expect(job.last_modified).not.toBe(before.last_modified);
  });

  it('should answer at once for a terminal job', async () => {
    const simulator = createSimulator();
    for (const key of [SEEDED_KEYS.completedNormal, SEEDED_KEYS.aborted]) {
      const { job: current } = await getJobJson(simulator, key);
      const query = `poll_timeout=120&last_modified=${encodeURIComponent(current.last_modified ?? '')}`;
      expect((await longPoll(simulator, key, query)).job.key).toBe(key);
      expect((await longPoll(simulator, key, 'poll_timeout=120')).job.key).toBe(key);
    }
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should hold a request until the next lifecycle step, released by advance()', async () => {
    const simulator = createSimulator();
    const { job: before } = await getJobJson(simulator, running);
    const query = `poll_timeout=120&last_modified=${encodeURIComponent(before.last_modified ?? '')}`;
    const pending = longPoll(simulator, running, query);
    await untilHeld(simulator);
    simulator.advance(14_999);
    expect(simulator.heldRequestCount).toBe(1);
    simulator.advance(1);
    const { job } = await pending;
    expect(job.task_reports?.map((task) => task.state)).toEqual(['completed', 'running']);
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should hold without last_modified until the next change', async () => {
    const simulator = createSimulator();
    const pending = longPoll(simulator, running, 'poll_timeout=60');
    await untilHeld(simulator);
    simulator.advance(60_000);
    expect((await pending).job.state).toBe('completed');
  });

  it('should wake a parent long poll when a child ends', async () => {
    const simulator = createSimulator({ seed: false });
    const parent = simulator.startJob({ name: 'Parent', type: 'p', stepMs: 60_000 });
    simulator.startJob({ name: 'Child', type: 'c', parentJobKey: parent.key, stepMs: 500 });
    const query = `poll_timeout=120&last_modified=${encodeURIComponent(simulator.getJob(parent.key)?.last_modified ?? '')}`;
    const pending = longPoll(simulator, parent.key, query);
    await untilHeld(simulator);
    simulator.advance(1000);
    expect((await pending).job.spawned_job_summary?.completed_jobs).toBe(1);
  });

  it('should answer the unchanged job when poll_timeout passes', async () => {
    const simulator = createSimulator();
    const started = Date.now();
    const { status, job } = await longPoll(simulator, running, 'poll_timeout=1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(status).toBe(200);
    expect(job.task_reports).toHaveLength(1);
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should refuse poll_timeout outside 1..120 and a bad last_modified', async () => {
    const simulator = createSimulator();
    for (const value of ['0', '121', 'abc', '1.5', '-3', '']) {
      const response = await getFrom(simulator, jobUrl(running, `poll_timeout=${value}`));
      expect(response.status, value).toBe(400);
      expect(await errorOf(response)).toMatchObject({ target: 'poll_timeout' });
    }
    const response = await getFrom(
      simulator,
      jobUrl(running, 'poll_timeout=5&last_modified=yesterday'),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ target: 'last_modified' });
  });

  it('should read an unencoded + in last_modified (arriving as a space)', async () => {
    const simulator = createSimulator();
    const { job: before } = await getJobJson(simulator, running);
    simulator.advance(15_000);
    const { job } = await longPoll(
      simulator,
      running,
      `poll_timeout=120&last_modified=${before.last_modified}`,
    );
    expect(job.task_reports).toHaveLength(2);
  });

  it('should end a held request when its signal aborts, leaving nothing held', async () => {
    const simulator = createSimulator();
    const controller = new AbortController();
    const pending = longPoll(simulator, running, 'poll_timeout=120', controller.signal);
    await untilHeld(simulator);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should answer held requests on close() and not hold afterwards', async () => {
    const simulator = createSimulator();
    const pending = [
      longPoll(simulator, running, 'poll_timeout=120'),
      longPoll(simulator, running, 'poll_timeout=120'),
    ];
    await untilHeld(simulator, 2);
    simulator.close();
    for (const { status } of await Promise.all(pending)) expect(status).toBe(200);
    expect(simulator.heldRequestCount).toBe(0);
    expect((await longPoll(simulator, running, 'poll_timeout=120')).status).toBe(200);
  });
});

describe('simulator without long polling', () => {
  it('should carry no last_modified and refuse the long-poll parameters like any unknown one', async () => {
    const simulator = createSimulator({ longPoll: false });
    const { job } = await getJobJson(simulator, running);
    expect(job).not.toHaveProperty('last_modified');
    expect(simulator.getJob(running)).not.toHaveProperty('last_modified');
    for (const [query, target] of [
      ['poll_timeout=30', 'poll_timeout'],
      ['last_modified=2024-03-15%2010:00:00%2B05:30', 'last_modified'],
    ]) {
      const response = await getFrom(simulator, jobUrl(running, query));
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ target });
    }
  });
});
