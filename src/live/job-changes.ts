// What counts as a change of a watched job, and when it is over. Pure functions.
import { aiqumTimeMs, isTerminalState, toJobState } from '../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';

/** Subscribers hear of a change of state, status or task reports, and of nothing else. */
export function changeFingerprint(job: UpstreamJob): string {
  return JSON.stringify([job.state, job.status, job.task_reports ?? []]);
}

export function isTerminalJob(job: UpstreamJob): boolean {
  return isTerminalState(toJobState(job.state));
}

/**
 * How far a job has come, in an order a job only ever moves forward in: terminal or not, then
 * how many task reports ended, then how many there are. Negative when `a` is behind `b`.
 */
export function compareProgress(a: UpstreamJob, b: UpstreamJob): number {
  const rank = (job: UpstreamJob) => {
    const tasks = Array.isArray(job.task_reports) ? job.task_reports : [];
    const ended = tasks.filter((task) => isTerminalState(toJobState(task?.state))).length;
    return [isTerminalJob(job) ? 1 : 0, ended, tasks.length];
  };
  const [left, right] = [rank(a), rank(b)];
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Epoch ms of the job's `last_modified`, or undefined when upstream sent none (or garbage). */
export function lastModifiedMs(job: UpstreamJob): number | undefined {
  return aiqumTimeMs(job.last_modified);
}
