import type { OperationMethod } from '../../aiqum/client.ts';
import { problemOf } from '../../aiqum/job-reading.ts';
import { keyPath } from '../../aiqum/keys.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';
import { isRecord } from '../../aiqum/wire-values.ts';
import type { Context } from '../../context.ts';
import { keyFromReference, type LookupTypeName } from '../global-ids.ts';
import type { UpstreamBody } from './upstream-body.ts';

/** One asynchronous AIQUM call: method, path under `/api` (keys percent-encoded), body, query. */
export interface Operation {
  method: OperationMethod;
  path: string;
  body?: UpstreamBody;
  searchParams?: URLSearchParams;
}

/** The path of one object of a collection; `key` is its AIQUM key or its id. */
export function objectPath(collection: string, key: string, type: LookupTypeName): string {
  return keyPath(collection, keyFromReference(key, type, 'key'));
}

export type OperationContext = Pick<Context, 'aiqum' | 'credentials' | 'signal' | 'logger'>;

/** What is known of a job whose key AIQUM gave but which could not be read: it runs. */
function acceptedJob(key: string): UpstreamJob {
  return { key, state: 'running' };
}

/**
 * Whether every non-null field of `Job` can be answered from this read of job `key`. One that
 * cannot (a list AIQUM sent of the wrong type, a result without a readable name) would null
 * the whole payload, and with it the key of a job that has started; a read that names another
 * job is no read of this one.
 */
function isAnswerable(job: unknown, key: string): job is UpstreamJob {
  if (!isRecord(job) || job.key !== key) return false;
  if (['key', 'task_reports', 'job_results'].some((field) => problemOf(job, field))) return false;
  const results = Array.isArray(job.job_results) ? job.job_results : [];
  return results.every((result) => isRecord(result) && !problemOf(result, 'name'));
}

/**
 * Starts the operation, then reads its job with the caller's credentials so the answer is the
 * job as AIQUM reports it right after accepting it. The key is never lost: when the read
 * fails, or answers something the payload could not carry, the answer is a running job with
 * that key, and a warning is logged.
 */
export async function runOperation(
  context: OperationContext,
  operation: Operation,
): Promise<UpstreamJob> {
  const { aiqum, credentials, signal, logger } = context;
  const request = {
    ...(operation.body === undefined ? {} : { body: operation.body }),
    ...(operation.searchParams === undefined ? {} : { searchParams: operation.searchParams }),
  };
  const key = await aiqum.startOperation(operation.method, operation.path, request, credentials, {
    signal,
  });
  const where = { jobKey: key, method: operation.method, path: operation.path };
  let job: unknown;
  try {
    job = await aiqum.getJob(key, credentials, { signal });
  } catch (error) {
    logger.warn(
      { err: error, ...where },
      'upstream accepted the operation but its job could not be read; answering its key',
    );
    return acceptedJob(key);
  }
  if (isAnswerable(job, key)) return job;
  logger.warn(
    where,
    'upstream accepted the operation but its job read is unusable; answering its key',
  );
  return acceptedJob(key);
}
