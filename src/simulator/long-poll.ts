import { parseAiqumTime } from './aiqum-time.ts';
import { QueryError } from './query-error.ts';
import { isTerminalState, type StoredJob } from './stored-job.ts';

// Named as in ONTAP Select Deploy, AIQUM's sibling API: AIQUM's own documentation
// describes long polling but names no parameters.
export const POLL_TIMEOUT_PARAMETER = 'poll_timeout';
export const LAST_MODIFIED_PARAMETER = 'last_modified';
export const POLL_TIMEOUT_MIN_SECONDS = 1;
export const POLL_TIMEOUT_MAX_SECONDS = 120;

export interface LongPoll {
  timeoutMs: number;
  lastModifiedMs?: number;
}

function refuseUnknownParameters(params: URLSearchParams, longPoll: boolean): void {
  const known = longPoll ? [POLL_TIMEOUT_PARAMETER, LAST_MODIFIED_PARAMETER] : [];
  for (const name of new Set(params.keys())) {
    if (!known.includes(name)) throw new QueryError(`Unknown query parameter '${name}'`, name);
    if (params.getAll(name).length > 1) {
      throw new QueryError(`Query parameter '${name}' may be given only once`, name);
    }
  }
}

function parseLastModified(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const ms = parseAiqumTime(raw);
  if (ms === undefined) {
    throw new QueryError(
      `${LAST_MODIFIED_PARAMETER} expects a time such as '2024-03-15 10:00:00.000+05:30', but got '${raw}'`,
      LAST_MODIFIED_PARAMETER,
    );
  }
  return ms;
}

/**
 * Reads the query of `GET /management-server/jobs/{key}`. Returns the long poll asked for, or
 * undefined for a standard poll (`last_modified` alone asks for no wait). Without long-poll
 * support every parameter is unknown, as on an AIQUM that has none.
 */
export function parseJobQuery(params: URLSearchParams, longPoll: boolean): LongPoll | undefined {
  refuseUnknownParameters(params, longPoll);
  const lastModifiedMs = parseLastModified(params.get(LAST_MODIFIED_PARAMETER));
  const rawTimeout = params.get(POLL_TIMEOUT_PARAMETER);
  if (rawTimeout === null) return undefined;
  const seconds = /^\d+$/.test(rawTimeout) ? Number(rawTimeout) : Number.NaN;
  if (!(seconds >= POLL_TIMEOUT_MIN_SECONDS && seconds <= POLL_TIMEOUT_MAX_SECONDS)) {
    throw new QueryError(
      `${POLL_TIMEOUT_PARAMETER} must be an integer number of seconds from ${POLL_TIMEOUT_MIN_SECONDS} to ${POLL_TIMEOUT_MAX_SECONDS}, but got '${rawTimeout}'`,
      POLL_TIMEOUT_PARAMETER,
    );
  }
  const poll: LongPoll = { timeoutMs: seconds * 1000 };
  if (lastModifiedMs !== undefined) poll.lastModifiedMs = lastModifiedMs;
  return poll;
}

/** A long poll answers at once when the job is terminal or changed after `last_modified`. */
export function answersAtOnce(job: StoredJob, poll: LongPoll): boolean {
  if (isTerminalState(job.state)) return true;
  return poll.lastModifiedMs !== undefined && job.lastModifiedMs > poll.lastModifiedMs;
}
