import type { UpstreamTaskReport } from '../aiqum/wire-types.ts';
import { formatAiqumTime } from './aiqum-time.ts';
import type { StoredJob } from './stored-job.ts';
import type { JobSpec } from './types.ts';

export const DEFAULT_TASK_NAMES = ['validate_request', 'perform_operation'];
export const DEFAULT_STEP_MS = 1000;
const TASK_TYPE = 'workflow_task';

export type JobOutcome = NonNullable<JobSpec['outcome']>;

/** One change to a job at a given instant; the store applies it when the clock gets there. */
export interface LifecycleStep {
  dueMs: number;
  apply(job: StoredJob): void;
}

export interface PlannedJob {
  job: StoredJob;
  steps: LifecycleStep[];
}

function taskStatus(outcome: JobOutcome, index: number, lastIndex: number): string {
  if (outcome === 'error' && index === lastIndex) return 'error';
  // The second task fails (the only one when there is one), later tasks still run.
  if (outcome === 'partial_failures' && index === Math.min(1, lastIndex)) return 'error';
  if (outcome === 'warning' && index === lastIndex) return 'warning';
  return 'normal';
}

function startedTask(jobKey: string, name: string, index: number, atMs: number) {
  const report: UpstreamTaskReport = {
    key: `${jobKey}:task-${index + 1}`,
    name,
    type: TASK_TYPE,
    description: `Step ${index + 1}: ${name.replaceAll('_', ' ')}`,
    state: 'running',
    status: 'normal',
    start_time: formatAiqumTime(atMs),
    failure_reason: null,
  };
  return report;
}

/**
 * Plans a job that starts at `submitMs`: its first task runs at once, each task takes
 * `stepMs`, and each step completes one task and starts the next. The last step completes
 * the job with the outcome's status (and its results unless the outcome is an error).
 */
export function planLifecycle(spec: JobSpec, key: string, submitMs: number): PlannedJob {
  const taskNames = spec.tasks ?? DEFAULT_TASK_NAMES;
  const stepMs = spec.stepMs ?? DEFAULT_STEP_MS;
  const outcome = spec.outcome ?? 'normal';
  const lastIndex = taskNames.length - 1;
  const failureReason = spec.failureReason ?? `${spec.name} failed: the operation was rejected`;

  const job: StoredJob = {
    key,
    name: spec.name,
    type: spec.type,
    state: 'running',
    status: 'normal',
    submitMs,
    taskReports: [startedTask(key, taskNames[0] ?? 'task', 0, submitMs)],
    results: [],
    lastModifiedMs: submitMs,
  };
  if (spec.parentJobKey !== undefined) job.parentKey = spec.parentJobKey;
  if (spec.claims !== undefined) job.claims = [...spec.claims];

  const steps = taskNames.map((_name, index): LifecycleStep => {
    const dueMs = submitMs + (index + 1) * stepMs;
    return {
      dueMs,
      apply(target) {
        const report = target.taskReports[index];
        if (report) {
          const status = taskStatus(outcome, index, lastIndex);
          report.state = 'completed';
          report.status = status;
          report.complete_time = formatAiqumTime(dueMs);
          if (status === 'error') report.failure_reason = failureReason;
          if (status === 'warning')
            report.description = `${report.description} (completed with warnings)`;
        }
        const nextName = taskNames[index + 1];
        if (nextName !== undefined) {
          target.taskReports.push(startedTask(key, nextName, index + 1, dueMs));
          return;
        }
        target.state = 'completed';
        target.status = outcome;
        target.completeMs = dueMs;
        if (outcome !== 'error') {
          target.results = (spec.results ?? []).map((r) => ({ ...r }));
          spec.onComplete?.();
        }
      },
    };
  });
  return { job, steps };
}

/** Marks a job aborted: the running task stops with a reason, later steps never happen. */
export function abortJob(job: StoredJob, atMs: number, reason: string): void {
  for (const report of job.taskReports) {
    if (report.state !== 'running') continue;
    report.state = 'aborted';
    report.status = 'error';
    report.complete_time = formatAiqumTime(atMs);
    report.failure_reason = reason;
  }
  job.state = 'aborted';
  job.status = 'error';
  job.completeMs = atMs;
}
