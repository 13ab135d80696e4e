import type { JobFilter, JobOrder, JobState, JobStatus } from './generated/graphql.ts';
import type { Job } from './job-summary.ts';

// What the list shows: a filter, a search and an order. It lives in the URL
// (`?state=RUNNING&status=ERROR,WARNING&q=lun&order=oldest&job=<key>`) so a view can be shared,
// and drives both the `jobs` query and the live subscription.

export const JOB_STATES = [
  'RUNNING',
  'COMPLETED',
  'ABORTED',
] as const satisfies readonly JobState[];
export const JOB_STATUSES = [
  'NORMAL',
  'WARNING',
  'PARTIAL_FAILURES',
  'ERROR',
] as const satisfies readonly JobStatus[];
export type JobOrderChoice = 'newest' | 'oldest';

export interface JobView {
  states: JobState[];
  statuses: JobStatus[];
  /** Part of the job's name, as typed. */
  search: string;
  order: JobOrderChoice;
}

/** Characters AIQUM reads as pattern syntax; a search takes names literally, so drops them. */
const PATTERN_CHARACTERS = /[*|,!<>"]/g;
const MAX_SEARCH_LENGTH = 100;

export const DEFAULT_VIEW: JobView = { states: [], statuses: [], search: '', order: 'newest' };

/** The view a URL names; unknown values are dropped rather than failing the page. */
export function viewFromUrl(params: URLSearchParams): JobView {
  return {
    states: listParam(params, 'state', JOB_STATES),
    statuses: listParam(params, 'status', JOB_STATUSES),
    search: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    order: params.get('order') === 'oldest' ? 'oldest' : 'newest',
  };
}

/** Writes the view into `params`, leaving other parameters (the open job) as they are. */
export function writeViewToUrl(view: JobView, params: URLSearchParams): void {
  setOrDelete(params, 'state', view.states.join(','));
  setOrDelete(params, 'status', view.statuses.join(','));
  setOrDelete(params, 'q', view.search.trim());
  setOrDelete(params, 'order', view.order === 'newest' ? '' : view.order);
}

export function sameView(a: JobView, b: JobView): boolean {
  return (
    a.states.join() === b.states.join() &&
    a.statuses.join() === b.statuses.join() &&
    a.search.trim() === b.search.trim() &&
    a.order === b.order
  );
}

export function isFiltered(view: JobView): boolean {
  return view.states.length > 0 || view.statuses.length > 0 || searchTerm(view) !== '';
}

/** The GraphQL filter of a view, or null for every job. */
export function toJobFilter(view: JobView): JobFilter | null {
  const filter: JobFilter = {};
  if (view.states.length) filter.state = view.states;
  if (view.statuses.length) filter.status = view.statuses;
  const term = searchTerm(view);
  if (term) filter.name = `*${term}*`;
  return Object.keys(filter).length ? filter : null;
}

export function toJobOrder(view: JobView): JobOrder[] {
  return [{ field: 'SUBMIT_TIME', direction: view.order === 'newest' ? 'DESC' : 'ASC' }];
}

/** Whether a job belongs in the view, as AIQUM would decide it (names case-insensitively). */
export function matchesView(view: JobView, job: Job): boolean {
  if (view.states.length && !view.states.includes(job.state)) return false;
  if (view.statuses.length && !(job.status && view.statuses.includes(job.status))) return false;
  const term = searchTerm(view).toLowerCase();
  return !term || (job.name ?? '').toLowerCase().includes(term);
}

function searchTerm(view: JobView): string {
  return view.search.replace(PATTERN_CHARACTERS, '').trim();
}

function listParam<T extends string>(
  params: URLSearchParams,
  name: string,
  known: readonly T[],
): T[] {
  const values = (params.get(name) ?? '').split(',');
  return known.filter((value) => values.includes(value));
}

function setOrDelete(params: URLSearchParams, name: string, value: string): void {
  if (value) params.set(name, value);
  else params.delete(name);
}
