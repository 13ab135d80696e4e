// The `jobs` connection: GraphQL filter, order and paging turned into one AIQUM list call.

import type { AiqumClient, Credentials, ListJobsQuery } from '../aiqum/client.ts';
import { type JobState, type JobStatus, toUpstreamEnumValue } from '../aiqum/job-mapping.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { BadUserInputError } from '../errors.ts';
import {
  checkPageArgs,
  encodeCursor,
  needsTotalCount,
  type PageArgs,
  pageWindow,
} from './paging.ts';

export const JOB_ORDER_FIELDS = {
  SUBMIT_TIME: 'submit_time',
  COMPLETE_TIME: 'complete_time',
  NAME: 'name',
  TYPE: 'type',
  STATE: 'state',
  STATUS: 'status',
  KEY: 'key',
} as const;
export type JobOrderField = keyof typeof JOB_ORDER_FIELDS;
export type OrderDirection = 'ASC' | 'DESC';

export interface JobFilter {
  state?: JobState[] | null | undefined;
  status?: JobStatus[] | null | undefined;
  name?: string | null | undefined;
  type?: string | null | undefined;
  parentJobKey?: string | null | undefined;
}

export interface JobOrder {
  field: JobOrderField;
  direction: OrderDirection;
}

export interface JobsArgs extends PageArgs {
  filter?: JobFilter | null | undefined;
  orderBy?: JobOrder[] | null | undefined;
}

export interface JobsConnection {
  edges: { cursor: string; node: UpstreamJob }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export async function fetchJobsConnection(
  client: AiqumClient,
  credentials: Credentials | undefined,
  args: JobsArgs,
  signal?: AbortSignal,
): Promise<JobsConnection> {
  const query: ListJobsQuery = {
    filters: toUpstreamFilters(args.filter ?? {}),
    orderBy: (args.orderBy ?? []).map(
      (order) => `${JOB_ORDER_FIELDS[order.field]} ${order.direction.toLowerCase()}`,
    ),
  };
  checkPageArgs(args);
  let totalCount: number | undefined;
  if (needsTotalCount(args)) {
    const probe = await client.listJobs({ ...query, maxRecords: 1 }, credentials, { signal });
    totalCount = probe.total_records ?? probe.num_records;
  }
  const window = pageWindow(args, totalCount);
  if (window.limit === 0) {
    return connectionOf([], window.offset, totalCount ?? window.offset, false);
  }
  const list = await client.listJobs(
    { ...query, offset: window.offset, maxRecords: window.limit },
    credentials,
    { signal },
  );
  const records = list.records.slice(0, window.limit);
  const total = list.total_records ?? window.offset + records.length;
  const hasNextPage = window.offset + records.length < total || Boolean(list._links?.next);
  return connectionOf(records, window.offset, total, hasNextPage);
}

function connectionOf(
  records: UpstreamJob[],
  offset: number,
  totalCount: number,
  hasNextPage: boolean,
): JobsConnection {
  const edges = records.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

function toUpstreamFilters(filter: JobFilter): Record<string, string> {
  const filters: Record<string, string> = {};
  if (filter.state) {
    if (filter.state.includes('UNKNOWN')) {
      throw new BadUserInputError('filter.state cannot hold UNKNOWN: upstream has no such state');
    }
    filters.state = oneOf(filter.state, 'filter.state');
  }
  if (filter.status) filters.status = oneOf(filter.status, 'filter.status');
  if (filter.name != null) filters.name = nonEmpty(filter.name, 'filter.name');
  if (filter.type != null) filters.type = nonEmpty(filter.type, 'filter.type');
  if (filter.parentJobKey != null) {
    filters.parent_job_key = nonEmpty(filter.parentJobKey, 'filter.parentJobKey');
  }
  return filters;
}

function oneOf(values: (JobState | JobStatus)[], field: string): string {
  if (values.length === 0) throw new BadUserInputError(`${field} expects at least one value`);
  return values.map(toUpstreamEnumValue).join('|');
}

function nonEmpty(value: string, field: string): string {
  if (value.trim() === '') throw new BadUserInputError(`${field} expects a non-empty string`);
  return value;
}
