// `JobFilter` as a live list follows it: the same translation as the `jobs` query, with state
// and status taken out of AIQUM's filters and checked on each job as it changes.

import { BadUserInputError } from '../errors.ts';
import type { ListFilter } from '../live/list/list-filter.ts';
import { type JobFilter, toUpstreamJobFilters } from './job-filter.ts';

/** Longest text pattern (`name`, `type`) a live list takes: AIQUM evaluates it every poll. */
export const MAX_LIVE_PATTERN_LENGTH = 256;
/** `*` wildcards one pattern may hold: each can make a matcher backtrack. */
export const MAX_LIVE_PATTERN_WILDCARDS = 8;

export function toListFilter(filter: JobFilter | null | undefined): ListFilter {
  const given = filter ?? {};
  for (const field of ['name', 'type'] as const) checkPattern(given[field], `filter.${field}`);
  const { state: _state, status: _status, ...upstream } = toUpstreamJobFilters(given);
  return {
    upstream,
    states: given.state ?? undefined,
    statuses: given.status ?? undefined,
  };
}

function checkPattern(pattern: string | null | undefined, field: string): void {
  if (pattern == null) return;
  if (pattern.length > MAX_LIVE_PATTERN_LENGTH) {
    throw new BadUserInputError(
      `${field} expects at most ${MAX_LIVE_PATTERN_LENGTH} characters in a live list, but got ${pattern.length}`,
    );
  }
  const wildcards = pattern.split('*').length - 1;
  if (wildcards > MAX_LIVE_PATTERN_WILDCARDS) {
    throw new BadUserInputError(
      `${field} expects at most ${MAX_LIVE_PATTERN_WILDCARDS} '*' in a live list, but got ${wildcards}`,
    );
  }
}
