import type { OperationMethod } from '../../aiqum/client.ts';
import { keyPath } from '../../aiqum/keys.ts';
import type { UpstreamJob } from '../../aiqum/wire-types.ts';
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
 * Starts the operation, then reads its job with the caller's credentials so the answer is the
 * job as AIQUM reports it right after accepting it. The key is never lost: when the read
 * fails, the answer is a running job with that key, and a warning is logged.
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
  try {
    return await aiqum.getJob(key, credentials, { signal });
  } catch (error) {
    logger.warn(
      { err: error, jobKey: key, method: operation.method, path: operation.path },
      'upstream accepted the operation but its job could not be read; answering its key',
    );
    return acceptedJob(key);
  }
}
