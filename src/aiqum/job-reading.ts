// AIQUM's job JSON is checked once, where it enters the gateway, with the readers of
// wire-values.ts. A value of the wrong type is taken out of its record and its error kept, which
// `readable()` throws for that field alone: a bad value costs its own field (UPSTREAM_ERROR),
// never the rest of the job, and never a crash. Everything that reads a job afterwards (the
// schema, the live engine, the loaders) gets the types wire-types.ts promises.
import { UpstreamProtocolError } from '../errors.ts';
import type { UpstreamList } from './lookup-wire-types.ts';
import type { UpstreamJob, UpstreamJobList } from './wire-types.ts';
import { isRecord, kindOf, wireInt, wireObject, wireObjects, wireString } from './wire-values.ts';

const UNREADABLE = Symbol('unreadable upstream fields');

type WireRecord = Record<string | symbol, unknown>;
type Problems = Record<string, UpstreamProtocolError>;
type Reader = (object: unknown, path: string) => unknown;

/**
 * The value of `field`, or the UpstreamProtocolError that took its place when upstream sent a
 * value of the wrong type.
 */
export function readable<T extends object, K extends keyof T & string>(record: T, field: K): T[K] {
  const problem = problemOf(record, field);
  if (problem) throw problem;
  return record[field];
}

/** Why `field` of `record` could not be read, when upstream sent a value of the wrong type. */
export function problemOf(record: object, field: string): UpstreamProtocolError | undefined {
  return ((record as WireRecord)[UNREADABLE] as Problems | undefined)?.[field];
}

// `state` and `status` are not checked: a value upstream did not document, whatever its type,
// reads as UNKNOWN or null (job-mapping.ts).
const JOB_STRINGS = ['name', 'type', 'submit_time', 'complete_time', 'parent_job_key'] as const;
const TASK_STRINGS = [
  'key',
  'name',
  'type',
  'description',
  'start_time',
  'complete_time',
  'failure_reason',
] as const;
const COUNTS = [
  'total_jobs',
  'running_jobs',
  'completed_jobs',
  'successful_jobs',
  'failed_jobs',
  'aborted_jobs',
] as const;

/**
 * One job as AIQUM sent it, checked. A job without a readable key keeps an empty one, and the
 * reason as the problem of its `key`.
 */
export function readJob(value: unknown): UpstreamJob {
  const job: WireRecord = isRecord(value) ? value : {};
  const key = job.key;
  if (typeof key !== 'string' || key === '' || job !== value) {
    job.key = '';
    const reason =
      job !== value
        ? `Upstream's job expects an object, but got ${kindOf(value)}`
        : `Upstream's 'key' expects a non-empty string, but got ${key === '' ? 'an empty string' : kindOf(key)}`;
    unreadable(job, 'key', new UpstreamProtocolError(reason));
  }
  for (const field of JOB_STRINGS) check(job, field, wireString);
  check(job, 'last_modified', wireString);
  if (check(job, 'spawned_job_summary', wireObject)) {
    const summary = job.spawned_job_summary as WireRecord;
    for (const field of COUNTS) check(summary, field, wireInt);
  }
  if (check(job, 'task_reports', wireObjects)) {
    for (const report of job.task_reports as WireRecord[]) {
      for (const field of TASK_STRINGS) check(report, field, wireString);
    }
  }
  if (check(job, 'job_results', wireObjects)) {
    for (const result of job.job_results as WireRecord[]) {
      check(result, 'name', wireString);
      check(result, 'value', wireString);
    }
  }
  return job as unknown as UpstreamJob;
}

/** A list answer (its `records` an array already), each record read as `readJob` does. */
export function readJobList(list: UpstreamList<unknown>): UpstreamJobList {
  const records = list.records.map(readJob);
  // Counts of the wrong type are left out: the records themselves are counted instead.
  const listed: UpstreamJobList = {
    ...list,
    records,
    num_records: isCount(list.num_records) ? list.num_records : records.length,
  };
  if (!isCount(list.total_records)) delete listed.total_records;
  return listed;
}

/** Whether `field` is readable; if not, it is taken out and its error kept. */
function check(record: WireRecord, field: string, read: Reader): boolean {
  try {
    read(record, field);
    return record[field] !== undefined && record[field] !== null;
  } catch (error) {
    if (!(error instanceof UpstreamProtocolError)) throw error;
    delete record[field];
    unreadable(record, field, error);
    return false;
  }
}

function unreadable(record: WireRecord, field: string, error: UpstreamProtocolError): void {
  const problems = (record[UNREADABLE] as Problems | undefined) ?? {};
  problems[field] = error;
  record[UNREADABLE] = problems;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
