// What a live list follows: AIQUM list filters on the fields a job never changes, and the
// states and statuses it must be in, checked on each job as it changes. Pure functions.
import { type JobState, type JobStatus, toJobState, toJobStatus } from '../../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';

export interface ListFilter {
  /**
   * AIQUM list filters by upstream field name (`name`, `type`, `key`, `submit_time`, ...), sent
   * as they are with the caller's credentials. Never `state` or `status`: a job enters and
   * leaves those by a transition, which the gateway sees on the job itself.
   */
  upstream: Readonly<Record<string, string>>;
  /** Any of these states; undefined: any state. */
  states?: readonly JobState[] | undefined;
  /** Any of these statuses; undefined: any status. */
  statuses?: readonly JobStatus[] | undefined;
}

/**
 * The identity of a discovery: equal for filters that ask AIQUM the same thing, whatever the
 * order of their fields or of `a|b` alternatives. States and statuses are not part of it: lists
 * that differ only there share one discovery poll.
 */
export function discoveryKey(upstream: Readonly<Record<string, string>>): string {
  const entries = Object.entries(upstream)
    .map(([field, value]) => [field, canonicalValue(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/** `b|a|b` and `a|b` ask the same; a quoted literal or a pattern stays as it is. */
function canonicalValue(value: string): string {
  if (!value.includes('|') || value.includes('*') || value.startsWith('"')) return value;
  return [...new Set(value.split('|'))].sort().join('|');
}

/** Whether the job is in the filter's states and statuses. */
export function matchesList(job: UpstreamJob, filter: ListFilter): boolean {
  if (filter.states && !filter.states.includes(toJobState(job.state))) return false;
  if (filter.statuses) {
    const status = toJobStatus(job.status);
    if (status === null || !filter.statuses.includes(status)) return false;
  }
  return true;
}

/**
 * Whether a subscriber of `filter` hears of `job`: it matches now, or it matched before this
 * change (the event that takes a job out of a list is the one a client needs to drop its row).
 */
export function concernsList(
  job: UpstreamJob,
  previous: UpstreamJob | undefined,
  filter: ListFilter,
): boolean {
  return matchesList(job, filter) || (previous !== undefined && matchesList(previous, filter));
}
