import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAiqumTime } from '../../src/simulator/aiqum-time.ts';
import { systemClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import type { JobSpec } from '../../src/simulator/types.ts';
import { simulatorFactory } from '../support/simulator-requests.ts';

const createSimulator = simulatorFactory({ seed: false });

afterEach(() => {
  vi.useRealTimers();
});

const THREE_TASKS: JobSpec = {
  name: 'Create LUN',
  type: 'provision_lun_create',
  tasks: ['create_volume', 'create_lun', 'map_lun'],
  stepMs: 1000,
  results: [{ name: 'lunKey', value: 'cluster:type=lun,uuid=1' }],
};

describe('simulator job lifecycle', () => {
  it('should start a running job with status normal and its first task running', () => {
    const simulator = createSimulator();
    const job = simulator.startJob(THREE_TASKS);
    expect(job).toMatchObject({ state: 'running', status: 'normal', name: 'Create LUN' });
    expect(job.complete_time).toBeUndefined();
    expect(job.job_results).toBeUndefined();
    expect(job.task_reports).toEqual([
      expect.objectContaining({
        name: 'create_volume',
        state: 'running',
        status: 'normal',
        failure_reason: null,
      }),
    ]);
  });

  it('should give new jobs AIQUM-looking unique keys', () => {
    const simulator = createSimulator();
    const first = simulator.startJob(THREE_TASKS).key;
    const second = simulator.startJob(THREE_TASKS).key;
    expect(first).toMatch(/^[0-9a-f]{16}:-?[0-9a-f]+:[0-9a-f]+:-[0-9a-f]{4}$/);
    expect(second).not.toBe(first);
  });

  it('should move through the tasks one by one as the clock advances', () => {
    const simulator = createSimulator();
    const { key, last_modified: created } = simulator.startJob(THREE_TASKS);
    simulator.advance(999);
    expect(simulator.getJob(key)?.task_reports).toHaveLength(1);
    simulator.advance(1);
    const afterOne = simulator.getJob(key);
    expect(afterOne?.task_reports?.map((task) => task.state)).toEqual(['completed', 'running']);
    expect(afterOne?.task_reports?.[0]?.complete_time).toBeDefined();
    expect(parseAiqumTime(afterOne?.last_modified ?? '')).toBeGreaterThan(
      parseAiqumTime(created ?? '') ?? 0,
    );
    simulator.advance(1000);
    expect(simulator.getJob(key)?.task_reports?.map((task) => task.state)).toEqual([
      'completed',
      'completed',
      'running',
    ]);
    simulator.advance(1000);
    const done = simulator.getJob(key);
    expect(done).toMatchObject({
      state: 'completed',
      status: 'normal',
      job_results: THREE_TASKS.results,
    });
    expect(parseAiqumTime(done?.complete_time ?? '')).toBe(
      (parseAiqumTime(done?.submit_time ?? '') ?? 0) + 3000,
    );
  });

  it('should apply several due steps in one advance', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob(THREE_TASKS);
    simulator.advance(10_000);
    const job = simulator.getJob(key);
    expect(job?.state).toBe('completed');
    expect(job?.task_reports?.map((task) => task.complete_time)).toEqual([
      expect.stringMatching(/:01\+05:30$/),
      expect.stringMatching(/:02\+05:30$/),
      expect.stringMatching(/:03\+05:30$/),
    ]);
  });

  it('should end in error with a failure_reason on the last task and no results', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob({
      ...THREE_TASKS,
      outcome: 'error',
      failureReason: 'disk full',
    });
    simulator.advance(3000);
    const job = simulator.getJob(key);
    expect(job).toMatchObject({ state: 'completed', status: 'error' });
    expect(job?.job_results).toBeUndefined();
    expect(job?.task_reports?.at(-1)).toMatchObject({
      status: 'error',
      failure_reason: 'disk full',
    });
  });

  it('should complete with partial_failures when one task fails', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob({ ...THREE_TASKS, outcome: 'partial_failures' });
    simulator.advance(3000);
    const job = simulator.getJob(key);
    expect(job).toMatchObject({
      state: 'completed',
      status: 'partial_failures',
      job_results: THREE_TASKS.results,
    });
    const failed = job?.task_reports?.filter((task) => task.status === 'error') ?? [];
    expect(failed).toHaveLength(1);
    expect(failed[0]?.failure_reason).toEqual(expect.any(String));
  });

  it('should complete with warning when a task warns', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob({ ...THREE_TASKS, outcome: 'warning' });
    simulator.advance(3000);
    const job = simulator.getJob(key);
    expect(job).toMatchObject({
      state: 'completed',
      status: 'warning',
      job_results: THREE_TASKS.results,
    });
    expect(job?.task_reports?.some((task) => task.status === 'warning')).toBe(true);
  });

  it('should default to two tasks of one second', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob({ name: 'Delete LUN', type: 'provision_lun_delete' });
    simulator.advance(1000);
    expect(simulator.getJob(key)?.state).toBe('running');
    simulator.advance(1000);
    expect(simulator.getJob(key)).toMatchObject({ state: 'completed', status: 'normal' });
    expect(simulator.getJob(key)?.task_reports).toHaveLength(2);
  });

  it('should reflect children in the parent spawned_job_summary', () => {
    const simulator = createSimulator();
    const parent = simulator.startJob({ ...THREE_TASKS, stepMs: 10_000, key: 'parent:1:2:-3' });
    simulator.startJob({ name: 'Child', type: 'child', parentJobKey: parent.key, stepMs: 1000 });
    simulator.startJob({
      name: 'Child',
      type: 'child',
      parentJobKey: parent.key,
      stepMs: 3000,
      outcome: 'error',
    });
    expect(simulator.getJob(parent.key)?.spawned_job_summary).toMatchObject({
      total_jobs: 2,
      running_jobs: 2,
      completed_jobs: 0,
    });
    simulator.advance(2000);
    expect(simulator.getJob(parent.key)?.spawned_job_summary).toMatchObject({
      running_jobs: 1,
      completed_jobs: 1,
      successful_jobs: 1,
    });
    simulator.advance(4000);
    expect(simulator.getJob(parent.key)?.spawned_job_summary).toEqual({
      total_jobs: 2,
      running_jobs: 0,
      completed_jobs: 2,
      successful_jobs: 1,
      failed_jobs: 1,
      aborted_jobs: 0,
    });
  });

  it('should abort a running job', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob(THREE_TASKS);
    simulator.advance(1500);
    const aborted = simulator.abortJob(key);
    expect(aborted.state).toBe('aborted');
    expect(aborted.task_reports?.at(-1)).toMatchObject({
      state: 'aborted',
      failure_reason: 'Job aborted by user',
    });
    simulator.advance(10_000);
    expect(simulator.getJob(key)?.state).toBe('aborted');
  });

  it('should complete the seeded running job about a minute after start', () => {
    const simulator = createSimulator({ seed: true });
    simulator.advance(45_000);
    expect(simulator.getJob(SEEDED_KEYS.running)?.state).toBe('running');
    simulator.advance(15_000);
    expect(simulator.getJob(SEEDED_KEYS.running)).toMatchObject({
      state: 'completed',
      status: 'normal',
    });
  });

  it('should return copies from getJob', () => {
    const simulator = createSimulator();
    const { key } = simulator.startJob(THREE_TASKS);
    const copy = simulator.getJob(key);
    copy?.task_reports?.push({ name: 'tampered' });
    expect(simulator.getJob(key)?.task_reports).toHaveLength(1);
    expect(simulator.getJob('no-such-key')).toBeUndefined();
  });

  it('should refuse a spec it cannot run', () => {
    const simulator = createSimulator();
    expect(() => simulator.startJob({ name: '', type: 'x' })).toThrow(/name/);
    expect(() => simulator.startJob({ name: 'x', type: 'x', tasks: [] })).toThrow(/tasks/);
    expect(() => simulator.startJob({ name: 'x', type: 'x', stepMs: 0 })).toThrow(/stepMs/);
    expect(() => simulator.startJob({ name: 'x', type: 'x', parentJobKey: 'nope' })).toThrow(
      /parentJobKey/,
    );
    simulator.startJob({ name: 'x', type: 'x', key: 'taken' });
    expect(() => simulator.startJob({ name: 'x', type: 'x', key: 'taken' })).toThrow(/already/);
  });
});

describe('simulator clocks', () => {
  it('should refuse advance() without a ManualClock', () => {
    const simulator = createSimulator({ clock: systemClock });
    expect(() => simulator.advance(1000)).toThrow(/ManualClock/);
  });

  it('should drive jobs with real timers on the system clock and clear them on close', () => {
    vi.useFakeTimers();
    const simulator = createSimulator({ clock: systemClock, seed: true });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(simulator.getJob(SEEDED_KEYS.running)).toMatchObject({
      state: 'completed',
      status: 'normal',
    });
    const { key } = simulator.startJob({ name: 'x', type: 'x' });
    expect(vi.getTimerCount()).toBe(1);
    simulator.close();
    simulator.close();
    expect(vi.getTimerCount()).toBe(0);
    expect(simulator.getJob(key)?.state).toBe('running');
  });
});
