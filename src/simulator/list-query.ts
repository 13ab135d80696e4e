import { type FieldMatcher, parseFilterValue } from './filter-value.ts';
import { QueryError } from './query-error.ts';

// AIQUM's list parameters, the same on every collection: a filter per field (`name=a*`,
// `svm.key=...`), `order_by`, and `offset`/`max_records` where the collection pages.

export const MAX_RECORDS_LIMIT = 1000;
const ORDER_TERM_PATTERN = /^(\S+)(?:\s+(\S+))?$/;

export interface OrderTerm {
  field: string;
  descending: boolean;
}

/** What one collection's list accepts, as AIQUM's Swagger declares it. */
export interface ListSpec {
  /** The fields a filter or `order_by` may name: dotted paths of the records. */
  fields: readonly string[];
  /** Takes `offset` and `max_records`; otherwise they are unknown parameters. */
  paging: boolean;
  /** Takes `order_by`. */
  ordering: boolean;
  /** The order without `order_by`; the key breaks ties. */
  defaultOrder: readonly OrderTerm[];
}

export const JOB_LIST: ListSpec = {
  fields: [
    'key',
    'name',
    'type',
    'state',
    'status',
    'submit_time',
    'complete_time',
    'parent_job_key',
  ],
  paging: true,
  ordering: true,
  // With no order_by AIQUM lists the newest jobs first.
  defaultOrder: [{ field: 'submit_time', descending: true }],
};

export interface ListQuery {
  filters: { field: string; matches: FieldMatcher }[];
  order: readonly OrderTerm[];
  offset: number;
  maxRecords: number;
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

function parseOrder(raw: string | null, spec: ListSpec): readonly OrderTerm[] {
  if (raw === null) return spec.defaultOrder;
  return raw.split(',').map((term) => {
    const match = ORDER_TERM_PATTERN.exec(term.trim());
    const field = match?.[1] ?? '';
    const direction = (match?.[2] ?? 'asc').toLowerCase();
    if (!spec.fields.includes(field)) {
      throw new QueryError(
        `order_by expects one of ${spec.fields.join(', ')}, but got '${term.trim()}'`,
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

/** Reads a list's query; throws QueryError for what AIQUM refuses. */
export function parseListQuery(params: URLSearchParams, spec: ListSpec = JOB_LIST): ListQuery {
  const accepted = [
    ...spec.fields,
    ...(spec.paging ? ['max_records', 'offset'] : []),
    ...(spec.ordering ? ['order_by'] : []),
  ];
  for (const name of new Set(params.keys())) {
    if (!accepted.includes(name)) {
      throw new QueryError(`Unknown query parameter '${name}'`, name);
    }
    if (params.getAll(name).length > 1) {
      throw new QueryError(`Query parameter '${name}' may be given only once`, name);
    }
  }
  const filters = spec.fields.flatMap((field) => {
    const raw = params.get(field);
    return raw === null ? [] : [{ field, matches: parseFilterValue(field, raw) }];
  });
  return {
    filters,
    order: parseOrder(params.get('order_by'), spec),
    offset: parseCount(params, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0,
    maxRecords: parseCount(params, 'max_records', 1, MAX_RECORDS_LIMIT) ?? MAX_RECORDS_LIMIT,
  };
}

/** The value at a dotted path as a filter sees it: text, or undefined when there is none. */
function fieldText(record: object, path: string): string | undefined {
  let value: unknown = record;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function compareValues(a: string, b: string): number {
  // Times share one format and offset, so comparing their text orders them in time.
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) - Number(b);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareRecords(order: readonly OrderTerm[]) {
  return (a: object, b: object): number => {
    for (const { field, descending } of order) {
      const difference = compareValues(fieldText(a, field) ?? '', fieldText(b, field) ?? '');
      if (difference !== 0) return descending ? -difference : difference;
    }
    return compareValues(fieldText(a, 'key') ?? '', fieldText(b, 'key') ?? '');
  };
}

export interface ListPage<T> {
  records: T[];
  totalRecords: number;
}

export function applyListQuery<T extends object>(records: T[], query: ListQuery): ListPage<T> {
  const matching = records.filter((record) =>
    query.filters.every(({ field, matches }) => matches(fieldText(record, field))),
  );
  matching.sort(compareRecords(query.order));
  const page = matching.slice(query.offset, query.offset + query.maxRecords);
  return { records: page, totalRecords: matching.length };
}
