import type {
  UpstreamJob,
  UpstreamJobResult,
  UpstreamSpawnedJobSummary,
  UpstreamTaskReport,
} from '../aiqum/wire-types.ts';
import { formatAiqumTime, formatAiqumTimeWithMillis } from './aiqum-time.ts';

export const JOBS_PATH = '/api/management-server/jobs';

/** A job as the simulator keeps it: times in epoch ms, turned into wire JSON by `jobToWire`. */
export interface StoredJob {
  key: string;
  name: string;
  type: string;
  state: string;
  /** The simulator shows `normal` while a job runs, as a real AIQUM does. */
  status: string;
  submitMs: number;
  completeMs?: number;
  parentKey?: string;
  taskReports: UpstreamTaskReport[];
  results: UpstreamJobResult[];
  /** Strictly increases with every change, so a long poll never misses one. */
  lastModifiedMs: number;
  /** What the job holds for itself while it runs (JobSpec.claims). */
  claims?: string[];
}

export function isTerminalState(state: string | undefined): boolean {
  return state === 'completed' || state === 'aborted';
}

export function jobHref(key: string): string {
  return `${JOBS_PATH}/${encodeURIComponent(key)}`;
}

export function summarizeChildren(children: StoredJob[]): UpstreamSpawnedJobSummary {
  const count = (test: (job: StoredJob) => boolean) => children.filter(test).length;
  return {
    total_jobs: children.length,
    running_jobs: count((job) => job.state === 'running'),
    completed_jobs: count((job) => isTerminalState(job.state)),
    successful_jobs: count(
      (job) => job.state === 'completed' && (job.status === 'normal' || job.status === 'warning'),
    ),
    failed_jobs: count(
      (job) =>
        job.state === 'completed' && (job.status === 'error' || job.status === 'partial_failures'),
    ),
    aborted_jobs: count((job) => job.state === 'aborted'),
  };
}

export interface WireOptions {
  /** false = an AIQUM without long polling: no `last_modified` field. */
  longPoll: boolean;
}

/** A deep copy in AIQUM's wire shape (snake_case, AIQUM time strings). */
export function jobToWire(
  job: StoredJob,
  children: StoredJob[],
  options: WireOptions,
): UpstreamJob {
  const wire: UpstreamJob = {
    key: job.key,
    name: job.name,
    type: job.type,
    state: job.state,
    status: job.status,
    submit_time: formatAiqumTime(job.submitMs),
  };
  if (job.completeMs !== undefined) wire.complete_time = formatAiqumTime(job.completeMs);
  if (job.parentKey !== undefined) wire.parent_job_key = job.parentKey;
  wire.spawned_job_summary = summarizeChildren(children);
  wire.task_reports = job.taskReports.map((report) => ({ ...report }));
  if (job.results.length > 0) wire.job_results = job.results.map((result) => ({ ...result }));
  if (options.longPoll) wire.last_modified = formatAiqumTimeWithMillis(job.lastModifiedMs);
  wire._links = { self: { href: jobHref(job.key) } };
  return wire;
}
