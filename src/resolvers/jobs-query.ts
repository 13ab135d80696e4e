// The `jobs` connection: GraphQL filter, order and paging turned into one AIQUM list call.

import type { AiqumClient, Credentials, ListQuery } from '../aiqum/client.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import { type JobFilter, toUpstreamJobFilters } from './job-filter.ts';
import { type Connection, fetchConnection } from './list-connection.ts';
import type { PageArgs } from './paging.ts';

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

export interface JobOrder {
  field: JobOrderField;
  direction: OrderDirection;
}

export interface JobsArgs extends PageArgs {
  filter?: JobFilter | null | undefined;
  orderBy?: JobOrder[] | null | undefined;
}

export function fetchJobsConnection(
  client: AiqumClient,
  credentials: Credentials | undefined,
  args: JobsArgs,
  signal?: AbortSignal,
): Promise<Connection<UpstreamJob>> {
  const query: ListQuery = {
    filters: toUpstreamJobFilters(args.filter ?? {}),
    orderBy: (args.orderBy ?? []).map(
      (order) => `${JOB_ORDER_FIELDS[order.field]} ${order.direction.toLowerCase()}`,
    ),
  };
  return fetchConnection(args, (page) =>
    client.listJobs({ ...query, ...page }, credentials, { signal }),
  );
}
