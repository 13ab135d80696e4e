// `JobFilter` as AIQUM's job list filters: the one translation that `jobs` and the live list
// share, so a filter means the same in a query and in a subscription.

import { MAX_PATTERN_LENGTH } from '../aiqum/filter-syntax.ts';
import {
  isoToAiqumTime,
  type JobState,
  type JobStatus,
  toUpstreamEnumValue,
} from '../aiqum/job-mapping.ts';
import { checkKey } from '../aiqum/keys.ts';
import { BadUserInputError } from '../errors.ts';
import { anyKeyFilter, KEYS_PER_LIST_REQUEST } from './key-loader.ts';

/** At most this many `filter.keys`: one list request's worth, so the URL stays short. */
export const MAX_FILTER_KEYS = KEYS_PER_LIST_REQUEST;

export interface JobFilter {
  keys?: readonly string[] | null | undefined;
  state?: readonly JobState[] | null | undefined;
  status?: readonly JobStatus[] | null | undefined;
  name?: string | null | undefined;
  type?: string | null | undefined;
  parentJobKey?: string | null | undefined;
  /** ISO 8601 with an offset (the `DateTime` scalar); inclusive. */
  submittedAfter?: string | null | undefined;
  submittedBefore?: string | null | undefined;
}

/** The upstream filters (`field=value`) of a JobFilter; BadUserInputError for what cannot be. */
export function toUpstreamJobFilters(filter: JobFilter): Record<string, string> {
  const filters: Record<string, string> = {};
  if (filter.keys) filters.key = keysFilter(filter.keys);
  if (filter.state) {
    if (filter.state.includes('UNKNOWN')) {
      throw new BadUserInputError('filter.state cannot hold UNKNOWN: upstream has no such state');
    }
    filters.state = oneOf(filter.state, 'filter.state');
  }
  if (filter.status) filters.status = oneOf(filter.status, 'filter.status');
  if (filter.name != null) filters.name = pattern(filter.name, 'filter.name');
  if (filter.type != null) filters.type = pattern(filter.type, 'filter.type');
  if (filter.parentJobKey != null) {
    filters.parent_job_key = nonEmpty(filter.parentJobKey, 'filter.parentJobKey');
  }
  const submitted = submitTimeFilter(filter.submittedAfter, filter.submittedBefore);
  if (submitted !== undefined) filters.submit_time = submitted;
  return filters;
}

function keysFilter(keys: readonly string[]): string {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) throw new BadUserInputError('filter.keys expects at least one key');
  if (distinct.length > MAX_FILTER_KEYS) {
    throw new BadUserInputError(
      `filter.keys expects at most ${MAX_FILTER_KEYS} keys, but got ${distinct.length}`,
    );
  }
  for (const [index, key] of distinct.entries()) {
    checkKey(key, `filter.keys[${index}]`);
    if (anyKeyFilter([key]) === undefined) {
      throw new BadUserInputError(
        `filter.keys[${index}] holds '"', which AIQUM's filters cannot carry`,
      );
    }
  }
  return anyKeyFilter(distinct) ?? '';
}

/** AIQUM's comparison (`>=t`, `<=t`) or range (`a..b`, both ends included) on `submit_time`. */
function submitTimeFilter(
  after: string | null | undefined,
  before: string | null | undefined,
): string | undefined {
  if (after != null && before != null) {
    if (Date.parse(after) > Date.parse(before)) {
      throw new BadUserInputError(
        'filter.submittedAfter expects an instant no later than filter.submittedBefore',
      );
    }
    return `${isoToAiqumTime(after)}..${isoToAiqumTime(before)}`;
  }
  if (after != null) return `>=${isoToAiqumTime(after)}`;
  if (before != null) return `<=${isoToAiqumTime(before)}`;
  return undefined;
}

function oneOf(values: readonly (JobState | JobStatus)[], field: string): string {
  if (values.length === 0) throw new BadUserInputError(`${field} expects at least one value`);
  return values.map(toUpstreamEnumValue).join('|');
}

function nonEmpty(value: string, field: string): string {
  if (value.trim() === '') throw new BadUserInputError(`${field} expects a non-empty string`);
  return value;
}

function pattern(value: string, field: string): string {
  if (value.length > MAX_PATTERN_LENGTH) {
    throw new BadUserInputError(
      `${field} expects a pattern of at most ${MAX_PATTERN_LENGTH} characters, but got ${value.length}`,
    );
  }
  return nonEmpty(value, field);
}
