import type { JobFieldsFragment } from './generated/graphql.ts';

export type Job = JobFieldsFragment;
export type TaskReport = Job['taskReports'][number];

/** What a row says about a job's tasks, counted from its task reports. */
export interface TaskSummary {
  /** Tasks AIQUM reported so far (it reports a task once it starts, so this grows). */
  total: number;
  /** Tasks no longer running, whatever their outcome. */
  finished: number;
  running: number;
  failed: number;
  warnings: number;
  /** The first reported failure reason, in task order. */
  firstFailure: string | undefined;
}

const FAILED_STATUSES = new Set(['ERROR', 'PARTIAL_FAILURES']);

export function summarizeTasks(reports: readonly TaskReport[]): TaskSummary {
  let running = 0;
  let failed = 0;
  let warnings = 0;
  let firstFailure: string | undefined;
  for (const report of reports) {
    if (report.state === 'RUNNING') running += 1;
    const isFailed = report.state === 'ABORTED' || FAILED_STATUSES.has(report.status ?? '');
    if (isFailed) failed += 1;
    else if (report.status === 'WARNING') warnings += 1;
    if (report.failureReason && firstFailure === undefined && isFailed) {
      firstFailure = report.failureReason;
    }
  }
  // A warning task may carry a reason too: show it when nothing failed.
  firstFailure ??= reports.find((report) => report.failureReason)?.failureReason ?? undefined;
  return {
    total: reports.length,
    finished: reports.length - running,
    running,
    failed,
    warnings,
    firstFailure,
  };
}

/** Milliseconds from submission to completion, or to `nowMs` while it runs. */
export function elapsedMs(job: Job, nowMs: number): number | undefined {
  if (!job.submitTime) return undefined;
  const start = new Date(job.submitTime).getTime();
  const end = job.completeTime
    ? new Date(job.completeTime).getTime()
    : job.terminal
      ? start
      : nowMs;
  return Math.max(0, end - start);
}

/**
 * Whether `incoming` may replace `current`: events and refetches can cross (an answer read
 * before an event arrives after it), so a job never moves back from terminal or loses tasks.
 */
export function isNotOlder(incoming: Job, current: Job): boolean {
  if (current.terminal && !incoming.terminal) return false;
  if (incoming.terminal !== current.terminal) return true;
  const progress = (job: Job) => summarizeTasks(job.taskReports);
  const a = progress(incoming);
  const b = progress(current);
  return a.total > b.total || (a.total === b.total && a.finished >= b.finished);
}
