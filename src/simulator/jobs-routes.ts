import type { HeldRequests } from './held-requests.ts';
import type { JobStore } from './job-store.ts';
import { applyListQuery, parseListQuery } from './list-query.ts';
import { listResponse } from './list-response.ts';
import { answersAtOnce, parseJobQuery } from './long-poll.ts';
import { ErrorCode, errorResponse, jsonResponse } from './responses.ts';
import { JOBS_PATH, type WireOptions } from './stored-job.ts';

export interface JobsRouteContext {
  store: JobStore;
  held: HeldRequests;
  wire: WireOptions;
  /** Whether the user may see the job at all; a job hidden from a user is unknown to them. */
  sees: (key: string, userName: string) => boolean;
}

function notFound(key: string): Response {
  return errorResponse(404, `Job with key '${key}' not found`, ErrorCode.NotFound, 'key');
}

/** `GET /management-server/jobs/{key}`, a standard poll or, with poll_timeout, a long poll. */
export async function getJob(
  { store, held, wire, sees }: JobsRouteContext,
  key: string,
  userName: string,
  request: Request,
  params: URLSearchParams,
): Promise<Response> {
  const poll = parseJobQuery(params, wire.longPoll);
  const job = store.get(key);
  if (!job || !sees(key, userName)) return notFound(key);
  if (poll && !answersAtOnce(job, poll)) {
    await held.hold({
      timeoutMs: poll.timeoutMs,
      signal: request.signal,
      wakeOn: (wake) => store.onChange(key, wake),
    });
  }
  const view = store.view(key, wire);
  return view && sees(key, userName) ? jsonResponse(view) : notFound(key);
}

/** `GET /management-server/jobs`: filters, order_by and paging as AIQUM has them. */
export function listJobs(
  { store, wire, sees }: JobsRouteContext,
  userName: string,
  params: URLSearchParams,
): Response {
  const query = parseListQuery(params);
  const jobs = store
    .all()
    .filter((job) => sees(job.key, userName))
    .map((job) => store.view(job.key, wire))
    .filter((job) => job !== undefined);
  return listResponse(JOBS_PATH, params, query, applyListQuery(jobs, query));
}
