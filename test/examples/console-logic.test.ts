import { describe, expect, it } from 'vitest';
import type { Job } from '../../examples/live-jobs/src/job-summary.ts';
import { isNotOlder, summarizeTasks } from '../../examples/live-jobs/src/job-summary.ts';
import {
  DEFAULT_VIEW,
  matchesView,
  toJobFilter,
  viewFromUrl,
  writeViewToUrl,
} from '../../examples/live-jobs/src/job-view.ts';
import { MAX_RETRY_MS, retryDelayMs } from '../../examples/live-jobs/src/reconnect.ts';
import { duration } from '../../examples/live-jobs/src/time-format.ts';

// The example console's logic that needs no browser: views and URLs, task summaries, merging,
// reconnect backoff. The browser tests in test/e2e drive the rest.

function job(overrides: Partial<Job> = {}): Job {
  return {
    key: 'k1',
    name: 'Create LUN',
    type: 'provision_lun_create',
    state: 'RUNNING',
    status: 'NORMAL',
    terminal: false,
    submitTime: '2026-11-30T10:00:00+01:00',
    completeTime: null,
    parentJobKey: null,
    taskReports: [],
    createdObject: null,
    ...overrides,
  };
}

function task(state: Job['state'], status: Job['status'], failureReason: string | null = null) {
  return {
    key: null,
    name: 't',
    state,
    status,
    startTime: null,
    completeTime: null,
    failureReason,
  };
}

describe('the job view', () => {
  it('should read a URL back to the view it was written from', () => {
    const view = {
      states: ['RUNNING' as const],
      statuses: ['ERROR' as const, 'WARNING' as const],
      search: 'lun',
      order: 'oldest' as const,
    };
    const params = new URLSearchParams('job=abc');
    writeViewToUrl(view, params);
    expect(params.get('job')).toBe('abc');
    expect(viewFromUrl(params)).toEqual({ ...view, statuses: ['WARNING', 'ERROR'] });
  });

  it('should drop values it does not know rather than send them', () => {
    const view = viewFromUrl(new URLSearchParams('state=RUNNING,BOGUS&status=&order=sideways'));
    expect(view).toEqual({ ...DEFAULT_VIEW, states: ['RUNNING'] });
  });

  it('should search names literally, without AIQUM pattern characters', () => {
    const view = { ...DEFAULT_VIEW, search: ' a*b|c ' };
    expect(toJobFilter(view)).toEqual({ name: '*abc*' });
    expect(toJobFilter({ ...DEFAULT_VIEW, search: '*|' })).toBeNull();
  });

  it('should match jobs as AIQUM filters them, names ignoring case', () => {
    const view = { ...DEFAULT_VIEW, states: ['RUNNING' as const], search: 'lun' };
    expect(matchesView(view, job())).toBe(true);
    expect(matchesView(view, job({ name: 'Backup database' }))).toBe(false);
    expect(matchesView(view, job({ state: 'COMPLETED' }))).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, statuses: ['ERROR'] }, job({ status: null }))).toBe(
      false,
    );
  });
});

describe('the task summary', () => {
  it('should count failed and warning tasks apart from finished ones, with the first reason', () => {
    const summary = summarizeTasks([
      task('COMPLETED', 'NORMAL'),
      task('COMPLETED', 'WARNING', 'slow'),
      task('COMPLETED', 'ERROR', 'first failure'),
      task('ABORTED', 'ERROR', 'second failure'),
      task('RUNNING', 'NORMAL'),
    ]);
    expect(summary).toEqual({
      total: 5,
      finished: 4,
      running: 1,
      failed: 2,
      warnings: 1,
      firstFailure: 'first failure',
    });
  });

  it('should never let an older answer undo a newer one', () => {
    const running = job({ taskReports: [task('COMPLETED', 'NORMAL'), task('RUNNING', 'NORMAL')] });
    const earlier = job({ taskReports: [task('RUNNING', 'NORMAL')] });
    const done = job({ state: 'COMPLETED', terminal: true, taskReports: running.taskReports });
    expect(isNotOlder(earlier, running)).toBe(false);
    expect(isNotOlder(running, earlier)).toBe(true);
    expect(isNotOlder(running, done)).toBe(false);
    expect(isNotOlder(done, running)).toBe(true);
    expect(isNotOlder(running, running)).toBe(true);
  });
});

describe('reconnect backoff', () => {
  it('should wait longer after each failure, with jitter, up to the cap', () => {
    expect(retryDelayMs(0, () => 0)).toBe(500);
    expect(retryDelayMs(0, () => 1)).toBe(1000);
    expect(retryDelayMs(3, () => 1)).toBe(8000);
    expect(retryDelayMs(50, () => 1)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(50, () => 0)).toBe(MAX_RETRY_MS / 2);
  });
});

describe('durations', () => {
  it('should read as at most two units', () => {
    expect(duration(0)).toBe('0 s');
    expect(duration(65_000)).toBe('1 min 5 s');
    expect(duration(2 * 3_600_000 + 10 * 60_000 + 5000)).toBe('2 h 10 min');
    expect(duration(3 * 86_400_000 + 3_600_000)).toBe('3 d 1 h');
  });
});
