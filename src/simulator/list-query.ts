import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { type FieldMatcher, parseFilterValue } from './filter-value.ts';
import { QueryError } from './query-error.ts';

export const JOB_FIELDS = [
  'key',
  'name',
  'type',
  'state',
  'status',
  'submit_time',
  'complete_time',
  'parent_job_key',
] as const;
export type JobField = (typeof JOB_FIELDS)[number];

const PAGING_PARAMETERS = ['max_records', 'offset', 'order_by'];
export const MAX_RECORDS_LIMIT = 1000;
const ORDER_TERM_PATTERN = /^(\S+)(?:\s+(\S+))?$/;

export interface OrderTerm {
  field: JobField;
  descending: boolean;
}

export interface ListQuery {
  filters: { field: JobField; matches: FieldMatcher }[];
  order: OrderTerm[];
  offset: number;
  maxRecords: number;
}

/** With no order_by AIQUM lists the newest jobs first; the key breaks ties. */
const DEFAULT_ORDER: OrderTerm[] = [{ field: 'submit_time', descending: true }];

function isJobField(name: string): name is JobField {
  return (JOB_FIELDS as readonly string[]).includes(name);
}

function parseCount(params: URLSearchParams, name: string, min: number, max: number) {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new QueryError(`${name} must be an integer ${range}, but got '${raw}'`, name);
  }
  return value;
}

function parseOrder(raw: string | null): OrderTerm[] {
  if (raw === null) return DEFAULT_ORDER;
  return raw.split(',').map((term) => {
    const match = ORDER_TERM_PATTERN.exec(term.trim());
    const field = match?.[1] ?? '';
    const direction = (match?.[2] ?? 'asc').toLowerCase();
    if (!isJobField(field)) {
      throw new QueryError(
        `order_by expects one of ${JOB_FIELDS.join(', ')}, but got '${term.trim()}'`,
        'order_by',
      );
    }
    if (direction !== 'asc' && direction !== 'desc') {
      throw new QueryError(
        `order_by expects the direction asc or desc, but got '${match?.[2]}'`,
        'order_by',
      );
    }
    return { field, descending: direction === 'desc' };
  });
}

/** Reads the query of `GET /management-server/jobs`; throws QueryError for what AIQUM refuses. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  for (const name of new Set(params.keys())) {
    if (!isJobField(name) && !PAGING_PARAMETERS.includes(name)) {
      throw new QueryError(`Unknown query parameter '${name}'`, name);
    }
    if (params.getAll(name).length > 1) {
      throw new QueryError(`Query parameter '${name}' may be given only once`, name);
    }
  }
  const filters = JOB_FIELDS.flatMap((field) => {
    const raw = params.get(field);
    return raw === null ? [] : [{ field, matches: parseFilterValue(field, raw) }];
  });
  return {
    filters,
    order: parseOrder(params.get('order_by')),
    offset: parseCount(params, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0,
    maxRecords: parseCount(params, 'max_records', 1, MAX_RECORDS_LIMIT) ?? MAX_RECORDS_LIMIT,
  };
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareJobs(order: OrderTerm[]) {
  return (a: UpstreamJob, b: UpstreamJob): number => {
    for (const { field, descending } of order) {
      // Times share one format and offset, so comparing the text orders them in time.
      const difference = compareText(a[field] ?? '', b[field] ?? '');
      if (difference !== 0) return descending ? -difference : difference;
    }
    return compareText(a.key, b.key);
  };
}

export interface ListPage {
  records: UpstreamJob[];
  totalRecords: number;
}

export function applyListQuery(jobs: UpstreamJob[], query: ListQuery): ListPage {
  const matching = jobs.filter((job) =>
    query.filters.every(({ field, matches }) => matches(job[field])),
  );
  matching.sort(compareJobs(query.order));
  const records = matching.slice(query.offset, query.offset + query.maxRecords);
  return { records, totalRecords: matching.length };
}
