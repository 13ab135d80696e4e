// What counts as a change of a watched job, and when it is over. Pure functions.
import { aiqumTimeToIso, isTerminalState, toJobState } from '../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';

/** Subscribers hear of a change of state, status or task reports, and of nothing else. */
export function changeFingerprint(job: UpstreamJob): string {
  return JSON.stringify([job.state, job.status, job.task_reports ?? []]);
}

export function isTerminalJob(job: UpstreamJob): boolean {
  return isTerminalState(toJobState(job.state));
}

/** Epoch ms of the job's `last_modified`, or undefined when upstream sent none (or garbage). */
export function lastModifiedMs(job: UpstreamJob): number | undefined {
  if (!job.last_modified) return undefined;
  try {
    return Date.parse(aiqumTimeToIso(job.last_modified));
  } catch {
    return undefined;
  }
}
